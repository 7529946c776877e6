using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Surveys;
using Plein.Platform.Tenancy;
using Plein.QuickScan.Questionnaire;
using Plein.QuickScan.Scoring;

namespace Plein.QuickScan.Scans;

/// <summary>One scan for its trekker: the five steps, the next action, the invitation links and the response per group.</summary>
internal sealed class ScanPageModel(PleinDb db, ITenantContext tenant, ScanAccess access, AuditLog audit, TimeProvider clock, ScanResults results, Invitations invitations) : PageModel
{
    public Scan Scan { get; private set; } = default!;
    public QuestionnaireVersion Version { get; private set; } = default!;
    public IReadOnlyList<ScanResults.GroupResponse> ResponsePerGroup { get; private set; } = [];
    public int AgendaItems { get; private set; }
    public Organisation Organisation => tenant.RequiredOrganisation();
    public string Path => $"/{Organisation.Slug}/quickscan/{Scan.Id}";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    /// <summary>Builds the survey from the scan's version, groups and own questions, and opens it.</summary>
    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct, track: true) is { } stop) return stop;
        if (Scan.State != ScanState.Gestart) return Refuse("De vragenlijst kan pas open na het startgesprek, en maar één keer.");
        if (Scan.Ends is { } ends && ends < Organisation.Today) return Refuse("De laatste dag van de vragenlijst is al voorbij. Pas eerst de periode aan bij het startgesprek.");
        // Claimed with a conditional update: a second click at the same moment finds the scan no longer Gestart.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await db.Set<Scan>().Where(s => s.Id == id && s.State == ScanState.Gestart).ExecuteUpdateAsync(s => s.SetProperty(x => x.State, ScanState.Open), ct) == 0)
            return Refuse("De vragenlijst kan pas open na het startgesprek, en maar één keer.");
        var now = clock.GetUtcNow();
        var survey = ScanSurvey.Build(Scan, Version, Organisation, now);
        survey.Published = true;
        db.Add(survey);
        (Scan.SurveyId, Scan.State, Scan.OpenedAt) = (survey.Id, ScanState.Open, now);
        audit.Record(Organisation.Id, "quickscan.geopend", Version.Title);
        var invited = invitations.Invite(Scan, Organisation);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        TempData["Melding"] = invited > 0
            ? "De vragenlijst is open en Plein stuurt de uitnodigingen per e-mail. Deel de link voor inwoners zelf."
            : "De vragenlijst is open. Stuur elke groep de link voor die groep.";
        return Redirect(Path);
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct, track: true) is { } stop) return stop;
        if (Scan.State != ScanState.Open) return Refuse("Alleen een open vragenlijst kan dicht.");
        var today = Organisation.Today;
        await db.Set<Survey>().Where(s => s.Id == Scan.SurveyId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Closes, today.AddDays(-1)), ct);
        (Scan.State, Scan.ClosedAt, Scan.InviteAddresses) = (ScanState.Gesloten, clock.GetUtcNow(), []);
        audit.Record(Organisation.Id, "quickscan.gesloten", Version.Title);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "De vragenlijst is gesloten. Het rapport is klaar.";
        return Redirect(Path);
    }

    public async Task<IActionResult> OnPostRemindAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct, track: true) is { } stop) return stop;
        if (Scan.State != ScanState.Open) return Refuse("Herinneren kan alleen terwijl de vragenlijst open is.");
        if (Scan.ReminderSentAt is not null) return Refuse("De herinnering is al gestuurd. Plein stuurt er maar één, zodat niemand te veel mail krijgt.");
        var sent = invitations.Remind(Scan, Organisation);
        if (sent == 0) return Refuse("Er zijn geen e-mailadressen om te herinneren. Vul ze in bij het startgesprek, vóór het openstellen.");
        Scan.ReminderSentAt = clock.GetUtcNow();
        audit.Record(Organisation.Id, "quickscan.herinnerd", $"{sent} e-mails");
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Plein stuurt de herinneringen per e-mail.";
        return Redirect(Path);
    }

    public async Task<IActionResult> OnPostShareAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct, track: true) is { } stop) return stop;
        if (Scan.State != ScanState.Gesloten) return Refuse("Deel de verbeteragenda nadat de vragenlijst is gesloten.");
        if (AgendaItems == 0) return Refuse("Zet eerst minstens één actie op de verbeteragenda.");
        (Scan.State, Scan.SharedAt) = (ScanState.Afgerond, clock.GetUtcNow());
        audit.Record(Organisation.Id, "quickscan.gedeeld", $"{AgendaItems} acties");
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "De verbeteragenda is gedeeld met het programma Democratie in Actie.";
        return Redirect(Path);
    }

    private RedirectResult Refuse(string message)
    {
        TempData["Melding"] = message;
        return Redirect(Path);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct, bool track = false)
    {
        var (scan, stop) = await access.LoadAsync(this, id, ct, track);
        if (stop is not null) return stop;
        Scan = scan!;
        Version = await db.Set<QuestionnaireVersion>().AsNoTracking().SingleAsync(v => v.Id == Scan.VersionId, ct);
        ResponsePerGroup = await results.MonitorAsync(Scan, Organisation.Kind, ct);
        AgendaItems = await db.Set<AgendaItem>().CountAsync(a => a.ScanId == id, ct);
        return null;
    }
}
