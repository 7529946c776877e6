using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Plein.Platform.Security;

/// <summary>
/// Takes BSNs and secrets out of every log line before any provider sees it (ADR 0033): the message, its structured
/// values and the exception text. Scopes pass through unchanged (Plein logs none with personal data).
/// </summary>
internal static partial class LogRedaction
{
    public const string Bsn = "[BSN]";
    public const string Hidden = "***";

    public static IServiceCollection AddLogRedaction(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(sp => new RedactingLoggerFactory(ActivatorUtilities.CreateInstance<LoggerFactory>(sp))));
        return services;
    }

    public static string Redact(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        text = SecretPair().Replace(text, m => m.Groups["key"].Value + m.Groups["sep"].Value + Hidden);
        text = Credentials().Replace(text, m => m.Groups["scheme"].Value + " " + Hidden);
        text = Tokens().Replace(text, Hidden);
        return NineDigits().Replace(text, m => PassesElfproef(m.Value) ? Bsn : m.Value);
    }

    /// <summary>The BSN check: 9 digits, weights 9..2 and -1, a multiple of 11 (and not all zeros).</summary>
    public static bool PassesElfproef(string candidate)
    {
        var digits = candidate.Where(char.IsAsciiDigit).Select(c => c - '0').ToArray();
        if (digits.Length != 9 || digits.All(d => d == 0)) return false;
        var sum = 0;
        for (var i = 0; i < 8; i++) sum += digits[i] * (9 - i);
        sum -= digits[8];
        return sum % 11 == 0;
    }

    // key=value, key: value, "key":"value" for names that hold secrets (also inside query strings, connection strings and JSON).
    [GeneratedRegex("""(?<key>\b(?:password|passwd|pwd|wachtwoord|secret|client_?secret|clientsecret|token|access_token|id_token|refresh_token|code|stemcode|totp|otp|api_?key|authorization|cookie|set-cookie|bsn)\b"?)(?<sep>\s*[=:]\s*"?)(?:(?:Bearer|Basic)\s+)?(?:[^;&\s",}]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretPair();

    /// <summary>Structured values whose name says they are secret: hidden whatever they look like.</summary>
    [GeneratedRegex("password|wachtwoord|secret|token|code|bsn|cookie|authorization|totp", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex SecretName();

    [GeneratedRegex(@"(?<scheme>\b(?:Bearer|Basic))\s+[A-Za-z0-9._~+/=-]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credentials();

    // Data-protection payloads (cookies, antiforgery tokens) and JWTs, wherever they appear.
    [GeneratedRegex(@"CfDJ8[A-Za-z0-9_-]{16,}|\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Tokens();

    // Nine digits, possibly grouped with dots or spaces (1234.56.789, 123 456 789), not part of a longer number.
    [GeneratedRegex(@"(?<![\d.])\d(?:[.\s]?\d){8}(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex NineDigits();
}

internal sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));
    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);
    public void Dispose() => inner.Dispose();
}

internal sealed class RedactingLogger(ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);
    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!inner.IsEnabled(logLevel)) return;
        var message = formatter(state, null);
        var values = new List<KeyValuePair<string, object?>>();
        if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            foreach (var (key, value) in pairs)
            {
                var text = key == "{OriginalFormat}" || value is null ? null : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
                if (text is { Length: > 0 } && LogRedaction.SecretName().IsMatch(key))
                {
                    // A value logged under a secret name leaves the message too, however it is written there.
                    message = message.Replace(text, LogRedaction.Hidden, StringComparison.Ordinal);
                    values.Add(new(key, LogRedaction.Hidden));
                }
                else values.Add(new(key, text is null ? value : LogRedaction.Redact(text)));
            }
        }
        message = LogRedaction.Redact(message);
        var redacted = new RedactedState(message, values);
        inner.Log(logLevel, eventId, redacted, exception is null ? null : new RedactedException(exception), static (s, _) => s.ToString());
    }

    private sealed class RedactedState(string message, List<KeyValuePair<string, object?>> values) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public KeyValuePair<string, object?> this[int index] => values[index];
        public int Count => values.Count;
        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        public override string ToString() => message;
    }
}

/// <summary>An exception as providers print it (ToString), with BSNs and secrets taken out. No inner exception: a provider
/// that walks inner exceptions would print the original.</summary>
internal sealed class RedactedException(Exception original) : Exception(LogRedaction.Redact(original.Message))
{
    private readonly string text = LogRedaction.Redact(original.ToString());

    public override string ToString() => text;
    public override string? StackTrace => null;
}
