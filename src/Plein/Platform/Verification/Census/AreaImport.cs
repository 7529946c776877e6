using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Audit;
using Plein.Platform.Files;
using Plein.Platform.Jobs;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Verification.Census;

/// <summary>
/// Loads a large address list in the background, in batches, with progress on the job's status page. The list was
/// checked whole before the job was made; if loading fails anyway, the half-loaded area is removed again.
/// </summary>
internal sealed class AreaImport(PleinDb db, ITenantContext tenant, AuditLog audit, TimeProvider clock) : IJobHandler
{
    public const string JobKind = "gebied-laden";
    private const int Batch = 2_000;

    internal sealed record Request(Guid FileId, string Name);

    public string Kind => JobKind;

    /// <summary>Stores the checked addresses and queues the job; the caller saves.</summary>
    public static BackgroundJob Queue(PleinDb db, string name, IReadOnlyCollection<(string Postcode, int Number)> addresses, Guid? by, DateTimeOffset now)
    {
        var lines = new StringBuilder(addresses.Count * 12);
        foreach (var (postcode, number) in addresses) lines.Append(postcode).Append(';').Append(number.ToString(CultureInfo.InvariantCulture)).Append('\n');
        var bytes = Encoding.UTF8.GetBytes(lines.ToString());
        var file = new StoredFile { Id = Guid.NewGuid(), FileName = "gebied.csv", ContentType = "text/csv", Length = bytes.Length, Content = bytes, UploadedBy = by, UploadedAt = now };
        db.Files.Add(file);
        var job = new BackgroundJob
        {
            Id = Guid.NewGuid(), Kind = JobKind, Title = $"Adressenlijst laden: {name}", Input = JsonSerializer.Serialize(new Request(file.Id, name)),
            Total = addresses.Count, CreatedBy = by, CreatedAt = now,
        };
        db.Add(job);
        return job;
    }

    public async Task<string> RunAsync(BackgroundJob job, Func<int, int, Task> progress, CancellationToken ct)
    {
        var request = JsonSerializer.Deserialize<Request>(job.Input)!;
        var file = await db.Files.FirstAsync(f => f.Id == request.FileId, ct);
        var addresses = Encoding.UTF8.GetString(file.Content).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(';')).Select(p => (Postcode: p[0], Number: int.Parse(p[1], CultureInfo.InvariantCulture))).ToList();
        var area = new CensusArea { Id = Guid.NewGuid(), Name = request.Name, UploadedAt = clock.GetUtcNow() };
        db.Add(area);
        await db.SaveChangesAsync(ct);
        try
        {
            for (var start = 0; start < addresses.Count; start += Batch)
            {
                db.AddRange(addresses.Skip(start).Take(Batch).Select(a => new CensusAddress { AreaId = area.Id, Postcode = a.Postcode, HouseNumber = a.Number }));
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                await progress(Math.Min(start + Batch, addresses.Count), addresses.Count);
            }
        }
        catch
        {
            db.ChangeTracker.Clear();
            await db.Set<CensusArea>().Where(a => a.Id == area.Id).ExecuteDeleteAsync(CancellationToken.None);
            db.Changed<CensusArea>();
            await db.Files.Where(f => f.Id == file.Id).ExecuteDeleteAsync(CancellationToken.None);
            throw new JobFailed("Het laden is mislukt. Er is niets opgeslagen. Probeer het opnieuw.");
        }
        await db.Set<CensusArea>().Where(a => a.Id == area.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.AddressCount, addresses.Count), ct);
        await db.Files.Where(f => f.Id == file.Id).ExecuteDeleteAsync(ct);
        audit.Record(tenant.RequiredOrganisation().Id, "gebied.geladen", $"{area.Name}: {addresses.Count} adressen");
        await db.SaveChangesAsync(ct);
        return $"Het gebied {area.Name} is geladen: {addresses.Count} adressen.";
    }
}
