using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Plein.Council.People;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Tenancy;

namespace Plein.Council.Manage;

/// <summary>
/// The griffie keeps the public record of who sits where: new members (with their seat in the raad and their fractie),
/// a fractie switch or split, a seat that ends, and the account a member votes with.
/// </summary>
internal sealed class PeopleAdminModel(PleinDb db, CouncilRoster roster, CurrentUser me, ITenantContext tenant, AuditLog audit) : PageModel
{
    internal sealed class PersonInput
    {
        [Required(ErrorMessage = "Vul de naam in."), StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? Name { get; set; }
        [Required(ErrorMessage = "Kies de functie.")] public PersonFunction? Function { get; set; }
        public Guid? FractionId { get; set; }
        [Required(ErrorMessage = "Vul in vanaf wanneer, bijvoorbeeld 2027-01-28.")] public DateOnly? Starts { get; set; }
        [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in."), StringLength(256, ErrorMessage = "Gebruik hoogstens 256 tekens.")] public string? Email { get; set; }
        [StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")] public string? Portfolio { get; set; }
    }

    internal sealed class ChangeInput
    {
        [Required(ErrorMessage = "Kies het lid.")] public Guid? PersonId { get; set; }
        public Guid? FractionId { get; set; }
        [StringLength(100, ErrorMessage = "Gebruik hoogstens 100 tekens.")] public string? NewFraction { get; set; }
        [Required(ErrorMessage = "Vul in vanaf wanneer, bijvoorbeeld 2027-01-28.")] public DateOnly? From { get; set; }
        public bool EndSeat { get; set; }
        [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in."), StringLength(256, ErrorMessage = "Gebruik hoogstens 256 tekens.")] public string? Email { get; set; }
    }

    [BindProperty] public PersonInput Person { get; set; } = new();
    [BindProperty] public ChangeInput Change { get; set; } = new();

    public Organisation Organisation => tenant.RequiredOrganisation();
    public IReadOnlyList<RosterMember> Members { get; private set; } = [];
    public List<SelectListItem> Fractions { get; private set; } = [];
    public List<SelectListItem> People { get; private set; } = [];
    public static IEnumerable<SelectListItem> Functions => [new("Kies de functie", ""), .. Enum.GetValues<PersonFunction>().Select(f => new SelectListItem(CouncilTexts.Describe(f), f.ToString()))];
    private CouncilBody? raad;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop) return stop;
        (Person.Starts, Change.From) = (Organisation.Today, Organisation.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostPersonAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop) return stop;
        this.KeepOnly(nameof(Person));
        if (Person.Function is { } f && !Enum.IsDefined(f)) ModelState.AddModelError("Person.Function", "Kies de functie uit de lijst.");
        if (Person.Function == PersonFunction.Raadslid && Person.FractionId is null) ModelState.AddModelError("Person.FractionId", "Kies de fractie van het raadslid.");
        if (Person.FractionId is { } fraction && !Fractions.Any(x => x.Value == fraction.ToString())) ModelState.AddModelError("Person.FractionId", "Kies een fractie uit de lijst.");
        var account = await AccountAsync(Person.Email, "Person.Email", ct);
        if (!ModelState.IsValid) return Page();
        var person = new CouncilPerson { Id = Guid.NewGuid(), Name = Person.Name!.Trim(), Function = Person.Function!.Value, Portfolio = Person.Portfolio?.Trim(), UserId = account };
        db.Add(person);
        if (Person.FractionId is { } fid) db.Add(new FractionMembership { Id = Guid.NewGuid(), FractionId = fid, PersonId = person.Id, Starts = Person.Starts!.Value });
        if (person.Function == PersonFunction.Raadslid && raad is not null) db.Add(new BodyMembership { Id = Guid.NewGuid(), BodyId = raad.Id, PersonId = person.Id, Starts = Person.Starts!.Value });
        audit.Record(Organisation.Id, "raad.lid-toegevoegd", person.Name, CouncilTexts.Describe(person.Function));
        return await SavedAsync("{0} is toegevoegd.", person.Name, ct);
    }

    public async Task<IActionResult> OnPostChangeAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop) return stop;
        this.KeepOnly(nameof(Change));
        if (Change.PersonId is { } pid && !People.Any(p => p.Value == pid.ToString())) ModelState.AddModelError("Change.PersonId", "Kies een persoon uit de lijst.");
        if (Change.FractionId is { } fid && !Fractions.Any(x => x.Value == fid.ToString())) ModelState.AddModelError("Change.FractionId", "Kies een fractie uit de lijst.");
        if (Change.FractionId is not null && !string.IsNullOrWhiteSpace(Change.NewFraction)) ModelState.AddModelError("Change.NewFraction", "Kies een bestaande fractie of vul een nieuwe naam in, niet allebei.");
        var account = await AccountAsync(Change.Email, "Change.Email", ct);
        if (Change.FractionId is null && string.IsNullOrWhiteSpace(Change.NewFraction) && !Change.EndSeat && account is null)
            ModelState.AddModelError("Change.FractionId", "Kies een nieuwe fractie, vul een e-mailadres in, of kies dat de zetel eindigt.");
        if (!ModelState.IsValid) return Page();
        var personId = Change.PersonId!.Value;
        var from = Change.From!.Value;
        var current = await db.Set<FractionMembership>().Where(m => m.PersonId == personId && (m.Ends == null || m.Ends >= from)).ToListAsync(ct);
        var name = await db.Set<CouncilPerson>().Where(p => p.Id == personId).Select(p => p.Name).SingleAsync(ct);
        // A switch ends the old fractie the day before the new one starts; an ending seat ends the fractie on the same day.
        var lastDay = Change.FractionId is null && string.IsNullOrWhiteSpace(Change.NewFraction) ? from : from.AddDays(-1);
        if (Change.FractionId is not null || !string.IsNullOrWhiteSpace(Change.NewFraction) || Change.EndSeat)
            foreach (var m in current) m.Ends = lastDay < m.Starts ? m.Starts : lastDay;
        if (Change.FractionId is { } to) db.Add(new FractionMembership { Id = Guid.NewGuid(), FractionId = to, PersonId = personId, Starts = from });
        if (!string.IsNullOrWhiteSpace(Change.NewFraction))
        {
            var fraction = new Fraction { Id = Guid.NewGuid(), Name = Change.NewFraction.Trim() };
            db.Add(fraction);
            db.Add(new FractionMembership { Id = Guid.NewGuid(), FractionId = fraction.Id, PersonId = personId, Starts = from });
        }
        if (Change.EndSeat)
            foreach (var seat in await db.Set<BodyMembership>().Where(m => m.PersonId == personId && (m.Ends == null || m.Ends >= from)).ToListAsync(ct)) seat.Ends = from;
        if (account is not null) await db.Set<CouncilPerson>().Where(p => p.Id == personId).ExecuteUpdateAsync(s => s.SetProperty(p => p.UserId, account), ct);
        audit.Record(Organisation.Id, "raad.lid-gewijzigd", name, Change.EndSeat ? "zetel beëindigd" : null);
        return await SavedAsync("De gegevens van {0} zijn bijgewerkt.", name, ct);
    }

