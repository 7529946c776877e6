using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plein.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KeysetIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Proposals_ProcessId_CreatedAt",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_ProcessId_SupportCount_CreatedAt",
                table: "Proposals");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ProcessId_CreatedAt_Id",
                table: "Proposals",
                columns: new[] { "ProcessId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ProcessId_Id",
                table: "Proposals",
                columns: new[] { "ProcessId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ProcessId_SupportCount_CreatedAt_Id",
                table: "Proposals",
                columns: new[] { "ProcessId", "SupportCount", "CreatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Proposals_ProcessId_CreatedAt_Id",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_ProcessId_Id",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_ProcessId_SupportCount_CreatedAt_Id",
                table: "Proposals");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ProcessId_CreatedAt",
                table: "Proposals",
                columns: new[] { "ProcessId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ProcessId_SupportCount_CreatedAt",
                table: "Proposals",
                columns: new[] { "ProcessId", "SupportCount", "CreatedAt" });
        }
    }
}
