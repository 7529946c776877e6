using Microsoft.AspNetCore.Identity;

namespace Plein.Platform.Accounts;

internal sealed class PleinUser : IdentityUser<Guid>
{
    public const string DeletedName = "verwijderde gebruiker";

    public string DisplayName { get; set; } = "";
    public string PreferredLanguage { get; set; } = "nl";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DeletedAt { get; set; }
    public bool IsDeleted => DeletedAt is not null;

    /// <summary>Erases personal data but keeps the row, so contributions stay, shown as "verwijderde gebruiker".</summary>
    public void Pseudonymise(DateTimeOffset now)
    {
        var tag = "verwijderd-" + Id.ToString("N");
        DisplayName = DeletedName;
        UserName = tag;
        NormalizedUserName = tag.ToUpperInvariant();
        Email = null;
        NormalizedEmail = null;
        EmailConfirmed = false;
        PhoneNumber = null;
        PasswordHash = null;
        TwoFactorEnabled = false;
        LockoutEnabled = true;
        LockoutEnd = DateTimeOffset.MaxValue;
        SecurityStamp = Guid.NewGuid().ToString();
        DeletedAt = now;
    }
}
