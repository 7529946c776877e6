using Microsoft.EntityFrameworkCore;
using Plein.Council.Documents;
using Plein.Council.People;
using Plein.Council.Voting;
using Plein.Data;

namespace Plein.Council.Meetings;

internal sealed record Signer(Guid PersonId, string Name, bool IsFirst);

internal sealed record DocumentEntry(CouncilDocument Document, IReadOnlyList<Signer> Signers, string? Amends);

internal sealed record AgendaEntry(AgendaItem Item, IReadOnlyList<AgendaEntry> SubItems, IReadOnlyList<DocumentEntry> Documents, IReadOnlyList<CouncilVote> Votes)
{
    public IEnumerable<AgendaEntry> WithSubItems() => SubItems.Prepend(this);
}

internal sealed record MeetingView(Meeting Meeting, CouncilBody Body, IReadOnlyList<AgendaEntry> Agenda)
{
    public IEnumerable<AgendaEntry> AllItems => Agenda.SelectMany(a => a.WithSubItems());
}

/// <summary>A meeting with its agenda tree, the documents and indieners per item, and the votes taken on each.</summary>
internal sealed class MeetingAgendas(PleinDb db)
{
    public async Task<MeetingView?> LoadAsync(Guid meetingId, CancellationToken ct)
    {
        if (await db.Set<Meeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, ct) is not { } meeting) return null;
        var body = await db.Set<CouncilBody>().AsNoTracking().SingleAsync(b => b.Id == meeting.BodyId, ct);
        var items = await db.Set<AgendaItem>().AsNoTracking().Where(i => i.MeetingId == meetingId).OrderBy(i => i.Order).ToListAsync(ct);
        var itemIds = items.Select(i => i.Id).ToList();
        var documents = await db.Set<CouncilDocument>().AsNoTracking().Where(d => itemIds.Contains(d.AgendaItemId)).OrderBy(d => d.CreatedAt).ToListAsync(ct);
        var documentIds = documents.Select(d => d.Id).ToList();
        var signers = await (from s in db.Set<DocumentSigner>().AsNoTracking()
                             join p in db.Set<CouncilPerson>().AsNoTracking() on s.PersonId equals p.Id
                             where documentIds.Contains(s.DocumentId)
                             select new { s.DocumentId, s.PersonId, p.Name, s.IsFirst }).ToListAsync(ct);
        var amended = documents.Where(d => d.AmendsId is not null).Select(d => d.AmendsId!.Value).ToList();
        var amendedTitles = await db.Set<CouncilDocument>().AsNoTracking().Where(d => amended.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Title, ct);
        var votes = await db.Set<CouncilVote>().AsNoTracking().Where(v => v.MeetingId == meetingId).OrderBy(v => v.OpenedAt).ToListAsync(ct);

        AgendaEntry Entry(AgendaItem item) => new(item,
            [.. items.Where(i => i.ParentId == item.Id).Select(Entry)],
            [.. documents.Where(d => d.AgendaItemId == item.Id).Select(d => new DocumentEntry(d,
                [.. signers.Where(s => s.DocumentId == d.Id).OrderByDescending(s => s.IsFirst).ThenBy(s => s.Name).Select(s => new Signer(s.PersonId, s.Name, s.IsFirst))],
                d.AmendsId is { } a ? amendedTitles.GetValueOrDefault(a) : null))],
            [.. votes.Where(v => v.AgendaItemId == item.Id)]);
        return new(meeting, body, [.. items.Where(i => i.ParentId is null).Select(Entry)]);
    }

    public static string Describe(MeetingType type) => type switch
    {
        MeetingType.Raadsvergadering => "Raadsvergadering",
        MeetingType.Commissievergadering => "Commissievergadering",
        MeetingType.Presidium => "Presidium",
        MeetingType.Statenvergadering => "Statenvergadering",
        _ => "Algemene bestuursvergadering",
    };

    public static string Describe(MeetingStatus status) => status switch
    {
        MeetingStatus.Gepland => "gepland",
        MeetingStatus.Gehouden => "gehouden",
        _ => "geannuleerd",
    };
}
