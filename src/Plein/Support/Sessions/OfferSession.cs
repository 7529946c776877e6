using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plein.Support.Sessions;

/// <summary>One date of an offer item: when, where, and how many places. National, like the offer itself.</summary>
internal sealed class OfferSession
{
    public Guid Id { get; set; }
    public Guid OfferItemId { get; set; }
    public DateTimeOffset Starts { get; set; }
    public DateTimeOffset Ends { get; set; }
    /// <summary>An address, or "Online" with the link sent to registered participants.</summary>
    public string Place { get; set; } = "";
    public string? OnlineLink { get; set; }
    public int Capacity { get; set; }
    /// <summary>Set for a date planned on an organisation's request: only its members see it and may register.</summary>
    public Guid? OrganisationId { get; set; }
    public Guid? RequestId { get; set; }
    /// <summary>The evaluation sent to participants afterwards (a survey of the programme office).</summary>
    public Guid? EvaluationSurveyId { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public DateTimeOffset? ReminderSentAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// One person's registration for a session. A seat number (1 to capacity) means registered; no seat and not cancelled
/// means on the waiting list. The unique (session, seat) index keeps a session from ever going over capacity.
/// </summary>
internal sealed class Registration
{
    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    public Guid UserId { get; set; }
    public int? Seat { get; set; }
    /// <summary>The organisation and function the person registers for, as they wrote it ("Raadslid, gemeente Zwolle").</summary>
    public string Affiliation { get; set; } = "";
    public Guid? OrganisationId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public bool Attended { get; set; }

    public bool OnWaitingList => Seat is null && CancelledAt is null;
}

internal sealed class SessionConfiguration : IEntityTypeConfiguration<OfferSession>, IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<OfferSession> b)
    {
        b.ToTable("OfferSessions");
        b.HasOne<Offer.OfferItem>().WithMany().HasForeignKey(s => s.OfferItemId).OnDelete(DeleteBehavior.Cascade);
        b.Property(s => s.Place).HasMaxLength(300);
        b.Property(s => s.OnlineLink).HasMaxLength(500);
        b.HasIndex(s => new { s.OfferItemId, s.Starts });
    }

    public void Configure(EntityTypeBuilder<Registration> b)
    {
        b.ToTable("OfferRegistrations");
        b.HasOne<OfferSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Platform.Accounts.PleinUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        b.Property(r => r.Affiliation).HasMaxLength(200);
        b.HasIndex(r => new { r.SessionId, r.UserId }).IsUnique();
        // NULL seats (waiting list, cancelled) never collide; two registrations can never hold the same seat.
        b.HasIndex(r => new { r.SessionId, r.Seat }).IsUnique();
    }
}
