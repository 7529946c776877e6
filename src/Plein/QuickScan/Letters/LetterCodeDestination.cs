using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Tenancy;
using Plein.Platform.Verification.VotingCodes;

namespace Plein.QuickScan.Letters;

/// <summary>A quick scan letter's code opens the questionnaire at /quickscan/code; taken for an account it would be spent unused.</summary>
internal sealed class LetterCodeDestination(PleinDb db, ITenantContext tenant) : IVotingCodeDestinations
{
    public async Task<string?> PageForAsync(Guid scopeId, CancellationToken ct) =>
        await db.Set<Scans.Scan>().AnyAsync(s => s.Id == scopeId, ct) ? $"/{tenant.RequiredOrganisation().Slug}/quickscan/code" : null;
}
