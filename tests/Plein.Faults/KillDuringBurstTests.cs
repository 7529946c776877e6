using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Plein.Budgeting.Ballots;
using Plein.Faults.Support;
using Plein.Participation;
using SupportRow = Plein.Participation.Support;
using Plein.Platform.Verification.VotingCodes;

namespace Plein.Faults;

/// <summary>
/// SIGKILL while residents support proposals (API, signed in) and voters cast ballots (voting codes): after a restart
/// every acknowledged write is there exactly once, every spent code has its ballot and every count matches its rows.
/// </summary>
public sealed class KillDuringBurstTests(ITestOutputHelper output)
{
    [Fact]
    public Task Sqlite_keeps_every_acknowledged_write_once() => KillDuringBurstAsync(FaultDatabase.Sqlite);

    [PostgresFact]
    public Task Postgres_keeps_every_acknowledged_write_once() => KillDuringBurstAsync(FaultDatabase.Postgres);

    private async Task KillDuringBurstAsync(string provider)
    {
        using var database = await FaultDatabase.CreateAsync(provider);
        var emails = await Seed.ResidentsAsync(database, 4);
        var proposals = await Seed.ProposalsAsync(database, 400);
        var budget = await Seed.BudgetAsync(database, 2000);
        var supported = new ConcurrentBag<(string Email, Guid Proposal)>();
        var cast = new ConcurrentBag<string>();

        using (var node = await PleinNode.StartAsync(database, smtpPort: PleinNode.FreePort()))
        {
            var residents = new List<HttpClient>();
            foreach (var email in emails)
            {
                var http = node.Client();
                await Forms.SignInAsync(http, email);
                residents.Add(http);
            }
            var codes = new ConcurrentQueue<string>(budget.Codes);
            var ballotPath = $"/zwolle/begroten/{budget.Budget}";
            var voters = new List<(HttpClient Http, string Token)>();
            for (var v = 0; v < 3; v++)
            {
                var http = node.Client();
                voters.Add((http, await Forms.TokenAsync(http, ballotPath)));
            }

            using var stop = new CancellationTokenSource();
            var supporting = residents.Select((http, r) => Task.Run(async () =>
            {
                // Each resident in an order of their own, so they meet on the same proposals at different moments.
                foreach (var proposal in proposals.Skip(r * 50).Concat(proposals.Take(r * 50)))
                {
                    if (stop.IsCancellationRequested) return;
                    try
                    {
                        using var response = await Forms.SupportAsync(http, proposal);
                        if (response.StatusCode == HttpStatusCode.Created) supported.Add((emails[r], proposal));
                        else throw new InvalidOperationException($"Support answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { return; }
                }
            })).ToList();
            var voting = voters.Select(voter => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested && codes.TryDequeue(out var code))
                {
                    try
                    {
                        using var response = await Forms.PostAsync(voter.Http, ballotPath + "?handler=Cast", voter.Token,
                            ("Code", code), ("Choice", budget.Projects[0].ToString()), ("Choice", budget.Projects[1].ToString()));
                        if (response.StatusCode == HttpStatusCode.Redirect) cast.Add(code);
                        else throw new InvalidOperationException($"Ballot answered {(int)response.StatusCode}");
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { return; }
                }
            })).ToList();

            // Kill in the middle of the burst: once both kinds of writes are flowing, with requests in flight.
            var until = DateTime.UtcNow.AddSeconds(20);
            while ((supported.Count < 60 || cast.Count < 30) && DateTime.UtcNow < until && !supporting.Concat(voting).Any(t => t.IsFaulted)) await Task.Delay(20);
            node.KillHard();
            stop.Cancel();
            await Task.WhenAll(supporting.Concat(voting));
            foreach (var http in residents.Concat(voters.Select(v => v.Http))) http.Dispose();
        }
        Assert.True(supported.Count >= 60 && cast.Count >= 30, $"The burst was too small to prove anything: {supported.Count} supports, {cast.Count} ballots acknowledged before the kill.");

        // Restarted on the same database, as after a crash: Plein must start and serve again.
        using (var again = await PleinNode.StartAsync(database, smtpPort: PleinNode.FreePort()))
        using (var http = again.Client())
        {
            using var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            await Forms.SignInAsync(http, emails[0]);
            var fresh = proposals.First(p => !supported.Contains((emails[0], p)));
            using var after = await Forms.SupportAsync(http, fresh);
            Assert.True(after.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"Support after the restart answered {(int)after.StatusCode}");
        }

        await using var db = await database.OpenZwolleAsync();
        var users = await db.Users.AsNoTracking().Where(u => emails.Contains(u.Email!)).ToDictionaryAsync(u => u.Email!, u => u.Id);
        var rows = await db.Set<SupportRow>().AsNoTracking().Select(s => new { s.ProposalId, s.UserId }).ToListAsync();
        foreach (var (email, proposal) in supported)
            Assert.Equal(1, rows.Count(s => s.ProposalId == proposal && s.UserId == users[email]));
        var perProposal = rows.GroupBy(s => s.ProposalId).ToDictionary(g => g.Key, g => g.Count());
        var counts = await db.Set<Proposal>().AsNoTracking().Where(p => proposals.Contains(p.Id)).Select(p => new { p.Id, p.SupportCount }).ToListAsync();
        foreach (var p in counts) Assert.True(p.SupportCount == perProposal.GetValueOrDefault(p.Id), $"Proposal {p.Id}: SupportCount {p.SupportCount}, {perProposal.GetValueOrDefault(p.Id)} supports");

        var ballots = await db.Set<Ballot>().AsNoTracking().Where(b => b.BudgetId == budget.Budget).Select(b => new { b.Id, b.VoterKey }).ToListAsync();
        foreach (var code in cast)
            Assert.Equal(1, ballots.Count(b => b.VoterKey == "c:" + Seed.CodeHash(database, code)));
        var spent = await db.Set<VotingCode>().AsNoTracking().Where(c => c.ScopeId == budget.Budget && c.RedeemedAt != null).Select(c => "c:" + c.Hash).ToListAsync();
        Assert.Equal(spent.Order(), ballots.Select(b => b.VoterKey).Order());
        var choices = await db.Set<BallotChoice>().AsNoTracking().Where(c => c.BudgetId == budget.Budget).GroupBy(c => c.BallotId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Assert.Equal(ballots.Count, choices.Count);
        Assert.All(choices, c => Assert.Equal(2, c.Count));
        output.WriteLine($"{provider}: {supported.Count} supports and {cast.Count} ballots acknowledged before SIGKILL; after restart {rows.Count} supports, {ballots.Count} ballots, {spent.Count} codes spent");
    }
}
