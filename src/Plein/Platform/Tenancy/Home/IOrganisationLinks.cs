using Plein.Platform.Accounts;

namespace Plein.Platform.Tenancy.Home;

/// <summary>A module adds links to an organisation's home page for what only some organisations or people have.</summary>
internal interface IOrganisationLinks
{
    /// <param name="Text">A resource key (Dutch), with {0} for the organisation's name.</param>
    internal sealed record Link(string Href, string Text);

    Task<IReadOnlyList<Link>> LinksAsync(Organisation organisation, CurrentUser.Loaded me, CancellationToken ct);
}
