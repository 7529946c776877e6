using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plein.Budgeting;
using Plein.Budgeting.Ballots;
using Plein.Budgeting.Results;
using Plein.Tests.Support;

namespace Plein.Tests.Budgeting;

/// <summary>
/// Staff set up a budget in a coming phase, the phase opens, residents vote with codes and accounts, 200 submissions of
/// the same voter store one ballot, the phase closes and the result matches a recount.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class BudgetVotingTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task FromSetUpToAReproducibleResult(string provider)
    {
        var app = apps[provider];
        var (process, phase, starts, ends) = app.WithDb(db =>
        {
            var p = db.National<global::Plein.Participation.Process>().Include(x => x.Phases).Single(x => x.Title == "Groenplan Assendorp");
            var last = p.Phases.OrderBy(f => f.Starts).Last();
            return (p.Id, last.Id, last.Starts, last.Ends);
        });
        try
        {
            await VoteAsync(app, provider, process, phase);
        }
        finally
        {
            var today = global::Plein.Platform.Tenancy.Organisation.Today;
            SetPhase(app, process, phase, starts.DayNumber - today.DayNumber, ends.DayNumber - today.DayNumber);
        }
    }

    private static async Task VoteAsync(PleinApp app, string provider, Guid process, Guid phase)
    {
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        var form = await staff.GetAsync("/zwolle/begroten/nieuw/beheer");
        var wrong = await staff.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Phase"] = "", ["Input.Title"] = "Groenbudget", ["Input.Total"] = "veel", ["Input.Rule"] = "Approval", ["Input.MaxChoices"] = "", ["Input.Eligibility"] = "Stemcode",
        }, "#instellingen");
        Assert.Equal("Kies het proces en de fase waarin inwoners stemmen.", wrong.FieldError("Phase"));
        Assert.Equal("Vul een bedrag in, zoals 1250 of 1250,50.", wrong.FieldError("Input.Total"));
        Assert.Equal("Vul in hoeveel projecten iemand hoogstens kiest.", wrong.FieldError("Input.MaxChoices"));
        Assert.Equal("veel", wrong.Value("Input.Total"));
        var title = $"Groenbudget Assendorp ({provider})";
        var saved = await staff.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Phase"] = $"{process}/{phase}", ["Input.Title"] = title, ["Input.Total"] = "100.000", ["Input.Rule"] = "Knapsack", ["Input.MinimumSpendPercent"] = "50", ["Input.Eligibility"] = "Stemcode",
        }, "#instellingen");
        Assert.Contains("Het budget is opgeslagen.", saved.Text, StringComparison.Ordinal);
        var budget = app.WithDb(db => db.National<Budget>().Single(b => b.Title == title));
        Assert.Equal(100_000m, budget.Total);
        var manage = $"/zwolle/begroten/{budget.Id}/beheer";
        var page = await staff.GetAsync(manage);
        Assert.Equal("Vul een bedrag in, zoals 1250 of 1250,50.", (await staff.SubmitAsync(page, new Dictionary<string, string> { ["NewProject.Title"] = "x", ["NewProject.Description"] = "x", ["NewProject.Cost"] = "duur" }, "#project")).FieldError("NewProject.Cost"));
        foreach (var (name, cost) in new[] { ("Speelplek", "40000"), ("Moestuin", "30.000"), ("Zebrapad", "50000,00"), ("Bankjes", "20000") })
            page = await staff.SubmitAsync(page, new Dictionary<string, string> { ["NewProject.Title"] = name, ["NewProject.Description"] = $"{name} in Assendorp.", ["NewProject.Cost"] = cost }, "#project");
        var projects = app.WithDb(db => db.National<BudgetProject>().Where(p => p.BudgetId == budget.Id).ToDictionary(p => p.Title, p => p.Id));
        Assert.Equal(30_000m, app.WithDb(db => db.National<BudgetProject>().Single(p => p.Id == projects["Moestuin"]).Cost));
        var csv = await staff.SubmitAsync(page, new Dictionary<string, string> { ["CodeCount"] = "4" }, "#stemcodes");
        var codes = csv.Html.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..];
        Assert.Equal(4, codes.Length);
        var letters = await staff.Http.PostAsync($"{manage}?handler=Codes", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", Token(page)), new("CodeCount", "2"), new("CodeFormat", "pdf"), new("CodeArea", "Assendorp-Zuid")]));
        Assert.Equal("application/pdf", letters.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await letters.Content.ReadAsByteArrayAsync())[..5]), StringComparison.Ordinal);
        Assert.Equal(6, app.WithDb(db => db.National<global::Plein.Platform.Verification.VotingCodes.VotingCode>().Count(c => c.ScopeId == budget.Id)));
        var tooMany = await staff.SubmitAsync(page, new Dictionary<string, string> { ["CodeCount"] = "6000", ["CodeFormat"] = "pdf" }, "#stemcodes");
        Assert.StartsWith("Maak hoogstens 5.000 brieven tegelijk.", tooMany.FieldError("CodeCount"), StringComparison.Ordinal);

        // The phase starts: the rules and projects are locked.
        SetPhase(app, process, phase, -1, 5);
        Assert.Contains("liggen vast", (await staff.GetAsync(manage)).Text, StringComparison.Ordinal);
        Assert.Null((await staff.GetAsync(manage)).Document.QuerySelector("#project"));

        using var voter = app.Client();
        var ballot = $"/zwolle/begroten/{budget.Id}";
        var entry = await voter.GetAsync(ballot);
        var typo = codes[0][..^1] + (codes[0][^1] == 'A' ? 'C' : 'A');
        Assert.Equal("Deze stemcode klopt niet. Controleer of u hem goed heeft overgetypt.", (await voter.SubmitAsync(entry, new Dictionary<string, string> { ["Code"] = typo }, "#stemcode")).FieldError("Code"));
        var choose = await voter.SubmitAsync(entry, new Dictionary<string, string> { ["Code"] = codes[0].ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal) }, "#stemcode");
        Assert.NotNull(choose.Document.QuerySelector("#keuze"));
        async Task<HtmlClient.Page> Choose(HtmlClient client, HtmlClient.Page on, string handler, string code, params string[] names)
        {
            var token = on.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var values = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token), new("Code", code) };
            values.AddRange(names.Select(n => new KeyValuePair<string, string>("Choice", projects[n].ToString())));
            return await client.PostAsync($"{ballot}?handler={handler}", values);
        }
        var tooMuch = await Choose(voter, choose, "Review", codes[0], "Speelplek", "Moestuin", "Zebrapad");
        Assert.Contains("Uw keuze kost", tooMuch.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Besteed minstens", (await Choose(voter, choose, "Review", codes[0], "Bankjes")).Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        var count = await Choose(voter, choose, "Count", codes[0], "Speelplek", "Moestuin");
        Assert.Contains("2", count.Document.QuerySelector("#tussenstand")!.TextContent, StringComparison.Ordinal);
        var review = await Choose(voter, choose, "Review", codes[0], "Speelplek", "Moestuin");
        Assert.NotNull(review.Document.QuerySelector("#uitbrengen"));
        var cast = await voter.SubmitAsync(review, new Dictionary<string, string>(), "#uitbrengen");
        Assert.Contains("Uw stem is uitgebracht.", cast.Text, StringComparison.Ordinal);
        var receipt = app.WithDb(db => db.National<Ballot>().Single(b => b.BudgetId == budget.Id).Receipt);
        Assert.Contains(receipt, cast.Text, StringComparison.Ordinal);
        Assert.Equal("Met deze stemcode is al gestemd.", (await voter.SubmitAsync(await voter.GetAsync(ballot), new Dictionary<string, string> { ["Code"] = codes[0] }, "#stemcode")).FieldError("Code"));

        // 200 submissions with the same code at once: one ballot, the code spent once.
        var second = await voter.SubmitAsync(await voter.GetAsync(ballot), new Dictionary<string, string> { ["Code"] = codes[1] }, "#stemcode");
        var burst = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Choose(voter, second, "Cast", codes[1], "Zebrapad", "Bankjes")));
        Assert.All(burst, r => Assert.True(r.Status == HttpStatusCode.OK, $"{(int)r.Status}"));
        Assert.Equal(2, app.WithDb(db => db.National<Ballot>().Count(b => b.BudgetId == budget.Id)));
        Assert.Equal(2, app.WithDb(db => db.National<global::Plein.Platform.Verification.VotingCodes.VotingCode>().Count(c => c.ScopeId == budget.Id && c.RedeemedAt != null)));
        Assert.Equal(4, app.WithDb(db => db.National<BallotChoice>().Count(c => c.BudgetId == budget.Id)));

        // Paper: one official types a ballot in with the code on it, a second confirms it; a typo is refused and the code freed.
        var paper = $"{ballot}/papier";
        var paperForm = await staff.GetAsync(paper);
        var used = await staff.PostAsync(paper, [new("__RequestVerificationToken", Token(paperForm)), new("Voter", codes[0]), new("Choice", projects["Moestuin"].ToString()), new("Choice", projects["Zebrapad"].ToString())]);
        Assert.Equal("Met deze stemcode is al gestemd, online of op papier.", used.FieldError("Voter"));
        var invalid = await staff.SubmitAsync(paperForm, new Dictionary<string, string> { ["Voter"] = codes[2], ["Choice"] = projects["Bankjes"].ToString() }, "#papier");
        Assert.StartsWith("Dit stembiljet voldoet niet aan de regels.", invalid.FieldError("Choice"), StringComparison.Ordinal);
        Assert.Equal(codes[2], invalid.Value("Voter"));
        await staff.PostAsync($"{paper}", [new("__RequestVerificationToken", Token(paperForm)), new("Voter", codes[2]), new("Choice", projects["Moestuin"].ToString()), new("Choice", projects["Zebrapad"].ToString())]);
        await staff.PostAsync($"{paper}", [new("__RequestVerificationToken", Token(paperForm)), new("Voter", codes[3]), new("Choice", projects["Speelplek"].ToString()), new("Choice", projects["Bankjes"].ToString())]);
        var pending = app.WithDb(db => db.National<Ballot>().Where(b => b.BudgetId == budget.Id && b.Channel == BallotChannel.Papier).OrderBy(b => b.CreatedAt).Select(b => b.Id).ToList());
        Assert.Equal(2, pending.Count);
        Assert.Null((await staff.GetAsync(paper)).Document.QuerySelector($"form[action*='ballot={pending[0]}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostAsync($"{paper}?handler=Confirm&ballot={pending[0]}", [new("__RequestVerificationToken", Token(paperForm))], follow: false)).Status);
        using var checker = app.Client();
        await checker.SignInAsync(Demo.Email("beheerder", "zwolle"));
        var check = await checker.GetAsync(paper);
        await checker.SubmitAsync(check, new Dictionary<string, string>(), $"form[action*='handler=Confirm'][action*='ballot={pending[0]}']");
        await checker.SubmitAsync(await checker.GetAsync(paper), new Dictionary<string, string>(), $"form[action*='handler=Refuse'][action*='ballot={pending[1]}']");
        Assert.Equal(1, app.WithDb(db => db.National<Ballot>().Count(b => b.BudgetId == budget.Id && b.Channel == BallotChannel.Papier && b.ConfirmedBy != null)));
        Assert.Equal(0, app.WithDb(db => db.National<Ballot>().Count(b => b.Id == pending[1])));
        Assert.NotNull((await voter.SubmitAsync(await voter.GetAsync(ballot), new Dictionary<string, string> { ["Code"] = codes[3] }, "#stemcode")).Document.QuerySelector("#keuze"));
        Assert.Equal(4, app.WithDb(db => db.AuditEntries.IgnoreQueryFilters().Count(a => a.Action.StartsWith("begroten.papier-") && a.Subject == title)));

        // The phase closes: staff see the result, publish it, and a recount gives the same hashes.
        SetPhase(app, process, phase, -10, -1);
        Assert.Equal(HttpStatusCode.NotFound, (await voter.GetAsync($"{ballot}/uitslag", follow: false)).Status);
        var result = await staff.GetAsync($"{ballot}/uitslag");
        var recount = await RecountAsync(app, budget.Id);
        Assert.Contains("Assendorp-Zuid", result.Document.QuerySelector("table")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Contains(recount.InputHash, result.Text, StringComparison.Ordinal);
        Assert.Contains(recount.ResultHash, result.Text, StringComparison.Ordinal);
        Assert.Equal(3, recount.Ballots);
        // Two online ballots and the confirmed paper one: most votes first, the cheaper first on a tie, while it fits.
        Assert.Equal(["Moestuin", "Zebrapad", "Bankjes", "Speelplek"], recount.Projects.Select(p => p.Title));
        Assert.Equal([true, true, true, false], recount.Projects.Select(p => p.Funded));
        var hidden = await voter.Http.GetAsync($"/api/v1/zwolle/begrotingen/{budget.Id}/uitslag");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal("application/problem+json", hidden.Content.Headers.ContentType?.MediaType);
        // The node keeps the process page's frame (ADR 0040); publishing, a bulk update, shows the result there at once.
        var resultLink = $"a[href='{ballot}/uitslag']";
        Assert.Null((await voter.GetAsync($"/zwolle/participatie/{process}")).Document.QuerySelector(resultLink));
        await staff.SubmitAsync(result, new Dictionary<string, string>(), "main form[action*='handler=Publish']");
        Assert.NotNull((await voter.GetAsync($"/zwolle/participatie/{process}")).Document.QuerySelector(resultLink));
        var api = System.Text.Json.JsonDocument.Parse(await voter.Http.GetStringAsync($"/api/v1/zwolle/begrotingen/{budget.Id}/uitslag")).RootElement;
        Assert.Equal(recount.ResultHash, api.GetProperty("hashUitslag").GetString());
        Assert.Equal(3, api.GetProperty("stembiljetten").GetInt32());
        var listed = System.Text.Json.JsonDocument.Parse(await voter.Http.GetStringAsync("/api/v1/zwolle/begrotingen")).RootElement.GetProperty("begrotingen");
        Assert.Contains(listed.EnumerateArray(), b => b.GetProperty("titel").GetString() == title && b.GetProperty("projecten").GetArrayLength() == 4);
        Assert.Contains(recount.ResultHash, (await voter.GetAsync($"{ballot}/uitslag")).Text, StringComparison.Ordinal);
        var lines = (await voter.Http.GetStringAsync($"{ballot}/uitslag?handler=Ballots")).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[1..];
        Assert.Equal(3, lines.Length);
        var mineLine = string.Join(',', new[] { projects["Speelplek"], projects["Moestuin"] }.Select(p => p.ToString("N")).Order(StringComparer.Ordinal));
        Assert.Contains(lines, l => l.Contains(receipt, StringComparison.Ordinal) && l.Contains(mineLine, StringComparison.Ordinal));
        var exported = await voter.Http.GetStringAsync($"{ballot}/uitslag?handler=Csv");
        Assert.StartsWith("id", exported.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("Zebrapad", exported, StringComparison.Ordinal);
        Assert.Contains(title, (await voter.GetAsync($"/zwolle/participatie/{process}")).Text, StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var command = scope.ServiceProvider.GetServices<global::Plein.Platform.ICommand>().Single(c => c.Name == "tally");
        Assert.Equal(0, await command.RunAsync([budget.Id.ToString()], CancellationToken.None));
        Assert.Equal(1, await command.RunAsync([Guid.NewGuid().ToString()], CancellationToken.None));
        Assert.Equal(2, await command.RunAsync(["geen-id"], CancellationToken.None));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheSameAccountSubmittingAtOnceStoresOneBallot(string provider)
    {
        var app = apps[provider];
        var (process, phase) = app.WithDb(db =>
        {
            var p = db.National<global::Plein.Participation.Process>().Include(x => x.Phases).Single(x => x.Title == "Wijkbudget Holtenbroek");
            return (p.Id, p.Phases.OrderBy(f => f.Starts).Last().Id);
        });
        var zwolle = app.WithDb(db => db.Organisations.Single(o => o.Slug == "zwolle").Id);
        var budget = new Budget
        {
            Id = Guid.NewGuid(), OrganisationId = zwolle, ProcessId = process, VotingPhaseId = phase, Title = $"Accountbudget ({provider})", Total = 1000m, Rule = BallotRule.Approval, MaxChoices = 1,
            Eligibility = global::Plein.Platform.Verification.VerificationLevel.BevestigdEmail, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
        };
        var project = new BudgetProject { Id = Guid.NewGuid(), OrganisationId = zwolle, BudgetId = budget.Id, Title = "Bankje", Description = "Een bankje.", Cost = 500m, CreatedAt = DateTimeOffset.UtcNow };
        app.WithDb(db => { db.AddRange(budget, project); return db.SaveChanges(); });
        using var anonymous = app.Client();
        Assert.Contains("Log in om te stemmen.", (await anonymous.GetAsync($"/zwolle/begroten/{budget.Id}")).Text, StringComparison.Ordinal);
        using var resident = app.Client();
        await resident.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var page = await resident.GetAsync($"/zwolle/begroten/{budget.Id}");
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var burst = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => resident.PostAsync($"/zwolle/begroten/{budget.Id}?handler=Cast",
            [new("__RequestVerificationToken", token), new("Choice", project.Id.ToString())])));
        Assert.All(burst, r => Assert.True(r.Status == HttpStatusCode.OK, $"{(int)r.Status}"));
        Assert.Equal(1, app.WithDb(db => db.National<Ballot>().Count(b => b.BudgetId == budget.Id)));
        Assert.Contains("U heeft al gestemd.", (await resident.GetAsync($"/zwolle/begroten/{budget.Id}")).Text, StringComparison.Ordinal);
    }

    private static string Token(HtmlClient.Page page) => page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static async Task<Tally.Outcome> RecountAsync(PleinApp app, Guid budget)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<Tally>().RunAsync(budget, CancellationToken.None))!;
    }

    private static void SetPhase(PleinApp app, Guid process, Guid phase, int startDays, int endDays) => app.WithDb(db =>
    {
        var p = db.National<global::Plein.Participation.Process>().Include(x => x.Phases).Single(x => x.Id == process);
        var f = p.Phases.Single(x => x.Id == phase);
        var today = global::Plein.Platform.Tenancy.Organisation.Today;
        (f.Starts, f.Ends) = (today.AddDays(startDays), today.AddDays(endDays));
        return db.SaveChanges();
    });
}
