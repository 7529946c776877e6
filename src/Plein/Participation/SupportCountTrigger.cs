namespace Plein.Participation;

/// <summary>
/// The database counts supports: an insert or delete on Supports moves Proposals.SupportCount in the same statement,
/// so a support is one autocommitted insert and no path (erasure included) can leave the count behind (ADR 0037).
/// A SQLite migration that rebuilds the Supports table drops its triggers: call <see cref="Sqlite"/> again after it.
/// </summary>
internal static class SupportCountTrigger
{
    public const string Name = "Supports_Count";

    public const string Sqlite = """
        DROP TRIGGER IF EXISTS "Supports_Count";
        DROP TRIGGER IF EXISTS "Supports_Uncount";
        CREATE TRIGGER "Supports_Count" AFTER INSERT ON "Supports" BEGIN
            UPDATE "Proposals" SET "SupportCount" = "SupportCount" + 1 WHERE "Id" = NEW."ProposalId";
        END;
        CREATE TRIGGER "Supports_Uncount" AFTER DELETE ON "Supports" BEGIN
            UPDATE "Proposals" SET "SupportCount" = "SupportCount" - 1 WHERE "Id" = OLD."ProposalId";
        END;
        """;

    public const string Postgres = """
        CREATE OR REPLACE FUNCTION "Supports_Count"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                UPDATE "Proposals" SET "SupportCount" = "SupportCount" + 1 WHERE "Id" = NEW."ProposalId";
            ELSE
                UPDATE "Proposals" SET "SupportCount" = "SupportCount" - 1 WHERE "Id" = OLD."ProposalId";
            END IF;
            RETURN NULL;
        END $$;
        CREATE OR REPLACE TRIGGER "Supports_Count" AFTER INSERT OR DELETE ON "Supports"
            FOR EACH ROW EXECUTE FUNCTION "Supports_Count"();
        """;
}
