using Microsoft.EntityFrameworkCore;
using Plein.AreaSupport.Grants;
using Plein.AreaSupport.Requests;
using Plein.AreaSupport.Villages;
using Plein.Data;
using Plein.Platform;
using Plein.Platform.Accounts;

namespace Plein.AreaSupport.Demo;

/// <summary>Eemsdelta's request for a council conference, two grants (one reported), and village initiatives in three municipalities.</summary>
internal sealed class AreaDemo(PleinDb db, TimeProvider clock) : IDemoContent
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var area = await db.Set<Area>().SingleAsync(a => a.Slug == GroningenArea.Slug, ct);
        var organisations = await db.Organisations.Where(o => o.Code != null && GroningenArea.MunicipalityCodes.Contains(o.Code)).ToDictionaryAsync(o => o.Slug, o => o.Id, ct);
        if (!organisations.TryGetValue("eemsdelta", out var eemsdelta)) return;
        var clerk = await db.Users.Where(u => u.Email == DemoData.EmailFor(Role.Ambtenaar.ToString(), "eemsdelta")).Select(u => u.Id).SingleAsync(ct);
        db.Add(new AreaSupportRequest
        {
            Id = Guid.NewGuid(), OrganisationId = eemsdelta, AreaId = area.Id, Subject = "Raadsconferentie over de toekomst van de dorpen",
            Question = "De raad wil met inwoners en dorpsverenigingen praten over wat de versterkingsoperatie met de dorpen doet. Wie helpt ons een conferentie te ontwerpen en te begeleiden?",
            WantedBy = "Voor de zomer", RequestedBy = clerk, State = AreaRequestState.InBehandeling, Message = "We bellen u deze week voor een eerste gesprek.",
            CreatedAt = now.AddDays(-9), UpdatedAt = now.AddDays(-7),
        });
        var due = DateOnly.FromDateTime(now.UtcDateTime).AddMonths(4);
        db.Add(new Grant
        {
            Id = Guid.NewGuid(), OrganisationId = eemsdelta, AreaId = area.Id, Purpose = GrantPurpose.Griffieondersteuning, Amount = 25000m, GrantedAt = now.AddMonths(-8),
            Description = "Een extra griffiemedewerker voor een jaar, voor de vele extra vergaderingen over de versterking.", ReportDue = due,
            Spent = 23850m, Report = "De griffie had een jaar lang een extra medewerker (0,6 fte). Die bereidde twaalf extra commissievergaderingen voor.", ReportedAt = now.AddDays(-4), UpdatedAt = now.AddDays(-4),
        });
        if (organisations.TryGetValue("het-hogeland", out var hogeland))
            db.Add(new Grant
            {
                Id = Guid.NewGuid(), OrganisationId = hogeland, AreaId = area.Id, Purpose = GrantPurpose.Raadsconferentie, Amount = 12500m, GrantedAt = now.AddMonths(-2),
                Description = "Een raadsconferentie met inwoners over wonen in de dorpen.", ReportDue = due, UpdatedAt = now.AddMonths(-2),
            });
        VillageInitiative Village(Guid organisation, string name, string village, string contact, InitiativeStatus status, string needs, params string[] steps) => new()
        {
            Id = Guid.NewGuid(), OrganisationId = organisation, AreaId = area.Id, Name = name, Village = village, ContactName = contact,
            ContactEmail = $"{village.ToLowerInvariant().Replace(' ', '-')}@dorpsinitiatief.example.nl", Status = status, Needs = needs, StepsDone = [.. steps], CreatedAt = now.AddMonths(-3), UpdatedAt = now.AddDays(-10),
        };
        db.Add(Village(eemsdelta, "Dorpsbelangen Loppersum", "Loppersum", "Anne Dijkstra", InitiativeStatus.Actief,
            "Hulp bij een dorpsvisie na de versterking, en een vaste contactpersoon bij de gemeente.", "kennismaken", "dorpsgesprek"));
        db.Add(Village(eemsdelta, "Stichting Dorpshuis Garrelsweer", "Garrelsweer", "Pieter Bakker", InitiativeStatus.Idee, "Een ruimte om samen te komen zolang het dorpshuis wordt versterkt."));
        if (organisations.TryGetValue("midden-groningen", out var midden))
            db.Add(Village(midden, "Dorpscoöperatie Zuidbroek", "Zuidbroek", "Fenna Smit", InitiativeStatus.Actief, "Ondersteuning bij het uitvoeringsplan.", "kennismaken", "dorpsgesprek", "dorpsvisie", "afspraken"));
        if (hogeland != Guid.Empty)
            db.Add(Village(hogeland, "Dorpsvereniging Usquert", "Usquert", "Jan Mulder", InitiativeStatus.Afgerond, "", "kennismaken", "dorpsgesprek", "dorpsvisie", "afspraken", "uitvoeren", "terugkijken"));
        await db.SaveChangesAsync(ct);
    }
}
