using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plein.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProcessCensusArea : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Processes_CensusAreaId",
                table: "Processes",
                column: "CensusAreaId");

            migrationBuilder.AddForeignKey(
                name: "FK_Processes_CensusAreas_CensusAreaId",
                table: "Processes",
                column: "CensusAreaId",
                principalTable: "CensusAreas",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Processes_CensusAreas_CensusAreaId",
                table: "Processes");

            migrationBuilder.DropIndex(
                name: "IX_Processes_CensusAreaId",
                table: "Processes");
        }
    }
}
