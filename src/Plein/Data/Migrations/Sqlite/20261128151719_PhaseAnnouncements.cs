using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plein.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PhaseAnnouncements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Phases",
                table: "NotificationSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "PhaseAnnouncements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PhaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AnnouncedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhaseAnnouncements", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseAnnouncements_OrganisationId",
                table: "PhaseAnnouncements",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PhaseAnnouncements_PhaseId",
                table: "PhaseAnnouncements",
                column: "PhaseId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PhaseAnnouncements");

            migrationBuilder.DropColumn(
                name: "Phases",
                table: "NotificationSettings");
        }
    }
}
