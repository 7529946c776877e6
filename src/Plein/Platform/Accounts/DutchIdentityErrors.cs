using Microsoft.AspNetCore.Identity;

namespace Plein.Platform.Accounts;

internal sealed class DutchIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = "Er is al een account met dit e-mailadres." };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = "Er is al een account met dit e-mailadres." };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = "Dit is geen geldig e-mailadres." };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = "Dit e-mailadres kan niet als gebruikersnaam dienen." };
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Kies een wachtwoord van minstens {length} tekens." };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "Het wachtwoord klopt niet." };
    public override IdentityError InvalidToken() => new() { Code = nameof(InvalidToken), Description = "Deze link is verlopen of al gebruikt. Vraag een nieuwe aan." };
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Gebruik minstens {uniqueChars} verschillende tekens." };
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "Er ging iets mis. Probeer het opnieuw." };
    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "Iemand anders wijzigde dit tegelijk. Probeer het opnieuw." };
    public override IdentityError UserLockoutNotEnabled() => new() { Code = nameof(UserLockoutNotEnabled), Description = "Blokkeren is niet ingeschakeld voor dit account." };
    public override IdentityError RecoveryCodeRedemptionFailed() => new() { Code = nameof(RecoveryCodeRedemptionFailed), Description = "Deze herstelcode klopt niet." };
}
