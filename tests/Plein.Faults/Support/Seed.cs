using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Plein.Budgeting;
using Plein.Participation;
using Plein.Platform.Accounts;
using Plein.Platform.Verification;
using Plein.Platform.Verification.VotingCodes;

namespace Plein.Faults.Support;

/// <summary>What the fault tests need in Zwolle: residents who can sign in, proposals open for support, a budget voted on with codes.</summary>
internal static class Seed
{
    public const string Password = "storing-wachtwoord-2026";

    private static DateOnly Today => Platform.Tenancy.Organisation.Today;

    public static async Task<List<string>> ResidentsAsync(FaultDatabase database, int count)
    {
        await using var db = await database.OpenZwolleAsync();
        var hasher = new PasswordHasher<PleinUser>();
        var emails = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var email = $"inwoner{i}.{Guid.NewGuid():N}@voorbeeld.nl";
            var user = new PleinUser
            {
                Id = Guid.NewGuid(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, DisplayName = $"Inwoner {i}", CreatedAt = DateTimeOffset.UtcNow.AddDays(-30),
                SecurityStamp = Guid.NewGuid().ToString(), ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true,
            };
            user.PasswordHash = hasher.HashPassword(user, Password);
            db.Users.Add(user);
            emails.Add(email);
        }
        await db.SaveChangesAsync();
        return emails;
    }

    /// <summary>A published process in a phase open for support without a limit, with this many proposals.</summary>
    public static async Task<List<Guid>> ProposalsAsync(FaultDatabase database, int count)
    {
        await using var db = await database.OpenZwolleAsync();
        var author = new PleinUser { Id = Guid.NewGuid(), UserName = $"schrijver.{Guid.NewGuid():N}", DisplayName = "Schrijver", CreatedAt = DateTimeOffset.UtcNow };
        db.Users.Add(author);
        var process = new Process
        {
            Id = Guid.NewGuid(), Title = "Storingsproef", Summary = "Steun onder storing", Published = true, CreatedAt = DateTimeOffset.UtcNow,
            Phases = [new Phase { Id = Guid.NewGuid(), Name = "Steunen", Starts = Today.AddDays(-5), Ends = Today.AddDays(30), SupportOpen = true, ProposalsOpen = true, CommentsOpen = true }],
        };
        db.Add(process);
        var proposals = Enumerable.Range(0, count).Select(i => new Proposal
        {
            Id = Guid.NewGuid(), ProcessId = process.Id, AuthorId = author.Id, Title = $"Voorstel {i}", Body = "Meer bomen in de straat.", CreatedAt = DateTimeOffset.UtcNow.AddSeconds(-i),
        }).ToList();
        db.AddRange(proposals);
        await db.SaveChangesAsync();
        return [.. proposals.Select(p => p.Id)];
    }

    internal sealed record BudgetSeed(Guid Budget, Guid[] Projects, List<string> Codes);

    /// <summary>A budget open for voting with voting codes (no account), and a batch of codes hashed as Plein hashes them.</summary>
    public static async Task<BudgetSeed> BudgetAsync(FaultDatabase database, int codes)
    {
        await using var db = await database.OpenZwolleAsync();
        var phase = new Phase { Id = Guid.NewGuid(), Name = "Stemmen", Starts = Today.AddDays(-3), Ends = Today.AddDays(10) };
        var process = new Process { Id = Guid.NewGuid(), Title = "Stadsbudget", Level = ParticipationLevel.Meebeslissen, Published = true, CreatedAt = DateTimeOffset.UtcNow, Phases = [phase] };
        db.Add(process);
        var budget = new Budget
        {
            Id = Guid.NewGuid(), ProcessId = process.Id, VotingPhaseId = phase.Id, Title = "Stadsbudget", Total = 1_000_000m, Rule = BallotRule.Knapsack,
            Eligibility = VerificationLevel.Stemcode, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
        };
        db.Add(budget);
        var projects = Enumerable.Range(0, 4).Select(i => new BudgetProject
        {
            Id = Guid.NewGuid(), BudgetId = budget.Id, Title = $"Project {i}", Description = "Een project.", Cost = 50_000m + i * 10_000m, CreatedAt = DateTimeOffset.UtcNow,
        }).ToArray();
        db.AddRange(projects);
        var batch = new VotingCodeBatch { Id = Guid.NewGuid(), ScopeId = budget.Id, Name = "Brieven", Count = codes, CreatedAt = DateTimeOffset.UtcNow };
        db.Add(batch);
        var plain = Enumerable.Range(0, codes * 2).Select(_ => CodeFormat.New()).Distinct().Take(codes).ToList();
        db.AddRange(plain.Select(code => new VotingCode { Id = Guid.NewGuid(), BatchId = batch.Id, ScopeId = budget.Id, Hash = CodeHash(database, code) }));
        await db.SaveChangesAsync();
        return new(budget.Id, [.. projects.Select(p => p.Id)], plain);
    }

    /// <summary>The keyed hash Plein stores for a code (ADR 0015), computed here from the configured key.</summary>
    public static string CodeHash(FaultDatabase database, string code)
    {
        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, database.MasterKey, 32, info: [.. database.Zwolle.ToByteArray(), .. Encoding.UTF8.GetBytes("stemcode")]);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(CodeFormat.Normalise(code)!)));
    }
}

internal static class SeedWork
{
    /// <summary>Mail waiting in the outbox, due now, as if the last node stopped before sending it.</summary>
    public static async Task<List<Guid>> OutboxAsync(FaultDatabase database, int count)
    {
        await using var db = database.Open();
        var now = DateTimeOffset.UtcNow;
        var messages = Enumerable.Range(0, count).Select(i => new Platform.Mail.OutboxMessage
        {
            Id = Guid.NewGuid(), To = $"ontvanger{i}@voorbeeld.nl", Subject = $"Bericht {i}", TextBody = "Een bericht uit de wachtrij.", CreatedAt = now, NextAttemptAt = now,
        }).ToList();
        db.Outbox.AddRange(messages);
        await db.SaveChangesAsync();
        return [.. messages.Select(m => m.Id)];
    }

    /// <summary>An address confirmed three years ago: past the default term of two years, so the daily purge removes it.</summary>
    public static async Task<Guid> ExpiredAddressAsync(FaultDatabase database, string email)
    {
        await using var db = await database.OpenZwolleAsync();
        var user = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Users, u => u.Email == email);
        var verification = new Platform.Verification.Census.AddressVerification
        {
            Id = Guid.NewGuid(), UserId = user.Id, Postcode = "8011AB", HouseNumber = 1, VerifiedAt = DateTimeOffset.UtcNow.AddYears(-3),
        };
        db.Add(verification);
        await db.SaveChangesAsync();
        return verification.Id;
    }
}
