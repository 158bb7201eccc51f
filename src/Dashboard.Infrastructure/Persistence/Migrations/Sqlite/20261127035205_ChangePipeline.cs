using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChangePipeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    BeforeJson = table.Column<string>(type: "TEXT", nullable: true),
                    AfterJson = table.Column<string>(type: "TEXT", nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "Proposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Store = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    StagingLabel = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ProductionLabel = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StagingConflict = table.Column<string>(type: "TEXT", nullable: true),
                    StagingApply = table.Column<string>(type: "TEXT", nullable: true),
                    StagingVerification = table.Column<string>(type: "TEXT", nullable: true),
                    VerificationOverride = table.Column<string>(type: "TEXT", nullable: true),
                    Approval = table.Column<string>(type: "TEXT", nullable: true),
                    ProductionApply = table.Column<string>(type: "TEXT", nullable: true),
                    ClosingReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    BlastRadiusHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BlastRadiusRisk = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BlastRadius = table.Column<string>(type: "TEXT", nullable: false),
                    ProductionBaseContentType = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ProductionBaseETag = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ProductionBaseValue = table.Column<string>(type: "TEXT", nullable: true),
                    ProposedContentType = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ProposedDelete = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProposedValue = table.Column<string>(type: "TEXT", nullable: true),
                    StagingBaseContentType = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    StagingBaseETag = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    StagingBaseValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Proposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProposalEvents",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    BeforeValue = table.Column<string>(type: "TEXT", nullable: true),
                    AfterValue = table.Column<string>(type: "TEXT", nullable: true),
                    BlastRadiusHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalEvents", x => new { x.ProposalId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_ProposalEvents_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Subject",
                table: "AuditEntries",
                column: "Subject");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_AuthorId_CreatedAt",
                table: "Proposals",
                columns: new[] { "AuthorId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_CreatedAt",
                table: "Proposals",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Key",
                table: "Proposals",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_State_CreatedAt",
                table: "Proposals",
                columns: new[] { "State", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "ProposalEvents");

            migrationBuilder.DropTable(
                name: "Proposals");
        }
    }
}
