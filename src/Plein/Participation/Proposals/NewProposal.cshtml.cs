using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Security;
using Plein.Platform.Tenancy;
using Plein.Platform.Verification;

namespace Plein.Participation.Proposals;

/// <summary>A resident makes a proposal in a process whose current phase is open for proposals.</summary>
[EnableRateLimiting(RateLimits.Account)]
internal sealed class NewProposalModel(PleinDb db, ITenantContext tenant, CurrentUser me, TimeProvider clock, ProposalSearch search, Platform.Files.FileStore files, Verifier verifier) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul een titel in.")]
        [StringLength(150, MinimumLength = 5, ErrorMessage = "Gebruik 5 tot 150 tekens.")]
        public string Title { get; set; } = "";

        [Required(ErrorMessage = "Beschrijf uw voorstel.")]
        [StringLength(10_000, MinimumLength = 20, ErrorMessage = "Gebruik 20 tot 10.000 tekens.")]
        public string Body { get; set; } = "";

        [StringLength(60, ErrorMessage = "Gebruik hoogstens 60 tekens.")]
        public string? Theme { get; set; }

        [StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")]
        public string? Address { get; set; }

        public Guid? AreaId { get; set; }

        /// <summary>Set by the map in invariant notation ("52.5107"), whatever the page's language.</summary>
        public string? Latitude { get; set; }
        public string? Longitude { get; set; }

        /// <summary>The picked point, when both halves are numbers inside the Netherlands; adds an error otherwise.</summary>
        public (double Lat, double Lon)? Point(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary errors)
        {
            if (string.IsNullOrEmpty(Latitude) && string.IsNullOrEmpty(Longitude)) return null;
            var inv = System.Globalization.CultureInfo.InvariantCulture;
            if (double.TryParse(Latitude, System.Globalization.NumberStyles.Float, inv, out var lat) && double.TryParse(Longitude, System.Globalization.NumberStyles.Float, inv, out var lon)
                && lat is >= 50.5 and <= 53.8 && lon is >= 3.2 and <= 7.3)
                return (Math.Round(lat, 6), Math.Round(lon, 6));
            errors.AddModelError("Input.Address", "Kies een plek in Nederland op de kaart.");
            return null;
        }

        /// <summary>The writer has seen the similar proposals and wants to post anyway.</summary>
        public bool Compared { get; set; }
    }

    public const int MaxAttachments = 3;
    public static readonly string[] AttachmentTypes = ["image/png", "image/jpeg", "application/pdf"];

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty] public List<IFormFile> Attachments { get; set; } = [];
    public Process Process { get; private set; } = default!;
    public List<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Areas { get; private set; } = [];
    /// <summary>Proposals like this one, shown once before posting (Decidim's "compare" step).</summary>
    public IReadOnlyList<Proposal> Similar { get; private set; } = [];
    public string Slug => tenant.RequiredOrganisation().Slug;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await CheckAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await CheckAsync(id, ct) is { } refused) return refused;
        if (Attachments.Count > MaxAttachments) ModelState.AddModelError(nameof(Attachments), "Voeg hoogstens 3 bestanden toe.");
        var point = Input.Point(ModelState);
        ProposalAreas.Check(Input.AreaId, Areas, ModelState, "Input.AreaId");
        if (!ModelState.IsValid) return Page();
        if (!Input.Compared)
        {
            var ids = await search.SimilarAsync(Process.Id, Input.Title, 5, ct);
            Similar = (await db.Set<Proposal>().AsNoTracking().Where(p => ids.Contains(p.Id) && p.Status != ProposalStatus.Ingetrokken).ToListAsync(ct))
                .OrderBy(p => ids.ToList().IndexOf(p.Id)).ToList();
            if (Similar.Count > 0)
            {
                Input.Compared = true;
                ModelState.Clear();
                // A browser cannot send chosen files back on the next post; say so rather than lose them silently.
                if (Attachments.Count > 0) ModelState.AddModelError(nameof(Attachments), "Kies uw bestanden opnieuw voordat u plaatst.");
                return Page();
            }
        }
        var proposal = new Proposal
        {
            Id = Guid.NewGuid(), ProcessId = Process.Id, AuthorId = me.Id!.Value, Title = Input.Title.Trim(), Body = Input.Body.Trim(),
            Theme = string.IsNullOrWhiteSpace(Input.Theme) ? null : Input.Theme.Trim(), CreatedAt = clock.GetUtcNow(),
            Address = string.IsNullOrWhiteSpace(Input.Address) ? null : Input.Address.Trim(),
            AreaId = Input.AreaId,
            Latitude = point?.Lat,
            Longitude = point?.Lon,
        };
        for (var i = 0; i < Attachments.Count; i++)
        {
            var saved = await files.SaveAsync(Attachments[i], proposal.AuthorId, AttachmentTypes, ct);
            if (saved.File is null)
            {
                ModelState.AddModelError(nameof(Attachments), $"{Attachments[i].FileName}: {saved.Error}");
                db.ChangeTracker.Clear();
                return Page();
            }
            db.Add(new ProposalAttachment { Id = Guid.NewGuid(), ProposalId = proposal.Id, FileId = saved.File.Id, Position = i });
        }
        db.Add(proposal);
        db.Add(new Notifications.Follow { Id = Guid.NewGuid(), ProposalId = proposal.Id, UserId = proposal.AuthorId, CreatedAt = proposal.CreatedAt });
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Uw voorstel staat online.";
        return Redirect($"/{Slug}/voorstellen/{proposal.Id}");
    }

    private async Task<IActionResult?> CheckAsync(Guid id, CancellationToken ct)
    {
        var process = await db.Set<Process>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.Published, ct);
        if (process is null) return NotFound();
        Process = process;
        Areas = await ProposalAreas.OptionsAsync(db, "Geen wijk in het bijzonder", ct);
        var loaded = await me.LoadAsync(ct);
        if (loaded.User is null) return Challenge();
        if (await db.Set<Comments.BlockedUser>().AnyAsync(b => b.UserId == loaded.User.Id, ct))
        {
            TempData["Melding"] = Comments.PostComment.Blocked;
            return Redirect($"/{Slug}/participatie/{id}");
        }
        var decision = ParticipationPermissions.TooNew(process, loaded.User, clock.GetUtcNow())
            ?? ParticipationPermissions.CanPropose(process, process.PhaseOn(Organisation.Today), await verifier.LevelAsync(loaded, process.CensusAreaId, process.Id, process.PhaseOn(Organisation.Today)?.ProposeLevel ?? default, ct));
        if (decision.Allowed) return null;
        TempData["Melding"] = decision.NeedsLevel is null ? decision.Reason : "U kunt hier nog geen voorstel doen: uw account voldoet niet aan wat nodig is.";
        return Redirect($"/{Slug}/participatie/{id}");
    }
}
