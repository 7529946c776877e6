// Quick scan at scale (issue 6): one scan with 100,000 sent-in responses (5 million answers), a second with
// 20,000 responses (just over 1,000,000 answers) to export, and 300 other gemeenten with a finished scan of 2,000 responses
// each. Measures the report page, the national view and the raw export's memory.
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OtpNet;
using Plein.Data;
using Plein.Platform.Tenancy;
using Plein.QuickScan.Questionnaire;
using Plein.QuickScan.Scans;

internal sealed record QuickScanIds(Guid BigScan, Guid ExportScan, Guid ExportSurvey, string ProgrammeEmail, string AuthenticatorKey);

internal static class QuickScanSeed
{
    public static int BigResponses => Scale.Of(100_000);
    public static int ExportResponses => Scale.Of(20_000);
    public static int NationalOrganisations => Math.Max(3, Scale.Of(300));
    public const int NationalResponses = 2_000;
    private const string Key = "BENCHKEYBENCHKEYBENCHKEYBENCHKEY";

    public static async Task<QuickScanIds> RunAsync(string path, string ambtenaarEmail)
    {
        var options = new DbContextOptionsBuilder<SqlitePleinDb>().UseSqlite($"Data Source={path}").Options;
        await using var db = new SqlitePleinDb(options);
        await new NationalQuestionnaire(db, TimeProvider.System).SeedAsync(CancellationToken.None);
        var version = await NationalQuestionnaire.CurrentAsync(db, CancellationToken.None);
        var gemeenten = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Gemeente).OrderBy(o => o.Slug).ToListAsync();
        var zwolle = gemeenten.Single(o => o.Slug == "zwolle");
        var programme = await db.Organisations.AsNoTracking().SingleAsync(o => o.Slug == OrganisationRegister.ProgrammeOfficeSlug);
        var now = DateTimeOffset.UtcNow;

        // The scans and their surveys go in through EF (the survey definition is JSON); responses, answers and tallies in bulk.
        var big = Scan(zwolle, version, now.AddDays(-30));
        var export = Scan(zwolle, version, now.AddYears(-2));
        var national = gemeenten.Where(o => o.Id != zwolle.Id).Take(NationalOrganisations).Select(o => (Org: o, Scan: Scan(o, version, now.AddDays(-100)))).ToList();
        var surveys = new[] { (zwolle, big), (zwolle, export) }.Concat(national.Select(n => (n.Org, n.Scan)))
            .Select(x => { var s = ScanSurvey.Build(x.Item2, version, x.Item1, now); s.OrganisationId = x.Item1.Id; s.Published = true; x.Item2.SurveyId = s.Id; return s; }).ToList();
        db.AddRange(surveys);
        db.Add(big);
        db.Add(export);
        db.AddRange(national.Select(n => n.Scan));
        await db.SaveChangesAsync();

        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
        var random = new Random(6);
        await ResponsesAsync(connection, tx, zwolle, surveys[0], version.Definition, BigResponses, random, now);
        await ResponsesAsync(connection, tx, zwolle, surveys[1], version.Definition, ExportResponses, random, now.AddYears(-2));
        foreach (var survey in surveys.Take(2))
            await Seed.Exec(connection, $"""
                INSERT INTO "SurveyTallies" ("OrganisationId", "SurveyId", "QuestionKey", "Row", "Value", "Count")
                SELECT a."OrganisationId", a."SurveyId", a."QuestionKey", a."Row", CAST(a."Value" AS INTEGER), COUNT(*) FROM "SurveyAnswers" AS a
                WHERE a."SurveyId" = '{Seed.G(survey.Id)}' AND a."QuestionKey" NOT LIKE '%o' GROUP BY a."OrganisationId", a."SurveyId", a."QuestionKey", a."Row", a."Value"
                """);
        // The 300 others: the tallies 2,000 sent-in responses leave behind (the national view reads nothing else).
        foreach (var (n, i) in national.Select((n, i) => (n, i)))
            await NationalTallyAsync(connection, tx, n.Org, surveys[2 + i], version.Definition, random);

