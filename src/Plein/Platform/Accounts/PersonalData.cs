namespace Plein.Platform.Accounts;

/// <summary>
/// A module that stores something about a person says so here, so "download my data" includes it and "delete my
/// account" erases what is not a contribution. Contributions stay, shown as "verwijderde gebruiker".
/// </summary>
internal interface IPersonalDataSource
{
    /// <summary>The section name in the export, e.g. "participatie".</summary>
    string Section { get; }

    /// <summary>Everything about this person, across organisations (a national read by design).</summary>
    Task<object> ExportAsync(Guid userId, CancellationToken ct);

    /// <summary>Remove what is personal but not a contribution. Runs inside the deletion's transaction.</summary>
    Task EraseAsync(Guid userId, CancellationToken ct);
}
