using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plein.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VotingCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "VotingCodeBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScopeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VotingCodeBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VotingCodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScopeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RedeemedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    RedeemedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    InvalidatedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VotingCodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VotingCodes_AspNetUsers_RedeemedBy",
                        column: x => x.RedeemedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VotingCodes_VotingCodeBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "VotingCodeBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VotingCodeBatches_OrganisationId",
                table: "VotingCodeBatches",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_VotingCodeBatches_ScopeId",
                table: "VotingCodeBatches",
                column: "ScopeId");

            migrationBuilder.CreateIndex(
                name: "IX_VotingCodes_BatchId",
                table: "VotingCodes",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_VotingCodes_Hash",
                table: "VotingCodes",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VotingCodes_OrganisationId",
                table: "VotingCodes",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_VotingCodes_RedeemedBy",
                table: "VotingCodes",
                column: "RedeemedBy");

            migrationBuilder.CreateIndex(
                name: "IX_VotingCodes_ScopeId_RedeemedBy",
                table: "VotingCodes",
                columns: new[] { "ScopeId", "RedeemedBy" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "VotingCodes");

            migrationBuilder.DropTable(
                name: "VotingCodeBatches");
        }
    }
}
