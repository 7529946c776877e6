using Microsoft.EntityFrameworkCore;
using Plein.AreaSupport.Requests;
using Plein.Data;
using Plein.Platform.Accounts;

namespace Plein.AreaSupport;

/// <summary>
/// The support requests a person sent for their organisation are in the export. They are the organisation's
/// requests, so they stay when the account goes. Village initiative contacts are not accounts: their municipality
/// keeps and corrects them on the initiative's page.
/// </summary>
internal sealed class AreaPersonalData(PleinDb db) : IPersonalDataSource
{
    public string Section => "gebiedsondersteuning";

    public async Task<object> ExportAsync(Guid userId, CancellationToken ct) =>
        await db.National<AreaSupportRequest>().AsNoTracking().Where(r => r.RequestedBy == userId)
            .Select(r => new { r.Subject, r.Question, r.WantedBy, State = r.State.ToString(), r.CreatedAt }).ToListAsync(ct);

    public Task EraseAsync(Guid userId, CancellationToken ct) => Task.CompletedTask;
}
