using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Platform.Tenancy;

namespace Plein.Budgeting.Ballots;

internal enum BallotChannel { Online, Papier }

/// <summary>
/// One voter's ballot. The voter is a key, never a name: "u:" and the account id, "c:" and the voting code's hash, or
/// "p:" and the paper ballot's number. A unique index on (budget, voter) lets the database refuse a second ballot, and
/// one on (wijk round, voter) a ballot in a second wijk of the same round.
/// </summary>
internal sealed class Ballot : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid BudgetId { get; set; }
    public string VoterKey { get; set; } = "";
    /// <summary>On a wijk's budget: its round (the voting phase). Unique with the voter, so one wijk per voter per round.</summary>
    public Guid? WijkRound { get; set; }
    /// <summary>Shown to the voter once cast, to check it was counted; unique per budget.</summary>
    public string Receipt { get; set; } = "";
    public BallotChannel Channel { get; set; }
    /// <summary>Paper: the official who typed it in, and the second official who confirmed it (only then it counts).</summary>
    public Guid? EnteredBy { get; set; }
    public Guid? ConfirmedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public bool Counts => Channel == BallotChannel.Online || ConfirmedBy is not null;
}

/// <summary>A project chosen on a ballot.</summary>
internal sealed class BallotChoice : ITenantOwned
{
    public Guid BallotId { get; set; }
    public Guid ProjectId { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid BudgetId { get; set; }
}

internal sealed class BallotConfiguration : IEntityTypeConfiguration<Ballot>, IEntityTypeConfiguration<BallotChoice>
{
    public void Configure(EntityTypeBuilder<Ballot> b)
    {
        b.ToTable("Ballots");
        b.Property(x => x.VoterKey).HasMaxLength(80);
        b.Property(x => x.Receipt).HasMaxLength(20);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.UpdatedAt).IsConcurrencyToken();
        b.HasIndex(x => new { x.BudgetId, x.VoterKey }).IsUnique();
        b.HasIndex(x => new { x.BudgetId, x.Receipt }).IsUnique();
        // City-wide ballots leave WijkRound empty, and both databases let empty values repeat in a unique index.
        b.HasIndex(x => new { x.WijkRound, x.VoterKey }).IsUnique();
        b.HasOne<Budget>().WithMany().HasForeignKey(x => x.BudgetId);
    }

    public void Configure(EntityTypeBuilder<BallotChoice> b)
    {
        b.ToTable("BallotChoices");
        b.HasKey(x => new { x.BallotId, x.ProjectId });
        b.HasIndex(x => new { x.BudgetId, x.ProjectId });
        b.HasOne<Ballot>().WithMany().HasForeignKey(x => x.BallotId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<BudgetProject>().WithMany().HasForeignKey(x => x.ProjectId);
    }
}
