using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Plein.Platform.Ui;

/// <summary>Model-binding errors in plain Dutch instead of the framework's English.</summary>
internal static class DutchModelBinding
{
    public static void Apply(DefaultModelBindingMessageProvider p)
    {
        p.SetAttemptedValueIsInvalidAccessor((value, _) => $"'{value}' is hier geen geldige waarde.");
        p.SetMissingBindRequiredValueAccessor(_ => "Vul dit veld in.");
        p.SetMissingKeyOrValueAccessor(() => "Vul dit veld in.");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "Het formulier is leeg.");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"'{value}' is geen geldige waarde.");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Deze waarde is niet geldig.");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "Vul een getal in.");
        p.SetUnknownValueIsInvalidAccessor(_ => "Deze waarde is niet geldig.");
        p.SetValueIsInvalidAccessor(value => $"'{value}' is niet geldig.");
        p.SetValueMustBeANumberAccessor(_ => "Vul een getal in.");
        p.SetValueMustNotBeNullAccessor(_ => "Vul dit veld in.");
    }
}
