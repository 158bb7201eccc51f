using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BypassedChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RollbackETag",
                table: "Proposals",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BypassedChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Store = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NewETag = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IsDelete = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BypassedChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChangeWatchCheckpoints",
                columns: table => new
                {
                    Store = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    LastSeen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeWatchCheckpoints", x => x.Store);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BypassedChanges_At",
                table: "BypassedChanges",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_BypassedChanges_Store_Key_Label_NewETag",
                table: "BypassedChanges",
                columns: new[] { "Store", "Key", "Label", "NewETag" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BypassedChanges");

            migrationBuilder.DropTable(
                name: "ChangeWatchCheckpoints");

            migrationBuilder.DropColumn(
                name: "RollbackETag",
                table: "Proposals");
        }
    }
}
