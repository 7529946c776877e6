using Microsoft.EntityFrameworkCore;
using Plein.Budgeting.Ballots;
using Plein.Data;
using Plein.Platform.Accounts;

namespace Plein.Budgeting;

/// <summary>
/// A person's ballots (with their choices and receipts), the projects they submitted, and the paper ballots they typed
/// in or confirmed as an official: all in the export. Erasing the account gives each online ballot a new voter key that
/// names nobody ("x:" and a random id): it still counts, the tally and its hashes do not change (the voter key is not
/// in them, ADR 0025), and the receipt still finds it. Submitted projects and the officials' marks stay under the
/// pseudonymised account.
/// </summary>
internal sealed class BudgetingPersonalData(PleinDb db) : IPersonalDataSource
{
    public string Section => "begroten";

    public static string VoterKeyOf(Guid userId) => $"u:{userId}";

    public async Task<object> ExportAsync(Guid userId, CancellationToken ct)
    {
        // The person's own rows in every organisation: national by design (AVG access request).
        var key = VoterKeyOf(userId);
        var ballots = await db.National<Ballot>().AsNoTracking().Where(b => b.VoterKey == key)
            .Join(db.National<Budget>(), b => b.BudgetId, x => x.Id, (b, x) => new { b.Id, Budget = x.Title, b.Receipt, b.CreatedAt, b.UpdatedAt }).ToListAsync(ct);
        var ids = ballots.Select(b => b.Id).ToList();
        var choices = await db.National<BallotChoice>().AsNoTracking().Where(c => ids.Contains(c.BallotId))
            .Join(db.National<BudgetProject>(), c => c.ProjectId, p => p.Id, (c, p) => new { c.BallotId, p.Title }).ToListAsync(ct);
        var projects = await db.National<BudgetProject>().AsNoTracking().Where(p => p.SubmittedBy == userId)
            .Select(p => new { p.Title, p.Description, p.Cost, p.Location, Status = p.Status.ToString(), p.CreatedAt }).ToListAsync(ct);
        var paper = await db.National<Ballot>().AsNoTracking().Where(b => b.EnteredBy == userId || b.ConfirmedBy == userId)
            .Select(b => new { b.Receipt, Entered = b.EnteredBy == userId, Confirmed = b.ConfirmedBy == userId, b.CreatedAt }).ToListAsync(ct);
        return new
        {
            ballots = ballots.Select(b => new { b.Budget, b.Receipt, b.CreatedAt, b.UpdatedAt, choices = choices.Where(c => c.BallotId == b.Id).Select(c => c.Title) }),
            projects,
            paperBallotsHandled = paper,
        };
    }

    public async Task EraseAsync(Guid userId, CancellationToken ct)
    {
        var key = VoterKeyOf(userId);
        var ballots = await db.National<Ballot>().Where(b => b.VoterKey == key).Select(b => b.Id).ToListAsync(ct);
        foreach (var id in ballots)
        {
            var anonymous = $"x:{Guid.NewGuid():N}";
            await db.National<Ballot>().Where(b => b.Id == id).ExecuteUpdateAsync(s => s.SetProperty(b => b.VoterKey, anonymous), ct);
        }
    }
}
