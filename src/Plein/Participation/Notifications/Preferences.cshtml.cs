using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Platform.Accounts;

namespace Plein.Participation.Notifications;

/// <summary>A person chooses which participation mails they get.</summary>
internal sealed class PreferencesModel(PleinDb db, CurrentUser me) : PageModel
{
    // An unchecked box sends nothing, so the posted default must be "off"; the GET shows "on" when nothing was chosen yet.
    [BindProperty] public bool Answers { get; set; }
    [BindProperty] public bool Replies { get; set; }
    [BindProperty] public bool Phases { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (me.Id is not { } userId) return Challenge();
        var s = await db.Set<NotificationSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.UserId == userId, ct) ?? new NotificationSettings();
        (Answers, Replies, Phases) = (s.Answers, s.Replies, s.Phases);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (me.Id is not { } userId) return Challenge();
        if (!ModelState.IsValid) return Page();
        var settings = await db.Set<NotificationSettings>().FirstOrDefaultAsync(s => s.UserId == userId, ct);
        if (settings is null) db.Add(settings = new NotificationSettings { UserId = userId });
        (settings.Answers, settings.Replies, settings.Phases) = (Answers, Replies, Phases);
        await db.SaveChangesAsync(ct);
        TempData["Melding"] = "Uw keuzes zijn opgeslagen.";
        return Redirect("/account/meldingen");
    }
}
