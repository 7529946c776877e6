using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;

namespace Plein.Platform.Verification;

/// <summary>
/// The addresses a person gave to show where they live (exported, erased with the account) and the voting codes they
/// used (exported; kept, so one code still gives one say, under the pseudonymised account).
/// </summary>
internal sealed class VerificationPersonalData(PleinDb db) : IPersonalDataSource
{
    public string Section => "verificatie";

    // The person's own rows in every organisation: national by design (AVG access request).
    public async Task<object> ExportAsync(Guid userId, CancellationToken ct)
    {
        var addresses = await db.National<Census.AddressVerification>().AsNoTracking().Where(v => v.UserId == userId)
            .Join(db.Organisations, v => v.OrganisationId, o => o.Id, (v, o) => new { Organisatie = o.Name, v.Postcode, Huisnummer = v.HouseNumber, v.VerifiedAt })
            .ToListAsync(ct);
        var votingCodes = await db.National<VotingCodes.VotingCode>().AsNoTracking().Where(c => c.RedeemedBy == userId)
            .Join(db.National<VotingCodes.VotingCodeBatch>(), c => c.BatchId, b => b.Id, (c, b) => new { Voor = b.Name, c.RedeemedAt, c.InvalidatedAt })
            .ToListAsync(ct);
        return new { addresses, votingCodes };
    }

    public Task EraseAsync(Guid userId, CancellationToken ct) =>
        db.National<Census.AddressVerification>().Where(v => v.UserId == userId).ExecuteDeleteAsync(ct);
}
