using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;

namespace Plein.Platform.Verification.Census;

/// <summary>The addresses a person gave to show where they live: exported, and erased with the account.</summary>
internal sealed class AddressPersonalData(PleinDb db) : IPersonalDataSource
{
    public string Section => "adressen";

    // The person's own rows in every organisation: national by design (AVG access request).
    public async Task<object> ExportAsync(Guid userId, CancellationToken ct) =>
        await db.National<AddressVerification>().AsNoTracking().Where(v => v.UserId == userId)
            .Join(db.Organisations, v => v.OrganisationId, o => o.Id, (v, o) => new { Organisatie = o.Name, v.Postcode, Huisnummer = v.HouseNumber, v.VerifiedAt })
            .ToListAsync(ct);

    public Task EraseAsync(Guid userId, CancellationToken ct) =>
        db.National<AddressVerification>().Where(v => v.UserId == userId).ExecuteDeleteAsync(ct);
}
