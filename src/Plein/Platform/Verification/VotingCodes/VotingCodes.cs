using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Plein.Data;
using Plein.Platform.Accounts.External;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Verification.VotingCodes;

/// <summary>Makes voting codes (shown once, stored as keyed hashes), redeems them for an account, and invalidates them.</summary>
internal sealed class VotingCodeService(PleinDb db, BsnPseudonyms keys, ITenantContext tenant, TimeProvider clock)
{
    public const int MaxPerBatch = 100_000;
    private const string Purpose = "stemcode";

    /// <summary>A new batch; the plain codes come back once, for the letters, and are never stored.</summary>
    public async Task<(VotingCodeBatch Batch, List<string> Codes)> GenerateAsync(Guid scopeId, string name, int count, CancellationToken ct)
    {
        var organisationId = tenant.RequiredOrganisation().Id;
        var batch = new VotingCodeBatch { Id = Guid.NewGuid(), ScopeId = scopeId, Name = name, Count = count, CreatedAt = clock.GetUtcNow() };
        db.Add(batch);
        var codes = new List<string>(count);
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        while (codes.Count < count)
        {
            var code = CodeFormat.New();
            var hash = await keys.KeyedHashAsync(organisationId, Purpose, CodeFormat.Normalise(code)!, ct);
            if (!hashes.Add(hash)) continue;
            codes.Add(code);
            db.Add(new VotingCode { Id = Guid.NewGuid(), BatchId = batch.Id, ScopeId = scopeId, Hash = hash });
        }
        await db.SaveChangesAsync(ct);
        return (batch, codes);
    }

    /// <summary>The plain codes of a new batch as a CSV file for the mail house (the only time they exist outside a letter).</summary>
    public static (byte[] Content, string ContentType, string FileName) Csv(VotingCodeBatch batch, IEnumerable<string> codes)
    {
        var csv = new System.Text.StringBuilder("stemcode\r\n");
        foreach (var code in codes) csv.Append(code).Append("\r\n");
        return (System.Text.Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"stemcodes-{batch.CreatedAt:yyyyMMdd-HHmm}.csv");
    }

    internal sealed record Redeemed(VotingCodeBatch? Batch, string? Error);

