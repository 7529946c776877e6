using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plein.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OneWijkPerVoter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "WijkRound",
                table: "Ballots",
                type: "uuid",
                nullable: true);

            migrationBuilder.Sql(Plein.Budgeting.Ballots.BallotConfiguration.MarkEarlierWijkBallots);

            migrationBuilder.CreateIndex(
                name: "IX_Ballots_WijkRound_VoterKey",
                table: "Ballots",
                columns: new[] { "WijkRound", "VoterKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Ballots_WijkRound_VoterKey",
                table: "Ballots");

            migrationBuilder.DropColumn(
                name: "WijkRound",
                table: "Ballots");
        }
    }
}
