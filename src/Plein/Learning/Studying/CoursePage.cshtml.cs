using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Plein.Learning.Studying;

/// <summary>What a course is about and its lessons; enrol, carry on where you were, and choose whether your organisation may see it.</summary>
internal sealed class CoursePageModel(Learners learners) : PageModel
{
    [BindProperty] public bool Share { get; set; }
    public Learners.Place Place { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await learners.FindAsync(slug, ct) is not { } place) return NotFound();
        Place = place;
        Share = place.Enrolment?.ShareWithOrganisation ?? false;
        return Page();
    }

    public async Task<IActionResult> OnPostEnrolAsync(string slug, CancellationToken ct)
    {
        if (await learners.FindAsync(slug, ct) is not { } place) return NotFound();
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        await learners.EnrolAsync(place, ct);
        TempData["Melding"] = "U bent ingeschreven. Begin met de eerste les wanneer het u uitkomt.";
        return Redirect($"/leren/{slug}");
    }

    public async Task<IActionResult> OnPostShareAsync(string slug, CancellationToken ct)
    {
        if (await learners.FindAsync(slug, ct) is not { } place) return NotFound();
        if (place.Enrolment is null) return User.Identity?.IsAuthenticated == true ? NotFound() : Challenge();
        await learners.ShareAsync(place, Share, ct);
        TempData["Melding"] = Share ? "Uw organisatie kan nu zien dat u deze training volgt." : "Uw organisatie ziet niet meer dat u deze training volgt.";
        return Redirect($"/leren/{slug}");
    }
}
