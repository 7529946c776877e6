using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plein.Data;
using Plein.Participation.Comments;
using Plein.Platform.Accounts;
using Plein.Platform.Mail;
using Plein.Platform.Tenancy;

namespace Plein.Participation.Notifications;

/// <summary>Someone follows a proposal and hears about its official answer.</summary>
internal sealed class Follow : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid ProposalId { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal enum NotificationKind { Antwoorden, Reacties, Fasen }

/// <summary>A person's mail preferences; no row means everything on.</summary>
internal sealed class NotificationSettings
{
    public Guid UserId { get; set; }
    public bool Answers { get; set; } = true;
    public bool Replies { get; set; } = true;
    public bool Phases { get; set; } = true;

    public bool Wants(NotificationKind kind) => kind switch
    {
        NotificationKind.Antwoorden => Answers,
        NotificationKind.Reacties => Replies,
        _ => Phases,
    };

    public void Set(NotificationKind kind, bool on)
    {
        switch (kind)
        {
            case NotificationKind.Antwoorden: Answers = on; break;
            case NotificationKind.Reacties: Replies = on; break;
            default: Phases = on; break;
        }
    }
}

internal sealed class FollowConfiguration : IEntityTypeConfiguration<Follow>
{
    public void Configure(EntityTypeBuilder<Follow> b)
    {
        b.ToTable("Follows");
        b.HasIndex(f => new { f.ProposalId, f.UserId }).IsUnique();
        b.HasOne<Proposal>().WithMany().HasForeignKey(f => f.ProposalId);
        b.HasOne<PleinUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationSettingsConfiguration : IEntityTypeConfiguration<NotificationSettings>
{
    public void Configure(EntityTypeBuilder<NotificationSettings> b)
    {
        b.ToTable("NotificationSettings");
        b.HasKey(s => s.UserId);
        b.HasOne<PleinUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Queues the mails about proposals and comments in the caller's unit of work, each with a one-click unsubscribe link.</summary>
internal sealed class Notifier(PleinDb db, Mailer mailer, AccountLinks links, IDataProtectionProvider protection, ITenantContext tenant)
{
    private const string Purpose = "Plein.Notifications.Unsubscribe";

    public async Task ProposalAnsweredAsync(Proposal proposal, string status, Guid? answeredBy, CancellationToken ct)
    {
        var followers = await db.Set<Follow>().Where(f => f.ProposalId == proposal.Id && f.UserId != answeredBy).Select(f => f.UserId).ToListAsync(ct);
        var url = links.To($"/{tenant.RequiredOrganisation().Slug}/voorstellen/{proposal.Id}");
        foreach (var (userId, email) in await RecipientsAsync(followers, NotificationKind.Antwoorden, ct))
            mailer.Enqueue(email, $"Antwoord op het voorstel '{proposal.Title}'",
                $"{tenant.RequiredOrganisation().Name} heeft het voorstel dat u volgt beantwoord. Status: {status}.\n\nLees het antwoord: {url}\n\n{Footer(userId, NotificationKind.Antwoorden)}");
    }

    public async Task CommentRepliedAsync(Comment parent, Comment reply, Proposal proposal, CancellationToken ct)
    {
        if (parent.AuthorId == reply.AuthorId || !parent.IsVisible) return;
        var url = links.To($"/{tenant.RequiredOrganisation().Slug}/voorstellen/{proposal.Id}#reactie-{reply.Id}");
        foreach (var (userId, email) in await RecipientsAsync([parent.AuthorId], NotificationKind.Reacties, ct))
            mailer.Enqueue(email, $"Nieuw antwoord op uw reactie bij '{proposal.Title}'",
                $"Iemand reageerde op uw reactie.\n\nLees het antwoord: {url}\n\n{Footer(userId, NotificationKind.Reacties)}");
    }

    /// <summary>Everyone who follows a proposal in the process hears that a new phase began, and what they can do in it.</summary>
    public async Task PhaseStartedAsync(Process process, Phase phase, CancellationToken ct)
    {
        var followers = await db.Set<Follow>().Where(f => db.Set<Proposal>().Any(p => p.Id == f.ProposalId && p.ProcessId == process.Id))
            .Select(f => f.UserId).Distinct().ToListAsync(ct);
        var url = links.To($"/{tenant.RequiredOrganisation().Slug}/participatie/{process.Id}");
        var can = new List<string>();
        if (phase.ProposalsOpen) can.Add("voorstellen doen");
        if (phase.SupportOpen) can.Add("voorstellen steunen");
        if (phase.CommentsOpen) can.Add("reageren");
        var what = can.Count == 0 ? "In deze fase kunt u meelezen." : $"In deze fase kunt u: {string.Join(", ", can)}.";
        foreach (var (userId, email) in await RecipientsAsync(followers, NotificationKind.Fasen, ct))
            mailer.Enqueue(email, $"Nieuwe fase in '{process.Title}': {phase.Name}",
                $"{tenant.RequiredOrganisation().Name}: het proces '{process.Title}' is in een nieuwe fase, '{phase.Name}' (tot en met {phase.Ends:d MMMM yyyy}). {what}\n\nBekijk het proces: {url}\n\n{Footer(userId, NotificationKind.Fasen)}");
    }

    public string UnsubscribeToken(Guid userId, NotificationKind kind) =>
        WebEncoders.Base64UrlEncode(protection.CreateProtector(Purpose).Protect(System.Text.Encoding.UTF8.GetBytes($"{userId:N}:{kind}")));

    public bool TryReadToken(string? token, out Guid userId, out NotificationKind kind)
    {
        (userId, kind) = (Guid.Empty, default);
        try
        {
            var text = System.Text.Encoding.UTF8.GetString(protection.CreateProtector(Purpose).Unprotect(WebEncoders.Base64UrlDecode(token ?? "")));
            var parts = text.Split(':');
            return parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out userId) && Enum.TryParse(parts[1], out kind);
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    private string Footer(Guid userId, NotificationKind kind) =>
        $"Geen e-mails meer over {kind switch { NotificationKind.Antwoorden => "antwoorden op voorstellen", NotificationKind.Reacties => "reacties", _ => "nieuwe fasen" }}? Meld u af met één klik: {links.To("/meldingen/afmelden?t=" + UnsubscribeToken(userId, kind))}";

    private async Task<List<(Guid UserId, string Email)>> RecipientsAsync(List<Guid> userIds, NotificationKind kind, CancellationToken ct)
    {
        var people = await db.Users.Where(u => userIds.Contains(u.Id) && u.Email != null && u.EmailConfirmed && u.DeletedAt == null)
            .Select(u => new { u.Id, u.Email }).ToListAsync(ct);
        var settings = await db.Set<NotificationSettings>().Where(s => userIds.Contains(s.UserId)).ToDictionaryAsync(s => s.UserId, ct);
        return people.Where(p => settings.GetValueOrDefault(p.Id)?.Wants(kind) ?? true).Select(p => (p.Id, p.Email!)).ToList();
    }
}
