using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plein.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IndexTuning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Proposals_ProcessId_SupportCount",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Comments_ParentId_CreatedAt",
                table: "Comments");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ProcessId_SupportCount_CreatedAt",
                table: "Proposals",
                columns: new[] { "ProcessId", "SupportCount", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Comments_ParentId_CreatedAt",
                table: "Comments",
                columns: new[] { "ParentId", "CreatedAt" },
                filter: "\"ParentId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Proposals_ProcessId_SupportCount_CreatedAt",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Comments_ParentId_CreatedAt",
                table: "Comments");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ProcessId_SupportCount",
                table: "Proposals",
                columns: new[] { "ProcessId", "SupportCount" });

            migrationBuilder.CreateIndex(
                name: "IX_Comments_ParentId_CreatedAt",
                table: "Comments",
                columns: new[] { "ParentId", "CreatedAt" });
        }
    }
}
