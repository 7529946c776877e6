using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Verification.VotingCodes;

namespace Plein.Budgeting.Ballots;

/// <summary>
/// Stores a ballot once per voter: the unique (budget, voter) index decides between concurrent submissions, and a
/// voting code is marked used in the same transaction as the ballot it casts, so no code is used without a ballot. A
/// wijk's code casts one ballot in its wijk and one in the city-wide budget: the index keeps it to one per budget.
/// </summary>
internal sealed class BallotBox(PleinDb db, VotingCodeService codes, SqliteWriteQueue writes, TimeProvider clock)
{
    private const string ReceiptAlphabet = "ACDEFGHJKMNPQRTWXY34679";

    internal enum Outcome { Cast, Changed, AlreadyVoted, CodeRefused, OtherWijk }

    internal sealed record Result(Outcome Outcome, string Receipt);

    internal sealed record Cast(Guid Id, string Receipt, IReadOnlyList<Guid> Projects, BallotChannel Channel, DateTimeOffset UpdatedAt);

    /// <summary>The ballot this voter cast before, if any.</summary>
    public async Task<Cast?> FindAsync(Guid budgetId, string voterKey, CancellationToken ct)
    {
        var ballot = await db.Set<Ballot>().AsNoTracking().FirstOrDefaultAsync(b => b.BudgetId == budgetId && b.VoterKey == voterKey, ct);
        if (ballot is null) return null;
        return new(ballot.Id, ballot.Receipt, await db.Set<BallotChoice>().Where(c => c.BallotId == ballot.Id).Select(c => c.ProjectId).ToListAsync(ct), ballot.Channel, ballot.UpdatedAt);
    }

    /// <summary>The first of these budgets in which this voter cast a ballot, if any.</summary>
    public async Task<Guid?> VotedInAsync(IReadOnlyList<Guid> budgetIds, string voterKey, CancellationToken ct) =>
        await db.Set<Ballot>().Where(b => budgetIds.Contains(b.BudgetId) && b.VoterKey == voterKey).Select(b => (Guid?)b.BudgetId).FirstOrDefaultAsync(ct);

    /// <param name="earlier">
    /// The voter's ballot as the page found it (<see cref="FindAsync"/>), so the busiest write does not read it again; a
    /// ballot cast since then is caught by the unique index.
    /// </param>
    public async Task<Result> CastAsync(Budget budget, string voterKey, IReadOnlyList<Guid> projects, Guid? codeId, Cast? earlier, CancellationToken ct)
    {
        if (earlier is not null) return budget.ChangeUntilClosing && earlier.Channel == BallotChannel.Online ? await ChangeAsync(earlier, budget.Id, projects, ct) : new(Outcome.AlreadyVoted, earlier.Receipt);
        return await StoreAsync(budget, voterKey, projects, codeId, BallotChannel.Online, null, ct);
    }

    /// <summary>A paper ballot an official types in; it counts once a second official confirms it.</summary>
    public Task<Result> EnterPaperAsync(Budget budget, string voterKey, IReadOnlyList<Guid> projects, Guid? codeId, Guid enteredBy, CancellationToken ct) =>
        StoreAsync(budget, voterKey, projects, codeId, BallotChannel.Papier, enteredBy, ct);

