using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform;
using Plein.Platform.Tenancy;
using Plein.Platform.Verification;

namespace Plein.Participation.Demo;

/// <summary>Two realistic processes in Zwolle with proposals, supports, comments and a survey with answers.</summary>
internal sealed class ParticipationDemo(PleinDb db, TimeProvider clock, Platform.Surveys.Answering.SurveyTallies tallies) : IDemoContent
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var zwolle = await db.Organisations.FirstOrDefaultAsync(o => o.Slug == "zwolle", ct);
        if (zwolle is null) return;
        var users = await db.Users.Where(u => u.Email != null && u.Email.EndsWith(".zwolle@demo.plein.nl")).OrderBy(u => u.Email).Select(u => u.Id).ToListAsync(ct);
        var today = Organisation.Today;
        var now = clock.GetUtcNow();

        var green = Process(zwolle.Id, "Groenplan Assendorp", "Hoe maken we Assendorp groener en koeler? Deel uw ideeën en steun die van anderen.",
            "De gemeente wil de wijk **Assendorp** groener maken: meer bomen, minder tegels en plekken om af te koelen op hete dagen.\n\n" +
            "- Doe een voorstel voor uw straat of plein\n- Steun de voorstellen die u goed vindt\n- Na de zomer kiest de raad welke plannen doorgaan",
            ParticipationLevel.Raadplegen, "wijk Assendorp", now);
        green.Phases.Add(Phase("Ideeën verzamelen", today.AddDays(-14), today.AddDays(30), proposals: true, support: true, limit: 3));
        green.Phases.Add(Phase("Uitwerken door de gemeente", today.AddDays(31), today.AddDays(90), proposals: false, support: false, limit: null));

        var playground = Process(zwolle.Id, "Nieuwe speeltuin Stadshagen", "Kinderen en ouders kiezen mee hoe de nieuwe speeltuin eruitziet.",
            "Op het grasveld aan de Schellerbergweg komt een nieuwe speeltuin. Wat moet er staan?",
            ParticipationLevel.Meebeslissen, "Stadshagen", now);
        playground.Phases.Add(Phase("Wensen ophalen", today.AddDays(-60), today.AddDays(-20), proposals: true, support: true, limit: null));
        playground.Phases.Add(Phase("Ontwerp kiezen", today.AddDays(-19), today.AddDays(20), proposals: false, support: true, limit: 1));
        var budget = Process(zwolle.Id, "Wijkbudget Holtenbroek", "Bewoners van Holtenbroek beslissen zelf waar 150.000 euro aan wordt besteed.",
            "Bewoners stelden projecten voor; de gemeente rekende ze door. Nu kiest u met de stemcode uit de brief welke projecten er komen.",
            ParticipationLevel.Meebeslissen, "Holtenbroek", now);
        budget.Phases.Add(Phase("Projecten indienen", today.AddDays(-50), today.AddDays(-21), proposals: true, support: false, limit: null));
        budget.Phases.Add(Phase("Stemmen", today.AddDays(-3), today.AddDays(11), proposals: false, support: false, limit: null));
        db.AddRange(green, playground, budget);

        string[][] ideas =
        [
            ["Bomen in de Assendorperstraat", "Plant lindebomen langs de hele straat. Ze geven schaduw en de straat wordt mooier."],
            ["Tegels eruit, planten erin", "Help bewoners om tegels uit hun voortuin te halen, met gratis planten van de gemeente."],
            ["Een waterspeelplek op het plein", "Op hete dagen kunnen kinderen hier afkoelen. Het water loopt daarna naar de bomen."],
            ["Groene daken op de bushokjes", "Vetplanten op de daken van de bushokjes: goed voor bijen en het houdt regenwater vast."],
        ];
        var proposals = ideas.Select((idea, i) => new Proposal
        {
            Id = Guid.NewGuid(), ProcessId = green.Id, OrganisationId = zwolle.Id, AuthorId = users[i % users.Count], Title = idea[0], Body = idea[1],
            Theme = "groen", CreatedAt = now.AddDays(-10 + i),
        }).ToList();
        (proposals[0].Address, proposals[0].Latitude, proposals[0].Longitude) = ("Assendorperstraat", 52.5058, 6.1012);
        proposals.Add(new Proposal
        {
            Id = Guid.NewGuid(), ProcessId = playground.Id, OrganisationId = zwolle.Id, AuthorId = users[0], Title = "Een klimrek voor grotere kinderen",
            Body = "Er is veel voor kleine kinderen, maar kinderen van 10 tot 12 jaar willen ook klimmen en uitdaging.", Theme = "spelen", CreatedAt = now.AddDays(-40),
        });
        db.AddRange(proposals);
        for (var u = 0; u < users.Count; u++)
            for (var slot = 1; slot <= Math.Min(3, 1 + (u % 3)); slot++)
            {
                var proposal = proposals[(u + slot) % 4];
                db.Add(new Support { Id = Guid.NewGuid(), OrganisationId = zwolle.Id, ProcessId = green.Id, ProposalId = proposal.Id, UserId = users[u], Slot = slot, CreatedAt = now });
            }
        var first = new Comments.Comment
        {
            Id = Guid.NewGuid(), OrganisationId = zwolle.Id, ProposalId = proposals[0].Id, AuthorId = users[2 % users.Count],
            Body = "Goed idee! Lindebomen ruiken in juni ook nog eens heerlijk.", CreatedAt = now.AddDays(-5),
        };
        db.Add(first);
        db.Add(new Comments.Comment
        {
            Id = Guid.NewGuid(), OrganisationId = zwolle.Id, ProposalId = proposals[0].Id, ParentId = first.Id, AuthorId = users[0],
            Body = "Eens, maar let op de wortels bij de kabels in de stoep.", CreatedAt = now.AddDays(-4),
        });
        // Assendorp's addresses (a made-up but realistic slice of postcode area 8012), so "postcode in het gebied" can be tried.
        var assendorp = new Platform.Verification.Census.CensusArea { Id = Guid.NewGuid(), OrganisationId = zwolle.Id, Name = "Assendorp", UploadedAt = now };
        var letters = "ABCDEFGHJKLMNPRSTVWX";
        var addresses = letters.SelectMany(l => Enumerable.Range(1, 30).Select(n => new Platform.Verification.Census.CensusAddress
        {
            OrganisationId = zwolle.Id, AreaId = assendorp.Id, Postcode = "8012" + "B" + l, HouseNumber = n,
        })).ToList();
        assendorp.AddressCount = addresses.Count;
        foreach (var proposal in proposals.Where(p => p.ProcessId == green.Id)) proposal.AreaId = assendorp.Id;
        db.Add(assendorp);
        db.AddRange(addresses);
        db.Add(new Platform.Jobs.BackgroundJob
        {
            Id = Guid.NewGuid(), OrganisationId = zwolle.Id, Kind = Platform.Verification.Census.AreaImport.JobKind, Title = "Adressenlijst laden: Assendorp",
            State = Platform.Jobs.JobState.Klaar, Total = addresses.Count, Done = addresses.Count, Message = $"Het gebied Assendorp is geladen: {addresses.Count} adressen.",
            ResultPath = "/zwolle/beheer/gebieden", CreatedAt = now.AddDays(-20), StartedAt = now.AddDays(-20), FinishedAt = now.AddDays(-20),
        });

        var (survey, responses, answers) = DemoSurveys.Green(zwolle.Id, green, zwolle.Slug, now);
        db.Add(survey);
        db.Add(DemoSurveys.PlaygroundDraft(zwolle.Id, playground, zwolle.Slug, now));
        db.AddRange(responses);
        db.AddRange(answers);
        await db.SaveChangesAsync(ct);
        await tallies.RecountAsync(survey, ct);
    }

    private static Process Process(Guid organisationId, string title, string summary, string body, ParticipationLevel level, string area, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), OrganisationId = organisationId, Title = title, Summary = summary, Body = body, Level = level, Area = area, Published = true, CreatedAt = now };

    private static Phase Phase(string name, DateOnly starts, DateOnly ends, bool proposals, bool support, int? limit) => new()
    {
        Id = Guid.NewGuid(), Name = name, Starts = starts, Ends = ends, ProposalsOpen = proposals, SupportOpen = support, CommentsOpen = proposals || support,
        SupportLimit = limit, ProposeLevel = VerificationLevel.BevestigdEmail, SupportLevel = VerificationLevel.BevestigdEmail, CommentLevel = VerificationLevel.BevestigdEmail,
    };
}
