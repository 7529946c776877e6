using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Verification.Census;

/// <summary>
/// An area (a wijk, a village, the whole municipality) as the list of addresses in it, uploaded by staff from the
/// BAG or the population register. Residents show they live there by giving their postcode and house number.
/// </summary>
internal sealed class CensusArea : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public string Name { get; set; } = "";
    public int AddressCount { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>One address of an area: postcode as "1234AB" and the house number without additions.</summary>
internal sealed class CensusAddress : ITenantOwned
{
    public long Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid AreaId { get; set; }
    public string Postcode { get; set; } = "";
    public int HouseNumber { get; set; }
}

/// <summary>A person said they live at an address of this organisation's lists. Personal data: exported and erased.</summary>
internal sealed class AddressVerification : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid UserId { get; set; }
    public string Postcode { get; set; } = "";
    public int HouseNumber { get; set; }
    public DateTimeOffset VerifiedAt { get; set; }
}

internal static partial class Postcodes
{
    [GeneratedRegex(@"^\s*([1-9][0-9]{3})\s?([A-Za-z]{2})\s*$")]
    private static partial Regex Dutch();

    /// <summary>"1234 ab" becomes "1234AB"; null when it is not a Dutch postcode.</summary>
    public static string? Normalise(string? text)
    {
        var m = Dutch().Match(text ?? "");
        return m.Success ? m.Groups[1].Value + m.Groups[2].Value.ToUpperInvariant() : null;
    }
}

internal sealed class CensusConfiguration : IEntityTypeConfiguration<CensusArea>, IEntityTypeConfiguration<CensusAddress>, IEntityTypeConfiguration<AddressVerification>
{
    public void Configure(EntityTypeBuilder<CensusArea> b)
    {
        b.ToTable("CensusAreas");
        b.Property(a => a.Name).HasMaxLength(100);
        b.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId);
    }

    public void Configure(EntityTypeBuilder<CensusAddress> b)
    {
        b.ToTable("CensusAddresses");
        b.Property(a => a.Postcode).HasMaxLength(6);
        b.HasIndex(a => new { a.AreaId, a.Postcode, a.HouseNumber }).IsUnique();
        b.HasIndex(a => new { a.OrganisationId, a.Postcode, a.HouseNumber });
        b.HasOne<CensusArea>().WithMany().HasForeignKey(a => a.AreaId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<AddressVerification> b)
    {
        b.ToTable("AddressVerifications");
        b.Property(a => a.Postcode).HasMaxLength(6);
        b.HasIndex(a => new { a.OrganisationId, a.UserId }).IsUnique();
        b.HasIndex(a => new { a.OrganisationId, a.Postcode, a.HouseNumber });
        b.HasOne<PleinUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