    /// <summary>
    /// The ballot and the code it spends in one transaction. A clash on the voter's unique index means this voter's
    /// ballot is already in; a clash on the receipt (astronomically rare) gets a new receipt; anything else is an error.
    /// </summary>
    private async Task<Result> StoreAsync(Budget budget, string voterKey, IReadOnlyList<Guid> projects, Guid? codeId, BallotChannel channel, Guid? enteredBy, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var now = clock.GetUtcNow();
            var ballot = new Ballot
            {
                Id = Guid.CreateVersion7(now), OrganisationId = budget.OrganisationId, BudgetId = budget.Id, VoterKey = voterKey, WijkRound = WijkRoundOf(budget),
                Receipt = NewReceipt(), Channel = channel, EnteredBy = enteredBy, CreatedAt = now, UpdatedAt = now,
            };
            try
            {
                return await writes.RunAsync(db, async () =>
                {
                    await using var transaction = await db.Database.BeginTransactionAsync(ct);
                    if (codeId is { } code && !await codes.UseForBallotAsync(code, ct))
                    {
                        // Invalidated by staff between typing it and casting (or taken for an account): no ballot.
                        await transaction.RollbackAsync(ct);
                        return new Result(Outcome.CodeRefused, "");
                    }
                    await InsertAsync(db, ballot, projects, ct);
                    await transaction.CommitAsync(ct);
                    return new Result(Outcome.Cast, ballot.Receipt);
                }, ct);
            }
            catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException)
            {
                // The same voter cast a ballot at the same moment: the index kept theirs, this one is not stored.
                if (await db.Set<Ballot>().AnyAsync(b => b.BudgetId == budget.Id && b.VoterKey == voterKey, ct)) return await AlreadyAsync(budget, voterKey, ct);
                // At the same moment, this voter's ballot in another wijk of the round went in first.
                if (WijkRoundOf(budget) is { } round && await db.Set<Ballot>().AnyAsync(b => b.WijkRound == round && b.VoterKey == voterKey, ct)) return new(Outcome.OtherWijk, "");
                if (attempt >= 2) throw;
            }
        }
    }

    /// <summary>
    /// The ballot and its choices in one statement, without change tracking (EF's save cost more than the inserts, while
    /// every other ballot waited). Also the bench's baseline for a ballot, with no choices (ADR 0043).
    /// </summary>
    internal static Task<int> InsertAsync(PleinDb db, Ballot ballot, IReadOnlyList<Guid> projects, CancellationToken ct)
    {
        if (ballot.OrganisationId == Guid.Empty) throw new InvalidOperationException("A ballot needs its organisation.");
        var sql = new System.Text.StringBuilder("""
            INSERT INTO "Ballots" ("Id", "OrganisationId", "BudgetId", "VoterKey", "WijkRound", "Receipt", "Channel", "EnteredBy", "ConfirmedBy", "CreatedAt", "UpdatedAt")
            VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, NULL, {8}, {9});
            """);
        List<object?> values = [ballot.Id, ballot.OrganisationId, ballot.BudgetId, ballot.VoterKey, ballot.WijkRound, ballot.Receipt, ballot.Channel.ToString(), ballot.EnteredBy, ballot.CreatedAt, ballot.UpdatedAt];
        for (var i = 0; i < projects.Count; i++)
        {
            sql.Append(i == 0 ? "\nINSERT INTO \"BallotChoices\" (\"BallotId\", \"ProjectId\", \"OrganisationId\", \"BudgetId\") VALUES " : ", ")
                .Append(System.Globalization.CultureInfo.InvariantCulture, $"({{0}}, {{{values.Count}}}, {{1}}, {{2}})");
            values.Add(projects[i]);
        }
        return db.Database.ExecuteSqlRawAsync(sql.ToString(), values!, ct);
    }

    /// <summary>The voter's ballot that is in; when there is none (a spent code without a ballot), that is an error, not a vote.</summary>
    private async Task<Result> AlreadyAsync(Budget budget, string voterKey, CancellationToken ct) =>
        new(Outcome.AlreadyVoted, await db.Set<Ballot>().Where(b => b.BudgetId == budget.Id && b.VoterKey == voterKey).Select(b => b.Receipt).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException("This voting code is spent, but no ballot was cast with it."));

    /// <summary>"Change until closing": the choices are replaced in one transaction, guarded by the ballot's version.</summary>
    private Task<Result> ChangeAsync(Cast existing, Guid budgetId, IReadOnlyList<Guid> projects, CancellationToken ct) => writes.RunAsync(db, async () =>
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Database.AutoSavepointsEnabled = false;
        var changed = await db.Set<Ballot>().Where(b => b.Id == existing.Id && b.UpdatedAt == existing.UpdatedAt)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.UpdatedAt, clock.GetUtcNow()), ct);
        if (changed == 0) return new Result(Outcome.AlreadyVoted, existing.Receipt);
        await db.Set<BallotChoice>().Where(c => c.BallotId == existing.Id).ExecuteDeleteAsync(ct);
        db.AddRange(projects.Select(p => new BallotChoice { BallotId = existing.Id, ProjectId = p, BudgetId = budgetId }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new Result(Outcome.Changed, existing.Receipt);
    }, ct);

    public static Guid? WijkRoundOf(Budget budget) => budget.AreaId is null ? null : budget.VotingPhaseId;

    public static string NewReceipt()
    {
        Span<char> chars = stackalloc char[11];
        RandomNumberGenerator.GetItems(ReceiptAlphabet, chars);
        chars[5] = '-';
        return new string(chars);
    }
}
