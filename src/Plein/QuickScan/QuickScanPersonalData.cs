using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.QuickScan.Scans;

namespace Plein.QuickScan;

/// <summary>
/// Quick scan answers are anonymous (the survey engine holds them). What points to a person: having accepted the
/// processing agreement (kept: it is the organisation's agreement) and an e-mail address on an invitation list (exported
/// and taken off the list).
/// </summary>
internal sealed class QuickScanPersonalData(PleinDb db) : IPersonalDataSource
{
    public string Section => "quickscan";

    public async Task<object> ExportAsync(Guid userId, CancellationToken ct)
    {
        var email = await EmailAsync(userId, ct);
        // The person's own rows in every organisation: national by design (AVG access request).
        var scans = await db.National<Scan>().AsNoTracking()
            .Join(db.Organisations, s => s.OrganisationId, o => o.Id, (s, o) => new { Scan = s, Organisation = o.Name }).ToListAsync(ct);
        return new
        {
            agreementsAccepted = scans.Where(s => s.Scan.AgreementAcceptedBy == userId).Select(s => new { s.Organisation, s.Scan.AgreementAcceptedAt }),
            invitedAs = scans.SelectMany(s => s.Scan.InviteAddresses.Where(g => email is not null && g.Value.Contains(email, StringComparer.OrdinalIgnoreCase))
                .Select(g => new { s.Organisation, Group = g.Key.ToString() })),
        };
    }

    public async Task EraseAsync(Guid userId, CancellationToken ct)
    {
        if (await EmailAsync(userId, ct) is not { } email) return;
        // Address lists are small JSON columns: read the scans, take the address out where it is.
        var scans = await db.National<Scan>().ToListAsync(ct);
        foreach (var scan in scans.Where(s => s.InviteAddresses.Values.Any(l => l.Contains(email, StringComparer.OrdinalIgnoreCase))))
            scan.InviteAddresses = scan.InviteAddresses.ToDictionary(g => g.Key, g => g.Value.Where(a => !string.Equals(a, email, StringComparison.OrdinalIgnoreCase)).ToList());
        await db.SaveChangesAsync(ct);
    }

    private Task<string?> EmailAsync(Guid userId, CancellationToken ct) => db.Users.Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(ct);
}
