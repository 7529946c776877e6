using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plein.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProjectSubmissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SubmissionPhaseId",
                table: "Budgets",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Review",
                table: "BudgetProjects",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            // Projects from before residents could submit were all added by staff: they are on the ballot.
            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "BudgetProjects",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Haalbaar");

            migrationBuilder.AddColumn<Guid>(
                name: "SubmittedBy",
                table: "BudgetProjects",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SubmissionPhaseId",
                table: "Budgets");

            migrationBuilder.DropColumn(
                name: "Review",
                table: "BudgetProjects");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "BudgetProjects");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "BudgetProjects");
        }
    }
}
