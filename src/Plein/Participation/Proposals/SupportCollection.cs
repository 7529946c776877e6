using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Participation.Contracts;
using Plein.Platform.Tenancy;

namespace Plein.Participation.Proposals;

/// <summary>
/// One published process per organisation, made when first needed, in which only Plein places proposals and residents
/// support and comment with the usual rules (confirmed e-mail, one support per person, blocked users refused).
/// </summary>
internal sealed class SupportCollection(PleinDb db, ITenantContext tenant, TimeProvider clock) : ISupportCollection
{
    public const string Purpose = "uitdaagrecht";

    public async Task<Guid> StartAsync(string title, string body, Guid authorId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var process = await db.Set<Process>().FirstOrDefaultAsync(p => p.CollectsSupportFor == Purpose, ct);
        if (process is null)
        {
            var today = Organisation.Today;
            process = new Process
            {
                Id = Guid.NewGuid(), Title = "Steun voor uitdaagrecht-aanvragen", CollectsSupportFor = Purpose, Published = true, CreatedAt = now,
                Summary = "Inwoners die een taak van de organisatie willen overnemen, laten hier zien hoeveel steun ze hebben.",
                Body = "Met het uitdaagrecht vragen inwoners om een taak over te nemen. Steun de aanvragen die u goed vindt: dat telt mee bij de beoordeling.",
                Area = tenant.RequiredOrganisation().Name, Level = ParticipationLevel.Raadplegen,
                Phases = [new Phase { Id = Guid.NewGuid(), Name = "Steun verzamelen", Starts = today.AddDays(-1), Ends = today.AddYears(10), SupportOpen = true, CommentsOpen = true }],
            };
            db.Add(process);
        }
        var proposal = new Proposal { Id = Guid.NewGuid(), ProcessId = process.Id, AuthorId = authorId, Title = title.Length > 150 ? title[..150] : title, Body = body, CreatedAt = now };
        db.Add(proposal);
        db.Add(new Notifications.Follow { Id = Guid.NewGuid(), ProposalId = proposal.Id, UserId = authorId, CreatedAt = now });
        return proposal.Id;
    }

    public Task StopAsync(Guid proposalId, CancellationToken ct) =>
        db.Set<Proposal>().Where(p => p.Id == proposalId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ProposalStatus.Ingetrokken), ct);

    public async Task<int?> CountAsync(Guid proposalId, CancellationToken ct) =>
        await db.Set<Proposal>().Where(p => p.Id == proposalId).Select(p => (int?)p.SupportCount).FirstOrDefaultAsync(ct);
}
