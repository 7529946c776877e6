using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plein.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RestoreProposalSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // ProposalArea rebuilt "Proposals" (SQLite adds a foreign key that way): that dropped the search triggers (ADR 0012)
            // and may have renumbered rowids, so the triggers come back and the full-text index is rebuilt from the table.
            // A migration that rebuilds "Proposals" again must do the same.
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "Proposals_search_insert"; DROP TRIGGER IF EXISTS "Proposals_search_delete"; DROP TRIGGER IF EXISTS "Proposals_search_update";
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
                INSERT INTO "ProposalSearch"("ProposalSearch") VALUES ('rebuild');
                """);

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
