using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plein.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Budgeting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Tags",
                table: "Bottlenecks",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(400)",
                oldMaxLength: 400);

            migrationBuilder.CreateTable(
                name: "Budgets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcessId = table.Column<Guid>(type: "uuid", nullable: false),
                    VotingPhaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Total = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Rule = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MinimumSpendPercent = table.Column<int>(type: "integer", nullable: false),
                    MaxChoices = table.Column<int>(type: "integer", nullable: true),
                    Eligibility = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    MinimumAge = table.Column<int>(type: "integer", nullable: true),
                    ChangeUntilClosing = table.Column<bool>(type: "boolean", nullable: false),
                    ResultsPublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Budgets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Ballots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    BudgetId = table.Column<Guid>(type: "uuid", nullable: false),
                    VoterKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Receipt = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    EnteredBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConfirmedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    BudgetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Cost = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Theme = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    BallotId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    BudgetId = table.Column<Guid>(type: "uuid", nullable: false)
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

            migrationBuilder.AlterColumn<string>(
                name: "Tags",
                table: "Bottlenecks",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(2000)",
                oldMaxLength: 2000);
        }
    }
}
