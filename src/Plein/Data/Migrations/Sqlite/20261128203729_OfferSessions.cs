using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plein.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OfferSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Capacity",
                table: "OfferItems",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Cost",
                table: "OfferItems",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Format",
                table: "OfferItems",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Priorities",
                table: "OfferItems",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "OfferSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Starts = table.Column<long>(type: "INTEGER", nullable: false),
                    Ends = table.Column<long>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OnlineLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReminderSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferSessions_OfferItems_OfferItemId",
                        column: x => x.OfferItemId,
                        principalTable: "OfferItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfferRegistrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Seat = table.Column<int>(type: "INTEGER", nullable: true),
                    Affiliation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferRegistrations_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OfferRegistrations_OfferSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "OfferSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OfferRegistrations_SessionId_Seat",
                table: "OfferRegistrations",
                columns: new[] { "SessionId", "Seat" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OfferRegistrations_SessionId_UserId",
                table: "OfferRegistrations",
                columns: new[] { "SessionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OfferRegistrations_UserId",
                table: "OfferRegistrations",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferSessions_OfferItemId_Starts",
                table: "OfferSessions",
                columns: new[] { "OfferItemId", "Starts" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OfferRegistrations");

            migrationBuilder.DropTable(
                name: "OfferSessions");

            migrationBuilder.DropColumn(
                name: "Capacity",
                table: "OfferItems");

            migrationBuilder.DropColumn(
                name: "Cost",
                table: "OfferItems");

            migrationBuilder.DropColumn(
                name: "Format",
                table: "OfferItems");

            migrationBuilder.DropColumn(
                name: "Priorities",
                table: "OfferItems");
        }
    }
}
