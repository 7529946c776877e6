using Microsoft.EntityFrameworkCore;
using Plein.Council.People;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;
using Plein.Platform.Tenancy.Home;

namespace Plein.Council;

/// <summary>On an organisation's home page: its council's public record, once the griffie keeps it in Plein.</summary>
internal sealed class CouncilLinks(PleinDb db) : IOrganisationLinks
{
    public async Task<IReadOnlyList<IOrganisationLinks.Link>> LinksAsync(Organisation organisation, CurrentUser.Loaded me, CancellationToken ct) =>
        await db.Set<CouncilBody>().AnyAsync(ct) ? [new($"/{organisation.Slug}/raad", "Raad: vergaderingen, besluiten en stemmingen")] : [];
}
