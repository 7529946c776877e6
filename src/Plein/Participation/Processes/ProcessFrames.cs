using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Participation.Contracts;
using Plein.Platform.Content;
using Plein.Platform.Surveys;
using Plein.Platform.Verification.Census;

namespace Plein.Participation.Processes;

/// <summary>What a process page shows around its proposals, the same for every visitor: its text, surveys, the sections other modules add, and the wijken to filter on.</summary>
internal sealed record ProcessFrame(
    Process Process, string BodyHtml, string OutcomeHtml, IReadOnlyList<Survey> Surveys, IReadOnlyList<IProcessLinks.Link> Sections,
    IReadOnlyList<(Guid Id, string Name)> Areas);

/// <summary>
/// Every page of proposals needs the frame, and staff change it a few times during a process: this node keeps it until
/// one of the rows it was read from is saved, or ten seconds (ADR 0040). Unpublished processes too: the page decides who sees them.
/// </summary>
internal sealed class ProcessFrames(PleinDb db, NodeCache cache, IEnumerable<IProcessLinks> sections)
{
    private readonly IProcessLinks[] sections = [.. sections];
    private readonly Type[] readsFrom = [typeof(Process), typeof(Survey), typeof(CensusArea), .. sections.SelectMany(s => s.ReadsFrom)];

    public Task<ProcessFrame?> FindAsync(Guid id, CancellationToken ct) =>
        cache.GetAsync(("process-frame", db.CurrentOrganisationId, id), readsFrom, () => LoadAsync(id, ct));

    private async Task<ProcessFrame?> LoadAsync(Guid id, CancellationToken ct)
    {
        var process = await db.Set<Process>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (process is null) return null;
        var surveys = await db.Set<Survey>().AsNoTracking().Where(s => s.ParentId == id && s.Published).OrderBy(s => s.CreatedAt).ToListAsync(ct);
        var links = new List<IProcessLinks.Link>();
        foreach (var section in sections) links.AddRange(await section.LinksAsync(id, ct));
        return new ProcessFrame(process, SafeMarkdown.ToHtml(process.Body), process.Outcome is null ? "" : SafeMarkdown.ToHtml(process.Outcome),
            surveys, links, await Proposals.ProposalAreas.ReadAsync(db, ct));
    }
}
