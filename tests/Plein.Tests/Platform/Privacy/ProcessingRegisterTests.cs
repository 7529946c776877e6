using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Privacy;
using Plein.Tests.Support;

namespace Plein.Tests.Platform.Privacy;

[Collection(AppCollection.Name)]
public sealed class ProcessingRegisterTests(Apps apps)
{
    /// <summary>The module a type belongs to: Plein.Council.Voting.CastVote is in "Council".</summary>
    private static string ModuleOf(Type t) => t.Namespace!.Split('.')[1];

    [Fact]
    public void EveryTableThatPointsToAPersonIsInItsModulesProcessingRegister()
    {
        var app = apps[PleinApp.Sqlite];
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
        var registers = scope.ServiceProvider.GetServices<IProcessingRegister>().ToList();
        var declared = registers.SelectMany(r => r.Activities.SelectMany(a => a.Stores.Select(t => (Type: t, Register: r)))).ToList();
        var personal = PersonalDataModel.UserColumns(db).Select(c => c.Entity.ClrType).Distinct().ToList();
        Assert.NotEmpty(personal);
        foreach (var type in personal)
        {
            var owner = declared.Where(d => d.Type == type).Select(d => d.Register).ToList();
            Assert.True(owner.Count > 0, $"{type.FullName} holds an account id but no processing register names it.");
            if (type.Namespace!.StartsWith("Plein.", StringComparison.Ordinal))
                Assert.Contains(owner, r => ModuleOf(r.GetType()) == ModuleOf(type));
        }
        // Each module that stores something about a person has its own register and its own export and erasure.
        var sources = scope.ServiceProvider.GetServices<IPersonalDataSource>().Select(s => ModuleOf(s.GetType())).ToHashSet();
        foreach (var module in personal.Where(t => t.Namespace!.StartsWith("Plein.", StringComparison.Ordinal)).Select(ModuleOf).Distinct())
        {
            Assert.Contains(registers, r => ModuleOf(r.GetType()) == module);
            Assert.True(sources.Contains(module), $"Module {module} stores personal data but has no IPersonalDataSource (export and erasure).");
        }
        Assert.All(registers, r => Assert.NotEmpty(r.Activities));
        // Every retention rule is shown on a line of the register.
        var keys = declared.Select(d => d.Register).SelectMany(r => r.Activities).Select(a => a.RetentionKey).ToHashSet();
        Assert.All(scope.ServiceProvider.GetServices<IRetentionRule>(), rule => Assert.Contains(rule.Key, keys));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task TheRegisterIsPublicPerModuleAndShowsTheOrganisationsOwnTerm(string provider)
    {
        var app = apps[provider];
        using var anonymous = app.Client();
        var privacy = await anonymous.GetAsync("/privacy");
        Assert.NotNull(privacy.Document.QuerySelector("main a[href='/verwerkingsregister']"));
        Assert.NotNull(privacy.Document.QuerySelector("footer a[href='/verwerkingsregister']"));
        var page = await anonymous.GetAsync("/verwerkingsregister");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        var headings = page.Document.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        using (var scope = app.Services.CreateScope())
            foreach (var register in scope.ServiceProvider.GetServices<IProcessingRegister>())
                Assert.Contains(register.Module, headings);
        Assert.Contains("Standaard 24 maanden", page.Text, StringComparison.Ordinal);

        using var beheerder = app.Client();
        await beheerder.SignInAsync(Demo.Email("beheerder", "wdodelta"));
        var settings = await beheerder.GetAsync("/waterschap-drents-overijsselse-delta/beheer/bewaartermijnen");
        var fields = settings.Document.QuerySelectorAll("main form input[name^='Input.Months']").ToList();
        Assert.NotEmpty(fields);
        var labels = fields.Select(f => settings.Document.QuerySelector($"label[for='{f.Id}']")!.TextContent).ToList();
        var address = labels.FindIndex(l => l.Contains("Bevestigde adressen", StringComparison.Ordinal));
        var values = fields.Select((f, i) => (Name: f.GetAttribute("name")!, Value: i == address ? "7" : f.GetAttribute("value")!)).ToDictionary(x => x.Name, x => x.Value);

        var wrong = await beheerder.SubmitAsync(settings, new Dictionary<string, string>(values) { [fields[address].GetAttribute("name")!] = "zeven<script>" });
        Assert.Equal(System.Net.HttpStatusCode.OK, wrong.Status);
        Assert.Equal(RetentionSettingsText, wrong.FieldError(fields[address].GetAttribute("name")!));
        Assert.Equal("zeven<script>", wrong.Value(fields[address].GetAttribute("name")!));
        var tooLong = await beheerder.SubmitAsync(settings, new Dictionary<string, string>(values) { [fields[address].GetAttribute("name")!] = "999" });
        Assert.Equal(RetentionSettingsText, tooLong.FieldError(fields[address].GetAttribute("name")!));

        await beheerder.SubmitAsync(settings, values);
        var own = await anonymous.GetAsync("/waterschap-drents-overijsselse-delta/verwerkingsregister");
        Assert.Contains("Bij deze organisatie 7 maanden", own.Text, StringComparison.Ordinal);
        Assert.Contains("Standaard 24 maanden", (await anonymous.GetAsync("/verwerkingsregister")).Text, StringComparison.Ordinal);
        Assert.True(app.WithDb(db => db.AuditEntries.IgnoreQueryFilters().Any(a => a.Action == "bewaartermijnen.gewijzigd" && a.Subject.Contains("adresbevestigingen: 7"))));

        using var resident = app.Client();
        await resident.SignInAsync(Demo.Email("inwoner", "wdodelta"));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await resident.GetAsync("/waterschap-drents-overijsselse-delta/beheer/bewaartermijnen")).Status);
    }

    private const string RetentionSettingsText = global::Plein.Platform.Privacy.Retention.RetentionSettingsModel.InvalidMonths;
}
