using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plein.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CouncilLearningMonitoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Inhabitants",
                table: "Organisations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CouncilBodies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Seats = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilBodies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilBodies_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CouncilFractions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilFractions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilFractions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CouncilPeople",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Function = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Biography = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Portfolio = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilPeople", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilPeople_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Courses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringKpis",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Area = table.Column<int>(type: "INTEGER", nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Figure = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Cumulative = table.Column<bool>(type: "INTEGER", nullable: false),
                    Baseline = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    BaselineOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Target = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    TargetOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringKpis", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApprovedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CouncilMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PlannedStart = table.Column<long>(type: "INTEGER", nullable: false),
                    PlannedEnd = table.Column<long>(type: "INTEGER", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsDigital = table.Column<bool>(type: "INTEGER", nullable: false),
                    LivestreamUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsClosed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilMeetings_CouncilBodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "CouncilBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CouncilBodyMemberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Starts = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Ends = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsChair = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilBodyMemberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilBodyMemberships_CouncilBodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "CouncilBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CouncilBodyMemberships_CouncilPeople_PersonId",
                        column: x => x.PersonId,
                        principalTable: "CouncilPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CouncilFractionMemberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FractionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Starts = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Ends = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsChair = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilFractionMemberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilFractionMemberships_CouncilFractions_FractionId",
                        column: x => x.FractionId,
                        principalTable: "CouncilFractions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CouncilFractionMemberships_CouncilPeople_PersonId",
                        column: x => x.PersonId,
                        principalTable: "CouncilPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CourseFiles",
                columns: table => new
                {
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourseFiles", x => x.FileId);
                    table.ForeignKey(
                        name: "FK_CourseFiles_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CourseFiles_Files_FileId",
                        column: x => x.FileId,
                        principalTable: "Files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CourseRecommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecommendedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourseRecommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourseRecommendations_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CourseRecommendations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CourseVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    EstimatedMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetGroups = table.Column<string>(type: "TEXT", nullable: false),
                    Areas = table.Column<string>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourseVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourseVersions_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringMeasurements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KpiId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    EnteredBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnteredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringMeasurements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringMeasurements_MonitoringKpis_KpiId",
                        column: x => x.KpiId,
                        principalTable: "MonitoringKpis",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringReportVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Sections = table.Column<string>(type: "TEXT", nullable: false),
                    Figures = table.Column<string>(type: "TEXT", nullable: false),
                    SavedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringReportVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringReportVersions_MonitoringReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "MonitoringReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CouncilAgendaItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IsClosed = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsHamerstuk = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProcessId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Commitment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilAgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilAgendaItems_CouncilAgendaItems_ParentId",
                        column: x => x.ParentId,
                        principalTable: "CouncilAgendaItems",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CouncilAgendaItems_CouncilMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "CouncilMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CouncilAttendances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Since = table.Column<long>(type: "INTEGER", nullable: false),
                    Until = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilAttendances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilAttendances_CouncilMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "CouncilMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CouncilAttendances_CouncilPeople_PersonId",
                        column: x => x.PersonId,
                        principalTable: "CouncilPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Enrolments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastActivityAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastLessonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CertificateCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ShareWithOrganisation = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enrolments_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Enrolments_CourseVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "CourseVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Enrolments_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CouncilDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MotionType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AmendsId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilDocuments_CouncilAgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "CouncilAgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CouncilDocuments_CouncilDocuments_AmendsId",
                        column: x => x.AmendsId,
                        principalTable: "CouncilDocuments",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CouncilDocuments_Files_FileId",
                        column: x => x.FileId,
                        principalTable: "Files",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "CheckAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LessonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Answers = table.Column<string>(type: "TEXT", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CheckAttempts_Enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "Enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LessonProgress",
                columns: table => new
                {
                    EnrolmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LessonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LessonProgress", x => new { x.EnrolmentId, x.LessonId });
                    table.ForeignKey(
                        name: "FK_LessonProgress_Enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "Enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reflections",
                columns: table => new
                {
                    EnrolmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LessonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reflections", x => new { x.EnrolmentId, x.LessonId });
                    table.ForeignKey(
                        name: "FK_Reflections_Enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "Enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CouncilDocumentSigners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsFirst = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilDocumentSigners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilDocumentSigners_CouncilDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "CouncilDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CouncilDocumentSigners_CouncilPeople_PersonId",
                        column: x => x.PersonId,
                        principalTable: "CouncilPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CouncilVotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OnPersons = table.Column<bool>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    PaperResult = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ConcurrencyStamp = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilVotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilVotes_CouncilAgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "CouncilAgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CouncilVotes_CouncilDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "CouncilDocuments",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CouncilVotes_CouncilMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "CouncilMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CouncilCastVotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VoteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Choice = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CastAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilCastVotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilCastVotes_CouncilPeople_PersonId",
                        column: x => x.PersonId,
                        principalTable: "CouncilPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CouncilCastVotes_CouncilVotes_VoteId",
                        column: x => x.VoteId,
                        principalTable: "CouncilVotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CouncilPaperCounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VoteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Candidate = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Votes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilPaperCounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilPaperCounts_CouncilVotes_VoteId",
                        column: x => x.VoteId,
                        principalTable: "CouncilVotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CheckAttempts_EnrolmentId_LessonId_At",
                table: "CheckAttempts",
                columns: new[] { "EnrolmentId", "LessonId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CouncilAgendaItems_MeetingId",
                table: "CouncilAgendaItems",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilAgendaItems_OrganisationId",
                table: "CouncilAgendaItems",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilAgendaItems_ParentId",
                table: "CouncilAgendaItems",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilAttendances_MeetingId_PersonId",
                table: "CouncilAttendances",
                columns: new[] { "MeetingId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CouncilAttendances_OrganisationId",
                table: "CouncilAttendances",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilAttendances_PersonId",
                table: "CouncilAttendances",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilBodies_OrganisationId",
                table: "CouncilBodies",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilBodies_OrganisationId_Code",
                table: "CouncilBodies",
                columns: new[] { "OrganisationId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CouncilBodyMemberships_BodyId",
                table: "CouncilBodyMemberships",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilBodyMemberships_OrganisationId",
                table: "CouncilBodyMemberships",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilBodyMemberships_PersonId",
                table: "CouncilBodyMemberships",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilCastVotes_OrganisationId",
                table: "CouncilCastVotes",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilCastVotes_PersonId",
                table: "CouncilCastVotes",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilCastVotes_VoteId_PersonId",
                table: "CouncilCastVotes",
                columns: new[] { "VoteId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CouncilDocuments_AgendaItemId",
                table: "CouncilDocuments",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilDocuments_AmendsId",
                table: "CouncilDocuments",
                column: "AmendsId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilDocuments_FileId",
                table: "CouncilDocuments",
                column: "FileId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilDocuments_OrganisationId",
                table: "CouncilDocuments",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilDocumentSigners_DocumentId_PersonId",
                table: "CouncilDocumentSigners",
                columns: new[] { "DocumentId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CouncilDocumentSigners_OrganisationId",
                table: "CouncilDocumentSigners",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilDocumentSigners_PersonId",
                table: "CouncilDocumentSigners",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilFractionMemberships_FractionId",
                table: "CouncilFractionMemberships",
                column: "FractionId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilFractionMemberships_OrganisationId",
                table: "CouncilFractionMemberships",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilFractionMemberships_PersonId",
                table: "CouncilFractionMemberships",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilFractions_OrganisationId",
                table: "CouncilFractions",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilMeetings_BodyId",
                table: "CouncilMeetings",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilMeetings_OrganisationId",
                table: "CouncilMeetings",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilMeetings_PlannedStart",
                table: "CouncilMeetings",
                column: "PlannedStart");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilPaperCounts_OrganisationId",
                table: "CouncilPaperCounts",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilPaperCounts_VoteId",
                table: "CouncilPaperCounts",
                column: "VoteId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilPeople_OrganisationId",
                table: "CouncilPeople",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilPeople_OrganisationId_UserId",
                table: "CouncilPeople",
                columns: new[] { "OrganisationId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CouncilVotes_AgendaItemId",
                table: "CouncilVotes",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilVotes_DocumentId",
                table: "CouncilVotes",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilVotes_MeetingId",
                table: "CouncilVotes",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilVotes_OrganisationId",
                table: "CouncilVotes",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CourseFiles_CourseId",
                table: "CourseFiles",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_CourseRecommendations_CourseId",
                table: "CourseRecommendations",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_CourseRecommendations_OrganisationId",
                table: "CourseRecommendations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Courses_Slug",
                table: "Courses",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CourseVersions_CourseId_Number",
                table: "CourseVersions",
                columns: new[] { "CourseId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_CertificateCode",
                table: "Enrolments",
                column: "CertificateCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_CourseId_StartedAt",
                table: "Enrolments",
                columns: new[] { "CourseId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_UserId_CourseId",
                table: "Enrolments",
                columns: new[] { "UserId", "CourseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_VersionId",
                table: "Enrolments",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringKpis_Key",
                table: "MonitoringKpis",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringMeasurements_KpiId_On",
                table: "MonitoringMeasurements",
                columns: new[] { "KpiId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringReportVersions_ReportId_Number",
                table: "MonitoringReportVersions",
                columns: new[] { "ReportId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CheckAttempts");

            migrationBuilder.DropTable(
                name: "CouncilAttendances");

            migrationBuilder.DropTable(
                name: "CouncilBodyMemberships");

            migrationBuilder.DropTable(
                name: "CouncilCastVotes");

            migrationBuilder.DropTable(
                name: "CouncilDocumentSigners");

            migrationBuilder.DropTable(
                name: "CouncilFractionMemberships");

            migrationBuilder.DropTable(
                name: "CouncilPaperCounts");

            migrationBuilder.DropTable(
                name: "CourseFiles");

            migrationBuilder.DropTable(
                name: "CourseRecommendations");

            migrationBuilder.DropTable(
                name: "LessonProgress");

            migrationBuilder.DropTable(
                name: "MonitoringMeasurements");

            migrationBuilder.DropTable(
                name: "MonitoringReportVersions");

            migrationBuilder.DropTable(
                name: "Reflections");

            migrationBuilder.DropTable(
                name: "CouncilFractions");

            migrationBuilder.DropTable(
                name: "CouncilPeople");

            migrationBuilder.DropTable(
                name: "CouncilVotes");

            migrationBuilder.DropTable(
                name: "MonitoringKpis");

            migrationBuilder.DropTable(
                name: "MonitoringReports");

            migrationBuilder.DropTable(
                name: "Enrolments");

            migrationBuilder.DropTable(
                name: "CouncilDocuments");

            migrationBuilder.DropTable(
                name: "CourseVersions");

            migrationBuilder.DropTable(
                name: "CouncilAgendaItems");

            migrationBuilder.DropTable(
                name: "Courses");

            migrationBuilder.DropTable(
                name: "CouncilMeetings");

            migrationBuilder.DropTable(
                name: "CouncilBodies");

            migrationBuilder.DropColumn(
                name: "Inhabitants",
                table: "Organisations");
        }
    }
}
