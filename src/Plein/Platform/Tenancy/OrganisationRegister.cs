using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Plein.Data;

namespace Plein.Platform.Tenancy;

/// <summary>Seeds the national register from the reference data shipped in Platform/ReferenceData. Idempotent.</summary>
internal sealed class OrganisationRegister(PleinDb db, TimeProvider clock)
{
    public const string ProgrammeOfficeSlug = "programma";

    /// <summary>The programme office: owner of national things that need an organisation (audit entries, files, surveys).</summary>
    public static Task<Guid> ProgrammeOfficeIdAsync(PleinDb db, CancellationToken ct) =>
        db.Organisations.Where(o => o.Slug == ProgrammeOfficeSlug).Select(o => o.Id).FirstAsync(ct);

    internal sealed record Row(OrganisationKind Kind, string Name, string? Code, string? Province);

    public static IReadOnlyList<Row> ReferenceRows()
    {
        var rows = new List<Row>
        {
            new(OrganisationKind.Programmabureau, "Programmabureau Democratie in Actie", null, null),
        };
        rows.AddRange(Read("provincies.csv", r => new Row(OrganisationKind.Provincie, r["naam"], r["code"], r["naam"])));
        rows.AddRange(Read("gemeenten.csv", r => new Row(OrganisationKind.Gemeente, r["weergavenaam"], r["code"], r["provincie"])));
        rows.AddRange(Read("waterschappen.csv", r => new Row(OrganisationKind.Waterschap, r["naam"], null, null)));
        rows.AddRange(Read("openbare-lichamen.csv", r => new Row(OrganisationKind.OpenbaarLichaam, r["naam"], null, null)));
        return rows;
    }

    private static List<Row> Read(string file, Func<IDictionary<string, string>, Row> map)
    {
        using var stream = typeof(OrganisationRegister).Assembly.GetManifestResourceStream($"Plein.Platform.ReferenceData.{file}")
            ?? throw new InvalidOperationException($"Reference data {file} is missing.");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        var result = new List<Row>();
        // Field by field rather than dynamic records: the dynamic binder costs a noticeable part of a fresh start.
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        while (csv.Read()) result.Add(map(header.ToDictionary(h => h, h => csv.GetField(h) ?? "")));
        return result;
    }

    /// <summary>Fills an empty register from the reference data. Once filled, the register is the programme office's
    /// to change (rename, merge, end), so later starts leave it alone. Returns how many organisations were added.</summary>
    public async Task<int> SeedAsync(IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        if (await db.Organisations.AnyAsync(ct)) return 0;
        var rows = ReferenceRows();
        var slugs = new HashSet<string>();
        var now = clock.GetUtcNow();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var slug = row.Kind == OrganisationKind.Programmabureau ? ProgrammeOfficeSlug : Slugs.For(row.Kind, row.Name);
            if (!slugs.Add(slug)) slugs.Add(slug = $"{slug}-{i}");
            var organisation = Organisation.Create(row.Kind, row.Name, slug, row.Code, row.Province, now);
            db.Organisations.Add(organisation);
            db.OrganisationEvents.Add(OrganisationEvent.Added(organisation, now, null));
            progress?.Report((i + 1, rows.Count));
        }
        await db.SaveChangesAsync(ct);
        return rows.Count;
    }
}
