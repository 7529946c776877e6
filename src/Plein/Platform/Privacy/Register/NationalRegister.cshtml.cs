using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Plein.Platform.Privacy.Register;

/// <summary>The processing register (art. 30 AVG) with the default terms; each organisation has its own with its terms.</summary>
internal sealed class NationalRegisterModel(IEnumerable<IProcessingRegister> registers, IEnumerable<IRetentionRule> rules) : PageModel
{
    public ProcessingRegisterView View { get; } = new(ProcessingRegisterView.Ordered(registers), rules.ToDictionary(r => r.Key), null, null);
}
