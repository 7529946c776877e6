using Microsoft.Extensions.DependencyInjection;
using System.Data.Common;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Plein.Budgeting.Ballots;
using Plein.Data;
using Plein.Participation;
using Plein.Participation.Comments;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Privacy;
using Plein.QuickScan.Scans;
using Plein.Support.Sessions;
using Plein.Tests.Support;

namespace Plein.Tests.Platform.Privacy;

/// <summary>
/// One resident with data in every table that can point to a person: the export has every module, and after "delete my
/// account" no row names them, while every count stays. Generic over the EF model: a new table with an account column
/// fails here until demo data fills it and a module's processing register declares it.
/// </summary>
public sealed partial class EveryModuleErasureTests(PrivacyApps apps) : IClassFixture<PrivacyApps>
{
    private const string Password = "een lange zin als wachtwoord";

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task TheExportCoversEveryModuleAndErasureLeavesNothingThatNamesThePersonWhileCountsStay(string provider)
    {
        var app = apps[provider];
        var processUrl = await Participation.ProposalFlowTests.PublishedProcessAsync(app);
        using var client = app.Client();
        var tag = Guid.NewGuid().ToString("N")[..10];
        var (email, name) = ($"privacy-{tag}@example.nl", $"Privacy Proef {tag}");
        await RegisterAsync(app, client, email, name);
        await client.SignInAsync(email, Password);
        await Participation.ProposalFlowTests.ProposeAsync(client, processUrl, "Een voorstel dat blijft staan");
        var userId = app.WithDb(db => db.Users.Single(u => u.Email == email).Id);

        var missing = await SeedEveryUserColumnAsync(app, userId, email, name);
        Assert.True(missing.Count == 0, "No demo row to point at the person in: " + string.Join(", ", missing)
            + ". Add demo data for it (or seed it in this test) so erasure is tested on it.");
        var before = await CountsAsync(app);

        var export = await ExportAsync(client);
        var sections = export.GetProperty("modules");
        using (var scope = app.Services.CreateScope())
            foreach (var source in scope.ServiceProvider.GetServices<IPersonalDataSource>())
                Assert.True(HasEntry(sections.GetProperty(source.Section)), $"The export's section '{source.Section}' is empty.");

        var delete = await client.GetAsync("/account/verwijderen");
        await client.SubmitAsync(delete, new Dictionary<string, string> { ["Input.Password"] = Password });
        Assert.Equal(0, app.WithDb(db => db.Users.Count(u => u.Email == email)));

        var leftovers = await LeftoversAsync(app, userId, email, name);
        Assert.True(leftovers.Count == 0, "Still pointing to the person after erasure: " + string.Join("; ", leftovers));
        var after = await CountsAsync(app);
        foreach (var (table, rows) in before)
            Assert.True(after[table] == rows, $"{table}: {rows} rows before erasure, {after[table]} after.");
        app.WithDb(db =>
        {
            var comments = db.Set<Comment>().IgnoreQueryFilters().Where(c => c.AuthorId == userId).ToList();
            Assert.NotEmpty(comments);
            Assert.All(comments, c => Assert.True(c.DeletedAt is not null && c.Body.Length == 0));
            return 0;
        });
    }

