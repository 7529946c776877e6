using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Platform.Accounts;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Verification.VotingCodes;

/// <summary>A set of voting codes (stemcodes) made for one purpose, such as a participation process, sent by letter.</summary>
internal sealed class VotingCodeBatch : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    /// <summary>What the codes are for (a process id); a code counts only there.</summary>
    public Guid ScopeId { get; set; }
    public string Name { get; set; } = "";
    public int Count { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>One code, stored only as a keyed hash. Redeemed once, by one account; staff can invalidate it.</summary>
internal sealed class VotingCode : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid BatchId { get; set; }
    public Guid ScopeId { get; set; }
    public string Hash { get; set; } = "";
    public Guid? RedeemedBy { get; set; }
    public DateTimeOffset? RedeemedAt { get; set; }
    public DateTimeOffset? InvalidatedAt { get; set; }
}

internal sealed class VotingCodeConfiguration : IEntityTypeConfiguration<VotingCodeBatch>, IEntityTypeConfiguration<VotingCode>
{
    public void Configure(EntityTypeBuilder<VotingCodeBatch> b)
    {
        b.ToTable("VotingCodeBatches");
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasIndex(x => x.ScopeId);
    }

    public void Configure(EntityTypeBuilder<VotingCode> b)
    {
        b.ToTable("VotingCodes");
        b.Property(x => x.Hash).HasMaxLength(64);
        b.HasIndex(x => x.Hash).IsUnique();
        // One code per person per purpose: a second code does not give a second say.
        b.HasIndex(x => new { x.ScopeId, x.RedeemedBy }).IsUnique();
        b.HasOne<VotingCodeBatch>().WithMany().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PleinUser>().WithMany().HasForeignKey(x => x.RedeemedBy).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// The code format: 13 characters from an alphabet of 23 without look-alikes (no 0/O, 1/I/L, 5/S, 8/B, 2/Z, U/V), the
/// last a check character over the other 12, shown as XXXX-XXXX-XXXXX. 12 x log2(23) = 54 bits of chance. 23 is prime,
/// so the weighted check catches every single wrong character and every swap of two neighbours.
/// </summary>
internal static class CodeFormat
{
    public const string Alphabet = "34679ACDEFGHJKMNPQRTWXY";
    public const int Length = 13;

    public static string New()
    {
        var body = new char[Length - 1];
        for (var i = 0; i < body.Length; i++) body[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        var code = new string(body) + Check(body);
        return $"{code[..4]}-{code[4..8]}-{code[8..]}";
    }

    /// <summary>Upper case, without spaces and dashes; null when it is not a well-formed code (a typo the check catches).</summary>
    public static string? Normalise(string? typed)
    {
        var code = new string((typed ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());
        if (code.Length != Length || code.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal))) return null;
        return Check(code.AsSpan(0, Length - 1)) == code[^1] ? code : null;
    }

    /// <summary>A weighted sum modulo the alphabet size: catches any single wrong character and most swaps of neighbours.</summary>
    private static char Check(ReadOnlySpan<char> body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++) sum += (i + 1) * Alphabet.IndexOf(body[i], StringComparison.Ordinal);
        return Alphabet[sum % Alphabet.Length];
    }
}
