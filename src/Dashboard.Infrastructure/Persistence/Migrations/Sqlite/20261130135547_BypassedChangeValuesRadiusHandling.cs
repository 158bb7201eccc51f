using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BypassedChangeValuesRadiusHandling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AffectedServices",
                table: "BypassedChanges",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "HandledAt",
                table: "BypassedChanges",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HandledBy",
                table: "BypassedChanges",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Handling",
                table: "BypassedChanges",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NewContentType",
                table: "BypassedChanges",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NewValue",
                table: "BypassedChanges",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OldContentType",
                table: "BypassedChanges",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OldETag",
                table: "BypassedChanges",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OldValue",
                table: "BypassedChanges",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RadiusNote",
                table: "BypassedChanges",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RevertProposalId",
                table: "BypassedChanges",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Risk",
                table: "BypassedChanges",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ValuesKnown",
                table: "BypassedChanges",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ValuesMasked",
                table: "BypassedChanges",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "BypassedChanges",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AffectedServices",
                table: "BypassedChanges");

            migrationBuilder.DropColumn(
                name: "HandledAt",
                table: "BypassedChanges");

            migrationBuilder.DropColumn(
                name: "HandledBy",
                table: "BypassedChanges");

            migrationBuilder.DropColumn(
                name: "Handling",
                table: "BypassedChanges");

            migrationBuilder.DropColumn(
                name: "NewContentType",
                table: "BypassedChanges");

            migrationBuilder.DropColumn(
                name: "NewValue",
                table: "BypassedChanges");

            migrationBuilder.DropColumn(
                name: "OldContentType",
                table: "BypassedChanges");

            migrationBuilder.DropColumn(
                name: "OldETag",
                table: "BypassedChanges");

            migrationBuilder.DropColumn(
                name: "OldValue",
                table: "BypassedChanges");

            migrationBuilder.DropColumn(
                name: "RadiusNote",
                table: "BypassedChanges");

            migrationBuilder.DropColumn(
                name: "RevertProposalId",
                table: "BypassedChanges");

            migrationBuilder.DropColumn(
                name: "Risk",
                table: "BypassedChanges");

            migrationBuilder.DropColumn(
                name: "ValuesKnown",
                table: "BypassedChanges");

            migrationBuilder.DropColumn(
                name: "ValuesMasked",
                table: "BypassedChanges");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "BypassedChanges");
        }
    }
}