    /// <summary>Points one demo row of every account column at the person (and a few text columns at their name and address).</summary>
    private static async Task<List<string>> SeedEveryUserColumnAsync(PleinApp app, Guid userId, string email, string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
        var missing = new List<string>();
        // Tables the demo leaves empty: a row of the person's own, as the pages would store it.
        var zwolle = await db.Organisations.Where(o => o.Slug == "zwolle").Select(o => o.Id).SingleAsync();
        var now = DateTimeOffset.UtcNow;
        var someComment = await db.Set<Comment>().IgnoreQueryFilters().Where(c => c.OrganisationId == zwolle).Select(c => c.Id).FirstAsync();
        var someSurvey = await db.Set<global::Plein.Platform.Surveys.Survey>().IgnoreQueryFilters().Where(s => s.OrganisationId == zwolle).Select(s => s.Id).FirstAsync();
        db.AddRange(
            new BlockedUser { Id = Guid.NewGuid(), OrganisationId = zwolle, UserId = userId, Reason = "test", BlockedAt = now },
            new CommentReport { Id = Guid.NewGuid(), OrganisationId = zwolle, CommentId = someComment, UserId = userId, Reason = "test", CreatedAt = now },
            new ExternalIdentity { Id = Guid.NewGuid(), OrganisationId = zwolle, UserId = userId, Issuer = "https://broker.example", Subject = "s-" + userId.ToString("N")[..6], Level = "midden", LastLoginAt = now },
            new global::Plein.Platform.Files.StoredFile { Id = Guid.NewGuid(), OrganisationId = zwolle, FileName = "bijlage.pdf", ContentType = "application/pdf", Content = [1], Length = 1, UploadedBy = userId, UploadedAt = now },
            new global::Plein.Platform.Surveys.SurveyParticipant { Id = Guid.NewGuid(), OrganisationId = zwolle, SurveyId = someSurvey, UserId = userId, SubmittedAt = now },
            new global::Plein.Platform.Verification.Census.AddressVerification { Id = Guid.NewGuid(), OrganisationId = zwolle, UserId = userId, Postcode = "8012BA", HouseNumber = 1, VerifiedAt = now });
        await db.SaveChangesAsync();
        foreach (var column in PersonalDataModel.UserColumns(db))
        {
            if (column.Entity.ClrType.Namespace?.StartsWith("Microsoft.", StringComparison.Ordinal) == true) continue;
            if (await PersonalDataModel.CountAsync(db, column, userId) > 0) continue;
            if (column.Entity.ClrType == typeof(AuditEntry))
            {
                // Append-only (ADR 0010): an entry is added, never changed.
                var org = await db.Organisations.Select(o => o.Id).FirstAsync();
                db.AuditEntries.Add(AuditEntry.Create(org, DateTimeOffset.UtcNow, userId, "test", "privacy", null));
                await db.SaveChangesAsync();
                continue;
            }
            if (!await PointOneRowAsync(db, column, userId)) missing.Add(column.ToString());
        }
        // Text that names the person: a ballot's voter key, an invitation list, what they wrote about themselves.
        var ballot = await db.Set<Ballot>().IgnoreQueryFilters().FirstAsync(b => b.Channel == BallotChannel.Online);
        ballot.VoterKey = global::Plein.Budgeting.BudgetingPersonalData.VoterKeyOf(userId);
        var scan = await db.Set<Scan>().IgnoreQueryFilters().FirstAsync();
        scan.InviteAddresses = new() { [global::Plein.QuickScan.Questionnaire.RespondentGroup.Ambtenaren] = [email, "ander@example.nl"] };
        var registration = await db.Set<Registration>().FirstAsync(r => r.UserId == userId);
        registration.Affiliation = $"{name}, Gemeente Zwolle";
        var comment = await db.Set<Comment>().IgnoreQueryFilters().FirstAsync(c => c.AuthorId == userId);
        comment.Body = $"Groet, {name}";
        await db.SaveChangesAsync();
        return missing;
    }

    /// <summary>Sets the column to the person on one row that does not have them yet; tries a few rows past unique indexes.</summary>
    private static async Task<bool> PointOneRowAsync(PleinDb db, PersonalDataModel.Column column, Guid userId)
    {
        var key = column.Entity.FindPrimaryKey()!.Properties.Single();
        var keyColumn = PersonalDataModel.Quote(db, key.GetColumnName(Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(column.Table, null))!);
        var table = PersonalDataModel.Quote(db, column.Table);
        var target = PersonalDataModel.Quote(db, column.Name);
        // A submitted uitdaagrecht request rather than a concept: concepts are deleted, and this test counts rows.
        // A resident's membership rather than a beheerder's: admin roles would ask for a second factor.
        var prefer = column.Entity.ClrType == typeof(global::Plein.Challenges.Challenge) ? " AND \"SubmittedAt\" IS NOT NULL"
            : column.Entity.ClrType == typeof(Membership) ? " AND \"Role\" = 'Inwoner'" : "";
        var select = $"SELECT CAST({keyColumn} AS text) AS \"Value\" FROM {table} WHERE 1 = 1{prefer} ORDER BY {keyColumn} LIMIT 5";
        var update = $"UPDATE {table} SET {target} = {{0}} WHERE {keyColumn} = {{1}}";
        var keys = await db.Database.SqlQueryRaw<string>(select).ToListAsync();
        foreach (var k in keys)
        {
            try
            {
                var keyValue = key.ClrType == typeof(Guid) ? PersonalDataModel.Value(db, Guid.Parse(k)) : Convert.ChangeType(k, key.ClrType, System.Globalization.CultureInfo.InvariantCulture);
                await db.Database.ExecuteSqlRawAsync(update, PersonalDataModel.Value(db, userId), keyValue);
                return true;
            }
            catch (DbException) { }
        }
        return false;
    }