        var hash = new Microsoft.AspNetCore.Identity.PasswordHasher<Plein.Platform.Accounts.PleinUser>().HashPassword(null!, Seed.Password);
        var staff = Guid.NewGuid();
        const string email = "programma@voorbeeld.nl";
        await Seed.Bulk(connection, tx, "INSERT INTO \"AspNetUsers\" (\"Id\",\"DisplayName\",\"PreferredLanguage\",\"CreatedAt\",\"UserName\",\"NormalizedUserName\",\"Email\",\"NormalizedEmail\",\"EmailConfirmed\",\"SecurityStamp\",\"ConcurrencyStamp\",\"PhoneNumberConfirmed\",\"TwoFactorEnabled\",\"LockoutEnabled\",\"AccessFailedCount\",\"PasswordHash\") VALUES ($1,'Programma','nl',$2,$3,$4,$3,$4,1,$5,$5,0,1,1,0,$6)",
            1, (_, p) => p(Seed.G(staff), Seed.T(now), email, email.ToUpperInvariant(), Guid.NewGuid().ToString(), hash));
        await Seed.Bulk(connection, tx, "INSERT INTO \"AspNetUserTokens\" (\"UserId\",\"LoginProvider\",\"Name\",\"Value\") VALUES ($1,'[AspNetUserStore]','AuthenticatorKey',$2)",
            1, (_, p) => p(Seed.G(staff), Key));
        await Seed.Bulk(connection, tx, "INSERT INTO \"Memberships\" (\"Id\",\"OrganisationId\",\"UserId\",\"Role\",\"CreatedAt\") VALUES ($1,$2,$3,'Programmamedewerker',$4)",
            1, (_, p) => p(Seed.G(Guid.NewGuid()), Seed.G(programme.Id), Seed.G(staff), Seed.T(now)));
        await tx.CommitAsync();
        await Seed.Exec(connection, "ANALYZE;");
        return new QuickScanIds(big.Id, export.Id, surveys[1].Id, email, Key);
    }

    public static string Code(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();

    private static Scan Scan(Organisation org, QuestionnaireVersion version, DateTimeOffset created) => new()
    {
        Id = Guid.NewGuid(), OrganisationId = org.Id, VersionId = version.Id, State = ScanState.Gesloten, AgreementAcceptedBy = Guid.Empty,
        AgreementAcceptedAt = created, CreatedAt = created, Starts = DateOnly.FromDateTime(created.UtcDateTime), Ends = DateOnly.FromDateTime(created.UtcDateTime.AddDays(35)),
        Trekker = "Griffier", OpenedAt = created, ClosedAt = created.AddDays(35),
    };

    /// <summary>Group sizes of a typical scan: mostly residents, then civil servants, council and college.</summary>
    private static RespondentGroup GroupOf(int n) => (n % 20) switch { < 14 => RespondentGroup.Inwoners, < 17 => RespondentGroup.Ambtenaren, < 19 => RespondentGroup.Raadsleden, _ => RespondentGroup.Collegeleden };

    private static int RoleOf(RespondentGroup group, int n) => group switch
    {
        RespondentGroup.Inwoners => 0, RespondentGroup.Raadsleden => 1 + n % 3, RespondentGroup.Collegeleden => 4 + n % 2, _ => 6 + n % 3,
    };

    private static async Task ResponsesAsync(SqliteConnection connection, SqliteTransaction tx, Organisation org, Plein.Platform.Surveys.Survey survey,
        QuestionnaireDefinition questionnaire, int count, Random random, DateTimeOffset from)
    {
        var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToArray();
        await Seed.Bulk(connection, tx, "INSERT INTO \"SurveyResponses\" (\"Id\",\"OrganisationId\",\"SurveyId\",\"Reached\",\"StartedAt\",\"UpdatedAt\",\"SubmittedAt\") VALUES ($1,$2,$3,8,$4,$4,$5)",
            count, (i, p) => p(Seed.G(ids[i]), Seed.G(org.Id), Seed.G(survey.Id), Seed.T(from.AddSeconds(i)), Seed.T(from.AddSeconds(i + 900))));
        // One row per answer: the classification, four statements and three importance rows per theme, now and then an example.
        var rows = new List<(int Response, string Key, int Row, string Value)>();
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "INSERT INTO \"SurveyAnswers\" (\"OrganisationId\",\"SurveyId\",\"ResponseId\",\"QuestionKey\",\"Row\",\"Value\") VALUES ($1,$2,$3,$4,$5,$6)";
        var p = Enumerable.Range(1, 6).Select(n => { var x = command.CreateParameter(); x.ParameterName = "$" + n; command.Parameters.Add(x); return x; }).ToArray();
        command.Prepare();
        p[0].Value = Seed.G(org.Id);
        p[1].Value = Seed.G(survey.Id);
        async Task Add(string key, int row, string value)
        {
            (p[3].Value, p[4].Value, p[5].Value) = (key, row, value);
            await command.ExecuteNonQueryAsync();
        }
        for (var i = 0; i < count; i++)
        {
            p[2].Value = Seed.G(ids[i]);
            var group = GroupOf(i);
            await Add(ScanSurvey.RoleKey, 0, RoleOf(group, i).ToString(CultureInfo.InvariantCulture));
            foreach (var theme in questionnaire.Themes)
            {
                for (var row = 0; row < theme.Current.Count; row++) await Add(ScanSurvey.CurrentKey(theme, group), row, random.Next(6).ToString(CultureInfo.InvariantCulture));
                for (var row = 0; row < theme.Improve.Count; row++) await Add(ScanSurvey.ImportanceKey(theme, group), row, random.Next(6).ToString(CultureInfo.InvariantCulture));
                if (i % 50 == 0) await Add(ScanSurvey.OpenKey(theme), 0, $"Voorbeeld {i}: de samenwerking met de wijkraad ging goed.");
            }
        }
    }

    private static async Task NationalTallyAsync(SqliteConnection connection, SqliteTransaction tx, Organisation org, Plein.Platform.Surveys.Survey survey,
        QuestionnaireDefinition questionnaire, Random random)
    {
        var counts = new Dictionary<(string Key, int Row, int Value), int>();
        void Count(string key, int row, int value) => counts[(key, row, value)] = counts.GetValueOrDefault((key, row, value)) + 1;
        for (var i = 0; i < NationalResponses; i++)
        {
            var group = GroupOf(i);
            Count(ScanSurvey.RoleKey, 0, RoleOf(group, i));
            foreach (var theme in questionnaire.Themes)
            {
                for (var row = 0; row < theme.Current.Count; row++) Count(ScanSurvey.CurrentKey(theme, group), row, random.Next(6));
                for (var row = 0; row < theme.Improve.Count; row++) Count(ScanSurvey.ImportanceKey(theme, group), row, random.Next(6));
            }
        }
        var list = counts.ToList();
        await Seed.Bulk(connection, tx, "INSERT INTO \"SurveyTallies\" (\"OrganisationId\",\"SurveyId\",\"QuestionKey\",\"Row\",\"Value\",\"Count\") VALUES ($1,$2,$3,$4,$5,$6)",
            list.Count, (i, p) => p(Seed.G(org.Id), Seed.G(survey.Id), list[i].Key.Key, list[i].Key.Row, list[i].Key.Value, list[i].Value));
    }
}

