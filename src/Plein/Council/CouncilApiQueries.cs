using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plein.Council.Documents;
using Plein.Council.Meetings;
using Plein.Council.People;
using Plein.Council.Voting;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;
using static Plein.Council.CouncilApi;

namespace Plein.Council;

/// <summary>The ODS resources, each a query on the council's tables and a mapping to the ODS schema.</summary>
internal static class CouncilApiQueries
{
    private static Links For(HttpContext http) => new(http.RequestServices.GetRequiredService<AccountLinks>(), http.RequestServices.GetRequiredService<ITenantContext>().RequiredOrganisation());

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    // --- vergaderingen ---
    public static async Task<Results<Ok<Ods.Lijst<Ods.Vergadering>>, ProblemHttpResult>> Vergaderingen(HttpContext http, PleinDb db, string? status, string? vergaderingstype,
        DateOnly? vergaderdatum, string? naam, int? page, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var query = db.Set<Meeting>().AsNoTracking();
        if (status is not null)
            if (Enum.TryParse<MeetingStatus>(status, true, out var s) && status.All(char.IsLower)) query = query.Where(m => m.Status == s);
            else errors["status"] = ["Kies gepland, gehouden of geannuleerd."];
        if (vergaderingstype is not null)
            if (Enum.GetValues<MeetingType>().FirstOrDefault(t => OdsType(t) == vergaderingstype) is var t && OdsType(t) == vergaderingstype) query = query.Where(m => m.Type == t);
            else errors["vergaderingstype"] = ["Kies raadsvergadering, commissievergadering, presidium, statenvergadering of algemene_bestuursvergadering."];
        if (naam is { Length: > 100 }) errors["naam"] = ["Gebruik hoogstens 100 tekens."];
        // Day 1 of year 1 in Dutch time starts before the first moment a DateTimeOffset can hold.
        if (vergaderdatum is { Year: < 1900 or > 9998 }) errors["vergaderdatum"] = ["Kies een datum tussen 1900 en 9999."];
        if (errors.Count > 0) return Invalid(errors);
        if (!string.IsNullOrEmpty(naam)) query = query.Where(m => m.Name.ToLower().Contains(naam.ToLower()));
        if (vergaderdatum is { } day)
        {
            var (from, to) = (Platform.Audit.AuditText.FromLocal(day, TimeOnly.MinValue), Platform.Audit.AuditText.FromLocal(day.AddDays(1), TimeOnly.MinValue));
            query = query.Where(m => m.PlannedStart >= from && m.PlannedStart < to);
        }
        return await PageAsync(http, query.OrderByDescending(m => m.PlannedStart).ThenBy(m => m.Id), page, rows => MeetingsAsync(http, db, rows, ct), ct);
    }

