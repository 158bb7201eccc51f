using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StoresAndChangeWatchSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ConfigStore",
                table: "Services",
                type: "TEXT",
                maxLength: 63,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Authentication",
                table: "ConfigStores",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "EntraId");

            // The embedded local stores need no sign-in; the column's default is for Azure stores.
            migrationBuilder.Sql("UPDATE ConfigStores SET Authentication = 'None' WHERE Kind = 'Local'");

            migrationBuilder.CreateTable(
                name: "StoreSnapshots",
                columns: table => new
                {
                    Store = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    TakenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoreSnapshots", x => x.Store);
                });

            migrationBuilder.CreateTable(
                name: "StoreSnapshotEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ETag = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    LastModified = table.Column<long>(type: "INTEGER", nullable: true),
                    Store = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoreSnapshotEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StoreSnapshotEntries_StoreSnapshots_Store",
                        column: x => x.Store,
                        principalTable: "StoreSnapshots",
                        principalColumn: "Store",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StoreSnapshotEntries_Store",
                table: "StoreSnapshotEntries",
                column: "Store");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StoreSnapshotEntries");

            migrationBuilder.DropTable(
                name: "StoreSnapshots");

            migrationBuilder.DropColumn(
                name: "ConfigStore",
                table: "Services");

            migrationBuilder.DropColumn(
                name: "Authentication",
                table: "ConfigStores");
        }
    }
}
