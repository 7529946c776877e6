using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Jobs;

internal enum JobState { Wachtend, Bezig, Klaar, Mislukt }

/// <summary>
/// Long work (imports, generating, reports) that runs in the background while the person watches its progress on a
/// status page. Any node may pick a waiting job; claiming is a conditional update, so each runs once.
/// </summary>
internal sealed class BackgroundJob : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    /// <summary>Which <see cref="IJobHandler"/> runs it.</summary>
    public string Kind { get; set; } = "";
    public string Title { get; set; } = "";
    /// <summary>What the handler needs, as the handler wrote it (an id, a small JSON document).</summary>
    public string Input { get; set; } = "";
    public JobState State { get; set; }
    public int Total { get; set; }
    public int Done { get; set; }
    /// <summary>The outcome in Dutch, for the status page: what was done, or why it failed.</summary>
    public string? Message { get; set; }
    /// <summary>Where the person goes when it is done.</summary>
    public string? ResultPath { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}

internal sealed class BackgroundJobConfiguration : IEntityTypeConfiguration<BackgroundJob>
{
    public void Configure(EntityTypeBuilder<BackgroundJob> b)
    {
        b.ToTable("BackgroundJobs");
        b.Property(j => j.Kind).HasMaxLength(50);
        b.Property(j => j.Title).HasMaxLength(200);
        b.Property(j => j.Input).HasMaxLength(4000);
        b.Property(j => j.Message).HasMaxLength(2000);
        b.Property(j => j.ResultPath).HasMaxLength(300);
        b.Property(j => j.State).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(j => new { j.State, j.CreatedAt });
    }
}

/// <summary>Runs one kind of job inside the job's organisation; reports progress through <paramref name="progress"/>.</summary>
internal interface IJobHandler
{
    string Kind { get; }

    /// <returns>The message for the status page.</returns>
    Task<string> RunAsync(BackgroundJob job, Func<int, int, Task> progress, CancellationToken ct);
}
