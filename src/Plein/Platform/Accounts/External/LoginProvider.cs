using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Accounts.External;

/// <summary>Assurance levels of DigiD (and eHerkenning through a broker), lowest first.</summary>
internal enum AssuranceLevel { Geen, Basis, Midden, Substantieel, Hoog }

/// <summary>An organisation's OpenID Connect broker for DigiD/eHerkenning (NL GOV profile: code flow with PKCE S256).</summary>
internal sealed class LoginProvider : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public string DisplayName { get; set; } = "DigiD";
    public string Authority { get; set; } = "";
    public string ClientId { get; set; } = "";
    /// <summary>Encrypted with data protection; never shown again after saving.</summary>
    public string? ProtectedClientSecret { get; set; }
    public string Scopes { get; set; } = "openid";
    /// <summary>The claim that carries the BSN; only its keyed pseudonym is stored.</summary>
    public string BsnClaim { get; set; } = "bsn";
    /// <summary>One "acr-value=level" per line, e.g. "urn:...:MobileTwoFactorContract=midden".</summary>
    public string AcrLevels { get; set; } = DefaultAcrLevels;
    public bool Enabled { get; set; } = true;
    public DateTimeOffset UpdatedAt { get; set; }

    public const string DefaultAcrLevels =
        "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport=basis\n" +
        "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract=midden\n" +
        "urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard=substantieel\n" +
        "urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI=hoog\n" +
        "http://eidas.europa.eu/LoA/low=basis\n" +
        "http://eidas.europa.eu/LoA/substantial=substantieel\n" +
        "http://eidas.europa.eu/LoA/high=hoog";

    public string SchemeName => SchemeFor(OrganisationId);
    public static string SchemeFor(Guid organisationId) => "oidc-" + organisationId.ToString("N");
    public static string CallbackPathFor(Guid organisationId) => "/signin-oidc/" + organisationId.ToString("N");

    /// <summary>The level an acr value stands for; an unknown acr counts as no assurance at all.</summary>
    public AssuranceLevel LevelFor(string? acr) => ParseLevels(AcrLevels).TryGetValue(acr ?? "", out var level) ? level : AssuranceLevel.Geen;

    public static Dictionary<string, AssuranceLevel> ParseLevels(string text) => TryParseLevels(text, out var map, out _) ? map : [];

    /// <summary>Parses the mapping; false with the number of the first line that is not "acr=level".</summary>
    public static bool TryParseLevels(string text, out Dictionary<string, AssuranceLevel> map, out int badLine)
    {
        map = new Dictionary<string, AssuranceLevel>(StringComparer.Ordinal);
        var lines = text.Split('\n', StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var at = lines[i].LastIndexOf('=');
            if (at <= 0 || !Enum.TryParse<AssuranceLevel>(lines[i][(at + 1)..].Trim(), ignoreCase: true, out var level) || level == AssuranceLevel.Geen)
            {
                badLine = i + 1;
                return false;
            }
            map[lines[i][..at].Trim()] = level;
        }
        badLine = 0;
        return true;
    }
}

internal sealed class LoginProviderConfiguration : IEntityTypeConfiguration<LoginProvider>
{
    public void Configure(EntityTypeBuilder<LoginProvider> b)
    {
        b.ToTable("LoginProviders");
        b.Property(p => p.DisplayName).HasMaxLength(60);
        b.Property(p => p.Authority).HasMaxLength(300);
        b.Property(p => p.ClientId).HasMaxLength(200);
        b.Property(p => p.ProtectedClientSecret).HasMaxLength(2000);
        b.Property(p => p.Scopes).HasMaxLength(300);
        b.Property(p => p.BsnClaim).HasMaxLength(100);
        b.Property(p => p.AcrLevels).HasMaxLength(4000);
        b.HasIndex(p => p.OrganisationId).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId);
    }
}
