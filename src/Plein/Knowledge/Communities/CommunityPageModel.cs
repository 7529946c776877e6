using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plein.Platform.Accounts;

namespace Plein.Knowledge.Communities;

/// <summary>Every page inside a community: find it by its slug and let only participants in.</summary>
internal abstract class CommunityPageModel(CurrentUser me, Participants participants) : PageModel
{
    public Community Community { get; private set; } = default!;
    public Participants.Participant Member { get; private set; } = default!;

    protected async Task<IActionResult?> EnterAsync(string slug, CancellationToken ct)
    {
        if (this.Enforce(KnowledgePermissions.Participate(await me.LoadAsync(ct))) is { } denied) return denied;
        if (await participants.CommunityAsync(slug, ct) is not { } community) return NotFound();
        Community = community;
        Member = (await participants.CurrentAsync(ct))!;
        return null;
    }
}
