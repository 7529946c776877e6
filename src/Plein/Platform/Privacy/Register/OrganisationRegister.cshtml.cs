using Microsoft.AspNetCore.Mvc.RazorPages;
using Plein.Data;
using Plein.Platform.Tenancy;

namespace Plein.Platform.Privacy.Register;

/// <summary>The organisation's processing register: the same lines with the terms its beheerder set.</summary>
internal sealed class OrganisationRegisterModel(PleinDb db, ITenantContext tenant, IEnumerable<IProcessingRegister> registers, IEnumerable<IRetentionRule> rules) : PageModel
{
    public ProcessingRegisterView View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = rules.ToList();
        var terms = await Retention.RetentionSettingsModel.TermsAsync(db, all, ct);
        View = new(ProcessingRegisterView.Ordered(registers), all.ToDictionary(r => r.Key), terms, tenant.RequiredOrganisation().Name);
    }
}
