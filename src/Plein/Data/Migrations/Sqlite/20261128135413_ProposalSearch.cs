using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plein.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProposalSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text search over proposals with FTS5, kept in step by triggers (ADR 0012).
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ProposalSearch" USING fts5("Title", "Body", content='Proposals', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
                INSERT INTO "ProposalSearch"(rowid, "Title", "Body") SELECT rowid, "Title", "Body" FROM "Proposals";
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
            migrationBuilder.Sql("""
                DROP TRIGGER "Proposals_search_insert"; DROP TRIGGER "Proposals_search_delete"; DROP TRIGGER "Proposals_search_update";
                DROP TABLE "ProposalSearch";
                """);
        }
    }
}