    public static async Task<Results<Ok<Ods.Vergadering>, ProblemHttpResult>> Vergadering(HttpContext http, PleinDb db, Guid id, CancellationToken ct) =>
        await db.Set<Meeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct) is { } meeting ? TypedResults.Ok((await MeetingsAsync(http, db, [meeting], ct))[0]) : NotFound("vergadering");

    private static string OdsType(MeetingType type) => type == MeetingType.AlgemeneBestuursvergadering ? "algemene_bestuursvergadering" : Lower(type);

    private static async Task<IReadOnlyList<Ods.Vergadering>> MeetingsAsync(HttpContext http, PleinDb db, IReadOnlyList<Meeting> meetings, CancellationToken ct)
    {
        var l = For(http);
        var ids = meetings.Select(m => m.Id).ToList();
        var bodies = await db.Set<CouncilBody>().AsNoTracking().ToDictionaryAsync(b => b.Id, ct);
        var items = await db.Set<AgendaItem>().AsNoTracking().Where(i => ids.Contains(i.MeetingId)).OrderBy(i => i.Order).Select(i => new { i.Id, i.MeetingId }).ToListAsync(ct);
        return [.. meetings.Select(m => new Ods.Vergadering(l.Url("vergaderingen", m.Id), m.Id.ToString(), m.Name, OdsType(m.Type), Lower(m.Status), m.Day, m.PlannedStart, m.PlannedEnd,
            m.OpenedAt, m.EndedAt, m.IsDigital ? "Digitaal" : m.Location, m.Explanation, new(bodies[m.BodyId].Code, bodies[m.BodyId].Name), l.Gemeente, l.Provincie,
            [.. items.Where(i => i.MeetingId == m.Id).Select(i => l.Url("agendapunten", i.Id))], m.LivestreamUrl is { } live && !m.IsClosed ? [live] : []))];
    }

    // --- agendapunten and besluiten ---
    public static async Task<Results<Ok<Ods.Lijst<Ods.Agendapunt>>, ProblemHttpResult>> Agendapunten(HttpContext http, PleinDb db, Guid? vergadering, int? page, CancellationToken ct)
    {
        var query = db.Set<AgendaItem>().AsNoTracking();
        if (vergadering is { } id) query = query.Where(i => i.MeetingId == id);
        return await PageAsync(http, query.OrderBy(i => i.MeetingId).ThenBy(i => i.Order), page, rows => ItemsAsync(http, db, rows, ct), ct);
    }

    public static async Task<Results<Ok<Ods.Agendapunt>, ProblemHttpResult>> Agendapunt(HttpContext http, PleinDb db, Guid id, CancellationToken ct) =>
        await db.Set<AgendaItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) is { } item ? TypedResults.Ok((await ItemsAsync(http, db, [item], ct))[0]) : NotFound("agendapunt");

    private static async Task<IReadOnlyList<Ods.Agendapunt>> ItemsAsync(HttpContext http, PleinDb db, IReadOnlyList<AgendaItem> items, CancellationToken ct)
    {
        var l = For(http);
        var ids = items.Select(i => i.Id).ToList();
        var subs = await db.Set<AgendaItem>().AsNoTracking().Where(i => i.ParentId != null && ids.Contains(i.ParentId.Value)).Select(i => new { i.Id, Parent = i.ParentId!.Value }).ToListAsync(ct);
        var closedMeetings = await db.Set<Meeting>().AsNoTracking().Where(m => m.IsClosed).Select(m => m.Id).ToListAsync(ct);
        var documents = await db.Set<CouncilDocument>().AsNoTracking().Where(d => ids.Contains(d.AgendaItemId)).Select(d => new { d.Id, d.AgendaItemId }).ToListAsync(ct);
        var votes = await db.Set<CouncilVote>().AsNoTracking().Where(v => ids.Contains(v.AgendaItemId) && v.ClosedAt != null).Select(v => new { v.Id, v.AgendaItemId }).ToListAsync(ct);
        return [.. items.Select(i =>
        {
            var closed = i.IsClosed || closedMeetings.Contains(i.MeetingId);
            return new Ods.Agendapunt(l.Url("agendapunten", i.Id), i.Id.ToString(), l.Ref("vergaderingen", i.MeetingId), i.ParentId is { } p ? l.Ref("agendapunten", p) : null,
                i.Label, i.Order.ToString(System.Globalization.CultureInfo.InvariantCulture), i.Title, closed ? "" : i.Description, i.IsHamerstuk, closed,
                [.. subs.Where(s => s.Parent == i.Id).Select(s => l.Url("agendapunten", s.Id))],
                closed ? [] : [.. documents.Where(d => d.AgendaItemId == i.Id).Select(d => l.Url("informatieobjecten", d.Id))],
                [.. votes.Where(v => v.AgendaItemId == i.Id).Select(v => l.Url("stemmingen", v.Id))], l.Gemeente, l.Provincie);
        })];
    }

    private static IQueryable<AgendaItem> Decided(PleinDb db) =>
        db.Set<AgendaItem>().AsNoTracking().Where(i => i.Decision != null || db.Set<CouncilVote>().Any(v => v.AgendaItemId == i.Id && v.ClosedAt != null));

    public static async Task<Results<Ok<Ods.Lijst<Ods.Besluit>>, ProblemHttpResult>> Besluiten(HttpContext http, PleinDb db, int? page, CancellationToken ct) =>
        await PageAsync(http, Decided(db).OrderBy(i => i.MeetingId).ThenBy(i => i.Order), page, rows => DecisionsAsync(http, db, rows, ct), ct);

    public static async Task<Results<Ok<Ods.Besluit>, ProblemHttpResult>> Besluit(HttpContext http, PleinDb db, Guid id, CancellationToken ct) =>
        await Decided(db).FirstOrDefaultAsync(i => i.Id == id, ct) is { } item ? TypedResults.Ok((await DecisionsAsync(http, db, [item], ct))[0]) : NotFound("besluit");

    private static async Task<IReadOnlyList<Ods.Besluit>> DecisionsAsync(HttpContext http, PleinDb db, IReadOnlyList<AgendaItem> items, CancellationToken ct)
    {
        var l = For(http);
        var ids = items.Select(i => i.Id).ToList();
        var votes = await db.Set<CouncilVote>().AsNoTracking().Where(v => ids.Contains(v.AgendaItemId) && v.ClosedAt != null).OrderBy(v => v.OpenedAt).ToListAsync(ct);
        return [.. items.Select(i =>
        {
            var own = votes.Where(v => v.AgendaItemId == i.Id).ToList();
            var result = i.Decision ?? string.Join("; ", own.Select(v => $"{v.Subject}: {(v.Outcome is { } o ? MeetingFloor.Describe(o) : v.PaperResult)}"));
            return new Ods.Besluit(l.Url("besluiten", i.Id), i.Id.ToString(), result.Length > 200 ? result[..200] : result, i.DecisionNote, i.Commitment, [.. own.Select(v => l.Url("stemmingen", v.Id))]);
        })];
    }

    // --- stemmingen, stemmen, resultaten per fractie, aanwezigheid ---
    private static IQueryable<CouncilVote> ClosedVotes(PleinDb db) => db.Set<CouncilVote>().AsNoTracking().Where(v => v.ClosedAt != null);

    public static async Task<Results<Ok<Ods.Lijst<Ods.Stemming>>, ProblemHttpResult>> Stemmingen(HttpContext http, PleinDb db, Guid? agendapunt, int? page, CancellationToken ct)
    {
        var query = ClosedVotes(db);
        if (agendapunt is { } id) query = query.Where(v => v.AgendaItemId == id);
        return await PageAsync(http, query.OrderByDescending(v => v.OpenedAt).ThenBy(v => v.Id), page, rows => VotesAsync(http, db, rows, ct), ct);
    }

    public static async Task<Results<Ok<Ods.Stemming>, ProblemHttpResult>> Stemming(HttpContext http, PleinDb db, Guid id, CancellationToken ct) =>
        await ClosedVotes(db).FirstOrDefaultAsync(v => v.Id == id, ct) is { } vote ? TypedResults.Ok((await VotesAsync(http, db, [vote], ct))[0]) : NotFound("stemming");

    private static async Task<IReadOnlyList<Ods.Stemming>> VotesAsync(HttpContext http, PleinDb db, IReadOnlyList<CouncilVote> votes, CancellationToken ct)
    {
        var l = For(http);
        var ids = votes.Select(v => v.Id).ToList();
        var casts = await PublicCasts(db).Where(c => ids.Contains(c.VoteId)).Select(c => new { c.Id, c.VoteId }).ToListAsync(ct);
        var paper = await db.Set<PaperCount>().AsNoTracking().Where(p => ids.Contains(p.VoteId)).ToListAsync(ct);
        var itemIds = votes.Select(v => v.AgendaItemId).ToList();
        var decided = await Decided(db).Where(i => itemIds.Contains(i.Id)).Select(i => i.Id).ToListAsync(ct);
        return [.. votes.Select(v => new Ods.Stemming(l.Url("stemmingen", v.Id), v.Id.ToString(), l.Ref("agendapunten", v.AgendaItemId),
            v.Method == VoteMethod.Schriftelijk ? "schriftelijk" : "hoofdelijk", v.Outcome is { } o ? Lower(o) : null, v.PaperResult,
            [.. paper.Where(p => p.VoteId == v.Id).Select(p => new Ods.StemmingOverPersonen(p.Votes, p.Candidate))],
            decided.Contains(v.AgendaItemId) ? l.Ref("besluiten", v.AgendaItemId) : null, v.DocumentId is { } d ? l.Ref("informatieobjecten", d) : null,
            [.. casts.Where(c => c.VoteId == v.Id).Select(c => l.Url("stemmen", c.Id))]))];
    }

    /// <summary>Individual votes of closed votes in public meetings and items only.</summary>
    private static IQueryable<CastVote> PublicCasts(PleinDb db) =>
        from c in db.Set<CastVote>().AsNoTracking()
        join v in db.Set<CouncilVote>() on c.VoteId equals v.Id
        join i in db.Set<AgendaItem>() on v.AgendaItemId equals i.Id
        join m in db.Set<Meeting>() on v.MeetingId equals m.Id
        where v.ClosedAt != null && !i.IsClosed && !m.IsClosed
        select c;

    public static async Task<Results<Ok<Ods.Lijst<Ods.Stem>>, ProblemHttpResult>> Stemmen(HttpContext http, PleinDb db, Guid? stemming, int? page, CancellationToken ct)
    {
        var query = PublicCasts(db);
        if (stemming is { } id) query = query.Where(c => c.VoteId == id);
        return await PageAsync(http, query.OrderBy(c => c.VoteId).ThenBy(c => c.Id), page, rows => CastsAsync(http, db, rows, ct), ct);
    }

    public static async Task<Results<Ok<Ods.Stem>, ProblemHttpResult>> Stem(HttpContext http, PleinDb db, Guid id, CancellationToken ct) =>
        await PublicCasts(db).FirstOrDefaultAsync(c => c.Id == id, ct) is { } cast ? TypedResults.Ok((await CastsAsync(http, db, [cast], ct))[0]) : NotFound("stem");

    private static async Task<IReadOnlyList<Ods.Stem>> CastsAsync(HttpContext http, PleinDb db, IReadOnlyList<CastVote> casts, CancellationToken ct)
    {
        var l = For(http);
        var voteIds = casts.Select(c => c.VoteId).Distinct().ToList();
        var meetings = await db.Set<CouncilVote>().AsNoTracking().Where(v => voteIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.MeetingId, ct);
        var meetingIds = meetings.Values.Distinct().ToList();
        var attendance = await db.Set<Attendance>().AsNoTracking().Where(a => meetingIds.Contains(a.MeetingId)).ToListAsync(ct);
        return [.. casts.Select(c => new Ods.Stem(l.Url("stemmen", c.Id), c.Id.ToString(),
            l.Ref("aanwezigedeelnemers", attendance.FirstOrDefault(a => a.MeetingId == meetings[c.VoteId] && a.PersonId == c.PersonId)?.Id ?? c.PersonId),
            l.Ref("stemmingen", c.VoteId), Lower(c.Choice)))];
    }

    public static async Task<Results<Ok<Ods.Lijst<Ods.StemresultaatPerFractie>>, ProblemHttpResult>> StemresultatenPerFractie(HttpContext http, PleinDb db, VoteRecords records,
        Guid? stemming, CancellationToken ct)
    {
        if (stemming is not { } id) return Invalid(new() { ["stemming"] = ["Geef de stemming mee waarvan u de resultaten per fractie wilt zien."] });
        if (await PublicCasts(db).AnyAsync(c => c.VoteId == id, ct) == false || await records.LoadAsync(id, ct) is not { } record) return NotFound("stemming");
        var l = For(http);
        return TypedResults.Ok(new Ods.Lijst<Ods.StemresultaatPerFractie>(null, null, [.. record.Fractions.Where(f => f.FractionId is not null).Select(f =>
            new Ods.StemresultaatPerFractie(l.Url("stemresultatenperfractie", f.FractionId!.Value) + $"?stemming={id}", $"{f.FractionId}", l.Ref("fracties", f.FractionId.Value),
                l.Ref("stemmingen", id), f.Outcome is { } o ? Lower(o) : null))]));
    }

    public static async Task<Results<Ok<Ods.Lijst<Ods.AanwezigeDeelnemer>>, ProblemHttpResult>> AanwezigeDeelnemers(HttpContext http, PleinDb db, Guid? vergadering, int? page, CancellationToken ct)
    {
        var query = db.Set<Attendance>().AsNoTracking();
        if (vergadering is { } id) query = query.Where(a => a.MeetingId == id);
        return await PageAsync(http, query.OrderBy(a => a.MeetingId).ThenBy(a => a.Since), page, rows =>
        {
            var l = For(http);
            var role = l.Organisation.Kind switch { OrganisationKind.Provincie => "statenlid", OrganisationKind.Waterschap => "algemeen_bestuurslid", _ => "raadslid" };
            return Task.FromResult<IReadOnlyList<Ods.AanwezigeDeelnemer>>([.. rows.Select(a => new Ods.AanwezigeDeelnemer(l.Url("aanwezigedeelnemers", a.Id), a.Id.ToString(),
                l.Ref("natuurlijkpersonen", a.PersonId), l.Ref("vergaderingen", a.MeetingId), a.Since, a.Until, role, l.Organisation.Name))]);
        }, ct);
    }

    // --- fracties, lidmaatschappen, personen ---
    public static async Task<Results<Ok<Ods.Lijst<Ods.Fractie>>, ProblemHttpResult>> Fracties(HttpContext http, PleinDb db, int? page, CancellationToken ct) =>
        await PageAsync(http, db.Set<Fraction>().AsNoTracking().OrderBy(f => f.Name), page, rows => Task.FromResult<IReadOnlyList<Ods.Fractie>>([.. rows.Select(f => ToDto(For(http), f))]), ct);

    public static async Task<Results<Ok<Ods.Fractie>, ProblemHttpResult>> Fractie(HttpContext http, PleinDb db, Guid id, CancellationToken ct) =>
        await db.Set<Fraction>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct) is { } fraction ? TypedResults.Ok(ToDto(For(http), fraction)) : NotFound("fractie");

    private static Ods.Fractie ToDto(Links l, Fraction f) => new(l.Url("fracties", f.Id), f.Id.ToString(), f.Name, l.Gemeente, l.Provincie);

    public static async Task<Results<Ok<Ods.Lijst<Ods.FractieLidmaatschap>>, ProblemHttpResult>> Fractielidmaatschappen(HttpContext http, PleinDb db, Guid? fractie, int? page, CancellationToken ct)
    {
        var query = db.Set<FractionMembership>().AsNoTracking();
        if (fractie is { } id) query = query.Where(m => m.FractionId == id);
        return await PageAsync(http, query.OrderBy(m => m.FractionId).ThenBy(m => m.Starts).ThenBy(m => m.Id), page, rows =>
        {
            var l = For(http);
            return Task.FromResult<IReadOnlyList<Ods.FractieLidmaatschap>>([.. rows.Select(m => new Ods.FractieLidmaatschap(l.Url("fractielidmaatschappen", m.Id), m.Id.ToString(),
                l.Ref("fracties", m.FractionId), l.Ref("natuurlijkpersonen", m.PersonId), Platform.Audit.AuditText.FromLocal(m.Starts, TimeOnly.MinValue),
                m.Ends is { } end ? Platform.Audit.AuditText.FromLocal(end, TimeOnly.MinValue) : null, m.IsChair))]);
        }, ct);
    }

    public static async Task<Results<Ok<Ods.Lijst<Ods.NatuurlijkPersoon>>, ProblemHttpResult>> NatuurlijkPersonen(HttpContext http, PleinDb db, int? page, CancellationToken ct) =>
        await PageAsync(http, db.Set<CouncilPerson>().AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Id), page,
            rows => Task.FromResult<IReadOnlyList<Ods.NatuurlijkPersoon>>([.. rows.Select(p => ToDto(For(http), p))]), ct);

    public static async Task<Results<Ok<Ods.NatuurlijkPersoon>, ProblemHttpResult>> NatuurlijkPersoon(HttpContext http, PleinDb db, Guid id, CancellationToken ct) =>
        await db.Set<CouncilPerson>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is { } person ? TypedResults.Ok(ToDto(For(http), person)) : NotFound("persoon");

    private static Ods.NatuurlijkPersoon ToDto(Links l, CouncilPerson p)
    {
        var space = p.Name.IndexOf(' ');
        return new(l.Url("natuurlijkpersonen", p.Id), p.Id.ToString(), new(space > 0 ? p.Name[(space + 1)..] : p.Name, p.Name),
            p.Function == PersonFunction.Commissielid ? "burgerlid" : Lower(p.Function));
    }

    // --- indieners en informatieobjecten ---
    private static IQueryable<CouncilDocument> PublicDocuments(PleinDb db) =>
        from d in db.Set<CouncilDocument>().AsNoTracking()
        join i in db.Set<AgendaItem>() on d.AgendaItemId equals i.Id
        join m in db.Set<Meeting>() on i.MeetingId equals m.Id
        where !i.IsClosed && !m.IsClosed
        select d;

    public static async Task<Results<Ok<Ods.Lijst<Ods.Indiener>>, ProblemHttpResult>> Indieners(HttpContext http, PleinDb db, Guid? informatieobject, int? page, CancellationToken ct)
    {
        var query = from s in db.Set<DocumentSigner>().AsNoTracking()
                    join p in db.Set<CouncilPerson>() on s.PersonId equals p.Id
                    where PublicDocuments(db).Any(d => d.Id == s.DocumentId)
                    select new { s.Id, s.DocumentId, s.PersonId, p.Name, s.IsFirst };
        if (informatieobject is { } id) query = query.Where(s => s.DocumentId == id);
        return await PageAsync(http, query.OrderBy(s => s.DocumentId).ThenByDescending(s => s.IsFirst).ThenBy(s => s.Name), page, rows =>
        {
            var l = For(http);
            return Task.FromResult<IReadOnlyList<Ods.Indiener>>([.. rows.Select(s => new Ods.Indiener(l.Url("indieners", s.Id), s.Id.ToString(), s.Name,
                l.Ref("informatieobjecten", s.DocumentId), l.Ref("natuurlijkpersonen", s.PersonId)))]);
        }, ct);
    }

    public static async Task<Results<Ok<Ods.Lijst<Ods.Informatieobject>>, ProblemHttpResult>> Informatieobjecten(HttpContext http, PleinDb db, Guid? agendapunt, string? informatieobjecttype,
        int? page, CancellationToken ct)
    {
        var query = PublicDocuments(db);
        if (agendapunt is { } id) query = query.Where(d => d.AgendaItemId == id);
        if (informatieobjecttype is not null)
        {
            var kinds = Enum.GetValues<DocumentKind>().Where(k => OdsType(k) == informatieobjecttype).ToList();
            if (kinds.Count == 0) return Invalid(new() { ["informatieobjecttype"] = ["Kies voorstel, besluitvormingsstuk, motie of amendement."] });
            query = query.Where(d => kinds.Contains(d.Kind));
        }
        return await PageAsync(http, query.OrderByDescending(d => d.SubmittedOn).ThenBy(d => d.Id), page, rows => DocumentsAsync(http, db, rows, ct), ct);
    }

    public static async Task<Results<Ok<Ods.Informatieobject>, ProblemHttpResult>> Informatieobject(HttpContext http, PleinDb db, Guid id, CancellationToken ct) =>
        await PublicDocuments(db).FirstOrDefaultAsync(d => d.Id == id, ct) is { } document ? TypedResults.Ok((await DocumentsAsync(http, db, [document], ct))[0]) : NotFound("informatieobject");

    private static string? OdsType(DocumentKind kind) => kind switch
    {
        DocumentKind.Raadsvoorstel => "voorstel",
        DocumentKind.Besluit => "besluitvormingsstuk",
        DocumentKind.Motie => "motie",
        DocumentKind.Amendement => "amendement",
        _ => null,
    };

    private static async Task<IReadOnlyList<Ods.Informatieobject>> DocumentsAsync(HttpContext http, PleinDb db, IReadOnlyList<CouncilDocument> documents, CancellationToken ct)
    {
        var l = For(http);
        var ids = documents.Select(d => d.Id).ToList();
        var signers = await db.Set<DocumentSigner>().AsNoTracking().Where(s => ids.Contains(s.DocumentId)).ToListAsync(ct);
        var links = http.RequestServices.GetRequiredService<AccountLinks>();
        return [.. documents.Select(d => new Ods.Informatieobject(l.Url("informatieobjecten", d.Id), d.Id.ToString(), d.Title, OdsType(d.Kind),
            d.Kind == DocumentKind.Motie && d.MotionType is { } t ? Lower(t) : null, d.SubmittedOn,
            d.FileId is null ? null : links.To($"/{l.Organisation.Slug}/raad/documenten/{d.Id}"), d.FileId is null ? d.Text : null,
            [l.Ref("agendapunten", d.AgendaItemId)], [.. signers.Where(s => s.DocumentId == d.Id).Select(s => l.Url("natuurlijkpersonen", s.PersonId))],
            l.Gemeente, l.Provincie, d.Status is { } s ? Lower(s) : null))];
    }
}
