using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plein.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PreferredLanguage = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BackgroundJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Input = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Done = table.Column<int>(type: "INTEGER", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ResultPath = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BackgroundJobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OfferItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    TargetGroups = table.Column<string>(type: "TEXT", nullable: false),
                    Areas = table.Column<string>(type: "TEXT", nullable: false),
                    Priorities = table.Column<string>(type: "TEXT", nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Cost = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Province = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Theme_LogoFileId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Theme_PrimaryColor = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Theme_AccentColor = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Settings_ContactEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Settings_Website = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Settings_RetentionMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MergedIntoId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TextBody = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PhaseAnnouncements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PhaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AnnouncedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhaseAnnouncements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlatformSecrets",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProtectedValue = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformSecrets", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "QuickScanVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Current = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Definition = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuickScanVersions", x => x.Id);
                });

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
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AddressVerifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    HouseNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    VerifiedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AddressVerifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AddressVerifications_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BlockedUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    BlockedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BlockedUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BlockedUsers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NotificationSettings",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Answers = table.Column<bool>(type: "INTEGER", nullable: false),
                    Replies = table.Column<bool>(type: "INTEGER", nullable: false),
                    Phases = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationSettings", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_NotificationSettings_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfferSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Starts = table.Column<long>(type: "INTEGER", nullable: false),
                    Ends = table.Column<long>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OnlineLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EvaluationSurveyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReminderSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferSessions_OfferItems_OfferItemId",
                        column: x => x.OfferItemId,
                        principalTable: "OfferItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditEntries_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CensusAreas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AddressCount = table.Column<int>(type: "INTEGER", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CensusAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CensusAreas_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                    NotForProfit = table.Column<bool>(type: "INTEGER", nullable: false),
                    Domain = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Task = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HowBetter = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    Involvement = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    SupportEvidence = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    SupportProposalId = table.Column<Guid>(type: "TEXT", nullable: true),
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
                name: "ExternalIdentities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BsnPseudonym = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LastLoginAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExternalIdentities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExternalIdentities_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExternalIdentities_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Files_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LoginProviders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProtectedClientSecret = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Scopes = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    BsnClaim = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AcrLevels = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoginProviders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LoginProviders_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Memberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Memberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Memberships_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Memberships_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfferRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Participants = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Wishes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PreferredPeriod = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferRequests_OfferItems_OfferItemId",
                        column: x => x.OfferItemId,
                        principalTable: "OfferItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OfferRequests_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganisationEvents_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuickScans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AgreementAcceptedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementAcceptedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Starts = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Ends = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TargetGroups = table.Column<string>(type: "TEXT", nullable: false),
                    Trekker = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SteeringGroup = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ProcessGuide = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CustomQuestions = table.Column<string>(type: "TEXT", nullable: false),
                    InviteAddresses = table.Column<string>(type: "TEXT", nullable: false),
                    ReminderSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AgendaNotes = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SharedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuickScans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuickScans_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QuickScans_QuickScanVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "QuickScanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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

            migrationBuilder.CreateTable(
                name: "OfferRegistrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Seat = table.Column<int>(type: "INTEGER", nullable: true),
                    Affiliation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferRegistrations_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OfferRegistrations_OfferSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "OfferSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CensusAddresses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    HouseNumber = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CensusAddresses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CensusAddresses_CensusAreas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "CensusAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Processes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CensusAreaId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    MinimumAccountAgeDays = table.Column<int>(type: "INTEGER", nullable: false),
                    CollectsSupportFor = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Processes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Processes_CensusAreas_CensusAreaId",
                        column: x => x.CensusAreaId,
                        principalTable: "CensusAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Processes_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Surveys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Intro = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    ParentTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ParentPath = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Anonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnswerLevel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    Opens = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Closes = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResultsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    OwnerManaged = table.Column<bool>(type: "INTEGER", nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Surveys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Surveys_CensusAreas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "CensusAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Surveys_Organisations_OrganisationId",
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
                name: "QuickScanAgendaItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ThemeKey = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Due = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuickScanAgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuickScanAgendaItems_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QuickScanAgendaItems_QuickScans_ScanId",
                        column: x => x.ScanId,
                        principalTable: "QuickScans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProcessPhases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Starts = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Ends = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProposalsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    SupportOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    CommentsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    SupportLimit = table.Column<int>(type: "INTEGER", nullable: true),
                    ProposeLevel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SupportLevel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CommentLevel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ProcessId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessPhases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcessPhases_Processes_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "Processes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Proposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    SupportCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Proposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Proposals_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Proposals_CensusAreas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "CensusAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Proposals_Processes_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "Processes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyParticipants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyParticipants_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurveyParticipants_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResumeTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Reached = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyTallies",
                columns: table => new
                {
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionKey = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Row = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyTallies", x => new { x.SurveyId, x.QuestionKey, x.Row, x.Value });
                    table.ForeignKey(
                        name: "FK_SurveyTallies_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Comments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EditedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HiddenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HiddenReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ReportCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Comments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Comments_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Comments_Comments_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Comments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Comments_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Follows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Follows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Follows_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Follows_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProposalAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposalAttachments_Files_FileId",
                        column: x => x.FileId,
                        principalTable: "Files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProposalAttachments_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Supports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slot = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Supports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Supports_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Supports_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyAnswers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionKey = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Row = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyAnswers_SurveyResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "SurveyResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommentReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommentReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommentReports_Comments_CommentId",
                        column: x => x.CommentId,
                        principalTable: "Comments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AddressVerifications_OrganisationId",
                table: "AddressVerifications",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_AddressVerifications_OrganisationId_Postcode_HouseNumber",
                table: "AddressVerifications",
                columns: new[] { "OrganisationId", "Postcode", "HouseNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_AddressVerifications_OrganisationId_UserId",
                table: "AddressVerifications",
                columns: new[] { "OrganisationId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AddressVerifications_UserId",
                table: "AddressVerifications",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_OrganisationId",
                table: "AuditEntries",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_OrganisationId_At",
                table: "AuditEntries",
                columns: new[] { "OrganisationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_BackgroundJobs_OrganisationId",
                table: "BackgroundJobs",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_BackgroundJobs_State_CreatedAt",
                table: "BackgroundJobs",
                columns: new[] { "State", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BlockedUsers_OrganisationId",
                table: "BlockedUsers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_BlockedUsers_OrganisationId_UserId",
                table: "BlockedUsers",
                columns: new[] { "OrganisationId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BlockedUsers_UserId",
                table: "BlockedUsers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CensusAddresses_AreaId_Postcode_HouseNumber",
                table: "CensusAddresses",
                columns: new[] { "AreaId", "Postcode", "HouseNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CensusAddresses_OrganisationId",
                table: "CensusAddresses",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CensusAddresses_OrganisationId_Postcode_HouseNumber",
                table: "CensusAddresses",
                columns: new[] { "OrganisationId", "Postcode", "HouseNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_CensusAreas_OrganisationId",
                table: "CensusAreas",
                column: "OrganisationId");

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

            migrationBuilder.CreateIndex(
                name: "IX_CommentReports_CommentId_UserId",
                table: "CommentReports",
                columns: new[] { "CommentId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommentReports_OrganisationId",
                table: "CommentReports",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Comments_AuthorId",
                table: "Comments",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_Comments_OrganisationId",
                table: "Comments",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Comments_ParentId_CreatedAt",
                table: "Comments",
                columns: new[] { "ParentId", "CreatedAt" },
                filter: "\"ParentId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Comments_ProposalId_ParentId_CreatedAt",
                table: "Comments",
                columns: new[] { "ProposalId", "ParentId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ExternalIdentities_OrganisationId",
                table: "ExternalIdentities",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ExternalIdentities_OrganisationId_Issuer_Subject",
                table: "ExternalIdentities",
                columns: new[] { "OrganisationId", "Issuer", "Subject" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExternalIdentities_UserId",
                table: "ExternalIdentities",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Files_OrganisationId",
                table: "Files",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Follows_OrganisationId",
                table: "Follows",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Follows_ProposalId_UserId",
                table: "Follows",
                columns: new[] { "ProposalId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Follows_UserId",
                table: "Follows",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_LoginProviders_OrganisationId",
                table: "LoginProviders",
                column: "OrganisationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_OrganisationId",
                table: "Memberships",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_OrganisationId_UserId_Role",
                table: "Memberships",
                columns: new[] { "OrganisationId", "UserId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_UserId",
                table: "Memberships",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferItems_Slug",
                table: "OfferItems",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OfferRegistrations_SessionId_Seat",
                table: "OfferRegistrations",
                columns: new[] { "SessionId", "Seat" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OfferRegistrations_SessionId_UserId",
                table: "OfferRegistrations",
                columns: new[] { "SessionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OfferRegistrations_UserId",
                table: "OfferRegistrations",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferRequests_OfferItemId",
                table: "OfferRequests",
                column: "OfferItemId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferRequests_OrganisationId",
                table: "OfferRequests",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferSessions_OfferItemId_Starts",
                table: "OfferSessions",
                columns: new[] { "OfferItemId", "Starts" });

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationEvents_OrganisationId",
                table: "OrganisationEvents",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Code",
                table: "Organisations",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Slug",
                table: "Organisations",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_SentAt_NextAttemptAt",
                table: "Outbox",
                columns: new[] { "SentAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseAnnouncements_OrganisationId",
                table: "PhaseAnnouncements",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PhaseAnnouncements_PhaseId",
                table: "PhaseAnnouncements",
                column: "PhaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Processes_CensusAreaId",
                table: "Processes",
                column: "CensusAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Processes_OrganisationId",
                table: "Processes",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessPhases_ProcessId",
                table: "ProcessPhases",
                column: "ProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalAttachments_FileId",
                table: "ProposalAttachments",
                column: "FileId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalAttachments_OrganisationId",
                table: "ProposalAttachments",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalAttachments_ProposalId_Position",
                table: "ProposalAttachments",
                columns: new[] { "ProposalId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_AreaId",
                table: "Proposals",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_AuthorId",
                table: "Proposals",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_OrganisationId",
                table: "Proposals",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ProcessId_AreaId",
                table: "Proposals",
                columns: new[] { "ProcessId", "AreaId" });

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

            migrationBuilder.CreateIndex(
                name: "IX_QuickScanAgendaItems_OrganisationId",
                table: "QuickScanAgendaItems",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_QuickScanAgendaItems_ScanId",
                table: "QuickScanAgendaItems",
                column: "ScanId");

            migrationBuilder.CreateIndex(
                name: "IX_QuickScans_OrganisationId",
                table: "QuickScans",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_QuickScans_OrganisationId_CreatedAt",
                table: "QuickScans",
                columns: new[] { "OrganisationId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QuickScans_VersionId",
                table: "QuickScans",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_QuickScanVersions_Number",
                table: "QuickScanVersions",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Supports_OrganisationId",
                table: "Supports",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Supports_ProcessId_UserId_Slot",
                table: "Supports",
                columns: new[] { "ProcessId", "UserId", "Slot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Supports_ProposalId_UserId",
                table: "Supports",
                columns: new[] { "ProposalId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Supports_UserId",
                table: "Supports",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_OrganisationId",
                table: "SurveyAnswers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_ResponseId",
                table: "SurveyAnswers",
                column: "ResponseId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_SurveyId_QuestionKey_Row",
                table: "SurveyAnswers",
                columns: new[] { "SurveyId", "QuestionKey", "Row" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyParticipants_OrganisationId",
                table: "SurveyParticipants",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyParticipants_SurveyId_UserId",
                table: "SurveyParticipants",
                columns: new[] { "SurveyId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyParticipants_UserId",
                table: "SurveyParticipants",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_OrganisationId",
                table: "SurveyResponses",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_ResumeTokenHash",
                table: "SurveyResponses",
                column: "ResumeTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_SurveyId_SubmittedAt",
                table: "SurveyResponses",
                columns: new[] { "SurveyId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_SurveyId_UserId",
                table: "SurveyResponses",
                columns: new[] { "SurveyId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_UserId",
                table: "SurveyResponses",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_AreaId",
                table: "Surveys",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_OrganisationId",
                table: "Surveys",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_ParentId",
                table: "Surveys",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyTallies_OrganisationId",
                table: "SurveyTallies",
                column: "OrganisationId");

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

            // Squashed from the migrations before this baseline (ADR 0026): what EF does not model.
            // The audit log is append-only in the database itself, not only in PleinDb (ADR 0010).
            migrationBuilder.Sql("CREATE TRIGGER \"AuditEntries_no_update\" BEFORE UPDATE ON \"AuditEntries\" BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER \"AuditEntries_no_delete\" BEFORE DELETE ON \"AuditEntries\" BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;");
            // Full-text search over proposals with FTS5, kept in step by triggers (ADR 0012). A migration that rebuilds
            // "Proposals" (SQLite does so to add a foreign key) drops these triggers and must create them again.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ProposalSearch" USING fts5("Title", "Body", content='Proposals', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
                CREATE TRIGGER "Proposals_search_insert" AFTER INSERT ON "Proposals" BEGIN
                    INSERT INTO "ProposalSearch"(rowid, "Title", "Body") VALUES (new.rowid, new."Title", new."Body");
                END;
                CREATE TRIGGER "Proposals_search_delete" AFTER DELETE ON "Proposals" BEGIN
                    INSERT INTO "ProposalSearch"("ProposalSearch", rowid, "Title", "Body") VALUES ('delete', old.rowid, old."Title", old."Body");
                END;
                CREATE TRIGGER "Proposals_search_update" AFTER UPDATE OF "Title", "Body" ON "Proposals" BEGIN
                    INSERT INTO "ProposalSearch"("ProposalSearch", rowid, "Title", "Body") VALUES ('delete', old.rowid, old."Title", old."Body");
                    INSERT INTO "ProposalSearch"(rowid, "Title", "Body") VALUES (new.rowid, new."Title", new."Body");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AddressVerifications");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "BackgroundJobs");

            migrationBuilder.DropTable(
                name: "BlockedUsers");

            migrationBuilder.DropTable(
                name: "CensusAddresses");

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
                name: "CommentReports");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "ExternalIdentities");

            migrationBuilder.DropTable(
                name: "Follows");

            migrationBuilder.DropTable(
                name: "LoginProviders");

            migrationBuilder.DropTable(
                name: "Memberships");

            migrationBuilder.DropTable(
                name: "NotificationSettings");

            migrationBuilder.DropTable(
                name: "OfferRegistrations");

            migrationBuilder.DropTable(
                name: "OfferRequests");

            migrationBuilder.DropTable(
                name: "OrganisationEvents");

            migrationBuilder.DropTable(
                name: "Outbox");

            migrationBuilder.DropTable(
                name: "PhaseAnnouncements");

            migrationBuilder.DropTable(
                name: "PlatformSecrets");

            migrationBuilder.DropTable(
                name: "ProcessPhases");

            migrationBuilder.DropTable(
                name: "ProposalAttachments");

            migrationBuilder.DropTable(
                name: "QuickScanAgendaItems");

            migrationBuilder.DropTable(
                name: "Supports");

            migrationBuilder.DropTable(
                name: "SurveyAnswers");

            migrationBuilder.DropTable(
                name: "SurveyParticipants");

            migrationBuilder.DropTable(
                name: "SurveyTallies");

            migrationBuilder.DropTable(
                name: "VotingCodes");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "Challenges");

            migrationBuilder.DropTable(
                name: "Comments");

            migrationBuilder.DropTable(
                name: "OfferSessions");

            migrationBuilder.DropTable(
                name: "Files");

            migrationBuilder.DropTable(
                name: "QuickScans");

            migrationBuilder.DropTable(
                name: "SurveyResponses");

            migrationBuilder.DropTable(
                name: "VotingCodeBatches");

            migrationBuilder.DropTable(
                name: "Proposals");

            migrationBuilder.DropTable(
                name: "OfferItems");

            migrationBuilder.DropTable(
                name: "QuickScanVersions");

            migrationBuilder.DropTable(
                name: "Surveys");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Processes");

            migrationBuilder.DropTable(
                name: "CensusAreas");

            migrationBuilder.DropTable(
                name: "Organisations");
        }
    }
}
