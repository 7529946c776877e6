using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plein.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SurveyArea : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AreaId",
                table: "Surveys",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_AreaId",
                table: "Surveys",
                column: "AreaId");

            migrationBuilder.AddForeignKey(
                name: "FK_Surveys_CensusAreas_AreaId",
                table: "Surveys",
                column: "AreaId",
                principalTable: "CensusAreas",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Surveys_CensusAreas_AreaId",
                table: "Surveys");

            migrationBuilder.DropIndex(
                name: "IX_Surveys_AreaId",
                table: "Surveys");

            migrationBuilder.DropColumn(
                name: "AreaId",
                table: "Surveys");
        }
    }
}
