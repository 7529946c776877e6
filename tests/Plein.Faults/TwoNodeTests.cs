using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Plein.Faults.Support;
using Plein.Participation;
using Plein.Platform.Privacy;
using Plein.Tests.Support;
using SupportRow = Plein.Participation.Support;

namespace Plein.Faults;

/// <summary>
/// Two Plein nodes on one PostgreSQL database, requests going to either: a sign-in on one holds on the other (cookies
/// and antiforgery tokens), supports through both give exact counts, and scheduled work (the outbox, the daily
/// retention purge) runs once across both.
/// </summary>
public sealed class TwoNodeTests(ITestOutputHelper output)
{
    private sealed record SupportAnswer(Guid VoorstelId, int Steun, bool Gesteund);
    private sealed record ProposalAnswer(Guid Id, int Steun);

    [PostgresFact]
    public async Task Two_nodes_share_sign_ins_keep_counts_exact_and_run_scheduled_work_once()
    {
        using var database = await FaultDatabase.CreateAsync(FaultDatabase.Postgres);
        var emails = await Seed.ResidentsAsync(database, 4);
        var proposals = await Seed.ProposalsAsync(database, 12);
        var mail = await SeedWork.OutboxAsync(database, 60);
        var expired = await SeedWork.ExpiredAddressAsync(database, emails[0]);
        using var smtp = new TestSmtpServer(PleinNode.FreePort());

        // Started together, as a deployment does: both run their start-up work and first rounds against the one database.
        var starting = new[] { PleinNode.StartAsync(database, smtp.Port), PleinNode.StartAsync(database, smtp.Port) };
        try { await Task.WhenAll(starting); }
        finally { foreach (var s in starting.Where(s => s.IsCompletedSuccessfully)) if (starting.Any(t => !t.IsCompletedSuccessfully)) s.Result.Dispose(); }
        using var a = starting[0].Result;
        using var b = starting[1].Result;

        // A sign-in started on A (its page, antiforgery cookie and token) and completed on B; the session cookie B
        // issued is valid on A; a form page from A (token for this user) is accepted when posted to B.
        var clients = new List<(HttpClient A, HttpClient B)>();
        foreach (var email in emails)
        {
            var jar = new CookieContainer();
            var (onA, onB) = (a.Client(jar), b.Client(jar));
            await Forms.SignInAsync(onA, onB, email);
            clients.Add((onA, onB));
        }
        using (var account = await clients[0].A.GetAsync(new Uri("/account", UriKind.Relative)))
            Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        var token = await Forms.TokenAsync(clients[0].A, "/account");
        using (var saved = await Forms.PostAsync(clients[0].B, "/account", token, ("Input.DisplayName", "Naam via knooppunt B")))
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using (var db = database.Open())
            Assert.Equal("Naam via knooppunt B", await db.Users.Where(u => u.Email == emails[0]).Select(u => u.DisplayName).SingleAsync());

        // Every resident supports every proposal, alternating between the nodes, all residents at once; the first
        // proposal each resident supports through both nodes at the same moment.
        await Task.WhenAll(clients.Select(async c =>
        {
            var both = await Task.WhenAll(Forms.SupportAsync(c.A, proposals[0]), Forms.SupportAsync(c.B, proposals[0]));
            Assert.All(both, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"Support answered {(int)r.StatusCode}"));
            Assert.Single(both, r => r.StatusCode == HttpStatusCode.Created);
            for (var i = 1; i < proposals.Count; i++)
            {
                using var response = await Forms.SupportAsync(i % 2 == 0 ? c.A : c.B, proposals[i]);
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                Assert.True((await response.Content.ReadFromJsonAsync<SupportAnswer>())!.Gesteund);
            }
        }));
        await using (var db = await database.OpenZwolleAsync())
        {
            var rows = await db.Set<SupportRow>().GroupBy(s => s.ProposalId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
            var counts = await db.Set<Proposal>().Where(p => proposals.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.SupportCount);
            foreach (var p in proposals)
            {
                Assert.Equal(emails.Count, rows.GetValueOrDefault(p));
                Assert.Equal(emails.Count, counts[p]);
            }
        }
        foreach (var node in new[] { clients[1].A, clients[1].B })
        {
            var shown = await node.GetFromJsonAsync<ProposalAnswer>(new Uri($"/api/v1/zwolle/voorstellen/{proposals[^1]}", UriKind.Relative));
            Assert.Equal(emails.Count, shown!.Steun);
        }

        // Scheduled work: each waiting mail sent once, by one of the nodes; the day's retention purge done once.
        var watch = Stopwatch.StartNew();
        while (smtp.Messages.Count < mail.Count && watch.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(100);
        await Task.Delay(1500); // room for a second delivery, if a node were to send one
        var delivered = smtp.Messages.Select(m => m.MessageId).ToList();
        Assert.Equal(mail.Select(id => $"{id:N}@plein").Order(), delivered.Order());
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTimeOffset.UtcNow, "Europe/Amsterdam").DateTime);
        await using (var db = database.Open())
        {
            Assert.Equal(mail.Count, await db.Outbox.CountAsync(m => mail.Contains(m.Id) && m.SentAt != null && m.Attempts == 0));
            while (!await db.Set<RetentionRun>().AnyAsync(r => r.Day == today && r.FinishedAt != null) && watch.Elapsed < TimeSpan.FromSeconds(40)) await Task.Delay(200);
            Assert.Equal(1, await db.Set<RetentionRun>().CountAsync());
            Assert.Equal(1, (await db.Set<RetentionRun>().SingleAsync()).Purged);
        }
        await using (var db = await database.OpenZwolleAsync())
        {
            Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == RetentionPurge.AuditAction));
            Assert.False(await db.Set<Platform.Verification.Census.AddressVerification>().AnyAsync(v => v.Id == expired));
        }
        output.WriteLine($"{delivered.Count} mails delivered once across two nodes; one retention run; {emails.Count * proposals.Count} supports counted exactly");
        foreach (var (onA, onB) in clients) { onA.Dispose(); onB.Dispose(); }
    }
}
