using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Council.Documents;
using Plein.Council.Meetings;
using Plein.Council.People;
using Plein.Platform.Tenancy;

namespace Plein.Council.Voting;

/// <summary>
/// How a vote is taken: digitally by each member from their own account, by roll call that the griffier records, or
/// on paper (votes on persons, which the law keeps off the screen), of which the griffier records the result.
/// </summary>
internal enum VoteMethod { Digitaal, Hoofdelijk, Schriftelijk }

/// <summary>The ODS StemKeuze. Afwezig is never cast; it is what a member who was not there shows as.</summary>
internal enum VoteChoice { Voor, Tegen, Onthouden, Afwezig }

/// <summary>The ODS StemmingResultaat: more voor than tegen, more tegen, or equal (the proposal is then not adopted).</summary>
internal enum VoteOutcome { Voor, Tegen, Gelijk }

/// <summary>A vote (ODS Stemming) on an agenda item, or on one motion, amendment or proposal in it.</summary>
internal sealed class CouncilVote : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid MeetingId { get; set; }
    public Guid AgendaItemId { get; set; }
    public Guid? DocumentId { get; set; }
    public string Subject { get; set; } = "";
    public VoteMethod Method { get; set; }
    public bool OnPersons { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public VoteOutcome? Outcome { get; set; }
    /// <summary>For a paper vote on persons: the result as the griffier reads it out, such as "benoemd: J. de Vries".</summary>
    public string? PaperResult { get; set; }
    public int ConcurrencyStamp { get; set; }

    public bool IsOpen => ClosedAt is null;
}

/// <summary>One member's vote (ODS Stem). At most one per member per vote, enforced by a unique index.</summary>
internal sealed class CastVote : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid VoteId { get; set; }
    public Guid PersonId { get; set; }
    public VoteChoice Choice { get; set; }
    public DateTimeOffset CastAt { get; set; }
    /// <summary>The account that recorded it: the member themself, or the griffier at a roll call.</summary>
    public Guid RecordedBy { get; set; }
}

/// <summary>For a paper vote on persons: the number of votes each candidate received (ODS StemmingOverPersonen).</summary>
internal sealed class PaperCount : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid VoteId { get; set; }
    public string Candidate { get; set; } = "";
    public int Votes { get; set; }
}

/// <summary>A member present at a meeting (ODS AanwezigeDeelnemer), registered by themself or by the griffier.</summary>
internal sealed class Attendance : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid MeetingId { get; set; }
    public Guid PersonId { get; set; }
    public DateTimeOffset Since { get; set; }
    public DateTimeOffset? Until { get; set; }
}

internal sealed class CouncilVoteConfiguration :
    IEntityTypeConfiguration<CouncilVote>, IEntityTypeConfiguration<CastVote>, IEntityTypeConfiguration<PaperCount>, IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<CouncilVote> b)
    {
        b.ToTable("CouncilVotes");
        b.Property(x => x.Method).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Subject).HasMaxLength(200);
        b.Property(x => x.PaperResult).HasMaxLength(200);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasOne<Meeting>().WithMany().HasForeignKey(x => x.MeetingId);
        b.HasOne<AgendaItem>().WithMany().HasForeignKey(x => x.AgendaItemId);
        b.HasOne<CouncilDocument>().WithMany().HasForeignKey(x => x.DocumentId);
    }

    public void Configure(EntityTypeBuilder<CastVote> b)
    {
        b.ToTable("CouncilCastVotes");
        b.Property(x => x.Choice).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(x => new { x.VoteId, x.PersonId }).IsUnique();
        b.HasOne<CouncilVote>().WithMany().HasForeignKey(x => x.VoteId);
        b.HasOne<CouncilPerson>().WithMany().HasForeignKey(x => x.PersonId);
    }

    public void Configure(EntityTypeBuilder<PaperCount> b)
    {
        b.ToTable("CouncilPaperCounts");
        b.Property(x => x.Candidate).HasMaxLength(100);
        b.HasOne<CouncilVote>().WithMany().HasForeignKey(x => x.VoteId);
    }

    public void Configure(EntityTypeBuilder<Attendance> b)
    {
        b.ToTable("CouncilAttendances");
        b.HasIndex(x => new { x.MeetingId, x.PersonId }).IsUnique();
        b.HasOne<Meeting>().WithMany().HasForeignKey(x => x.MeetingId);
        b.HasOne<CouncilPerson>().WithMany().HasForeignKey(x => x.PersonId);
    }
}
