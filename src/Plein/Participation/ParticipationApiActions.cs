using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Participation.Comments;
using Plein.Participation.Processes;
using Plein.Participation.Proposals;
using Plein.Platform.Accounts;
using Plein.Platform.Security;
using Plein.Platform.Verification;

namespace Plein.Participation;

/// <summary>
/// Supporting and commenting through /api/v1, for the signed-in resident (the session cookie, SameSite=Lax). Writes
/// must be JSON, which a cross-site form cannot send, so the cookie cannot be abused by another site.
/// </summary>
internal static class ParticipationApiActions
{
    internal sealed record SteunDto(Guid VoorstelId, int Steun, bool Gesteund);
    internal sealed record ReactieDto(Guid Id, Guid VoorstelId, Guid? AntwoordOp, string Tekst, DateTimeOffset Geplaatst);
    internal sealed record ReactieLijst(IReadOnlyList<ReactieDto> Reacties);
    internal sealed record NieuweReactie(string? Tekst, Guid? AntwoordOp);

    public static RouteGroupBuilder MapParticipationApiActions(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/{org}").WithTags("Participatie").RequireRateLimiting(RateLimits.Api);
        group.MapPost("/voorstellen/{id:guid}/steun", Support).WithName("voorstelSteunen")
            .WithSummary("Steun een voorstel als ingelogde inwoner; nog een keer steunen verandert niets");
        group.MapGet("/voorstellen/{id:guid}/reacties", Comments).WithName("reactiesLijst").WithSummary("Zichtbare reacties bij een voorstel, oudste eerst (hoogstens 500)");
        group.MapPost("/voorstellen/{id:guid}/reacties", Comment).WithName("reactiePlaatsen").WithSummary("Plaats een reactie, of een antwoord op een reactie");
        return group;
    }

    private static async Task<(Proposal?, Process?)> FindAsync(PleinDb db, Guid id, CancellationToken ct)
    {
        var proposal = await db.Set<Proposal>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.Status != ProposalStatus.Ingetrokken, ct);
        var process = proposal is null ? null : await db.Set<Process>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == proposal.ProcessId && p.Published, ct);
        return (process is null ? null : proposal, process);
    }

    private static async Task<Results<Created<SteunDto>, Ok<SteunDto>, ProblemHttpResult>> Support(
        HttpContext http, PleinDb db, CurrentUser me, SupportProposal support, ProcessFrames frames, Verifier verifier, Guid id, CancellationToken ct)
    {
        if (!http.Request.HasJsonContentType()) return Problem(415, "Verkeerd formaat", "Stuur JSON (Content-Type: application/json), bijvoorbeeld {}.");
        var loaded = await me.LoadAsync(ct);
        if (loaded.User is null) return Problem(401, "Niet ingelogd", "Log in om dit voorstel te steunen.");
        // The busiest write reads once: the proposal's card, and whether this person supports it already or is blocked.
        // Its process (with the phases) is the one the process page keeps on this node.
        var userId = loaded.User.Id;
        var found = await db.Set<Proposal>().AsNoTracking().Where(p => p.Id == id && p.Status != ProposalStatus.Ingetrokken)
            .Select(p => new
            {
                Proposal = new Proposal { Id = p.Id, ProcessId = p.ProcessId, Status = p.Status, SupportCount = p.SupportCount },
                Supported = db.Set<Support>().Any(s => s.ProposalId == id && s.UserId == userId),
                Blocked = db.Set<BlockedUser>().Any(b => b.UserId == userId),
            }).FirstOrDefaultAsync(ct);
        var process = found is null ? null : (await frames.FindAsync(found.Proposal.ProcessId, ct))?.Process;
        if (found is null || process is not { Published: true }) return Problem(404, "Niet gevonden", "Dit voorstel bestaat niet of is niet openbaar.");
        var proposal = found.Proposal;
        if (found.Supported) return TypedResults.Ok(new SteunDto(id, proposal.SupportCount, true));
        var verified = await verifier.LevelAsync(loaded, process.CensusAreaId, process.Id, process.PhaseOn(Platform.Tenancy.Organisation.Today)?.SupportLevel ?? default, ct);
        var decision = await support.DecideAsync(process, proposal, loaded.User, verified, found.Blocked, ct);
        if (!decision.Allowed)
            return Problem(403, "Niet toegestaan", decision.NeedsLevel is { } level ? $"Hiervoor is {VerificationLevels.Describe(level)} nodig." : decision.Reason!);
        var outcome = await support.RunAsync(proposal, loaded.User.Id, process.PhaseOn(Platform.Tenancy.Organisation.Today)?.SupportLimit, ct);
        // The count as this request saw it, plus its own support: one query less on the busiest write.
        return outcome switch
        {
            SupportProposal.Outcome.Supported => TypedResults.Created($"/api/v1/{http.GetRouteValue("org")}/voorstellen/{id}", new SteunDto(id, proposal.SupportCount + 1, true)),
            SupportProposal.Outcome.AlreadySupported => TypedResults.Ok(new SteunDto(id, proposal.SupportCount, true)),
            _ => Problem(409, "Grens bereikt", "U heeft al het hoogste aantal voorstellen gesteund."),
        };
    }

    private static async Task<Results<Ok<ReactieLijst>, ProblemHttpResult>> Comments(PleinDb db, Guid id, CancellationToken ct)
    {
        var (proposal, _) = await FindAsync(db, id, ct);
        if (proposal is null) return Problem(404, "Niet gevonden", "Dit voorstel bestaat niet of is niet openbaar.");
        var comments = await db.Set<Comment>().AsNoTracking().Where(c => c.ProposalId == id && c.DeletedAt == null && c.HiddenAt == null)
            .OrderBy(c => c.CreatedAt).Take(500).Select(c => new ReactieDto(c.Id, c.ProposalId, c.ParentId, c.Body, c.CreatedAt)).ToListAsync(ct);
        return TypedResults.Ok(new ReactieLijst(comments));
    }

    private static async Task<Results<Created<ReactieDto>, ProblemHttpResult>> Comment(
        HttpContext http, PleinDb db, CurrentUser me, PostComment post, Guid id, NieuweReactie body, CancellationToken ct)
    {
        if (await me.LoadAsync(ct) is not { User: not null }) return Problem(401, "Niet ingelogd", "Log in om te reageren.");
        var (proposal, _) = await FindAsync(db, id, ct);
        if (proposal is null) return Problem(404, "Niet gevonden", "Dit voorstel bestaat niet of is niet openbaar.");
        var text = body.Tekst?.Trim() ?? "";
        if (text.Length is < 2 or > 2000) return Invalid("tekst", "Gebruik 2 tot 2000 tekens.");
        var result = await post.RunAsync(proposal, body.AntwoordOp, text, honeypot: null, ct);
        return result switch
        {
            { Comment: { } c } => TypedResults.Created($"/api/v1/{http.GetRouteValue("org")}/voorstellen/{id}/reacties",
                new ReactieDto(c.Id, c.ProposalId, c.ParentId, c.Body, c.CreatedAt)),
            { Kind: PostComment.Problem.BadParent } => Invalid("antwoordOp", result.Error!),
            { Kind: PostComment.Problem.TooFast } => Problem(429, "Te snel", result.Error!),
            _ => Problem(403, "Niet toegestaan", result.Error ?? "U kunt hier niet reageren."),
        };
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) => TypedResults.Problem(statusCode: status, title: title, detail: detail);

    private static ProblemHttpResult Invalid(string field, string message) =>
        TypedResults.Problem(statusCode: 400, title: "Ongeldige aanvraag", detail: "Een of meer velden kloppen niet.",
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } });
}