    private async Task<IActionResult> SavedAsync(string message, string name, CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            TempData["Melding"] = "Dit account hoort al bij een ander lid van de raad.";
            return Redirect($"/{Organisation.Slug}/raad/beheer/leden");
        }
        TempData["Melding"] = string.Format(System.Globalization.CultureInfo.CurrentCulture, message, name);
        return Redirect($"/{Organisation.Slug}/raad/beheer/leden");
    }

    /// <summary>The account a member votes with must already be a member of this organisation.</summary>
    private async Task<Guid?> AccountAsync(string? email, string field, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email) || ModelState.GetFieldValidationState(field) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid) return null;
        var normalized = email.Trim().ToUpperInvariant();
        var user = await (from u in db.Users
                          join m in db.Memberships on u.Id equals m.UserId
                          where u.NormalizedEmail == normalized
                          select (Guid?)u.Id).FirstOrDefaultAsync(ct);
        if (user is null) ModelState.AddModelError(field, "Er is geen account met dit e-mailadres bij uw organisatie. Geef de persoon eerst een rol bij de organisatie.");
        else if (await db.Set<CouncilPerson>().AnyAsync(p => p.UserId == user, ct)) ModelState.AddModelError(field, "Dit account hoort al bij een ander lid van de raad.");
        return user;
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (this.Enforce(CouncilPermissions.Clerk(await me.LoadAsync(ct), Organisation.Id)) is { } denied) return denied;
        raad = await db.Set<CouncilBody>().AsNoTracking().FirstOrDefaultAsync(b => b.Kind == BodyKind.Raad, ct);
        Members = raad is null ? [] : await roster.VotingMembersAsync(raad.Id, Organisation.Today, ct);
        // The Guids become text here, not in SQL: SQLite would give them in capitals, and the posted choice would not match.
        var fractions = await db.Set<Fraction>().AsNoTracking().OrderBy(f => f.Name).Select(f => new { f.Name, f.Id }).ToListAsync(ct);
        var people = await db.Set<CouncilPerson>().AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Name, p.Id }).ToListAsync(ct);
        Fractions = [new("Geen", ""), .. fractions.Select(f => new SelectListItem(f.Name, f.Id.ToString()))];
        People = [new("Kies een persoon", ""), .. people.Select(p => new SelectListItem(p.Name, p.Id.ToString()))];
        return null;
    }
}
