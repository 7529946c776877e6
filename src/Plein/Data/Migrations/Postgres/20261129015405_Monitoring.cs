using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plein.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Monitoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MonitoringKpis",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Priority = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Area = table.Column<int>(type: "integer", nullable: true),
                    Unit = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Figure = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Cumulative = table.Column<bool>(type: "boolean", nullable: false),
                    Baseline = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    BaselineOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Target = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    TargetOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringKpis", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringMeasurements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KpiId = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    EnteredBy = table.Column<Guid>(type: "uuid", nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringMeasurements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringMeasurements_MonitoringKpis_KpiId",
                        column: x => x.KpiId,
                        principalTable: "MonitoringKpis",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringKpis_Key",
                table: "MonitoringKpis",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringMeasurements_KpiId_On",
                table: "MonitoringMeasurements",
                columns: new[] { "KpiId", "On" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MonitoringMeasurements");

            migrationBuilder.DropTable(
                name: "MonitoringKpis");
        }
    }
}
