using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plein.Data.Migrations.Postgres
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "PhaseAnnouncements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PhaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    AnnouncedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
