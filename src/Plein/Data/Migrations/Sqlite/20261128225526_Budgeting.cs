using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plein.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Budgeting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Budgets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VotingPhaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MinimumSpendPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxChoices = table.Column<int>(type: "INTEGER", nullable: true),
                    Eligibility = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    MinimumAge = table.Column<int>(type: "INTEGER", nullable: true),
                    ChangeUntilClosing = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResultsPublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Budgets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Ballots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BudgetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VoterKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Receipt = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    EnteredBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConfirmedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ballots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ballots_Budgets_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "Budgets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BudgetProjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BudgetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Cost = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetProjects_Budgets_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "Budgets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BallotChoices",
                columns: table => new
                {
                    BallotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BudgetId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BallotChoices", x => new { x.BallotId, x.ProjectId });
                    table.ForeignKey(
                        name: "FK_BallotChoices_Ballots_BallotId",
                        column: x => x.BallotId,
                        principalTable: "Ballots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BallotChoices_BudgetProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "BudgetProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BallotChoices_BudgetId_ProjectId",
                table: "BallotChoices",
                columns: new[] { "BudgetId", "ProjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_BallotChoices_OrganisationId",
                table: "BallotChoices",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_BallotChoices_ProjectId",
                table: "BallotChoices",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Ballots_BudgetId_Receipt",
                table: "Ballots",
                columns: new[] { "BudgetId", "Receipt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ballots_BudgetId_VoterKey",
                table: "Ballots",
                columns: new[] { "BudgetId", "VoterKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ballots_OrganisationId",
                table: "Ballots",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetProjects_BudgetId",
                table: "BudgetProjects",
                column: "BudgetId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetProjects_OrganisationId",
                table: "BudgetProjects",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_OrganisationId",
                table: "Budgets",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_ProcessId",
                table: "Budgets",
                column: "ProcessId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BallotChoices");

            migrationBuilder.DropTable(
                name: "Ballots");

            migrationBuilder.DropTable(
                name: "BudgetProjects");

            migrationBuilder.DropTable(
                name: "Budgets");
        }
    }
}
