using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Platform.Tenancy;
using Plein.Platform.Verification;
using Plein.Platform.Verification.Census;

namespace Plein.Budgeting;

/// <summary>Knapsack: projects whose costs fit the budget. Approval: up to k projects, whatever they cost.</summary>
internal enum BallotRule { Knapsack, Approval }

/// <summary>A project staff add is on the ballot; one a resident submits waits for the feasibility review first.</summary>
internal enum ProjectStatus { Haalbaar, Ingediend, NietHaalbaar }

/// <summary>
/// Money residents decide on, inside a participation process: voting is open during one of its phases. The rules
/// are locked once the first ballot is in or the voting phase has started.
/// </summary>
internal sealed class Budget : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid ProcessId { get; set; }
    public Guid VotingPhaseId { get; set; }
    /// <summary>
    /// The wijk (a census area) this budget is for; null: the whole organisation. Budgets in the same process and voting
    /// phase form a round: a voter votes on the budget of their own wijk and on the city-wide one.
    /// </summary>
    public Guid? AreaId { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public decimal Total { get; set; }
    public BallotRule Rule { get; set; }
    /// <summary>Knapsack: the ballot must spend at least this share of the budget (0-100).</summary>
    public int MinimumSpendPercent { get; set; }
    /// <summary>Approval: at most this many projects.</summary>
    public int? MaxChoices { get; set; }
    /// <summary>Who may vote: an account at this level, or (Stemcode) anyone with a voting code, without an account.</summary>
    public VerificationLevel Eligibility { get; set; } = VerificationLevel.BevestigdEmail;
    /// <summary>Voters declare they are at least this old (no check is possible online).</summary>
    public int? MinimumAge { get; set; }
    /// <summary>A voter may change the ballot until voting closes.</summary>
    public bool ChangeUntilClosing { get; set; }
    /// <summary>The phase in which residents submit projects; null: only staff add projects.</summary>
    public Guid? SubmissionPhaseId { get; set; }
    /// <summary>Published results ("uitslag"), visible on the process page.</summary>
    public DateTimeOffset? ResultsPublishedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A project residents can choose, with its cost.</summary>
internal sealed class BudgetProject : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid BudgetId { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public decimal Cost { get; set; }
    public string Theme { get; set; } = "";
    public string Location { get; set; } = "";
    public ProjectStatus Status { get; set; }
    /// <summary>The resident who submitted it; null for a project staff added.</summary>
    public Guid? SubmittedBy { get; set; }
    /// <summary>Why it is (not) feasible, from the review by ambtenaren; shown to everyone.</summary>
    public string? Review { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public static string Describe(ProjectStatus status) => status switch
    {
        ProjectStatus.Haalbaar => "haalbaar, op het stembiljet",
        ProjectStatus.Ingediend => "ingediend, wordt beoordeeld",
        _ => "niet haalbaar, niet op het stembiljet",
    };
}

internal sealed class BudgetConfiguration : IEntityTypeConfiguration<Budget>, IEntityTypeConfiguration<BudgetProject>
{
    public void Configure(EntityTypeBuilder<Budget> b)
    {
        b.ToTable("Budgets");
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.Total).HasPrecision(14, 2);
        b.Property(x => x.Rule).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Eligibility).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.UpdatedAt).IsConcurrencyToken();
        b.HasIndex(x => x.ProcessId);
        b.HasIndex(x => x.VotingPhaseId);
        // An area stays while a budget is for it: its address list decides who votes there.
        b.HasOne<CensusArea>().WithMany().HasForeignKey(x => x.AreaId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<BudgetProject> b)
    {
        b.ToTable("BudgetProjects");
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.Cost).HasPrecision(14, 2);
        b.Property(x => x.Theme).HasMaxLength(100);
        b.Property(x => x.Location).HasMaxLength(200);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Review).HasMaxLength(1000);
        b.HasIndex(x => x.BudgetId);
        b.HasOne<Budget>().WithMany().HasForeignKey(x => x.BudgetId);
    }
}
