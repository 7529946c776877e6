using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Knowledge.Bottlenecks;
using Plein.Knowledge.Discussions;
using Plein.Knowledge.Library;
using Plein.Platform.Accounts;

namespace Plein.Knowledge;

/// <summary>
/// What a person wrote and shared in the communities is in the export. It is a contribution others replied to, so
/// erasing the account keeps it under "verwijderde gebruiker", without the role and organisation it was signed with.
/// </summary>
internal sealed class KnowledgePersonalData(PleinDb db) : IPersonalDataSource
{
    public string Section => "kennis";

    public async Task<object> ExportAsync(Guid userId, CancellationToken ct)
    {
        var discussions = await db.Set<Discussion>().AsNoTracking().Where(d => d.AuthorId == userId).Select(d => new { d.Title, d.Body, d.Affiliation, d.CreatedAt }).ToListAsync(ct);
        var posts = await db.Set<Post>().AsNoTracking().Where(p => p.AuthorId == userId).Select(p => new { p.DiscussionId, p.Body, p.Affiliation, p.CreatedAt, p.DeletedAt }).ToListAsync(ct);
        var documents = await db.Set<LibraryDocument>().AsNoTracking().Where(d => d.AddedBy == userId).Select(d => new { d.Title, d.Description, d.Link, d.AddedAt, d.RemovedAt }).ToListAsync(ct);
        var bottlenecks = await db.Set<Bottleneck>().AsNoTracking().Where(b => b.ReportedBy == userId).Select(b => new { b.Title, b.Description, b.Tags, b.CreatedAt }).ToListAsync(ct);
        var recognised = await db.Set<Recognition>().AsNoTracking().Where(r => r.UserId == userId)
            .Join(db.Set<Bottleneck>(), r => r.BottleneckId, b => b.Id, (r, b) => new { b.Title, r.CreatedAt }).ToListAsync(ct);
        return new { discussions, posts, documents, bottlenecks, recognised };
    }

    public async Task EraseAsync(Guid userId, CancellationToken ct)
    {
        await db.Set<Discussion>().Where(d => d.AuthorId == userId).ExecuteUpdateAsync(s => s.SetProperty(d => d.Affiliation, ""), ct);
        await db.Set<Post>().Where(p => p.AuthorId == userId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Affiliation, ""), ct);
        await db.Set<LibraryDocument>().Where(d => d.AddedBy == userId).ExecuteUpdateAsync(s => s.SetProperty(d => d.Affiliation, ""), ct);
        await db.Set<Bottleneck>().Where(b => b.ReportedBy == userId).ExecuteUpdateAsync(s => s.SetProperty(b => b.Affiliation, ""), ct);
    }
}
