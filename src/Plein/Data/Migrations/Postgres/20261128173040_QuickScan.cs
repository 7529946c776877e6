using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plein.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class QuickScan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "QuickScanVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Current = table.Column<bool>(type: "boolean", nullable: false),
                    Definition = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuickScanVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QuickScans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AgreementAcceptedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementAcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Starts = table.Column<DateOnly>(type: "date", nullable: true),
                    Ends = table.Column<DateOnly>(type: "date", nullable: true),
                    TargetGroups = table.Column<string>(type: "text", nullable: false),
                    Trekker = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SteeringGroup = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ProcessGuide = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CustomQuestions = table.Column<string>(type: "text", nullable: false),
                    SurveyId = table.Column<Guid>(type: "uuid", nullable: true),
                    AgendaNotes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SharedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuickScans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuickScans_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QuickScans_QuickScanVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "QuickScanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QuickScanAgendaItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ScanId = table.Column<Guid>(type: "uuid", nullable: false),
                    ThemeKey = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Due = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuickScanAgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuickScanAgendaItems_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QuickScanAgendaItems_QuickScans_ScanId",
                        column: x => x.ScanId,
                        principalTable: "QuickScans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_QuickScanAgendaItems_OrganisationId",
                table: "QuickScanAgendaItems",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_QuickScanAgendaItems_ScanId",
                table: "QuickScanAgendaItems",
                column: "ScanId");

            migrationBuilder.CreateIndex(
                name: "IX_QuickScans_OrganisationId",
                table: "QuickScans",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_QuickScans_OrganisationId_CreatedAt",
                table: "QuickScans",
                columns: new[] { "OrganisationId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QuickScans_VersionId",
                table: "QuickScans",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_QuickScanVersions_Number",
                table: "QuickScanVersions",
                column: "Number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QuickScanAgendaItems");

            migrationBuilder.DropTable(
                name: "QuickScans");

            migrationBuilder.DropTable(
                name: "QuickScanVersions");
        }
    }
}
