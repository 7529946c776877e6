using System.Security.Cryptography;

namespace Plein.Learning.Certificates;

/// <summary>A code to check a certificate with: random, without letters that look alike (0/O, 1/I), easy to type from paper.</summary>
internal static class CertificateCode
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string New()
    {
        Span<char> code = stackalloc char[15];
        "DIA-".AsSpan().CopyTo(code);
        for (var i = 4; i < code.Length; i++) code[i] = i == 9 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return new string(code);
    }

    /// <summary>The code as typed, made comparable; null when it cannot be a code.</summary>
    public static string? Normalise(string? typed)
    {
        var compact = new string([.. (typed ?? "").ToUpperInvariant().Where(char.IsLetterOrDigit)]);
        if (compact.StartsWith("DIA", StringComparison.Ordinal)) compact = compact[3..];
        return compact.Length == 10 && compact.All(Alphabet.Contains) ? $"DIA-{compact[..5]}-{compact[5..]}" : null;
    }
}
