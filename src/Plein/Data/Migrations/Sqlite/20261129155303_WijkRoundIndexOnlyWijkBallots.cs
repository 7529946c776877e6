using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plein.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WijkRoundIndexOnlyWijkBallots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Ballots_WijkRound_VoterKey",
                table: "Ballots");

            migrationBuilder.CreateIndex(
                name: "IX_Ballots_WijkRound_VoterKey",
                table: "Ballots",
                columns: new[] { "WijkRound", "VoterKey" },
                unique: true,
                filter: "\"WijkRound\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Ballots_WijkRound_VoterKey",
                table: "Ballots");

            migrationBuilder.CreateIndex(
                name: "IX_Ballots_WijkRound_VoterKey",
                table: "Ballots",
                columns: new[] { "WijkRound", "VoterKey" },
                unique: true);
        }
    }
}
