using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Council.Meetings;
using Plein.Council.People;
using Plein.Platform.Files;
using Plein.Platform.Tenancy;

namespace Plein.Council.Documents;

internal enum DocumentKind { Raadsvoorstel, Besluit, Motie, Amendement, Bijlage }

/// <summary>The ODS MotieType.</summary>
internal enum MotionType { Voorstel, Afkeuring, Treurnis, Wantrouwen, Vreemd, Overig }

internal enum MotionStatus { Ingediend, Aangenomen, Verworpen, Ingetrokken, Aangehouden }

/// <summary>
/// A document with an agenda item (ODS Informatieobject): a proposal, decision or attachment as an uploaded PDF whose
/// text is extracted for search, or a motion or amendment whose text is written here, with its indieners.
/// </summary>
internal sealed class CouncilDocument : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid AgendaItemId { get; set; }
    public DocumentKind Kind { get; set; }
    public string Title { get; set; } = "";
    /// <summary>The motion's or amendment's own text, or the text extracted from the PDF (for search).</summary>
    public string Text { get; set; } = "";
    public Guid? FileId { get; set; }
    public MotionType? MotionType { get; set; }
    public MotionStatus? Status { get; set; }
    /// <summary>An amendment changes this proposal.</summary>
    public Guid? AmendsId { get; set; }
    public DateOnly SubmittedOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public bool IsMotionOrAmendment => Kind is DocumentKind.Motie or DocumentKind.Amendement;
}

/// <summary>An indiener of a motion or amendment; the first signs it, the others co-sign (ODS Indiener).</summary>
internal sealed class DocumentSigner : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid DocumentId { get; set; }
    public Guid PersonId { get; set; }
    public bool IsFirst { get; set; }
}

internal sealed class CouncilDocumentConfiguration : IEntityTypeConfiguration<CouncilDocument>, IEntityTypeConfiguration<DocumentSigner>
{
    public void Configure(EntityTypeBuilder<CouncilDocument> b)
    {
        b.ToTable("CouncilDocuments");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.MotionType).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Title).HasMaxLength(200);
        b.HasOne<AgendaItem>().WithMany().HasForeignKey(x => x.AgendaItemId);
        b.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.FileId);
        b.HasOne<CouncilDocument>().WithMany().HasForeignKey(x => x.AmendsId);
    }

    public void Configure(EntityTypeBuilder<DocumentSigner> b)
    {
        b.ToTable("CouncilDocumentSigners");
        b.HasIndex(x => new { x.DocumentId, x.PersonId }).IsUnique();
        b.HasOne<CouncilDocument>().WithMany().HasForeignKey(x => x.DocumentId);
        b.HasOne<CouncilPerson>().WithMany().HasForeignKey(x => x.PersonId);
    }
}
