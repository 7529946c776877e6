using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plein.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Challenges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChallengeRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Domains = table.Column<string>(type: "TEXT", nullable: false),
                    Excluded = table.Column<string>(type: "TEXT", nullable: false),
                    RequiredItems = table.Column<string>(type: "TEXT", nullable: false),
                    DecisionWeeks = table.Column<int>(type: "INTEGER", nullable: false),
                    InformationPausesDeadline = table.Column<bool>(type: "INTEGER", nullable: false),
                    WeeksBeforeStart = table.Column<int>(type: "INTEGER", nullable: false),
                    AgreementForm = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    MaxDurationMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    CostNotAboveCurrent = table.Column<bool>(type: "INTEGER", nullable: false),
                    LegalFormRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChallengeRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChallengeRules_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Challenges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ChallengerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    GroupName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    LegalForm = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    KvkNumber = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Domain = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Task = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HowBetter = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    Involvement = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    SupportEvidence = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    CostEstimate = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    CurrentCost = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    SupportWanted = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    Continuity = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    IntendedStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionWeeks = table.Column<int>(type: "INTEGER", nullable: false),
                    InformationPausesDeadline = table.Column<bool>(type: "INTEGER", nullable: false),
                    PausedDays = table.Column<int>(type: "INTEGER", nullable: false),
                    InformationRequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Paused = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecisionDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReminderSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HandlerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Accepted = table.Column<bool>(type: "INTEGER", nullable: true),
                    DecisionReasons = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Challenges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Challenges_AspNetUsers_ChallengerId",
                        column: x => x.ChallengerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Challenges_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChallengeAgreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChallengeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Form = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Tasks = table.Column<string>(type: "TEXT", nullable: false),
                    Indicators = table.Column<string>(type: "TEXT", nullable: false),
                    BudgetPerYear = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Starts = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Ends = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReportEveryMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Lessons = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    ResultSummary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EvaluatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChallengeAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChallengeAgreements_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChallengeAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChallengeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Criterion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AssessorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChallengeAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChallengeAssessments_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChallengeAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChallengeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChallengeAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChallengeAttachments_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChallengeAttachments_Files_FileId",
                        column: x => x.FileId,
                        principalTable: "Files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChallengeEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChallengeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChallengeEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChallengeEvents_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChallengeReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChallengeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Done = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    IndicatorValues = table.Column<string>(type: "TEXT", nullable: false),
                    Spent = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChallengeReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChallengeReports_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeAgreements_ChallengeId",
                table: "ChallengeAgreements",
                column: "ChallengeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeAgreements_OrganisationId",
                table: "ChallengeAgreements",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeAssessments_ChallengeId_Criterion",
                table: "ChallengeAssessments",
                columns: new[] { "ChallengeId", "Criterion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeAssessments_OrganisationId",
                table: "ChallengeAssessments",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeAttachments_ChallengeId",
                table: "ChallengeAttachments",
                column: "ChallengeId");

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeAttachments_FileId",
                table: "ChallengeAttachments",
                column: "FileId");

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeAttachments_OrganisationId",
                table: "ChallengeAttachments",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeEvents_ChallengeId_At",
                table: "ChallengeEvents",
                columns: new[] { "ChallengeId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeEvents_OrganisationId",
                table: "ChallengeEvents",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeReports_ChallengeId_SubmittedAt",
                table: "ChallengeReports",
                columns: new[] { "ChallengeId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeReports_OrganisationId",
                table: "ChallengeReports",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeRules_OrganisationId",
                table: "ChallengeRules",
                column: "OrganisationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Challenges_ChallengerId",
                table: "Challenges",
                column: "ChallengerId");

            migrationBuilder.CreateIndex(
                name: "IX_Challenges_OrganisationId",
                table: "Challenges",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Challenges_OrganisationId_Reference",
                table: "Challenges",
                columns: new[] { "OrganisationId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Challenges_OrganisationId_State_DecisionDue",
                table: "Challenges",
                columns: new[] { "OrganisationId", "State", "DecisionDue" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChallengeAgreements");

            migrationBuilder.DropTable(
                name: "ChallengeAssessments");

            migrationBuilder.DropTable(
                name: "ChallengeAttachments");

            migrationBuilder.DropTable(
                name: "ChallengeEvents");

            migrationBuilder.DropTable(
                name: "ChallengeReports");

            migrationBuilder.DropTable(
                name: "ChallengeRules");

            migrationBuilder.DropTable(
                name: "Challenges");
        }
    }
}
