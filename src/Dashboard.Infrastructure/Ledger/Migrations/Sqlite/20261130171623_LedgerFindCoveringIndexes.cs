using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Infrastructure.Ledger.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LedgerFindCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PaymentAttempts_AttemptedAt",
                table: "PaymentAttempts");

            migrationBuilder.DropIndex(
                name: "IX_PaymentAttempts_State_AttemptedAt",
                table: "PaymentAttempts");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentAttempts_AttemptedAt_Currency_Amount_State",
                table: "PaymentAttempts",
                columns: new[] { "AttemptedAt", "Currency", "Amount", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentAttempts_Currency_AttemptedAt_Amount_State",
                table: "PaymentAttempts",
                columns: new[] { "Currency", "AttemptedAt", "Amount", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentAttempts_State_AttemptedAt_Currency_Amount",
                table: "PaymentAttempts",
                columns: new[] { "State", "AttemptedAt", "Currency", "Amount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PaymentAttempts_AttemptedAt_Currency_Amount_State",
                table: "PaymentAttempts");

            migrationBuilder.DropIndex(
                name: "IX_PaymentAttempts_Currency_AttemptedAt_Amount_State",
                table: "PaymentAttempts");

            migrationBuilder.DropIndex(
                name: "IX_PaymentAttempts_State_AttemptedAt_Currency_Amount",
                table: "PaymentAttempts");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentAttempts_AttemptedAt",
                table: "PaymentAttempts",
                column: "AttemptedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentAttempts_State_AttemptedAt",
                table: "PaymentAttempts",
                columns: new[] { "State", "AttemptedAt" });
        }
    }
}
