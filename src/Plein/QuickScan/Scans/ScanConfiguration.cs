using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Data;
using Plein.Platform.Tenancy;
using Plein.QuickScan.Questionnaire;

namespace Plein.QuickScan.Scans;

internal sealed class ScanConfiguration : IEntityTypeConfiguration<Scan>
{
    public void Configure(EntityTypeBuilder<Scan> b)
    {
        b.ToTable("QuickScans");
        b.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Trekker).HasMaxLength(200);
        b.Property(s => s.SteeringGroup).HasMaxLength(1_000);
        b.Property(s => s.ProcessGuide).HasMaxLength(200);
        b.Property(s => s.AgendaNotes).HasMaxLength(20_000);
        b.Property(s => s.TargetGroups).AsJson();
        b.Property(s => s.CustomQuestions).AsJson();
        b.Property(s => s.InviteAddresses).AsJson();
        b.HasIndex(s => new { s.OrganisationId, s.CreatedAt });
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId);
        b.HasOne<QuestionnaireVersion>().WithMany().HasForeignKey(s => s.VersionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.ToTable("QuickScanAgendaItems");
        b.Property(a => a.ThemeKey).HasMaxLength(20);
        b.Property(a => a.Action).HasMaxLength(1_000);
        b.Property(a => a.Owner).HasMaxLength(200);
        b.HasIndex(a => a.ScanId);
        b.HasOne<Scan>().WithMany().HasForeignKey(a => a.ScanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId);
    }
}

internal sealed class QuestionnaireVersionConfiguration : IEntityTypeConfiguration<QuestionnaireVersion>
{
    public void Configure(EntityTypeBuilder<QuestionnaireVersion> b)
    {
        b.ToTable("QuickScanVersions");
        b.Property(v => v.Title).HasMaxLength(200);
        b.Property(v => v.Definition).AsJson();
        b.HasIndex(v => v.Number).IsUnique();
    }
}
