using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;

namespace Plein.Participation.Notifications;

/// <summary>The link in every notification mail: unsubscribe from that kind of mail without logging in.</summary>
internal sealed class UnsubscribeModel(PleinDb db, Notifier notifier) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "t")] public string? Token { get; set; }
    public bool Valid { get; private set; }
    public bool Done { get; private set; }
    public string What { get; private set; } = "";

    public void OnGet() => Read(out _, out _);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Read(out var userId, out var kind)) return Page();
        if (!await db.Users.AnyAsync(u => u.Id == userId, ct)) { Valid = false; return Page(); }
        var settings = await db.Set<NotificationSettings>().FirstOrDefaultAsync(s => s.UserId == userId, ct);
        if (settings is null) db.Add(settings = new NotificationSettings { UserId = userId });
        settings.Set(kind, false);
        await db.SaveChangesAsync(ct);
        Done = true;
        return Page();
    }

    private bool Read(out Guid userId, out NotificationKind kind)
    {
        Valid = notifier.TryReadToken(Token, out userId, out kind);
        What = kind switch
        {
            NotificationKind.Antwoorden => "antwoorden op voorstellen die u volgt",
            NotificationKind.Reacties => "antwoorden op uw reacties",
            _ => "nieuwe fasen in processen waarin u een voorstel volgt",
        };
        return Valid;
    }
}
