using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Council.Documents;
using Plein.Council.Meetings;
using Plein.Council.People;
using Plein.Data;
using Plein.Participation.Contracts;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Files;
using Plein.Platform.Tenancy;

namespace Plein.Council.Manage;

/// <summary>
/// The griffie prepares a meeting's agenda: items and sub-items, documents (PDFs whose text becomes searchable, or the
/// text of a motion or amendment with its indieners), and afterwards the decision per item for the besluitenlijst.
/// </summary>
internal sealed class AgendaAdminModel(PleinDb db, MeetingAgendas agendas, CouncilRoster roster, IProcesses processes, FileStore files, CurrentUser me, ITenantContext tenant,
    AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public ItemInput Item { get; set; } = new();
    [BindProperty] public DocumentInput Doc { get; set; } = new();
    [BindProperty] public DecisionInput Decision { get; set; } = new();
    [BindProperty] public Guid? DocumentId { get; set; }
    [BindProperty] public MotionStatus? Status { get; set; }

    public MeetingView View { get; private set; } = default!;
    public Organisation Organisation => tenant.RequiredOrganisation();
    public IReadOnlyList<People.RosterMember> Members { get; private set; } = [];
    public List<SelectListItem> Items { get; private set; } = [];
    public List<SelectListItem> MainItems { get; private set; } = [];
    public List<SelectListItem> Proposals { get; private set; } = [];
    public List<SelectListItem> Processes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostItemAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        this.KeepOnly(nameof(Item));
        if (Item.ParentId is { } parent && !MainItems.Any(i => i.Value == parent.ToString())) ModelState.AddModelError("Item.ParentId", "Kies een hoofdpunt van deze agenda.");
        if (Item.ProcessId is { } process && !Processes.Any(p => p.Value == process.ToString())) ModelState.AddModelError("Item.ProcessId", "Kies een gepubliceerd participatieproces van uw organisatie.");
        if (Item.Label is { } label && View.AllItems.Any(i => string.Equals(i.Item.Label, label.Trim(), StringComparison.OrdinalIgnoreCase)))
            ModelState.AddModelError("Item.Label", "Dit nummer staat al op de agenda. Kies een ander nummer.");
        if (!ModelState.IsValid) return Page();
        var order = View.AllItems.Select(i => i.Item.Order).DefaultIfEmpty(0).Max() + 1;
        db.Add(new AgendaItem
        {
            Id = Guid.NewGuid(), MeetingId = id, ParentId = Item.ParentId, Order = order, Label = Item.Label!.Trim(), Title = Item.Title!.Trim(), Description = Item.Description?.Trim() ?? "",
            IsClosed = Item.IsClosed, IsHamerstuk = Item.IsHamerstuk, ProcessId = Item.ProcessId,
        });
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Het agendapunt is toegevoegd.";
        return Redirect($"/{Organisation.Slug}/raad/beheer/vergaderingen/{id}");
    }

    public async Task<IActionResult> OnPostDocumentAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        this.KeepOnly(nameof(Doc));
        if (Doc.ItemId is { } item && !Items.Any(i => i.Value == item.ToString())) ModelState.AddModelError("Doc.ItemId", "Kies een agendapunt van deze vergadering.");
        var motion = Doc.Kind is DocumentKind.Motie or DocumentKind.Amendement;
        if (motion && string.IsNullOrWhiteSpace(Doc.Text)) ModelState.AddModelError("Doc.Text", "Schrijf de tekst van de motie of het amendement.");
        if (motion && Doc.Signers.Count == 0) ModelState.AddModelError("Doc.Signers", "Kies wie de motie of het amendement indient.");
        if (Doc.Signers.Any(s => !Members.Any(m => m.PersonId == s))) ModelState.AddModelError("Doc.Signers", "Alleen raadsleden kunnen een motie of amendement indienen.");
        if (Doc.Kind == DocumentKind.Motie && Doc.MotionType is null) ModelState.AddModelError("Doc.MotionType", "Kies het soort motie.");
        if (Doc.Kind == DocumentKind.Amendement && Doc.AmendsId is null) ModelState.AddModelError("Doc.AmendsId", "Kies het voorstel dat het amendement wijzigt.");
        if (Doc.AmendsId is { } amends && !Proposals.Any(p => p.Value == amends.ToString())) ModelState.AddModelError("Doc.AmendsId", "Kies een raadsvoorstel van deze vergadering.");
        if (!motion && Doc.File is null) ModelState.AddModelError("Doc.File", "Kies het PDF-bestand van het stuk.");
        if (!ModelState.IsValid) return Page();
        var document = new CouncilDocument
        {
            Id = Guid.NewGuid(), AgendaItemId = Doc.ItemId!.Value, Kind = Doc.Kind!.Value, Title = Doc.Title!.Trim(), Text = Doc.Text?.Trim() ?? "", SubmittedOn = Organisation.Today,
            CreatedAt = clock.GetUtcNow(), MotionType = Doc.Kind == DocumentKind.Motie ? Doc.MotionType : null, Status = motion ? MotionStatus.Ingediend : null,
            AmendsId = Doc.Kind == DocumentKind.Amendement ? Doc.AmendsId : null,
        };
        if (Doc.File is { } upload)
        {
            var saved = await files.SaveAsync(upload, (await me.LoadAsync(ct)).User!.Id, ["application/pdf"], ct);
            if (saved.File is null)
            {
                ModelState.AddModelError("Doc.File", saved.Error!);
                return Page();
            }
            document.FileId = saved.File.Id;
            if (document.Text.Length == 0) document.Text = CouncilDocuments.ExtractText(saved.File.Content);
        }
        db.Add(document);
        for (var i = 0; i < Doc.Signers.Distinct().Count(); i++)
            db.Add(new DocumentSigner { Id = Guid.NewGuid(), DocumentId = document.Id, PersonId = Doc.Signers.Distinct().ElementAt(i), IsFirst = i == 0 });
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Het stuk is toegevoegd.";
        return Redirect($"/{Organisation.Slug}/raad/beheer/vergaderingen/{id}");
    }

    public async Task<IActionResult> OnPostDecisionAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        this.KeepOnly(nameof(Decision));
        if (Decision.ItemId is { } itemId && !Items.Any(i => i.Value == itemId.ToString())) ModelState.AddModelError("Decision.ItemId", "Kies een agendapunt van deze vergadering.");
        if (!ModelState.IsValid) return Page();
        var item = await db.Set<AgendaItem>().SingleAsync(i => i.Id == Decision.ItemId, ct);
        (item.Decision, item.DecisionNote, item.Commitment) = (Decision.Decision!.Trim(), Blank(Decision.DecisionNote), Blank(Decision.Commitment));
        audit.Record(Organisation.Id, "raad.besluit-vastgelegd", $"{item.Label}. {item.Title}", item.Decision);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Het besluit staat op de besluitenlijst.";
        return Redirect($"/{Organisation.Slug}/raad/beheer/vergaderingen/{id}");
    }

    public async Task<IActionResult> OnPostMotionStatusAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        var document = View.AllItems.SelectMany(i => i.Documents).FirstOrDefault(d => d.Document.Id == DocumentId && d.Document.Status is not null);
        // As the page offers it: an ingediende motion can be withdrawn or held, a held one taken up again; withdrawn and voted are final.
        var allowed = document?.Document.Status switch
        {
            MotionStatus.Ingediend => Status is MotionStatus.Ingetrokken or MotionStatus.Aangehouden,
            MotionStatus.Aangehouden => Status is MotionStatus.Ingediend or MotionStatus.Ingetrokken,
            _ => false,
        };
        if (!allowed)
        {
            TempData["Melding"] = "Alleen een ingediende motie of amendement waarover nog niet is gestemd kan worden ingetrokken of aangehouden.";
            return Redirect($"/{Organisation.Slug}/raad/beheer/vergaderingen/{id}");
        }
        await db.Set<CouncilDocument>().Where(d => d.Id == DocumentId).ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, Status), ct);
        TempData["Melding"] = "De stand van het stuk is bijgewerkt.";
        return Redirect($"/{Organisation.Slug}/raad/beheer/vergaderingen/{id}");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (this.Enforce(CouncilPermissions.Clerk(await me.LoadAsync(ct), Organisation.Id)) is { } denied) return denied;
        if (await agendas.LoadAsync(id, ct) is not { } view) return NotFound();
        View = view;
        Members = await roster.VotingMembersAsync(view.Body.Id, view.Meeting.Day, ct);
        Items = [new("Kies een agendapunt", ""), .. view.AllItems.Select(i => new SelectListItem($"{i.Item.Label}. {i.Item.Title}", i.Item.Id.ToString()))];
        MainItems = [new("Geen: dit is een hoofdpunt", ""), .. view.Agenda.Select(i => new SelectListItem($"{i.Item.Label}. {i.Item.Title}", i.Item.Id.ToString()))];
        Proposals = [new("Geen", ""), .. view.AllItems.SelectMany(i => i.Documents).Where(d => d.Document.Kind == DocumentKind.Raadsvoorstel)
            .Select(d => new SelectListItem(d.Document.Title, d.Document.Id.ToString()))];
        Processes = [new("Geen", ""), .. (await processes.ListAsync(ct)).Where(p => p.Published).Select(p => new SelectListItem(p.Title, p.Id.ToString()))];
        return null;
    }
}
