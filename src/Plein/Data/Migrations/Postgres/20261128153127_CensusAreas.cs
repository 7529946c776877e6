using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Plein.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CensusAreas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CensusAreaId",
                table: "Processes",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AddressVerifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Postcode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    HouseNumber = table.Column<int>(type: "integer", nullable: false),
                    VerifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                name: "CensusAreas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AddressCount = table.Column<int>(type: "integer", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                name: "CensusAddresses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    Postcode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    HouseNumber = table.Column<int>(type: "integer", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AddressVerifications");

            migrationBuilder.DropTable(
                name: "CensusAddresses");

            migrationBuilder.DropTable(
                name: "CensusAreas");

            migrationBuilder.DropColumn(
                name: "CensusAreaId",
                table: "Processes");
        }
    }
}
