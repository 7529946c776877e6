using System.Net.Mail;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Plein.Platform.Accounts;
using Plein.Platform.Mail;
using Plein.Platform.Tenancy;
using Plein.QuickScan.Questionnaire;

namespace Plein.QuickScan.Scans;

/// <summary>
/// The invitation when the questionnaire opens and one reminder, by e-mail to the staff groups' addresses (residents
/// are never invited by name). Anonymous answering means Plein cannot tell who already answered, and the mail says so.
/// </summary>
internal sealed class Invitations(Mailer mailer, AccountLinks links)
{
    public static readonly RespondentGroup[] StaffGroups = [RespondentGroup.Raadsleden, RespondentGroup.Collegeleden, RespondentGroup.Ambtenaren];
    public const int MaxPerGroup = 200;

    /// <summary>Reads one address per line (or separated by commas or semicolons); errors go next to the field.</summary>
    public static List<string> Parse(string? text, ModelStateDictionary errors, string field)
    {
        var addresses = (text ?? "").Split(['\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (addresses.Count > MaxPerGroup) errors.AddModelError(field, "Vul hoogstens 200 e-mailadressen in; gebruik anders het adres van een groep.");
        var wrong = addresses.FirstOrDefault(a => a.Length > 254 || !MailAddress.TryCreate(a, out var parsed) || parsed.Address != a);
        if (wrong is not null) errors.AddModelError(field, "Een van deze e-mailadressen is niet geldig. Zet elk adres op een eigen regel.");
        return addresses;
    }

    public int Invite(Scan scan, Organisation organisation) => Send(scan, organisation, reminder: false);

    public int Remind(Scan scan, Organisation organisation) => Send(scan, organisation, reminder: true);

    private int Send(Scan scan, Organisation organisation, bool reminder)
    {
        var sent = 0;
        foreach (var (group, addresses) in scan.InviteAddresses.Where(g => StaffGroups.Contains(g.Key)))
        {
            var link = links.To($"/{organisation.Slug}/quickscan/{scan.Id}/voor/{Groups.Slug(group)}");
            var until = scan.Ends is { } ends ? $" Dat kan tot en met {ends.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))}." : "";
            var subject = reminder ? $"Herinnering: quick scan lokale democratie {organisation.Name}" : $"Uitnodiging: quick scan lokale democratie {organisation.Name}";
            var body = (reminder
                    ? "Heeft u de quick scan lokale democratie al ingevuld? Dan hoeft u niets te doen: de antwoorden zijn anoniem, dus we weten niet wie al heeft meegedaan."
                    : $"{organisation.Name} onderzoekt met de quick scan lokale democratie hoe de samenwerking tussen inwoners, volksvertegenwoordiging, bestuur en ambtenaren werkt. Wij vragen u mee te doen.")
                + $"\n\nHet invullen duurt ongeveer 15 minuten en is anoniem.{until}\n\nBegin hier: {link}\n\nMet vriendelijke groet,\n{scan.Trekker}";
            foreach (var address in addresses)
            {
                mailer.Enqueue(address, subject, body);
                sent++;
            }
        }
        return sent;
    }
}
