using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Council.People;
using Plein.Platform.Tenancy;

namespace Plein.Council.Meetings;

/// <summary>The ODS VergaderingsType; the last two are for provincies and waterschappen.</summary>
internal enum MeetingType { Raadsvergadering, Commissievergadering, Presidium, Statenvergadering, AlgemeneBestuursvergadering }

internal enum MeetingStatus { Gepland, Gehouden, Geannuleerd }

internal sealed class Meeting : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid BodyId { get; set; }
    public MeetingType Type { get; set; }
    public string Name { get; set; } = "";
    public DateTimeOffset PlannedStart { get; set; }
    public DateTimeOffset PlannedEnd { get; set; }
    public string Location { get; set; } = "";
    /// <summary>Held online under the Tijdelijke wet digitale beraadslaging: members take part and vote from their own account.</summary>
    public bool IsDigital { get; set; }
    public string? LivestreamUrl { get; set; }
    /// <summary>Besloten: not public, so never digital (the law allows only public digital meetings).</summary>
    public bool IsClosed { get; set; }
    public string Explanation { get; set; } = "";
    public MeetingStatus Status { get; set; }
    /// <summary>When the chair opened it with quorum (aanvang), and closed it (einde).</summary>
    public DateTimeOffset? OpenedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public DateOnly Day => DateOnly.FromDateTime(Platform.Audit.AuditText.Local(PlannedStart).DateTime);
    public bool InSession => OpenedAt is not null && EndedAt is null;
}

/// <summary>A numbered agenda item; sub-items (3a, 3b) point to their main item. Its decision is the ODS Besluit.</summary>
internal sealed class AgendaItem : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid MeetingId { get; set; }
    public Guid? ParentId { get; set; }
    public int Order { get; set; }
    /// <summary>How the agenda shows its place, for example "3" or "3a" (ODS agendapuntKenmerk).</summary>
    public string Label { get; set; } = "";
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public bool IsClosed { get; set; }
    public bool IsHamerstuk { get; set; }
    /// <summary>A participation process whose input belongs with this item ("wat inwoners zeiden").</summary>
    public Guid? ProcessId { get; set; }
    /// <summary>The decision as the besluitenlijst records it, for example "Aangenomen met 17 stemmen voor en 12 tegen".</summary>
    public string? Decision { get; set; }
    public string? DecisionNote { get; set; }
    /// <summary>A promise a wethouder made during the debate (toezegging).</summary>
    public string? Commitment { get; set; }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>, IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.ToTable("CouncilMeetings");
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Location).HasMaxLength(100);
        b.Property(x => x.LivestreamUrl).HasMaxLength(500);
        b.Property(x => x.Explanation).HasMaxLength(4000);
        b.Property(x => x.UpdatedAt).IsConcurrencyToken();
        b.HasIndex(x => x.PlannedStart);
        b.HasOne<CouncilBody>().WithMany().HasForeignKey(x => x.BodyId);
    }

    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.ToTable("CouncilAgendaItems");
        b.Property(x => x.Label).HasMaxLength(20);
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.Decision).HasMaxLength(200);
        b.Property(x => x.DecisionNote).HasMaxLength(200);
        b.Property(x => x.Commitment).HasMaxLength(500);
        b.HasOne<Meeting>().WithMany().HasForeignKey(x => x.MeetingId);
        b.HasOne<AgendaItem>().WithMany().HasForeignKey(x => x.ParentId);
    }
}
