using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StoresHealthSignInAndVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChangeWatchCheckpoints");

            migrationBuilder.AddColumn<string>(
                name: "ConfigStore",
                table: "Services",
                type: "TEXT",
                maxLength: 63,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HealthThresholdOverrides",
                table: "Services",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Services",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "InstanceUrls",
                table: "ServiceEndpoints",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "FailedSignIns",
                table: "LocalAccounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "LockedOutUntil",
                table: "LocalAccounts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SecurityStamp",
                table: "LocalAccounts",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Dependencies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Authentication",
                table: "ConfigStores",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "EntraId");

            // Stores that existed before sign-in was chosen per store: local ones need none, Azure ones keep Entra ID.
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
                name: "HealthThresholdOverrides",
                table: "Services");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Services");

            migrationBuilder.DropColumn(
                name: "InstanceUrls",
                table: "ServiceEndpoints");

            migrationBuilder.DropColumn(
                name: "FailedSignIns",
                table: "LocalAccounts");

            migrationBuilder.DropColumn(
                name: "LockedOutUntil",
                table: "LocalAccounts");

            migrationBuilder.DropColumn(
                name: "SecurityStamp",
                table: "LocalAccounts");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Dependencies");

            migrationBuilder.DropColumn(
                name: "Authentication",
                table: "ConfigStores");

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
        }
    }
}
