using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GatePolicies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Approvals",
                table: "Proposals",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "SubmittedRules",
                table: "Proposals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "GatePolicies",
                columns: table => new
                {
                    Environment = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Rules = table.Column<string>(type: "TEXT", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GatePolicies", x => x.Environment);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GatePolicies");

            migrationBuilder.DropColumn(
                name: "Approvals",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "SubmittedRules",
                table: "Proposals");
        }
    }
}