    private static async Task<List<string>> LeftoversAsync(PleinApp app, Guid userId, string email, string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
        var kept = PersonalDataModel.Activities(scope.ServiceProvider)
            .Where(a => a.Erasure is OnErasure.KeptUnderPseudonym or OnErasure.PublicRecord).SelectMany(a => a.Stores).ToHashSet();
        var found = new List<string>();
        foreach (var column in PersonalDataModel.GuidColumns(db))
        {
            var account = column.Entity.ClrType == typeof(PleinUser);
            if (account || kept.Contains(column.Entity.ClrType)) continue;
            if (await PersonalDataModel.CountAsync(db, column, userId) is > 0 and var n) found.Add($"{column} holds the account id ({n}x)");
        }
        foreach (var column in PersonalDataModel.TextColumns(db))
        {
            foreach (var (what, text) in new[] { ("e-mail", email), ("name", name), ("account id", userId.ToString()), ("account id", userId.ToString("N")) })
            {
                // The pseudonymised account's user name is "verwijderd-" and its id: that is the pseudonym itself.
                if (what == "account id" && column.Entity.ClrType == typeof(PleinUser)) continue;
                if (await PersonalDataModel.CountContainingAsync(db, column, text) is > 0 and var n) found.Add($"{column} holds the {what} ({n}x)");
            }
        }
        return found;
    }

    /// <summary>Rows per table for the tables erasure must not shrink: everything no register marks as deleted.</summary>
    private static async Task<Dictionary<string, int>> CountsAsync(PleinApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
        var deleted = PersonalDataModel.Activities(scope.ServiceProvider).Where(a => a.Erasure == OnErasure.Deleted).SelectMany(a => a.Stores).ToHashSet();
        var tables = db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !deleted.Contains(e.ClrType)
                && e.ClrType.Namespace?.StartsWith("Microsoft.", StringComparison.Ordinal) != true && e.ClrType != typeof(global::Plein.Platform.Mail.OutboxMessage))
            .Select(e => e.GetTableName()!).Distinct().ToList();
        var counts = new Dictionary<string, int>();
        foreach (var table in tables) counts[table] = await PersonalDataModel.RowsAsync(db, table);
        counts["(supports counted on proposals)"] = await db.Set<Proposal>().IgnoreQueryFilters().SumAsync(p => p.SupportCount);
        return counts;
    }

    private static bool HasEntry(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Array => e.GetArrayLength() > 0,
        JsonValueKind.Object => e.EnumerateObject().Any(p => HasEntry(p.Value)),
        JsonValueKind.Null or JsonValueKind.Undefined => false,
        _ => true,
    };

    private static async Task<JsonElement> ExportAsync(HtmlClient client)
    {
        var download = await client.GetAsync("/account/mijn-gegevens");
        var token = download.Document.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var response = await client.Http.PostAsync(new Uri("/account/mijn-gegevens", UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task RegisterAsync(PleinApp app, HtmlClient client, string email, string name)
    {
        var form = await client.GetAsync("/account/registreren");
        await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = name, ["Input.Email"] = email, ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password,
        });
        var mail = await app.Smtp.WaitForMailToAsync(email);
        await client.GetAsync(new Uri(Link().Match(mail.TextBody!).Value).PathAndQuery);
    }
}
