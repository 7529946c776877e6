using System.Net;
using Microsoft.EntityFrameworkCore;
using Plein.Platform.Verification;
using Plein.Platform.Verification.VotingCodes;
using Plein.Tests.Participation;
using Plein.Tests.Support;

namespace Plein.Tests.Platform.Verification;

[Collection(AppCollection.Name)]
public sealed class VotingCodeTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    [Fact]
    public void ACodeHasFiftyBitsAndItsCheckCatchesEveryTypoAndNeighbourSwap()
    {
        Assert.True((CodeFormat.Length - 1) * Math.Log2(CodeFormat.Alphabet.Length) >= 50);
        Assert.DoesNotContain(CodeFormat.Alphabet, c => "0O1IL5S8B2ZUV".Contains(c, StringComparison.Ordinal));
        for (var n = 0; n < 200; n++)
        {
            var code = CodeFormat.New();
            Assert.Matches("^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{5}$", code);
            var plain = CodeFormat.Normalise(code)!;
            Assert.Equal(plain, CodeFormat.Normalise(code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)));
            for (var i = 0; i < plain.Length; i++)
            {
                foreach (var wrong in CodeFormat.Alphabet.Where(c => c != plain[i]))
                    Assert.Null(CodeFormat.Normalise(plain[..i] + wrong + plain[(i + 1)..]));
                if (i + 1 < plain.Length && plain[i] != plain[i + 1])
                    Assert.Null(CodeFormat.Normalise(plain[..i] + plain[i + 1] + plain[i] + plain[(i + 2)..]));
            }
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task CodesFromALetterLetResidentsSupportOncePerCodeAndStaffCanInvalidateOne(string provider)
    {
        var app = apps[provider];
        var processUrl = await ProposalFlowTests.PublishedProcessAsync(app);
        var processId = Guid.Parse(processUrl.Split('/')[^1]);
        using var staff = app.Client();
        await staff.SignInAsync(Demo.Email("ambtenaar", "zwolle"));
        var manage = await staff.GetAsync(processUrl + "/beheer");
        var tooMany = await staff.SubmitAsync(manage, new Dictionary<string, string> { ["CodeCount"] = "100001" }, "#stemcodes");
        Assert.Equal("Vul een aantal van 1 tot en met 100.000 in.", tooMany.FieldError("CodeCount"));
        var token = manage.Document.QuerySelector("#stemcodes [name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var csv = await staff.Http.PostAsync(new Uri(processUrl + "/beheer?handler=VotingCodes", UriKind.Relative),
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("CodeCount", "3")]));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var codes = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(3, codes.Distinct().Count());
        // Only keyed hashes are stored.
        var stored = app.WithDb(db => db.National<VotingCode>().Where(c => c.ScopeId == processId).Select(c => c.Hash).ToList());
        Assert.Equal(3, stored.Count);
        Assert.DoesNotContain(stored, h => codes.Any(c => h.Contains(CodeFormat.Normalise(c)!, StringComparison.Ordinal)));

        app.WithDb(db =>
        {
            db.National<global::Plein.Participation.Process>().Single(p => p.Id == processId).Phases.Single().SupportLevel = VerificationLevel.Stemcode;
            return db.SaveChanges();
        });
        using var author = app.Client();
        await author.SignInAsync(Demo.Email("raadslid", "zwolle"));
        var first = await ProposalFlowTests.ProposeAsync(author, processUrl, "Een boom voor elke straat");
        var second = await ProposalFlowTests.ProposeAsync(author, processUrl, "Een bloembak bij het buurthuis");

        using var anna = app.Client();
        await anna.SignInAsync(Demo.Email("inwoner", "zwolle"));
        var page = await anna.GetAsync(first);
        Assert.Null(page.Document.QuerySelector("#steunen"));
        var link = page.Document.QuerySelectorAll("a").First(a => a.TextContent == "Stemcode invullen").GetAttribute("href")!;
        var form = await anna.GetAsync(link);
        var typo = codes[0][..^1] + (codes[0][^1] == 'A' ? 'C' : 'A');
        var wrong = await anna.SubmitAsync(form, new Dictionary<string, string> { ["Input.Code"] = typo }, "#stemcode");
        Assert.Equal("Deze stemcode klopt niet. Controleer of u hem goed heeft overgetypt.", wrong.FieldError("Input.Code"));
        Assert.Equal(typo, wrong.Value("Input.Code"));
        var done = await anna.SubmitAsync(form, new Dictionary<string, string> { ["Input.Code"] = codes[0].ToLowerInvariant() }, "#stemcode");
        Assert.Contains("Uw stemcode is gebruikt", done.Text, StringComparison.Ordinal);
        Assert.Equal(first, done.Response.RequestMessage!.RequestUri!.AbsolutePath);
        var supported = await anna.SubmitAsync(done, new Dictionary<string, string>(), "#steunen");
        Assert.Contains("U steunt dit voorstel", supported.Text, StringComparison.Ordinal);

        // One code, one person; one person, one code.
        using var bram = app.Client();
        await bram.SignInAsync(Demo.Email("griffier", "zwolle"));
        var taken = await bram.SubmitAsync(await bram.GetAsync("/zwolle/verificatie/stemcode"), new Dictionary<string, string> { ["Input.Code"] = codes[0] }, "#stemcode");
        Assert.Equal("Deze stemcode is al gebruikt.", taken.FieldError("Input.Code"));
        var twice = await anna.SubmitAsync(await anna.GetAsync("/zwolle/verificatie/stemcode"), new Dictionary<string, string> { ["Input.Code"] = codes[1] }, "#stemcode");
        Assert.Equal("U heeft hiervoor al een stemcode gebruikt.", twice.FieldError("Input.Code"));

        // Staff invalidate Anna's code: the batch shows it, and she can no longer support.
        var batches = await staff.GetAsync("/zwolle/beheer/stemcodes");
        var invalidated = await staff.SubmitAsync(batches, new Dictionary<string, string> { ["Code"] = codes[0] }, "#ongeldig");
        Assert.Contains("De stemcode is ongeldig gemaakt", invalidated.Text, StringComparison.Ordinal);
        var row = invalidated.Document.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains(app.WithDb(db => db.National<global::Plein.Participation.Process>().Single(p => p.Id == processId).Title), StringComparison.Ordinal));
        Assert.Equal(["3", "1", "1"], row.Children.Skip(1).Take(3).Select(c => c.TextContent.Trim()));
        Assert.Null((await anna.GetAsync(second)).Document.QuerySelector("#steunen"));
        Assert.Contains(app.WithDb(db => db.National<global::Plein.Platform.Audit.AuditEntry>().Select(a => a.Action).ToList()), a => a == "stemcode.ongeldig");

        Assert.Equal(HttpStatusCode.Forbidden, (await anna.GetAsync("/zwolle/beheer/stemcodes", follow: false)).Status);
    }
}
