using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Infrastructure.Persistence.Migrations.SqlServer
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
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    BeforeJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    AfterJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PreviousHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "Proposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorId = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    AuthorName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Store = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Key = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: false),
                    StagingLabel = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ProductionLabel = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    State = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    StagingConflict = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    StagingApply = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    StagingVerification = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    VerificationOverride = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Approval = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ProductionApply = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClosingReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    BlastRadiusHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    BlastRadiusRisk = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    BlastRadius = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ProductionBaseContentType = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ProductionBaseETag = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ProductionBaseValue = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ProposedContentType = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ProposedDelete = table.Column<bool>(type: "bit", nullable: false),
                    ProposedValue = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    StagingBaseContentType = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    StagingBaseETag = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    StagingBaseValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Proposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProposalEvents",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    ProposalId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ActorId = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ActorName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    From = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    To = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    BeforeValue = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    AfterValue = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    BlastRadiusHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
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
