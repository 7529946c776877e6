using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;

namespace Plein.Knowledge;

/// <summary>Who is writing: shown as "Raadslid, Zwolle" so members know whose experience they read.</summary>
internal sealed class Participants(PleinDb db, CurrentUser me)
{
    internal sealed record Participant(Guid UserId, Guid? OrganisationId, string Affiliation, bool Moderator);

    /// <summary>The signature under a contribution; an erased account's is blank (a resource key, translated in the view).</summary>
    public static string Signature(string affiliation) => affiliation.Length > 0 ? affiliation : "verwijderde gebruiker";

    public Task<Communities.Community?> CommunityAsync(string slug, CancellationToken ct) =>
        db.Set<Communities.Community>().AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug, ct);

    /// <summary>null when the signed-in person may not take part.</summary>
    public async Task<Participant?> CurrentAsync(CancellationToken ct)
    {
        var loaded = await me.LoadAsync(ct);
        if (KnowledgePermissions.Participate(loaded) != PlatformPermissions.Verdict.Allowed) return null;
        var moderator = KnowledgePermissions.Moderate(loaded) == PlatformPermissions.Verdict.Allowed;
        var membership = loaded.Memberships.Where(m => KnowledgePermissions.ParticipantRoles.Contains(m.Role)).OrderBy(m => m.CreatedAt).FirstOrDefault();
        if (membership is null) return new(loaded.User!.Id, null, "Programma Democratie in Actie", moderator);
        var organisation = await db.Organisations.Where(o => o.Id == membership.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        return new(loaded.User!.Id, membership.OrganisationId, $"{membership.Role}, {organisation}", moderator);
    }
}
