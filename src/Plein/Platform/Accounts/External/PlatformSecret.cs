using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Data;

namespace Plein.Platform.Accounts.External;

/// <summary>A random secret shared by all nodes: stored in the database, encrypted with the data-protection keys.</summary>
internal sealed class PlatformSecret
{
    public string Name { get; set; } = "";
    public string ProtectedValue { get; set; } = "";
}

internal sealed class PlatformSecretConfiguration : IEntityTypeConfiguration<PlatformSecret>
{
    public void Configure(EntityTypeBuilder<PlatformSecret> b)
    {
        b.ToTable("PlatformSecrets");
        b.HasKey(s => s.Name);
        b.Property(s => s.Name).HasMaxLength(100);
        b.Property(s => s.ProtectedValue).HasMaxLength(2000);
    }
}

/// <summary>
/// Turns a BSN into a pseudonym: HMAC-SHA256 under a key derived per organisation, so the same person has a different,
/// unlinkable pseudonym in every organisation and the BSN itself is never stored.
/// </summary>
internal sealed class BsnPseudonyms(PleinDb db, IDataProtectionProvider protection, Microsoft.Extensions.Options.IOptions<PleinOptions> options)
{
    private const string SecretName = "bsn-pseudonym-master";
    private readonly IDataProtector protector = protection.CreateProtector("Plein.PlatformSecret");
    // Read once per request scope: making thousands of voting or letter codes would otherwise read the secret each time.
    private byte[]? master;
    private readonly Dictionary<(Guid, string), byte[]> keys = [];

    public async Task<string> PseudonymAsync(Guid organisationId, string bsn, CancellationToken ct)
    {
        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, await MasterAsync(ct), 32, info: organisationId.ToByteArray());
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, System.Text.Encoding.UTF8.GetBytes(bsn.Trim())));
    }

    /// <summary>A keyed hash for other secrets of an organisation (voting codes): without the key, a stolen table is useless.</summary>
    public async Task<string> KeyedHashAsync(Guid organisationId, string purpose, string value, CancellationToken ct)
    {
        if (!keys.TryGetValue((organisationId, purpose), out var key))
            keys[(organisationId, purpose)] = key = HKDF.DeriveKey(HashAlgorithmName.SHA256, await MasterAsync(ct), 32, info: [.. organisationId.ToByteArray(), .. System.Text.Encoding.UTF8.GetBytes(purpose)]);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, System.Text.Encoding.UTF8.GetBytes(value)));
    }

    /// <summary>The configured key (required in production); in Development and Testing a generated one in the database.</summary>
    private async Task<byte[]> MasterAsync(CancellationToken ct) => master ??= await LoadMasterAsync(ct);

    private async Task<byte[]> LoadMasterAsync(CancellationToken ct)
    {
        if (options.Value.PseudonymKey is { } configured) return Convert.FromBase64String(configured);
        var stored = await db.Set<PlatformSecret>().AsNoTracking().FirstOrDefaultAsync(s => s.Name == SecretName, ct);
        if (stored is not null) return protector.Unprotect(Convert.FromBase64String(stored.ProtectedValue));
        var fresh = RandomNumberGenerator.GetBytes(32);
        db.Set<PlatformSecret>().Add(new PlatformSecret { Name = SecretName, ProtectedValue = Convert.ToBase64String(protector.Protect(fresh)) });
        try
        {
            await db.SaveChangesAsync(ct);
            return fresh;
        }
        catch (DbUpdateException)
        {
            // Another node created it first: use theirs.
            db.ChangeTracker.Clear();
            stored = await db.Set<PlatformSecret>().AsNoTracking().FirstAsync(s => s.Name == SecretName, ct);
            return protector.Unprotect(Convert.FromBase64String(stored.ProtectedValue));
        }
    }
}
