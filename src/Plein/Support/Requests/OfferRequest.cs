using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Platform.Tenancy;

namespace Plein.Support.Requests;

internal enum RequestState { Ingediend, Intake, Gepland, Afgerond, Afgewezen }

/// <summary>
/// An organisation asks the programme for an offer item for its own people, such as the driehoek workshop for its
/// burgemeester, gemeentesecretaris and griffier: intake, then dates planned for that organisation only.
/// </summary>
internal sealed class OfferRequest : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid OfferItemId { get; set; }
    public Guid RequestedBy { get; set; }
    public string Participants { get; set; } = "";
    public string Wishes { get; set; } = "";
    public string PreferredPeriod { get; set; } = "";
    public RequestState State { get; set; }
    /// <summary>The programme's latest message to the organisation.</summary>
    public string? Message { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public static readonly Offer.OfferKind[] Requestable = [Offer.OfferKind.Workshop, Offer.OfferKind.Training, Offer.OfferKind.Leerkring, Offer.OfferKind.Advies];
}

internal sealed class OfferRequestConfiguration : IEntityTypeConfiguration<OfferRequest>
{
    public void Configure(EntityTypeBuilder<OfferRequest> b)
    {
        b.ToTable("OfferRequests");
        b.HasOne<Offer.OfferItem>().WithMany().HasForeignKey(r => r.OfferItemId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId);
        b.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Participants).HasMaxLength(500);
        b.Property(r => r.Wishes).HasMaxLength(4000);
        b.Property(r => r.PreferredPeriod).HasMaxLength(200);
        b.Property(r => r.Message).HasMaxLength(4000);
        b.Property(r => r.UpdatedAt).IsConcurrencyToken();
    }
}
