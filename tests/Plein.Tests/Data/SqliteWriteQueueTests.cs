using Microsoft.Extensions.DependencyInjection;
using Plein.Data;
using Plein.Tests.Support;

namespace Plein.Tests.Data;

/// <summary>ADR 0042: on SQLite the busiest writes take turns in the process; on PostgreSQL they do not wait for each other.</summary>
[Collection(AppCollection.Name)]
public sealed class SqliteWriteQueueTests(Apps apps)
{
    public static TheoryData<string> Providers => Apps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task OnSqliteASecondWriteStartsOnlyWhenTheFirstIsDone(string provider)
    {
        var services = apps[provider].Services;
        var queue = services.GetRequiredService<SqliteWriteQueue>();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PleinDb>();
        var release = new TaskCompletionSource();
        var secondStarted = new TaskCompletionSource();
        var first = queue.RunAsync(db, async () => { await release.Task; return 1; }, default);
        var second = queue.RunAsync(db, () => { secondStarted.SetResult(); return Task.FromResult(2); }, default);

        var startedWhileFirstRuns = await Task.WhenAny(secondStarted.Task, Task.Delay(300)) == secondStarted.Task;
        Assert.Equal(provider == PleinApp.Postgres, startedWhileFirstRuns);
        release.SetResult();
        var results = await Task.WhenAll(first, second);
        Assert.Equal([1, 2], results);
    }
}
