using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plein.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BudgetAreas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AreaId",
                table: "Budgets",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_AreaId",
                table: "Budgets",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_VotingPhaseId",
                table: "Budgets",
                column: "VotingPhaseId");

            migrationBuilder.AddForeignKey(
                name: "FK_Budgets_CensusAreas_AreaId",
                table: "Budgets",
                column: "AreaId",
                principalTable: "CensusAreas",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Budgets_CensusAreas_AreaId",
                table: "Budgets");

            migrationBuilder.DropIndex(
                name: "IX_Budgets_AreaId",
                table: "Budgets");

            migrationBuilder.DropIndex(
                name: "IX_Budgets_VotingPhaseId",
                table: "Budgets");

            migrationBuilder.DropColumn(
                name: "AreaId",
                table: "Budgets");
        }
    }
}
