using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Plein.Council.Documents;
using Plein.Council.Meetings;
using Plein.Council.People;
using Plein.Council.Voting;
using Plein.Data;
using Plein.Participation.Contracts;
using Plein.Platform;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Tenancy;

namespace Plein.Council.Demo;

/// <summary>
/// Zwolle's council: 29 seats in seven fracties, the college and the griffier; a past meeting with a recorded vote and
/// tonight's digital meeting with a proposal, an amendment, two motions and an appointment, ready to be opened.
/// Three demo members (raadslid, raadslid2, raadslid3) and the chair (collegelid.zwolle) can take part.
/// </summary>
internal sealed class CouncilDemo(PleinDb db, TenantContext tenant, IProcesses processes, TimeProvider clock) : IDemoContent
{
    /// <summary>After participation's demo: an agenda item shows what residents said in one of its processes.</summary>
    public int Stage => 1;

    private static readonly (string Fraction, string[] Members)[] Seats =
    [
        ("Lokaal Zwolle", ["Anouk Veldhuis", "Bram ter Horst", "Carla Mulder", "Dirk Jansen", "Esther Bos", "Frank Kamphuis"]),
        ("VVD", ["Gerard Scholten", "Hanneke de Vries", "Ivo Brink", "Jolien Smit", "Kees Wolters"]),
        ("GroenLinks-PvdA", ["Lotte Meijer", "Mohamed El Idrissi", "Nienke Hoekstra", "Olaf Visser", "Petra Dijkstra"]),
        ("CDA", ["Quirijn Bakker", "Rianne Post", "Sander Koster", "Tineke Hendriks"]),
        ("D66", ["Umut Yilmaz", "Vera Lammers", "Wouter Brouwer", "Yvonne Kok"]),
        ("ChristenUnie", ["Arjen Prins", "Bea van Dam", "Chris Wessels"]),
        ("SP", ["Daan Kuipers", "Eline Vos"]),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == "zwolle", ct) is not { } zwolle) return;
        tenant.Organisation = zwolle;
        try { await SeedZwolleAsync(zwolle, ct); }
        finally { tenant.Organisation = null; }
    }

    private async Task SeedZwolleAsync(Organisation zwolle, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var elected = new DateOnly(2026, 3, 31);
        var raad = new CouncilBody { Id = Guid.NewGuid(), Kind = BodyKind.Raad, Code = "RAAD", Name = "Gemeenteraad van Zwolle", Seats = 29 };
        var commissie = new CouncilBody { Id = Guid.NewGuid(), Kind = BodyKind.Commissie, Code = "CIE-RU", Name = "Commissie Ruimte", Seats = 13 };
        db.AddRange(raad, commissie);
        var accounts = await DemoMembersAsync(zwolle, now, ct);
        var members = new List<(CouncilPerson Person, Fraction Fraction)>();
        foreach (var (name, names) in Seats)
        {
            var fraction = new Fraction { Id = Guid.NewGuid(), Name = name };
            db.Add(fraction);
            for (var i = 0; i < names.Length; i++)
            {
                var person = new CouncilPerson { Id = Guid.NewGuid(), Name = names[i], Function = PersonFunction.Raadslid, Biography = $"Raadslid voor {name} sinds 2026." };
                members.Add((person, fraction));
                db.Add(person);
                db.Add(new FractionMembership { Id = Guid.NewGuid(), FractionId = fraction.Id, PersonId = person.Id, Starts = elected, IsChair = i == 0 });
                db.Add(new BodyMembership { Id = Guid.NewGuid(), BodyId = raad.Id, PersonId = person.Id, Starts = elected });
                if (i < 2) db.Add(new BodyMembership { Id = Guid.NewGuid(), BodyId = commissie.Id, PersonId = person.Id, Starts = elected });
            }
        }
        // The demo accounts sit in three different fracties.
        members[0].Person.UserId = accounts["raadslid"];
        members[6].Person.UserId = accounts["raadslid2"];
        members[11].Person.UserId = accounts["raadslid3"];
        var mayor = new CouncilPerson { Id = Guid.NewGuid(), Name = "Marleen Hofstede", Function = PersonFunction.Burgemeester, Portfolio = "openbare orde en veiligheid", UserId = accounts["collegelid"] };
        var griffier = new CouncilPerson { Id = Guid.NewGuid(), Name = "Joost Evers", Function = PersonFunction.Griffier, UserId = accounts["griffier"] };
        var wethouder = new CouncilPerson { Id = Guid.NewGuid(), Name = "Sanne Groen", Function = PersonFunction.Wethouder, Portfolio = "participatie, wijken en democratie" };
        db.AddRange(mayor, griffier, wethouder);
        db.Add(new BodyMembership { Id = Guid.NewGuid(), BodyId = raad.Id, PersonId = mayor.Id, Starts = elected, IsChair = true });

        var past = Meeting(raad, "Raadsvergadering 9 november 2026", Organisation.Today.AddDays(-20), digital: false);
        past.Status = MeetingStatus.Gehouden;
        (past.OpenedAt, past.EndedAt) = (past.PlannedStart.AddMinutes(2), past.PlannedEnd.AddMinutes(-30));
        var verordening = Item(past, 1, "1", "Verordening uitdaagrecht Zwolle", "De raad stelt de regels vast waarmee inwoners een taak van de gemeente kunnen overnemen.");
        verordening.Decision = "Aangenomen met 24 stemmen voor en 5 tegen.";
        var proposal = Document(verordening, DocumentKind.Raadsvoorstel, "Raadsvoorstel Verordening uitdaagrecht Zwolle",
            "Het college stelt voor het uitdaagrecht in een verordening te regelen: wie een verzoek kan doen, hoe het college het beoordeelt en binnen welke termijnen.", past.Day.AddDays(-14));
        var vote = new CouncilVote { Id = Guid.NewGuid(), MeetingId = past.Id, AgendaItemId = verordening.Id, DocumentId = proposal.Id, Subject = proposal.Title,
            Method = VoteMethod.Hoofdelijk, OpenedAt = past.PlannedStart.AddMinutes(80), ClosedAt = past.PlannedStart.AddMinutes(84), Outcome = VoteOutcome.Voor };
        db.AddRange(past, verordening, proposal, vote);
        foreach (var (person, fraction) in members)
        {
            db.Add(new Attendance { Id = Guid.NewGuid(), MeetingId = past.Id, PersonId = person.Id, Since = past.PlannedStart });
            var choice = fraction.Name == "SP" || (fraction.Name == "ChristenUnie") ? VoteChoice.Tegen : VoteChoice.Voor;
            db.Add(new CastVote { Id = Guid.NewGuid(), VoteId = vote.Id, PersonId = person.Id, Choice = choice, CastAt = vote.OpenedAt.AddMinutes(1), RecordedBy = accounts["griffier"] });
        }

        var tonight = Meeting(raad, "Raadsvergadering " + Organisation.Today.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")), Organisation.Today, digital: true);
        tonight.LivestreamUrl = "https://zwolle.raadsinformatie.example/live";
        tonight.Explanation = "Deze vergadering is digitaal. U kunt haar live volgen via de livestream.";
        db.Add(tonight);
        db.Add(Item(tonight, 1, "1", "Opening en mededelingen", ""));
        var agenda = Item(tonight, 2, "2", "Vaststellen van de agenda", "");
        agenda.IsHamerstuk = true;
        var participation = Item(tonight, 3, "3", "Uitvoeringsagenda participatie en uitdaagrecht", "Hoe de gemeente inwoners de komende twee jaar laat meedoen en meebeslissen.");
        var plan = Document(participation, DocumentKind.Raadsvoorstel, "Raadsvoorstel Uitvoeringsagenda participatie 2027-2028",
            "Het college stelt voor de uitvoeringsagenda vast te stellen: elk jaar twee wijkbudgetten, een digitaal participatieplatform en een loket voor het uitdaagrecht.", Organisation.Today.AddDays(-14));
        var amendment = Document(participation, DocumentKind.Amendement, "Amendement Jongeren aan tafel",
            "Voeg aan de uitvoeringsagenda toe: bij elk participatieproces wordt een jongerenpanel gevraagd mee te denken.", Organisation.Today.AddDays(-2));
        (amendment.AmendsId, amendment.Status) = (plan.Id, MotionStatus.Ingediend);
        var motion = Document(participation, DocumentKind.Motie, "Motie Maak het uitdaagrecht bekend",
            "De raad verzoekt het college alle bewonersorganisaties binnen drie maanden te informeren over het uitdaagrecht.", Organisation.Today.AddDays(-1));
        (motion.MotionType, motion.Status) = (MotionType.Voorstel, MotionStatus.Ingediend);
        var playground = Item(tonight, 4, "4", "Krediet nieuwe speeltuin Stadshagen", "De raad besluit over het krediet voor de speeltuin die inwoners hebben ontworpen.");
        playground.ProcessId = (await processes.ListAsync(ct)).FirstOrDefault(p => p.Title == "Nieuwe speeltuin Stadshagen" && p.Published)?.Id;
        var toilets = Document(playground, DocumentKind.Motie, "Motie vreemd aan de orde van de dag: Openbare toiletten in de binnenstad",
            "De raad verzoekt het college voor de zomer vier openbare toiletten in de binnenstad te plaatsen.", Organisation.Today);
        (toilets.MotionType, toilets.Status) = (MotionType.Vreemd, MotionStatus.Ingediend);
        var appointment = Item(tonight, 5, "5", "Benoeming lid rekenkamercommissie", "Over personen wordt schriftelijk gestemd.");
        db.AddRange(agenda, participation, plan, amendment, motion, playground, toilets, appointment, Item(tonight, 6, "6", "Sluiting", ""));
        Sign(amendment, members[11].Person, members[16].Person);
        Sign(motion, members[0].Person, members[6].Person, members[20].Person);
        Sign(toilets, members[27].Person);

        var committee = Meeting(commissie, "Commissie Ruimte", Organisation.Today.AddDays(7), digital: false);
        committee.Type = MeetingType.Commissievergadering;
        committee.Location = "Stadhuis, Grote Kerkplein 15, Zwolle";
        db.AddRange(committee, Item(committee, 1, "1", "Omgevingsvisie: bespreking met de raad", "Het college vraagt de commissie om wensen en bedenkingen."));
        await db.SaveChangesAsync(ct);
    }

    private void Sign(CouncilDocument document, params CouncilPerson[] people)
    {
        for (var i = 0; i < people.Length; i++) db.Add(new DocumentSigner { Id = Guid.NewGuid(), DocumentId = document.Id, PersonId = people[i].Id, IsFirst = i == 0 });
    }

    private Meeting Meeting(CouncilBody body, string name, DateOnly day, bool digital) => new()
    {
        Id = Guid.NewGuid(), BodyId = body.Id, Type = MeetingType.Raadsvergadering, Name = name, IsDigital = digital, Location = digital ? "" : "Stadhuis, raadzaal",
        PlannedStart = AuditText.FromLocal(day, new TimeOnly(19, 30)), PlannedEnd = AuditText.FromLocal(day, new TimeOnly(23, 0)), Status = MeetingStatus.Gepland, UpdatedAt = clock.GetUtcNow(),
    };

    private static AgendaItem Item(Meeting meeting, int order, string label, string title, string description) =>
        new() { Id = Guid.NewGuid(), MeetingId = meeting.Id, Order = order, Label = label, Title = title, Description = description };

    private CouncilDocument Document(AgendaItem item, DocumentKind kind, string title, string text, DateOnly submitted) =>
        new() { Id = Guid.NewGuid(), AgendaItemId = item.Id, Kind = kind, Title = title, Text = text, SubmittedOn = submitted, CreatedAt = clock.GetUtcNow() };

    /// <summary>The demo's council accounts: the existing ones, plus two more members so three can vote side by side.</summary>
    private async Task<Dictionary<string, Guid>> DemoMembersAsync(Organisation zwolle, DateTimeOffset now, CancellationToken ct)
    {
        var existing = await db.Users.Where(u => u.Email!.EndsWith(".zwolle@demo.plein.nl")).ToListAsync(ct);
        var ids = existing.ToDictionary(u => u.Email!.Split('.')[0], u => u.Id);
        var template = existing.Single(u => u.Email == DemoData.EmailFor("raadslid", "zwolle"));
        var normalizer = new UpperInvariantLookupNormalizer();
        foreach (var extra in new[] { "raadslid2", "raadslid3" })
        {
            var email = DemoData.EmailFor(extra, "zwolle");
            var user = new PleinUser
            {
                Id = Guid.NewGuid(), UserName = email, NormalizedUserName = normalizer.NormalizeName(email), Email = email, NormalizedEmail = normalizer.NormalizeEmail(email),
                EmailConfirmed = true, DisplayName = $"Raadslid {zwolle.Name} ({extra[^1]})", CreatedAt = now, PasswordHash = template.PasswordHash,
                SecurityStamp = Guid.NewGuid().ToString("N"), LockoutEnabled = true,
            };
            db.Users.Add(user);
            db.Memberships.Add(Membership.Create(zwolle.Id, user.Id, Role.Raadslid, now));
            ids[extra] = user.Id;
        }
        return ids;
    }
}
