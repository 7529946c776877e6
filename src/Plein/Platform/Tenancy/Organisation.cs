namespace Plein.Platform.Tenancy;

internal enum OrganisationKind
{
    Gemeente,
    Provincie,
    Waterschap,
    OpenbaarLichaam,
    Programmabureau,
}

/// <summary>A tenant: a municipality, province, water board, public body or the national programme office.</summary>
internal sealed class Organisation
{
    private Organisation() { }

    public Guid Id { get; private set; }
    public OrganisationKind Kind { get; private set; }
    public string? Code { get; private set; }
    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public string? Province { get; private set; }
    /// <summary>Inhabitants as programme staff last recorded them (CBS), for size classes in monitoring; unknown until then.</summary>
    public int? Inhabitants { get; private set; }
    public OrganisationTheme Theme { get; private set; } = new();
    public OrganisationSettings Settings { get; private set; } = new();
    public DateOnly? EndedOn { get; private set; }
    public Guid? MergedIntoId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>An end (or merge) is recorded, possibly for a date still to come. No further register changes then.</summary>
    public bool HasEndDate => EndedOn is not null;

    /// <summary>The end date has arrived (Dutch calendar day): the organisation no longer exists.</summary>
    public bool IsEnded => EndedOn is { } end && end <= Today;

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Amsterdam"));

    public static Organisation Create(OrganisationKind kind, string name, string slug, string? code, string? province, DateTimeOffset now) =>
        new()
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            Name = name.Trim(),
            Slug = slug,
            Code = code,
            Province = province,
            CreatedAt = now,
        };

    public OrganisationEvent Rename(string newName, string newSlug, DateTimeOffset now, Guid? by)
    {
        var change = OrganisationEvent.Renamed(Id, Name, newName.Trim(), now, by);
        Name = newName.Trim();
        Slug = newSlug;
        return change;
    }

    public OrganisationEvent End(DateOnly on, DateTimeOffset now, Guid? by)
    {
        if (HasEndDate) throw new InvalidOperationException("Already ended.");
        EndedOn = on;
        return OrganisationEvent.Ended(Id, on, now, by);
    }

    public OrganisationEvent MergeInto(Organisation target, DateOnly on, DateTimeOffset now, Guid? by)
    {
        if (target.Id == Id || target.HasEndDate || HasEndDate) throw new InvalidOperationException("Invalid merge.");
        EndedOn = on;
        MergedIntoId = target.Id;
        return OrganisationEvent.Merged(Id, target, on, now, by);
    }

    public void ChangeTheme(OrganisationTheme theme) => Theme = theme;

    public void RecordInhabitants(int? inhabitants) => Inhabitants = inhabitants;

    public void ChangeSettings(OrganisationSettings settings) => Settings = settings;
}

/// <summary>Per-organisation look: colours become CSS custom properties in /{slug}/thema.css.</summary>
internal sealed record OrganisationTheme
{
    public string? LogoFileId { get; init; }
    public string PrimaryColor { get; init; } = "#154273";
    public string AccentColor { get; init; } = "#8fcae7";
}

internal sealed record OrganisationSettings
{
    public string? ContactEmail { get; init; }
    public string? Website { get; init; }
}

/// <summary>History of the register: what changed, when, by whom. Never updated.</summary>
internal sealed class OrganisationEvent
{
    private OrganisationEvent() { }

    public long Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Kind { get; private set; } = "";
    public string Description { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public Guid? ByUserId { get; private set; }

    public static OrganisationEvent Added(Organisation o, DateTimeOffset at, Guid? by) =>
        new() { OrganisationId = o.Id, Kind = "toegevoegd", Description = o.Name, At = at, ByUserId = by };

    public static OrganisationEvent Renamed(Guid id, string from, string to, DateTimeOffset at, Guid? by) =>
        new() { OrganisationId = id, Kind = "hernoemd", Description = $"{from} → {to}", At = at, ByUserId = by };

    public static OrganisationEvent Ended(Guid id, DateOnly on, DateTimeOffset at, Guid? by) =>
        new() { OrganisationId = id, Kind = "beëindigd", Description = on.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), At = at, ByUserId = by };

    public static OrganisationEvent Absorbed(Guid id, Organisation from, DateTimeOffset at, Guid? by) =>
        new() { OrganisationId = id, Kind = "opgenomen", Description = from.Name, At = at, ByUserId = by };

    public static OrganisationEvent Merged(Guid id, Organisation into, DateOnly on, DateTimeOffset at, Guid? by) =>
        new() { OrganisationId = id, Kind = "samengevoegd", Description = $"{into.Name} ({on:yyyy-MM-dd})", At = at, ByUserId = by };
}
