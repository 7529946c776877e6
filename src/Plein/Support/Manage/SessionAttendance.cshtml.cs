using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Mail;
using Plein.Support.Offer;
using Plein.Support.Sessions;

namespace Plein.Support.Manage;

/// <summary>The organiser's attendance list of one date: who is registered or waiting, who came; cancelling the date.</summary>
internal sealed class SessionAttendanceModel(PleinDb db, CurrentUser me, Mailer mailer, AccountLinks links, TimeProvider clock, Evaluations.SessionEvaluation evaluation) : PageModel
{
    internal sealed record Row(Guid Id, string Name, string Email, string Affiliation, int? Seat, bool Attended, DateTimeOffset CreatedAt, DateTimeOffset? CancelledAt);

    [BindProperty] public List<Guid> Present { get; set; } = [];
    public OfferSession Session { get; private set; } = default!;
    public OfferItem Item { get; private set; } = default!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Evaluations.SessionEvaluation.Marks? Marks { get; private set; }
    public bool Held => Session.Starts <= clock.GetUtcNow() && Session.CancelledAt is null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    /// <summary>The attendance list as CSV, through the platform's table export (which keeps cells from running as formulas).</summary>
    public async Task<IActionResult> OnGetCsvAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        Platform.Export.TableExport.Start(HttpContext, "csv", $"deelnemers-{Item.Slug}-{Session.Starts:yyyyMMdd}");
        var rows = Rows.Select(r => new object?[] { r.Name, r.Email, r.Affiliation, r.CancelledAt is not null ? "afgemeld" : r.Seat is null ? "wachtlijst" : "ingeschreven", r.Attended ? "ja" : "nee" });
        await Platform.Export.TableExport.WriteAsync(HttpContext, "csv", ["naam", "e-mail", "functie en organisatie", "status", "aanwezig"], rows.ToAsyncEnumerable(), ct);
        return new EmptyResult();
    }

    public async Task<IActionResult> OnPostAttendanceAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        await db.Set<Registration>().Where(r => r.SessionId == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Attended, r => Present.Contains(r.Id) && r.Seat != null), ct);
        TempData["Melding"] = "De presentielijst is opgeslagen.";
        return Redirect($"/aanbod/beheer/sessies/{id}");
    }

    /// <summary>After the session: the evaluation goes to the participants, once.</summary>
    public async Task<IActionResult> OnPostEvaluateAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        if (!Held) TempData["Melding"] = "De evaluatie gaat uit na de bijeenkomst.";
        else
        {
            var sent = await evaluation.SendAsync(Session, Item, ct);
            TempData["Melding"] = sent is null ? "De evaluatie is al verstuurd." : "De evaluatie is verstuurd naar de deelnemers.";
        }
        return Redirect($"/aanbod/beheer/sessies/{id}");
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Conditional, so a second click sends no second round of mails.
        if (await db.Set<OfferSession>().Where(s => s.Id == id && s.CancelledAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.CancelledAt, clock.GetUtcNow()), ct) == 0)
            return Redirect($"/aanbod/beheer/sessies/{id}");
        foreach (var r in Rows.Where(r => r.CancelledAt is null))
            mailer.Enqueue(r.Email, $"Gaat niet door: {Item.Title}", $"Helaas gaat {Item.Title} op {Registrations.When(Session)} niet door. Kijk in het aanbod voor een andere datum: {links.To($"/aanbod/{Item.Slug}")}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        TempData["Melding"] = "De datum gaat niet door. Iedereen die ingeschreven was of wachtte, krijgt bericht.";
        return Redirect($"/aanbod/beheer/sessies/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (this.Enforce(SupportPermissions.ManageOffer(await me.LoadAsync(ct))) is { } denied) return denied;
        if (await db.Set<OfferSession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) is not { } session) return NotFound();
        Session = session;
        Item = await db.Set<OfferItem>().AsNoTracking().SingleAsync(o => o.Id == session.OfferItemId, ct);
        Rows = await (from r in db.Set<Registration>().AsNoTracking()
                      join u in db.Users on r.UserId equals u.Id
                      where r.SessionId == id
                      orderby r.Seat == null, r.CreatedAt
                      select new Row(r.Id, u.DisplayName, u.Email ?? "", r.Affiliation, r.Seat, r.Attended, r.CreatedAt, r.CancelledAt)).ToListAsync(ct);
        if (session.EvaluationSurveyId is { } survey) Marks = (await evaluation.MarksAsync([survey], ct)).GetValueOrDefault(survey) ?? new(0, null);
        return null;
    }
}
