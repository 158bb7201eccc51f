using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StoresIncidentsReconciliationAndClaims : Migration
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

            migrationBuilder.AddColumn<string>(
                name: "Claim",
                table: "Proposals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ClaimedAt",
                table: "Proposals",
                type: "INTEGER",
                nullable: true);

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
                name: "Incidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Environment = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    Services = table.Column<string>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartSignal = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenedById = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OpenedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OpenedAutomatically = table.Column<bool>(type: "INTEGER", nullable: false),
                    CommanderId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CommanderName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AutomaticOpenKey = table.Column<string>(type: "TEXT", maxLength: 127, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Leases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "ReconciliationRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PreparedById = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PreparedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Criteria = table.Column<string>(type: "TEXT", nullable: false),
                    FoundCount = table.Column<long>(type: "INTEGER", nullable: false),
                    Policy = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Approval = table.Column<string>(type: "TEXT", nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReconciliationRuns", x => x.Id);
                });

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
                name: "IncidentTimeline",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncidentTimeline", x => new { x.IncidentId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_IncidentTimeline_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReconciliationItems",
                columns: table => new
                {
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    TransactionId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    OrderId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    MerchantReference = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    GatewayReference = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    LedgerVersion = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Ledger = table.Column<string>(type: "TEXT", nullable: false),
                    Gateway = table.Column<string>(type: "TEXT", nullable: false),
                    Proposed = table.Column<string>(type: "TEXT", nullable: false),
                    Override = table.Column<string>(type: "TEXT", nullable: true),
                    Excluded = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExclusionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Result = table.Column<string>(type: "TEXT", nullable: true),
                    Steps = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReconciliationItems", x => new { x.RunId, x.Position });
                    table.ForeignKey(
                        name: "FK_ReconciliationItems_ReconciliationRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "ReconciliationRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReconciliationRunEvents",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    PlanHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReconciliationRunEvents", x => new { x.RunId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_ReconciliationRunEvents_ReconciliationRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "ReconciliationRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "IX_Proposals_ClaimedAt",
                table: "Proposals",
                column: "ClaimedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_AutomaticOpenKey",
                table: "Incidents",
                column: "AutomaticOpenKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_OpenedAt",
                table: "Incidents",
                column: "OpenedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_Status_OpenedAt",
                table: "Incidents",
                columns: new[] { "Status", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReconciliationRuns_CreatedAt",
                table: "ReconciliationRuns",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ReconciliationRuns_State_CreatedAt",
                table: "ReconciliationRuns",
                columns: new[] { "State", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StoreSnapshotEntries_Store",
                table: "StoreSnapshotEntries",
                column: "Store");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IncidentTimeline");

            migrationBuilder.DropTable(
                name: "Leases");

            migrationBuilder.DropTable(
                name: "ReconciliationItems");

            migrationBuilder.DropTable(
                name: "ReconciliationRunEvents");

            migrationBuilder.DropTable(
                name: "StoreSnapshotEntries");

            migrationBuilder.DropTable(
                name: "Incidents");

            migrationBuilder.DropTable(
                name: "ReconciliationRuns");

            migrationBuilder.DropTable(
                name: "StoreSnapshots");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_ClaimedAt",
                table: "Proposals");

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
                name: "Claim",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "ClaimedAt",
                table: "Proposals");

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
