using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plein.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProposalSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text search over proposals: a stored tsvector with the Dutch configuration and a GIN index (ADR 0012).
            migrationBuilder.Sql("""
                ALTER TABLE "Proposals" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('dutch', coalesce("Title", '')), 'A') || setweight(to_tsvector('dutch', coalesce("Body", '')), 'B')) STORED;
                CREATE INDEX "IX_Proposals_SearchVector" ON "Proposals" USING GIN ("SearchVector");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Proposals_SearchVector"; ALTER TABLE "Proposals" DROP COLUMN "SearchVector";""");
        }
    }
}
