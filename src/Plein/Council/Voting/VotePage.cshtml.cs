using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plein.Platform.Tenancy;

namespace Plein.Council.Voting;

/// <summary>A vote in public: while it runs the count, once closed every member's vote and the result per fractie.</summary>
internal sealed class VotePageModel(VoteRecords records, ITenantContext tenant) : PageModel
{
    public VoteRecord Record { get; private set; } = default!;
    public Organisation Organisation => tenant.RequiredOrganisation();
    /// <summary>Taken in a besloten meeting or item: only the outcome is public, not how each member voted.</summary>
    public bool Private => Record.Meeting.IsClosed || Record.Item.IsClosed;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await records.LoadAsync(id, ct) is not { } record) return NotFound();
        Record = record;
        return Page();
    }
}
