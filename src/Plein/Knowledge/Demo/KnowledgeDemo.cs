using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Knowledge.Bottlenecks;
using Plein.Knowledge.Communities;
using Plein.Knowledge.Discussions;
using Plein.Knowledge.Library;
using Plein.Platform;
using Plein.Platform.Accounts;

namespace Plein.Knowledge.Demo;

/// <summary>A discussion on the RES with replies, a guide in the library and three knelpunten that others recognise.</summary>
internal sealed class KnowledgeDemo(PleinDb db, TimeProvider clock) : IDemoContent
{
    private sealed record Person(Guid UserId, Guid OrganisationId, string Affiliation);

    public async Task SeedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var communities = await db.Set<Community>().ToDictionaryAsync(c => c.Slug, ct);
        var res = communities["regionale-energiestrategie"];
        var people = await (from m in db.National<Membership>()
                            join o in db.Organisations on m.OrganisationId equals o.Id
                            join u in db.Users on m.UserId equals u.Id
                            where (m.Role == Role.Raadslid || m.Role == Role.Griffier) && u.Email!.EndsWith("@demo.plein.nl")
                            select new { u.Email, m.UserId, m.OrganisationId, m.Role, o.Name }).ToListAsync(ct);
        var by = people.ToDictionary(p => p.Email!.Split('@')[0], p => new Person(p.UserId, p.OrganisationId, $"{p.Role}, {p.Name}"));
        var zwolle = by["raadslid.zwolle"];
        var griffier = by["griffier.zwolle"];
        var staten = by["raadslid.overijssel"];
        var waterschap = by["raadslid.wdodelta"];

        var discussion = new Discussion
        {
            Id = Guid.NewGuid(), CommunityId = res.Id, Title = "Hoe houdt de raad grip op de RES na het vaststellen?", AuthorId = zwolle.UserId, Affiliation = zwolle.Affiliation,
            Body = "Onze raad heeft de RES 1.0 vastgesteld, maar daarna horen we weinig. Wie heeft afspraken gemaakt over hoe de raad op de hoogte blijft en kan bijsturen?",
            CreatedAt = now.AddDays(-12), LastPostAt = now.AddDays(-3), ReplyCount = 2,
        };
        db.Add(discussion);
        db.Add(new Post { Id = Guid.NewGuid(), DiscussionId = discussion.Id, AuthorId = staten.UserId, Affiliation = staten.Affiliation, CreatedAt = now.AddDays(-10),
            Body = "In Overijssel krijgen Staten en raden elk half jaar dezelfde voortgangsrapportage, en er is een jaarlijkse regionale raadsbijeenkomst." });
        db.Add(new Post { Id = Guid.NewGuid(), DiscussionId = discussion.Id, AuthorId = griffier.UserId, Affiliation = griffier.Affiliation, CreatedAt = now.AddDays(-3),
            Body = "Wij hebben een raadsrapporteur RES aangewezen. Die brengt na elk regionaal overleg verslag uit in de commissie." });
        db.Add(new LibraryDocument
        {
            Id = Guid.NewGuid(), CommunityId = res.Id, Title = "Handreiking: de rol van de raad in de RES", Kind = DocumentKind.Handreiking, AddedBy = griffier.UserId, Affiliation = griffier.Affiliation,
            Description = "Welke momenten heeft de raad, en welke afspraken kunt u maken over informatie en bijsturen?", Link = "https://www.regionale-energiestrategie.nl/", AddedAt = now.AddDays(-20),
        });
        Bottleneck Report(Community community, Person who, string title, string description, string[] tags, int daysAgo) => new()
        {
            Id = Guid.NewGuid(), CommunityId = community.Id, Title = title, Description = description, Tags = [.. tags], ReportedBy = who.UserId, OrganisationId = who.OrganisationId,
            Affiliation = who.Affiliation, CreatedAt = now.AddDays(-daysAgo), Status = BottleneckStatus.Nieuw,
        };
        var late = Report(res, zwolle, "De raad krijgt de RES pas te zien als alles al is besloten",
            "Het regionale overleg werkt maanden aan een bod. De raad mag aan het eind alleen ja of nee zeggen.", ["informatievoorziening", "regionale samenwerking"], 25);
        var money = Report(res, waterschap, "Niemand weet wat de RES het waterschap kost",
            "Voor de aansluiting van zonneparken op rioolwaterzuiveringen zijn de kosten onduidelijk. Het algemeen bestuur moet toch kiezen.", ["financiën"], 14);
        var heat = Report(communities["aardgasvrije-wijken"], staten, "Inwoners haken af door onzekere kosten van de warmtetransitie",
            "Zonder duidelijkheid over de kosten per huishouden is een wijkuitvoeringsplan niet uit te leggen.", ["financiën", "participatie"], 8);
        db.AddRange(late, money, heat);
        foreach (var (bottleneck, who) in new[] { (late, zwolle), (late, staten), (late, waterschap), (late, griffier), (money, waterschap), (money, zwolle), (heat, staten), (heat, zwolle) })
            db.Add(new Recognition { Id = Guid.NewGuid(), BottleneckId = bottleneck.Id, UserId = who.UserId, OrganisationId = who.OrganisationId, CreatedAt = now.AddDays(-2) });
        late.Status = BottleneckStatus.Opgepakt;
        late.Response = "We maken met de VNG een handreiking over de momenten waarop de raad meepraat, en bespreken dit met het Nationaal Programma RES.";
        late.RespondedAt = now.AddDays(-1);
        await db.SaveChangesAsync(ct);
    }
}
