using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Learning.Courses;
using Plein.Learning.Studying;
using Plein.Platform.Accounts;
using Plein.Platform.Documents;

namespace Plein.Learning.Certificates;

/// <summary>A completed course's certificate: the PDF for the learner, and the facts a public page confirms for a code.</summary>
internal static class Certificate
{
    internal sealed record Facts(string Name, string Course, int Version, DateTimeOffset CompletedAt, string Code);

    public static Task<Facts?> FindAsync(PleinDb db, string code, CancellationToken ct) =>
        (from e in db.Set<Enrolment>()
         join v in db.Set<CourseVersion>() on e.VersionId equals v.Id
         join u in db.Users on e.UserId equals u.Id
         where e.CertificateCode == code && e.CompletedAt != null && u.DeletedAt == null
         select new Facts(u.DisplayName, v.Title, v.Number, e.CompletedAt!.Value, e.CertificateCode!)).AsNoTracking().FirstOrDefaultAsync(ct);

    public static ReportDocument Document(Facts facts, string verifyUrl)
    {
        var dutch = CultureInfo.GetCultureInfo("nl-NL");
        var date = Platform.Audit.AuditText.Local(facts.CompletedAt).ToString("d MMMM yyyy", dutch);
        return new ReportDocument("Certificaat", "Democratie in Actie · digitale training",
        [
            new Paragraph("Hierbij verklaren wij dat"),
            new Heading(1, facts.Name),
            new Paragraph($"de digitale training \"{facts.Course}\" (versie {facts.Version}) heeft afgerond op {date}."),
            new Notice($"Controlecode: {facts.Code}"),
            new Paragraph($"Wilt u weten of dit certificaat echt is? Vul de controlecode in op {verifyUrl}."),
            new Paragraph("Democratie in Actie is het programma van het ministerie van BZK, de VNG en de beroepsverenigingen om de lokale democratie te versterken."),
        ]);
    }

    public static void MapCertificates(this WebApplication app) =>
        app.MapGet("/leren/{slug}/certificaat", async (PleinDb db, CurrentUser me, AccountLinks links, string slug, CancellationToken ct) =>
        {
            if (me.Id is not { } userId) return Results.Challenge();
            var code = await (from e in db.Set<Enrolment>()
                              join c in db.Set<Course>() on e.CourseId equals c.Id
                              where c.Slug == slug && e.UserId == userId && e.CertificateCode != null
                              select e.CertificateCode).FirstOrDefaultAsync(ct);
            if (code is null || await FindAsync(db, code, ct) is not { } facts) return Results.NotFound();
            using var pdf = new MemoryStream();
            PdfWriter.Write(Document(facts, links.To("/certificaat")), pdf);
            return Results.File(pdf.ToArray(), "application/pdf", $"certificaat-{slug}.pdf");
        }).ExcludeFromDescription();
}
