using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Plein.Platform.Ui;

/// <summary>
/// &lt;form-field for="Input.Email" label="E-mailadres" type="email" /&gt;: an NL Design System form field with label,
/// hint, the Dutch error next to the field, and the typed value kept (never for passwords).
/// </summary>
[HtmlTargetElement("form-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FormFieldTagHelper(IStringLocalizer<SharedResource> t) : TagHelper
{
    [HtmlAttributeName("for")] public ModelExpression For { get; set; } = default!;
    public string Label { get; set; } = "";
    public string? Hint { get; set; }
    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }
    public bool Required { get; set; }
    public int? Rows { get; set; }
    [HtmlAttributeName("options")] public IEnumerable<SelectListItem>? Options { get; set; }
    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var state = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null;
        var errors = state?.ValidationState == ModelValidationState.Invalid ? state.Errors.Select(e => e.ErrorMessage).ToList() : [];
        var value = Type is "password" or "file" ? "" : state?.AttemptedValue ?? For.Model switch
        {
            DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            TimeOnly t => t.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            var m => Convert.ToString(m, System.Globalization.CultureInfo.CurrentCulture) ?? "",
        };
        var enc = HtmlEncoder.Default;
        var invalid = errors.Count > 0;
        var describedBy = new List<string>();
        if (Hint is not null) describedBy.Add(id + "-hint");
        if (invalid) describedBy.Add(id + "-error");

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-form-field utrecht-form-field--text" + (invalid ? " utrecht-form-field--invalid" : ""));
        var html = new System.Text.StringBuilder();
        html.Append($"<div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label\" for=\"{id}\">{enc.Encode(t[Label])}");
        if (!Required) html.Append($" <span class=\"plein-optional\">({enc.Encode(t["niet verplicht"])})</span>");
        html.Append("</label></div>");
        if (Hint is not null) html.Append($"<div class=\"utrecht-form-field-description utrecht-form-field__description\" id=\"{id}-hint\">{enc.Encode(t[Hint])}</div>");
        if (invalid) html.Append($"<div class=\"utrecht-form-field-error-message utrecht-form-field__error-message\" id=\"{id}-error\">{enc.Encode(string.Join(" ", errors.Select(e => t[e].Value)))}</div>");
        var common = $"id=\"{id}\" name=\"{enc.Encode(name)}\"" +
            (describedBy.Count > 0 ? $" aria-describedby=\"{string.Join(' ', describedBy)}\"" : "") +
            (invalid ? " aria-invalid=\"true\"" : "") + (Required ? " required" : "") +
            (Autocomplete is not null ? $" autocomplete=\"{enc.Encode(Autocomplete)}\"" : "");
        html.Append("<div class=\"utrecht-form-field__input\">");
        if (Options is not null)
        {
            html.Append($"<select class=\"utrecht-select utrecht-select--html-select{(invalid ? " utrecht-select--invalid" : "")}\" {common}>");
            foreach (var o in Options)
                html.Append($"<option value=\"{enc.Encode(o.Value)}\"{(o.Value == value ? " selected" : "")}>{enc.Encode(t[o.Text])}</option>");
            html.Append("</select>");
        }
        else if (Rows is not null)
            html.Append($"<textarea class=\"utrecht-textarea utrecht-textarea--html-textarea{(invalid ? " utrecht-textarea--invalid" : "")}\" rows=\"{Rows}\" {common}>{enc.Encode(value)}</textarea>");
        else
            html.Append($"<input class=\"utrecht-textbox utrecht-textbox--html-input{(invalid ? " utrecht-textbox--invalid" : "")}\" type=\"{enc.Encode(Type)}\" value=\"{enc.Encode(value)}\" {common}>");
        html.Append("</div>");
        output.Content.SetHtmlContent(html.ToString());
    }
}

/// <summary>
/// &lt;error-summary /&gt;: the list of errors at the top of a form, each linking to its field. On a page with several
/// forms, <c>for="Reply"</c> lists only the errors of fields named Reply or Reply.* (several names: separated by
/// spaces), so the summaries of the other forms stay quiet.
/// </summary>
[HtmlTargetElement("error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper(IStringLocalizer<SharedResource> t) : TagHelper
{
    [HtmlAttributeName("for")] public string? Prefix { get; set; }
    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var state = ViewContext.ViewData.ModelState;
        var prefixes = Prefix?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool Mine(string key) => prefixes is null || prefixes.Any(p => key.Equals(p, StringComparison.OrdinalIgnoreCase) || key.StartsWith(p + ".", StringComparison.OrdinalIgnoreCase));
        if (state.IsValid || !state.Any(s => s.Value is { Errors.Count: > 0 } && Mine(s.Key)))
        {
            output.SuppressOutput();
            return;
        }
        var enc = HtmlEncoder.Default;
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-alert utrecht-alert--error plein-error-summary");
        output.Attributes.SetAttribute("role", "alert");
        var html = new System.Text.StringBuilder($"<h2 class=\"utrecht-heading-2\">{enc.Encode(t["Er is iets niet goed ingevuld"])}</h2><ul class=\"utrecht-unordered-list\">");
        foreach (var (key, entry) in state.Where(s => s.Value is { Errors.Count: > 0 } && Mine(s.Key)))
            foreach (var error in entry!.Errors)
            {
                var message = enc.Encode(t[error.ErrorMessage]);
                html.Append(key.Length > 0
                    ? $"<li class=\"utrecht-unordered-list__item\"><a class=\"utrecht-link\" href=\"#{TagBuilder.CreateSanitizedId(key, "_")}\">{message}</a></li>"
                    : $"<li class=\"utrecht-unordered-list__item\">{message}</li>");
            }
        html.Append("</ul>");
        output.Content.SetHtmlContent(html.ToString());
    }
}
