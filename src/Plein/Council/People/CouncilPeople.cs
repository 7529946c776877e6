using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Platform.Tenancy;

namespace Plein.Council.People;

/// <summary>A gremium: the raad itself, a commissie or the presidium. Quorum counts against the raad's seats.</summary>
internal sealed class CouncilBody : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public BodyKind Kind { get; set; }
    /// <summary>The ODS gremiumidentificatie, short and stable (for example "RAAD" or "CIE-RU").</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public int Seats { get; set; }
}

internal enum BodyKind { Raad, Commissie, Presidium }

/// <summary>The ODS Functie of a person: what they are in the organisation, apart from their memberships.</summary>
internal enum PersonFunction { Raadslid, Burgemeester, Wethouder, Griffier, Commissielid }

/// <summary>A person in the council's public record (ODS NatuurlijkPersoon); linked to an account to vote digitally.</summary>
internal sealed class CouncilPerson : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public string Name { get; set; } = "";
    public PersonFunction Function { get; set; }
    public string Biography { get; set; } = "";
    /// <summary>For wethouders: their portefeuille.</summary>
    public string? Portfolio { get; set; }
    public Guid? UserId { get; set; }
}

internal sealed class Fraction : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public string Name { get; set; } = "";
}

/// <summary>A period in which a person sat in a fractie; a fractie split or a switch ends one and starts another.</summary>
internal sealed class FractionMembership : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid FractionId { get; set; }
    public Guid PersonId { get; set; }
    public DateOnly Starts { get; set; }
    public DateOnly? Ends { get; set; }
    public bool IsChair { get; set; }

    public bool ActiveOn(DateOnly day) => Starts <= day && (Ends is null || Ends >= day);
}

/// <summary>A seat in a body over time. The chair of the raad (the burgemeester) presides but has no vote.</summary>
internal sealed class BodyMembership : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid BodyId { get; set; }
    public Guid PersonId { get; set; }
    public DateOnly Starts { get; set; }
    public DateOnly? Ends { get; set; }
    public bool IsChair { get; set; }

    public bool VotesOn(DateOnly day) => !IsChair && Starts <= day && (Ends is null || Ends >= day);
}

internal sealed class CouncilPeopleConfiguration :
    IEntityTypeConfiguration<CouncilBody>, IEntityTypeConfiguration<CouncilPerson>, IEntityTypeConfiguration<Fraction>,
    IEntityTypeConfiguration<FractionMembership>, IEntityTypeConfiguration<BodyMembership>
{
    public void Configure(EntityTypeBuilder<CouncilBody> b)
    {
        b.ToTable("CouncilBodies");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Code).HasMaxLength(10);
        b.Property(x => x.Name).HasMaxLength(100);
        b.HasIndex(x => new { x.OrganisationId, x.Code }).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
    }

    public void Configure(EntityTypeBuilder<CouncilPerson> b)
    {
        b.ToTable("CouncilPeople");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Function).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Biography).HasMaxLength(4000);
        b.Property(x => x.Portfolio).HasMaxLength(200);
        b.HasIndex(x => new { x.OrganisationId, x.UserId }).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
    }

    public void Configure(EntityTypeBuilder<Fraction> b)
    {
        b.ToTable("CouncilFractions");
        b.Property(x => x.Name).HasMaxLength(100);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
    }

    public void Configure(EntityTypeBuilder<FractionMembership> b)
    {
        b.ToTable("CouncilFractionMemberships");
        b.HasOne<Fraction>().WithMany().HasForeignKey(x => x.FractionId);
        b.HasOne<CouncilPerson>().WithMany().HasForeignKey(x => x.PersonId);
    }

    public void Configure(EntityTypeBuilder<BodyMembership> b)
    {
        b.ToTable("CouncilBodyMemberships");
        b.HasOne<CouncilBody>().WithMany().HasForeignKey(x => x.BodyId);
        b.HasOne<CouncilPerson>().WithMany().HasForeignKey(x => x.PersonId);
    }
}
