namespace Plein.Platform.Privacy.Register;

/// <summary>What the register page shows: every module's lines, and the organisation's own terms when there is one.</summary>
internal sealed record ProcessingRegisterView(
    IReadOnlyList<IProcessingRegister> Modules,
    IReadOnlyDictionary<string, IRetentionRule> Rules,
    IReadOnlyDictionary<string, int>? Terms,
    string? OrganisationName)
{
    public static IReadOnlyList<IProcessingRegister> Ordered(IEnumerable<IProcessingRegister> registers) =>
        [.. registers.Where(r => r.Activities.Count > 0).OrderBy(r => r is PlatformRegister ? 0 : 1).ThenBy(r => r.Module, StringComparer.Ordinal)];
}
