using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plein.Budgeting;
using Plein.Budgeting.Ballots;
using Plein.Budgeting.Results;
using Plein.Platform.Verification;
using Plein.Platform.Verification.Census;
using Plein.Platform.Verification.VotingCodes;
using Plein.Tests.Support;

namespace Plein.Tests.Budgeting;

/// <summary>
/// Budgets per wijk: a round of a city-wide budget and one per wijk in the same phase. A voter votes on their own wijk
/// (by the address list or by the wijk's letter) and on the city-wide budget, never on another wijk's; each budget is
/// counted on its own, with its own reproducible hashes.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AreaBudgetTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    private sealed record Round(Guid Process, Guid Voting, Guid Submission, Guid North, string NorthName, Guid South, string SouthName, string NorthPostcode, string SouthPostcode);

    /// <summary>A process with a submission and a voting phase still to come, and two wijken with their addresses.</summary>
    private static Round NewRound(PleinApp app)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        // Postcodes of this round only, so an address lies in exactly one of its wijken.
        var number = Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (northPostcode, southPostcode) = (number + "QN", number + "QZ");
        var zwolle = app.WithDb(db => db.Organisations.Single(o => o.Slug == "zwolle").Id);
        var today = global::Plein.Platform.Tenancy.Organisation.Today;
        var process = new global::Plein.Participation.Process
        {
            Id = Guid.NewGuid(), OrganisationId = zwolle, Title = $"Stemronde {suffix}", Summary = "Begroten per wijk.", Published = true, CreatedAt = DateTimeOffset.UtcNow,
        };
        var submission = new global::Plein.Participation.Phase { Id = Guid.NewGuid(), Name = "Indienen", Starts = today.AddDays(5), Ends = today.AddDays(9) };
        var voting = new global::Plein.Participation.Phase { Id = Guid.NewGuid(), Name = "Stemmen", Starts = today.AddDays(10), Ends = today.AddDays(20) };
        process.Phases.AddRange([submission, voting]);
        CensusArea Area(string name) => new() { Id = Guid.NewGuid(), OrganisationId = zwolle, Name = name, AddressCount = 3, UploadedAt = DateTimeOffset.UtcNow };
        var north = Area($"Noord-{suffix}");
        var south = Area($"Zuid-{suffix}");
        app.WithDb(db =>
        {
            db.AddRange(process, north, south);
            db.AddRange(Enumerable.Range(1, 3).SelectMany(n => new[]
            {
                new CensusAddress { OrganisationId = zwolle, AreaId = north.Id, Postcode = northPostcode, HouseNumber = n },
                new CensusAddress { OrganisationId = zwolle, AreaId = south.Id, Postcode = southPostcode, HouseNumber = n },
            }));
            return db.SaveChanges();
        });
        return new(process.Id, voting.Id, submission.Id, north.Id, north.Name, south.Id, south.Name, northPostcode, southPostcode);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ResidentsVoteOnTheirOwnWijkAndTheCityWideBudgetByTheirAddress(string provider)
    {
        var app = apps[provider];
        var round = NewRound(app);
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        var form = await staff.GetAsync("/zwolle/begroten/nieuw/beheer");
        Dictionary<string, string> Settings(string title, string area, string eligibility) => new()
        {
            ["Phase"] = $"{round.Process}/{round.Voting}", ["Input.Title"] = title, ["Input.Total"] = "1000", ["Input.Rule"] = "Knapsack", ["Input.Eligibility"] = eligibility, ["Input.AreaId"] = area,
        };

        // Bad input: a wijk that is not in the list, not a wijk at all, and a level that cannot say where someone lives.
        var notListed = await staff.SubmitAsync(form, Settings("Wijk <script>", Guid.NewGuid().ToString(), "PostcodeInGebied"), "#instellingen");
        Assert.Equal("Kies een wijk uit de lijst.", notListed.FieldError("Input.AreaId"));
        Assert.Equal("Wijk <script>", notListed.Value("Input.Title"));
        Assert.Equal("Kies een wijk uit de lijst.", (await staff.SubmitAsync(form, Settings("Wijk", "'; DROP TABLE Budgets; --", "PostcodeInGebied"), "#instellingen")).FieldError("Input.AreaId"));
        var email = await staff.SubmitAsync(form, Settings("Wijk", round.North.ToString(), "DigidBasis"), "#instellingen");
        Assert.Equal("Bij een budget voor een wijk stemmen inwoners met een postcode in de wijk of met een stemcode. Kies een van die twee.", email.FieldError("Input.Eligibility"));
        Assert.Equal(round.North.ToString(), email.Document.QuerySelector("#Input_AreaId option[selected]")?.GetAttribute("value"));
        Assert.Equal(0, app.WithDb(db => db.National<Budget>().Count(b => b.ProcessId == round.Process)));

        await staff.SubmitAsync(form, Settings("Stadsbudget", "", "PostcodeInGebied"), "#instellingen");
        await staff.SubmitAsync(form, Settings("Wijkbudget Noord", round.North.ToString(), "PostcodeInGebied"), "#instellingen");
        var twice = await staff.SubmitAsync(form, Settings("Nog een Noord", round.North.ToString(), "PostcodeInGebied"), "#instellingen");
        Assert.Equal("Deze wijk heeft in deze stemronde al een budget. Kies een andere wijk, of de hele gemeente.", twice.FieldError("Input.AreaId"));
        var budgets = app.WithDb(db => db.National<Budget>().Where(b => b.ProcessId == round.Process).ToDictionary(b => b.Title));
        Assert.Equal(2, budgets.Count);
        var (city, north) = (budgets["Stadsbudget"], budgets["Wijkbudget Noord"]);
        Assert.Null(city.AreaId);
        Assert.Equal(round.North, north.AreaId);
        var zwolle = north.OrganisationId;
        var projects = new Dictionary<string, Guid>();
        app.WithDb(db =>
        {
            foreach (var (budget, title, cost) in new[] { (city, "Fietspad", 600m), (city, "Bomen", 500m), (north, "Speelplek", 400m), (north, "Bankjes", 300m) })
            {
                var p = new BudgetProject { Id = Guid.NewGuid(), OrganisationId = zwolle, BudgetId = budget.Id, Title = title, Description = title, Cost = cost, CreatedAt = DateTimeOffset.UtcNow };
                projects[title] = p.Id;
                db.Add(p);
            }
            return db.SaveChanges();
        });

        // A phase a budget votes in (or takes projects in) stays, with the reason next to it.
        var managePage = await staff.GetAsync(Manage(north.Id));
        var kept = HtmlClient.Values(managePage, "Input.Title", "Input.Total", "Input.Rule", "Input.Eligibility", "Input.AreaId");
        kept["SubmissionPhase"] = round.Submission.ToString();
        Assert.Contains("Het budget is opgeslagen.", (await staff.SubmitAsync(managePage, kept, "#instellingen")).Text, StringComparison.Ordinal);
        // A post without the fields is refused with the messages, not a server error.
        var empty = await staff.PostAsync($"{Manage(north.Id)}?handler=Settings", [new("__RequestVerificationToken", Token(managePage))]);
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Equal("Geef het budget een titel.", empty.FieldError("Input.Title"));
        foreach (var phase in new[] { round.Voting, round.Submission })
        {
            var process = await staff.GetAsync($"/zwolle/participatie/{round.Process}/beheer");
            var refused = await staff.PostAsync($"/zwolle/participatie/{round.Process}/beheer?handler=RemovePhase", [new("__RequestVerificationToken", Token(process)), new("phaseId", phase.ToString())]);
            var message = refused.Document.QuerySelector("#RemovePhase");
            Assert.True(message is not null, $"{(int)refused.Status} {refused.Text[..Math.Min(3000, refused.Text.Length)]}");
            Assert.StartsWith("Een budget gebruikt deze fase om te stemmen of om projecten in te dienen. Daarom kunt u de fase niet verwijderen.", message?.TextContent.Trim(), StringComparison.Ordinal);
            Assert.Contains("Wijkbudget Noord", message!.TextContent, StringComparison.Ordinal);
            Assert.Equal("#RemovePhase", refused.Document.QuerySelector(".plein-error-summary a")?.GetAttribute("href"));
            Assert.Equal("RemovePhase", message.ParentElement!.QuerySelector("button")?.GetAttribute("aria-describedby"));
        }
        Assert.Equal(2, app.WithDb(db => db.National<global::Plein.Participation.Process>().Include(p => p.Phases).Single(p => p.Id == round.Process).Phases.Count));

        // Voting opens. The resident of Noord votes on Noord and on the city; the resident of Zuid only on the city.
        SetVoting(app, round, -1, 5);
        var north1 = await ResidentAsync(app, "inwoner", zwolle, round.NorthPostcode);
        var south1 = await ResidentAsync(app, "raadslid", zwolle, round.SouthPostcode);
        var nowhere = await ResidentAsync(app, "moderator", zwolle, null);
        try
        {
            await CastAsync(north1, north.Id, projects["Speelplek"]);
            await CastAsync(north1, city.Id, projects["Fietspad"]);
            var wrong = await south1.GetAsync(Ballot(north.Id));
            Assert.Equal($"Dit budget is alleen voor inwoners van {round.NorthName}. Uw adres ligt niet in {round.NorthName}. Daarom kunt u hier niet stemmen.", wrong.Document.QuerySelector("#weigering")?.TextContent.Trim());
            Assert.Equal(Ballot(city.Id), wrong.Document.QuerySelector("#elders a")?.GetAttribute("href"));
            Assert.Null(wrong.Document.QuerySelector("#keuze"));
            // Posting the ballot anyway stores nothing.
            await south1.PostAsync($"{Ballot(north.Id)}?handler=Cast", [new("__RequestVerificationToken", Token(wrong)), new("Choice", projects["Bankjes"].ToString())]);
            await CastAsync(south1, city.Id, projects["Bomen"]);
            var noAddress = await nowhere.GetAsync(Ballot(north.Id));
            Assert.Equal("U kunt nog niet stemmen: hiervoor is een postcode in het gebied nodig.", noAddress.Document.QuerySelector("#weigering strong")?.TextContent.Trim());
            Assert.NotNull(noAddress.Document.QuerySelector("#weigering a[href^='/zwolle/verificatie/postcode']"));
            Assert.Contains(Ballot(city.Id), (await north1.GetAsync(Ballot(north.Id))).Document.QuerySelector("#ronde + p + ul")?.InnerHtml ?? "", StringComparison.Ordinal);
        }
        finally
        {
            app.WithDb(db => db.National<AddressVerification>().Where(v => v.Postcode == round.NorthPostcode || v.Postcode == round.SouthPostcode).ExecuteDelete());
        }
        Assert.Equal(1, app.WithDb(db => db.National<Ballot>().Count(b => b.BudgetId == north.Id)));
        Assert.Equal(2, app.WithDb(db => db.National<Ballot>().Count(b => b.BudgetId == city.Id)));

        // Closed: a result per budget, a table per wijk, and hashes anyone can recompute from the published data.
        SetVoting(app, round, -10, -1);
        var result = await staff.GetAsync($"{Ballot(north.Id)}/uitslag");
        var perWijk = result.Document.QuerySelector("#per-wijk")!.TextContent;
        Assert.Contains("Stadsbudget", perWijk, StringComparison.Ordinal);
        Assert.Contains($"Inwoners van {round.NorthName}", perWijk, StringComparison.Ordinal);
        var tallied = await RoundAsync(app, north.Id);
        Assert.Equal(new string?[] { null, round.NorthName }, tallied.Select(o => o.Area));
        var northOutcome = tallied.Single(o => o.Area is not null).Outcome;
        Assert.Equal(["Speelplek"], northOutcome.Projects.Where(p => p.Funded).Select(p => p.Title));
        Assert.Equal(Expected(north, [(projects["Speelplek"], 400m, "Speelplek"), (projects["Bankjes"], 300m, "Bankjes")], [projects["Speelplek"].ToString("N")]), northOutcome.InputHash);
        Assert.Contains(northOutcome.InputHash, result.Text, StringComparison.Ordinal);
        Assert.Equal(tallied.Select(o => o.Outcome.ResultHash), (await RoundAsync(app, city.Id)).Select(o => o.Outcome.ResultHash));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var command = scope.ServiceProvider.GetServices<global::Plein.Platform.ICommand>().Single(c => c.Name == "tally");
            Assert.Equal(0, await command.RunAsync([north.Id.ToString()], CancellationToken.None));
        }

        // Published: the API names the wijk and gives the round's results, each with its hashes.
        using var reader = app.Client();
        Assert.Equal("application/problem+json", (await reader.Http.GetAsync($"/api/v1/zwolle/begrotingen/{north.Id}/ronde")).Content.Headers.ContentType?.MediaType);
        await staff.SubmitAsync(result, new Dictionary<string, string>(), "main form[action*='handler=Publish']");
        await staff.SubmitAsync(await staff.GetAsync($"{Ballot(city.Id)}/uitslag"), new Dictionary<string, string>(), "main form[action*='handler=Publish']");
        var one = System.Text.Json.JsonDocument.Parse(await reader.Http.GetStringAsync($"/api/v1/zwolle/begrotingen/{north.Id}")).RootElement;
        Assert.Equal(round.NorthName, one.GetProperty("wijk").GetProperty("naam").GetString());
        var results = System.Text.Json.JsonDocument.Parse(await reader.Http.GetStringAsync($"/api/v1/zwolle/begrotingen/{city.Id}/ronde")).RootElement.GetProperty("uitslagen");
        Assert.Equal(2, results.GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, results[0].GetProperty("wijk").ValueKind);
        Assert.Equal(northOutcome.InputHash, results[1].GetProperty("hashInvoer").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Http.GetAsync($"/api/v1/zwolle/begrotingen/{Guid.NewGuid()}/ronde")).StatusCode);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AWijksLetterVotesOnItsWijkAndTheCityButNotOnAnotherWijk(string provider)
    {
        var app = apps[provider];
        var round = NewRound(app);
        var zwolle = app.WithDb(db => db.Organisations.Single(o => o.Slug == "zwolle").Id);
        Budget New(string title, Guid? area) => new()
        {
            Id = Guid.NewGuid(), OrganisationId = zwolle, ProcessId = round.Process, VotingPhaseId = round.Voting, AreaId = area, Title = title, Total = 1000m, Rule = BallotRule.Approval, MaxChoices = 1,
            Eligibility = VerificationLevel.Stemcode, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
        };
        var (city, north, south) = (New("Stad", null), New("Noord", round.North), New("Zuid", round.South));
        var project = new Dictionary<Guid, Guid>();
        app.WithDb(db =>
        {
            db.AddRange(city, north, south);
            foreach (var b in new[] { city, north, south })
            {
                project[b.Id] = Guid.NewGuid();
                db.Add(new BudgetProject { Id = project[b.Id], OrganisationId = zwolle, BudgetId = b.Id, Title = $"Project {b.Title}", Description = "x", Cost = 100m, CreatedAt = DateTimeOffset.UtcNow });
            }
            return db.SaveChanges();
        });
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        async Task<string[]> CodesAsync(Guid budget, int count) =>
            (await staff.SubmitAsync(await staff.GetAsync(Manage(budget)), new Dictionary<string, string> { ["CodeCount"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "#stemcodes"))
            .Html.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..];
        var northCodes = await CodesAsync(north.Id, 4);
        var cityCodes = await CodesAsync(city.Id, 1);
        Assert.Equal(round.NorthName, app.WithDb(db => db.National<VotingCodeBatch>().Single(b => b.ScopeId == north.Id).Name));
        SetVoting(app, round, -1, 5);

        using var voter = app.Client();
        async Task<HtmlClient.Page> EnterAsync(Guid budget, string code) =>
            await voter.SubmitAsync(await voter.GetAsync(Ballot(budget)), new Dictionary<string, string> { ["Code"] = code }, "#stemcode");
        var elsewhere = await EnterAsync(south.Id, northCodes[0]);
        Assert.Equal("Deze stemcode is voor een andere wijk. Met deze code stemt u over het budget van uw eigen wijk en over het budget voor de hele gemeente.", elsewhere.FieldError("Code"));
        Assert.Equal(Ballot(north.Id), elsewhere.Document.QuerySelector("#elders a")?.GetAttribute("href"));
        Assert.Equal(northCodes[0], elsewhere.Value("Code"));
        Assert.Equal("Deze stemcode is alleen voor het budget voor de hele gemeente. Over dit wijkbudget stemmen alleen inwoners van de wijk, met de stemcode van hun wijk.",
            (await EnterAsync(north.Id, cityCodes[0])).FieldError("Code"));
        async Task<HtmlClient.Page> CastWithCodeAsync(Guid budget, string code)
        {
            var choose = await EnterAsync(budget, code);
            return await voter.PostAsync($"{Ballot(budget)}?handler=Cast", [new("__RequestVerificationToken", Token(choose)), new("Code", code), new("Choice", project[budget].ToString())]);
        }
        var receipt = await CastWithCodeAsync(north.Id, northCodes[0]);
        Assert.Contains("Uw stem is uitgebracht.", receipt.Text, StringComparison.Ordinal);
        Assert.True(receipt.Response.Headers.CacheControl?.NoStore);
        // The receipt opens the city-wide ballot with the same code, without typing it again; the next visit does not.
        var cityBallot = await voter.SubmitAsync(receipt, new Dictionary<string, string>(), "#ook-stemmen");
        Assert.Null(cityBallot.Document.QuerySelector("#stemcode"));
        Assert.Equal(northCodes[0], cityBallot.Value("Code"));
        Assert.Null((await voter.GetAsync(Ballot(north.Id))).Document.QuerySelector("#ook-stemmen"));
        Assert.Contains("Uw stem is uitgebracht.", (await voter.PostAsync($"{Ballot(city.Id)}?handler=Cast",
            [new("__RequestVerificationToken", Token(cityBallot)), new("Code", northCodes[0]), new("Choice", project[city.Id].ToString())])).Text, StringComparison.Ordinal);
        Assert.Null((await voter.GetAsync(Ballot(city.Id))).Document.QuerySelector("#ook-stemmen"));
        Assert.Equal("Met deze stemcode is al gestemd.", (await EnterAsync(city.Id, northCodes[0])).FieldError("Code"));
        await CastWithCodeAsync(south.Id, northCodes[0]);
        Assert.Equal(0, app.WithDb(db => db.National<Ballot>().Count(b => b.BudgetId == south.Id)));
        Assert.Equal(1, app.WithDb(db => db.National<Ballot>().Count(b => b.BudgetId == city.Id)));

        // The general code page leaves a ballot's code unspent and sends its holder to the ballot.
        using var resident = app.Client();
        await resident.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var general = await resident.SubmitAsync(await resident.GetAsync("/zwolle/verificatie/stemcode"), new Dictionary<string, string> { ["Input.Code"] = northCodes[1] }, "#stemcode");
        Assert.Equal("Deze stemcode is voor een stemming met een eigen pagina. Vul hem daar in. Uw code is niet gebruikt.", general.FieldError("Input.Code"));
        Assert.Equal(Ballot(north.Id), general.Document.QuerySelector("#elders a")?.GetAttribute("href"));
        var hash = app.WithDb(db => db.National<VotingCode>().Where(c => c.ScopeId == north.Id && c.RedeemedAt == null).Select(c => c.Hash).ToList());
        Assert.Equal(3, hash.Count);
        Assert.Contains("Uw stem is uitgebracht.", (await CastWithCodeAsync(north.Id, northCodes[1])).Text, StringComparison.Ordinal);

        // Paper: a wijk's code counts once in the city too; another wijk's code is refused; refusing a paper ballot
        // keeps the code used while it still has its wijk's ballot.
        var paper = $"{Ballot(city.Id)}/papier";
        var paperForm = await staff.GetAsync(paper);
        async Task<HtmlClient.Page> PaperAsync(string to, HtmlClient.Page on, string code, Guid choice) =>
            await staff.PostAsync(to, [new("__RequestVerificationToken", Token(on)), new("Voter", code), new("Choice", choice.ToString())]);
        Assert.Equal("Met deze stemcode is al gestemd, online of op papier.", (await PaperAsync(paper, paperForm, northCodes[0], project[city.Id])).FieldError("Voter"));
        var southPaper = await staff.GetAsync($"{Ballot(south.Id)}/papier");
        Assert.Equal("Deze stemcode is voor een ander budget: dat van een andere wijk of dat voor de hele gemeente. Voer dit stembiljet in bij dat budget.",
            (await PaperAsync($"{Ballot(south.Id)}/papier", southPaper, northCodes[2], project[south.Id])).FieldError("Voter"));
        await PaperAsync(paper, paperForm, northCodes[1], project[city.Id]);
        var pending = app.WithDb(db => db.National<Ballot>().Single(b => b.BudgetId == city.Id && b.Channel == BallotChannel.Papier).Id);
        using var checker = app.Client();
        await checker.SignInAsync(Demo.Email("beheerder", "zwolle"));
        await checker.SubmitAsync(await checker.GetAsync(paper), new Dictionary<string, string>(), $"form[action*='handler=Refuse'][action*='ballot={pending}']");
        Assert.Equal(0, app.WithDb(db => db.National<Ballot>().Count(b => b.Id == pending)));
        Assert.Equal(2, app.WithDb(db => db.National<VotingCode>().Count(c => c.ScopeId == north.Id && c.RedeemedAt != null)));

        // The city's turnout counts the wijk's letters that voted there.
        SetVoting(app, round, -10, -1);
        var turnout = (await staff.GetAsync($"{Ballot(city.Id)}/uitslag")).Document.QuerySelectorAll("table").First(t => t.TextContent.Contains("Opkomst per wijk", StringComparison.Ordinal));
        var northRow = turnout.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(round.NorthName, StringComparison.Ordinal));
        Assert.Equal(["4", "1"], northRow.QuerySelectorAll("td").Take(2).Select(c => c.TextContent.Trim()));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheDatabaseKeepsAVoterToOneWijkPerRoundWhenBothBallotsArriveTogether(string provider)
    {
        var app = apps[provider];
        var round = NewRound(app);
        var zwolle = app.WithDb(db => db.Organisations.Single(o => o.Slug == "zwolle"));
        var now = DateTimeOffset.UtcNow;
        Budget Budget(Guid? area, string title) => new()
        {
            Id = Guid.NewGuid(), OrganisationId = zwolle.Id, ProcessId = round.Process, VotingPhaseId = round.Voting, AreaId = area, Title = title,
            Total = 1000m, Eligibility = VerificationLevel.PostcodeInGebied, CreatedAt = now, UpdatedAt = now,
        };
        var (north, south, city) = (Budget(round.North, "Noord"), Budget(round.South, "Zuid"), Budget(null, "Stad"));
        app.WithDb(db => { db.AddRange(north, south, city); return db.SaveChanges(); });
        var voter = $"u:{Guid.NewGuid()}";
        // Each ballot page looked before the other ballot was in, so each lets the voter cast: the index decides.
        async Task<BallotBox.Outcome> CastAsync(Budget budget)
        {
            using var scope = app.Services.CreateScope();
            scope.ServiceProvider.GetRequiredService<global::Plein.Platform.Tenancy.TenantContext>().Organisation = zwolle;
            return (await scope.ServiceProvider.GetRequiredService<BallotBox>().CastAsync(budget, voter, [], null, null, CancellationToken.None)).Outcome;
        }
        Assert.Equal(BallotBox.Outcome.Cast, await CastAsync(north));
        Assert.Equal(BallotBox.Outcome.OtherWijk, await CastAsync(south));
        Assert.Equal(BallotBox.Outcome.Cast, await CastAsync(city));
        var stored = app.WithDb(db => db.National<Ballot>().Where(b => b.VoterKey == voter).ToList());
        Assert.Equal(new[] { north.Id, city.Id }.Order(), stored.Select(b => b.BudgetId).Order());
        // Stored in plain SQL: read back through EF, every column as the entity has it.
        Assert.All(stored, b => Assert.True(b.OrganisationId == zwolle.Id && b.Channel == BallotChannel.Online && b.EnteredBy is null && b.Counts && b.Receipt.Length == 11));
        Assert.All(stored, b => Assert.InRange(b.CreatedAt, now.AddMinutes(-1), DateTimeOffset.UtcNow.AddSeconds(1)));
        Assert.Equal(round.Voting, stored.Single(b => b.BudgetId == north.Id).WijkRound);
        Assert.Null(stored.Single(b => b.BudgetId == city.Id).WijkRound);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task DigiDAloneIsNoPostcodeInTheAreaNorAVotingCode(string provider)
    {
        var app = apps[provider];
        var round = NewRound(app);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<global::Plein.Data.PleinDb>();
        services.GetRequiredService<global::Plein.Platform.Tenancy.TenantContext>().Organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Slug == "zwolle");
        var user = await db.Users.SingleAsync(u => u.Email == Demo.Email("moderator", "zwolle"));
        var principal = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new(global::Plein.Platform.Accounts.External.ExternalLoginDoneModel.LevelClaim, "midden")], "test"));
        var http = new Microsoft.AspNetCore.Http.HttpContextAccessor { HttpContext = new Microsoft.AspNetCore.Http.DefaultHttpContext { User = principal } };
        var me = new global::Plein.Platform.Accounts.CurrentUser.Loaded(user, []);
        async Task<VerificationLevel> LevelAsync(VerificationLevel needed) => await new Verifier(db, http).LevelAsync(me, round.North, Guid.NewGuid(), needed, CancellationToken.None);

        Assert.Equal(VerificationLevel.DigidMidden, await LevelAsync(VerificationLevel.DigidBasis));
        Assert.Equal(VerificationLevel.DigidMidden, await LevelAsync(VerificationLevel.BevestigdEmail));
        Assert.True(await LevelAsync(VerificationLevel.PostcodeInGebied) < VerificationLevel.PostcodeInGebied);
        Assert.True(await LevelAsync(VerificationLevel.Stemcode) < VerificationLevel.Stemcode);
        db.Add(new AddressVerification { Id = Guid.NewGuid(), UserId = user.Id, Postcode = round.NorthPostcode, HouseNumber = 2, VerifiedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        try
        {
            Assert.Equal(VerificationLevel.PostcodeInGebied, await LevelAsync(VerificationLevel.PostcodeInGebied));
            Assert.Equal([round.North], await new Verifier(db, http).AreasOfAsync(user.Id, CancellationToken.None));
        }
        finally
        {
            await db.Set<AddressVerification>().Where(v => v.UserId == user.Id).ExecuteDeleteAsync();
        }
    }

    /// <summary>The input hash as ADR 0025 describes it, computed here without Plein's code; a wijk's budget adds its area.</summary>
    private static string Expected(Budget budget, (Guid Id, decimal Cost, string Title)[] projects, string[] sortedLines)
    {
        var text = new StringBuilder(FormattableString.Invariant($"{budget.Id:N};{budget.Rule};{budget.Total:0.00};{budget.AreaId:N}\n"));
        foreach (var p in projects.OrderBy(p => p.Id)) text.Append(FormattableString.Invariant($"{p.Id:N};{p.Cost:0.00};{p.Title}\n"));
        foreach (var line in sortedLines) text.Append(line).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static async Task<HtmlClient> ResidentAsync(PleinApp app, string role, Guid organisation, string? postcode)
    {
        var email = Demo.Email(role, "zwolle");
        app.WithDb(db =>
        {
            var id = db.Users.Single(u => u.Email == email).Id;
            db.National<AddressVerification>().Where(v => v.UserId == id).ExecuteDelete();
            if (postcode is not null) db.Add(new AddressVerification { Id = Guid.NewGuid(), OrganisationId = organisation, UserId = id, Postcode = postcode, HouseNumber = 1, VerifiedAt = DateTimeOffset.UtcNow });
            return db.SaveChanges();
        });
        var client = app.Client();
        await client.SignInAsync(email);
        return client;
    }

    private static async Task CastAsync(HtmlClient voter, Guid budget, Guid project)
    {
        var page = await voter.GetAsync(Ballot(budget));
        Assert.NotNull(page.Document.QuerySelector("#keuze"));
        var cast = await voter.PostAsync($"{Ballot(budget)}?handler=Cast", [new("__RequestVerificationToken", Token(page)), new("Choice", project.ToString())]);
        Assert.Contains("Uw stem is uitgebracht.", cast.Text, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<Tally.AreaOutcome>> RoundAsync(PleinApp app, Guid budget)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<Tally>().RunRoundAsync(budget, CancellationToken.None))!;
    }

    private static string Ballot(Guid budget) => $"/zwolle/begroten/{budget}";

    private static string Manage(Guid budget) => $"/zwolle/begroten/{budget}/beheer";

    private static string Token(HtmlClient.Page page) => page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static void SetVoting(PleinApp app, Round round, int startDays, int endDays) => app.WithDb(db =>
    {
        var p = db.National<global::Plein.Participation.Process>().Include(x => x.Phases).Single(x => x.Id == round.Process);
        var today = global::Plein.Platform.Tenancy.Organisation.Today;
        var voting = p.Phases.Single(x => x.Id == round.Voting);
        (voting.Starts, voting.Ends) = (today.AddDays(startDays), today.AddDays(endDays));
        var submission = p.Phases.Single(x => x.Id == round.Submission);
        (submission.Starts, submission.Ends) = (voting.Starts.AddDays(-10), voting.Starts.AddDays(-5));
        return db.SaveChanges();
    });
}