    public async Task<Redeemed> RedeemAsync(Guid userId, string? typed, CancellationToken ct)
    {
        var code = await FindAsync(typed, ct);
        if (code.Error is not null) return new(null, code.Error);
        var found = code.Code!;
        var batch = await db.Set<VotingCodeBatch>().AsNoTracking().FirstAsync(b => b.Id == found.BatchId, ct);
        if (found.RedeemedBy == userId) return new(batch, null);
        if (found.Used) return new(null, "Deze stemcode is al gebruikt.");
        if (await db.Set<VotingCode>().AnyAsync(c => c.ScopeId == found.ScopeId && c.RedeemedBy == userId, ct))
            return new(null, "U heeft hiervoor al een stemcode gebruikt.");
        var now = clock.GetUtcNow();
        try
        {
            // Only while nobody else took it: two people typing the same code at once cannot both have it.
            var taken = await db.Set<VotingCode>().Where(c => c.Id == found.Id && c.RedeemedAt == null && c.InvalidatedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.RedeemedBy, userId).SetProperty(c => c.RedeemedAt, now), ct);
            return taken == 1 ? new(batch, null) : new(null, "Deze stemcode is al gebruikt.");
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException)
        {
            // The unique (scope, person) index: the same person redeemed another code at the same moment.
            return new(null, "U heeft hiervoor al een stemcode gebruikt.");
        }
    }

    /// <summary>
    /// Uses a code once without an account, for anonymous questionnaires such as the quick scan: the code opens the door
    /// and is then spent, and nothing links it to the answers.
    /// </summary>
    internal enum Use { Used, Unknown, AlreadyUsed }

    public async Task<Use> UseOnceAsync(Guid scopeId, string? typed, CancellationToken ct)
    {
        if (CodeFormat.Normalise(typed) is not { } normal) return Use.Unknown;
        var hash = await keys.KeyedHashAsync(tenant.RequiredOrganisation().Id, Purpose, normal, ct);
        var now = clock.GetUtcNow();
        var taken = await db.Set<VotingCode>().Where(c => c.Hash == hash && c.ScopeId == scopeId && c.RedeemedAt == null && c.InvalidatedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.RedeemedAt, now), ct);
        if (taken == 1) return Use.Used;
        return await db.Set<VotingCode>().AnyAsync(c => c.Hash == hash && c.ScopeId == scopeId, ct) ? Use.AlreadyUsed : Use.Unknown;
    }

    /// <summary>
    /// A typed code, without spending it: its id, hash and purpose, whether it was used (and by an account), or why it is
    /// refused. A code made for another purpose comes back with that purpose and an error, so the caller can say where it belongs.
    /// </summary>
    internal sealed record Checked(Guid? Id, string? Hash, bool Used, string? Error, Guid? ScopeId = null, bool BoundToAccount = false);

    public Task<Checked> CheckAsync(Guid scopeId, string? typed, CancellationToken ct) => CheckAsync([scopeId], typed, ct);

    /// <param name="scopeIds">The purposes a code may have been made for to count here.</param>
    public async Task<Checked> CheckAsync(IReadOnlyCollection<Guid> scopeIds, string? typed, CancellationToken ct)
    {
        var found = await FindAsync(typed, ct);
        if (found.Error is not null) return new(null, null, false, found.Error);
        var code = found.Code!;
        return !scopeIds.Contains(code.ScopeId)
            ? new(null, null, false, "Deze stemcode hoort niet bij deze stemming. Controleer of u de goede brief heeft.", code.ScopeId)
            : new(code.Id, code.Hash, code.Used, null, code.ScopeId, code.RedeemedBy is not null);
    }

    /// <summary>What a typed code was made for, without spending it; null when the code is unknown, mistyped or invalidated.</summary>
    public async Task<Guid?> ScopeOfAsync(string? typed, CancellationToken ct) => (await FindAsync(typed, ct)).Code?.ScopeId;

    /// <summary>
    /// Marks a code used by a ballot inside the caller's transaction. One code may cast one ballot in each budget it
    /// opens (its wijk and the city-wide budget): the ballots' unique index keeps it to one per budget, so a code used
    /// before still counts here. False when staff invalidated it or it was taken for an account instead.
    /// </summary>
    public async Task<bool> UseForBallotAsync(Guid codeId, CancellationToken ct) =>
        // Plain SQL: the statement of the busiest write, without EF translating a query each time while others wait.
        await db.Database.ExecuteSqlAsync($"""
            UPDATE "VotingCodes" SET "RedeemedAt" = COALESCE("RedeemedAt", {clock.GetUtcNow()})
            WHERE "Id" = {codeId} AND "InvalidatedAt" IS NULL AND "RedeemedBy" IS NULL
            """, ct) == 1;

    /// <summary>Gives a spent code back (a paper ballot with it was refused), so its holder can still use it.</summary>
    public async Task ReleaseAsync(string hash, CancellationToken ct) =>
        await db.Set<VotingCode>().Where(c => c.Hash == hash && c.RedeemedBy == null).ExecuteUpdateAsync(s => s.SetProperty(c => c.RedeemedAt, (DateTimeOffset?)null), ct);

    /// <summary>Staff make a lost or misused code useless; the person who used it loses the level it gave.</summary>
    public async Task<(Found? Code, string? Error)> InvalidateAsync(string? typed, CancellationToken ct)
    {
        var code = await FindAsync(typed, ct);
        if (code.Error is not null) return (null, code.Error);
        var now = clock.GetUtcNow();
        await db.Set<VotingCode>().Where(c => c.Id == code.Code!.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.InvalidatedAt, now), ct);
        return (code.Code, null);
    }

    /// <summary>A stored code as the checks need it; an invalidated one is never handed out.</summary>
    internal sealed record Found(Guid Id, Guid BatchId, Guid ScopeId, string Hash, bool Used, Guid? RedeemedBy);

    private async Task<(Found? Code, string? Error)> FindAsync(string? typed, CancellationToken ct)
    {
        var normal = CodeFormat.Normalise(typed);
        if (normal is null) return (null, "Deze stemcode klopt niet. Controleer of u hem goed heeft overgetypt.");
        var organisationId = tenant.RequiredOrganisation().Id;
        var hash = await keys.KeyedHashAsync(organisationId, Purpose, normal, ct);
        var (code, invalidated) = await ByHashAsync(organisationId, hash, ct);
        if (code is null) return (null, "Deze stemcode kennen we niet. Controleer of u hem goed heeft overgetypt.");
        return invalidated ? (null, "Deze stemcode is ongeldig gemaakt. Vraag de organisatie om een nieuwe.") : (code, null);
    }

    /// <summary>
    /// The code behind a hash, in plain ADO.NET on the context's connection: every vote with a code reads it, and EF's
    /// query pipeline cost more than the lookup itself. The organisation is compared here, as the query filter would.
    /// </summary>
    private async Task<(Found? Code, bool Invalidated)> ByHashAsync(Guid organisationId, string hash, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = """
                SELECT "Id", "OrganisationId", "BatchId", "ScopeId", "RedeemedAt" IS NOT NULL, "RedeemedBy", "InvalidatedAt" IS NOT NULL
                FROM "VotingCodes" WHERE "Hash" = @hash
                """;
            var parameter = command.CreateParameter();
            (parameter.ParameterName, parameter.Value) = ("hash", hash);
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(ct);
            // The hash is unique: one row at most, and another organisation's code is no code here.
            if (!await reader.ReadAsync(ct) || reader.GetGuid(1) != organisationId) return (null, false);
            return (new(reader.GetGuid(0), reader.GetGuid(2), reader.GetGuid(3), hash, reader.GetBoolean(4), reader.IsDBNull(5) ? null : reader.GetGuid(5)), reader.GetBoolean(6));
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
    }
}
