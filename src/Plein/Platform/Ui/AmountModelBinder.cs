using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Plein.Platform.Ui;

/// <summary>
/// Amounts as people type them: "4250,50", "4250.50", "4.250" and "1.234.567,89" in Dutch, their English forms in
/// English. One separator with one or two digits after it is the decimal separator whatever the language, so
/// "4250.50" is never read as 425050; with three digits after it the language decides, as it does on paper.
/// </summary>
internal sealed class AmountModelBinder : IModelBinder
{
    public const string Invalid = "Vul een bedrag in, zoals 1250 of 1250,50.";

    public Task BindModelAsync(ModelBindingContext context)
    {
        var result = context.ValueProvider.GetValue(context.ModelName);
        if (result == ValueProviderResult.None) return Task.CompletedTask;
        context.ModelState.SetModelValue(context.ModelName, result);
        var text = result.FirstValue;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (Nullable.GetUnderlyingType(context.ModelType) is not null) context.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }
        if (Parse(text, CultureInfo.CurrentCulture) is { } amount) context.Result = ModelBindingResult.Success(amount);
        else context.ModelState.TryAddModelError(context.ModelName, Invalid);
        return Task.CompletedTask;
    }

    public static decimal? Parse(string text, CultureInfo culture)
    {
        var s = text.Trim().Replace("€", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
        var dot = s.LastIndexOf('.');
        var comma = s.LastIndexOf(',');
        if (dot >= 0 && comma >= 0)
        {
            var (decimalMark, group) = dot > comma ? ('.', ',') : (',', '.');
            s = s.Replace(group.ToString(), "", StringComparison.Ordinal).Replace(decimalMark, '.');
        }
        else if (dot >= 0 || comma >= 0)
        {
            var mark = dot >= 0 ? '.' : ',';
            var last = Math.Max(dot, comma);
            var isGroup = s.Count(c => c == mark) > 1 || (s.Length - last - 1 == 3 && culture.NumberFormat.NumberGroupSeparator == mark.ToString());
            s = isGroup ? s.Replace(mark.ToString(), "", StringComparison.Ordinal) : s.Replace(mark, '.');
        }
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) ? amount : null;
    }
}

internal sealed class AmountModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(decimal) || context.Metadata.ModelType == typeof(decimal?) ? new AmountModelBinder() : null;
}
