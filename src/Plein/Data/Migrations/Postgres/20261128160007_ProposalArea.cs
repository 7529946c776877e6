using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plein.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProposalArea : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AreaId",
                table: "Proposals",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_AreaId",
                table: "Proposals",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ProcessId_AreaId",
                table: "Proposals",
                columns: new[] { "ProcessId", "AreaId" });

            migrationBuilder.AddForeignKey(
                name: "FK_Proposals_CensusAreas_AreaId",
                table: "Proposals",
                column: "AreaId",
                principalTable: "CensusAreas",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Proposals_CensusAreas_AreaId",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_AreaId",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_ProcessId_AreaId",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "AreaId",
                table: "Proposals");
        }
    }
}
