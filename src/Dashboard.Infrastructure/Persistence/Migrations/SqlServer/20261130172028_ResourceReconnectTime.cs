using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ResourceReconnectTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "ReconnectFromSeconds",
                table: "Resources",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "ReconnectToSeconds",
                table: "Resources",
                type: "float",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReconnectFromSeconds",
                table: "Resources");

            migrationBuilder.DropColumn(
                name: "ReconnectToSeconds",
                table: "Resources");
        }
    }
}