internal static class QuickScanBench
{
    public static async Task<List<Target>> MeasureAsync(AppProcess app, QuickScanIds ids, string ambtenaarEmail, string database)
    {
        using var staff = await Writes.SignInAsync(app.Address, ambtenaarEmail);
        using var programme = await Writes.SignInAsync(app.Address, ids.ProgrammeEmail, () => QuickScanSeed.Code(ids.AuthenticatorKey));
        var targets = new List<Target>();
        var (_, p95) = await Measure.LatencyAsync(staff, $"/zwolle/quickscan/{ids.BigScan}/rapport", warmup: 10, count: Scale.Smoke ? 10 : 100);
        targets.Add(new Target(database, "quick scan", $"report of a scan with {QuickScanSeed.BigResponses:N0} responses: p95", p95, "ms", 200, AtLeast: false));
        (_, p95) = await Measure.LatencyAsync(programme, "/quickscan/landelijk", warmup: 5, count: Scale.Smoke ? 10 : 50);
        targets.Add(new Target(database, "quick scan", $"national view over {QuickScanSeed.NationalOrganisations} gemeenten: p95", p95, "ms", 1000, AtLeast: false));
        var export = await Exports.StreamAsync(app, staff, $"/zwolle/quickscan/{ids.ExportScan}/antwoorden.csv", "antwoorden.csv", csv: true);
        targets.Add(new Target(database, "quick scan", $"raw export of {QuickScanSeed.ExportResponses:N0} responses: memory added", export.PeakMb - export.BeforeMb, "MB", 150, AtLeast: false,
            $"app before the export, {export.BeforeMb:F0} MB"));
        return targets;
    }
}
