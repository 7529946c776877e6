using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Data;
using Plein.Platform.Tenancy;

namespace Plein.AreaSupport.Villages;

internal enum InitiativeStatus { Idee, Actief, Gepauzeerd, Afgerond }

/// <summary>
/// A village initiative (dorpsinitiatief) in a municipality of the area, with its contact, needs and how far it is
/// in the active-villages approach. Owned by the municipality; seen by the whole area.
/// </summary>
internal sealed class VillageInitiative : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid AreaId { get; set; }
    public string Name { get; set; } = "";
    public string Village { get; set; } = "";
    public string ContactName { get; set; } = "";
    public string ContactEmail { get; set; } = "";
    public string? ContactPhone { get; set; }
    public InitiativeStatus Status { get; set; }
    public string Needs { get; set; } = "";
    public List<string> StepsDone { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public static string Describe(InitiativeStatus status) => status switch
    {
        InitiativeStatus.Idee => "idee",
        InitiativeStatus.Actief => "actief",
        InitiativeStatus.Gepauzeerd => "gepauzeerd",
        _ => "afgerond",
    };
}

/// <summary>
/// The steps of the active-villages approach as Plein names them (our reading of Groninger Dorpen's handbook for
/// village initiatives): from getting to know the village to looking back together.
/// </summary>
internal static class ActiveVillageSteps
{
    public static readonly (string Key, string Name)[] All =
    [
        ("kennismaken", "Kennismaken: wie zijn de trekkers en wat speelt er in het dorp?"),
        ("dorpsgesprek", "Dorpsgesprek: inwoners zeggen wat zij belangrijk vinden"),
        ("dorpsvisie", "Dorpsvisie of dorpsagenda opgeschreven"),
        ("afspraken", "Afspraken met gemeente en provincie over rol, geld en ondersteuning"),
        ("uitvoeren", "Uitvoeren: de eerste projecten lopen"),
        ("terugkijken", "Terugkijken en vieren: wat is bereikt, wat is het vervolg?"),
    ];

    public static string Name(string key) => All.FirstOrDefault(s => s.Key == key).Name ?? key;
}

internal sealed class VillageInitiativeConfiguration : IEntityTypeConfiguration<VillageInitiative>
{
    public void Configure(EntityTypeBuilder<VillageInitiative> b)
    {
        b.ToTable("VillageInitiatives");
        b.Property(v => v.Name).HasMaxLength(200);
        b.Property(v => v.Village).HasMaxLength(100);
        b.Property(v => v.ContactName).HasMaxLength(200);
        b.Property(v => v.ContactEmail).HasMaxLength(254);
        b.Property(v => v.ContactPhone).HasMaxLength(30);
        b.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(v => v.Needs).HasMaxLength(4000);
        b.Property(v => v.StepsDone).AsJson().HasMaxLength(400);
        b.Property(v => v.UpdatedAt).IsConcurrencyToken();
        b.HasIndex(v => new { v.AreaId, v.Village });
        b.HasOne<Area>().WithMany().HasForeignKey(v => v.AreaId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(v => v.OrganisationId);
    }
}
