using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Plein.Tests.Support;

/// <summary>A person with a browser, minus the browser: gets pages, fills in forms (with their antiforgery token), follows redirects.</summary>
public sealed class HtmlClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public sealed record Page(HttpResponseMessage Response, IDocument Document, string Html)
    {
        public HttpStatusCode Status => Response.StatusCode;
        public string Text => Document.Body?.TextContent ?? "";
        public string? FieldError(string fieldName) =>
            Document.QuerySelector($"#{System.Text.RegularExpressions.Regex.Replace(fieldName, "[^A-Za-z0-9_-]", "_")}-error")?.TextContent.Trim();
        public string? Value(string fieldName) => (Document.QuerySelector($"[name='{fieldName}']") as IHtmlInputElement)?.Value
            ?? (Document.QuerySelector($"[name='{fieldName}']") as IHtmlTextAreaElement)?.Value;
    }

    public async Task<Page> GetAsync(string url, bool follow = true)
    {
        var response = await http.GetAsync(new Uri(url, UriKind.Relative));
        return follow ? await FollowAsync(response) : await ParseAsync(response);
    }

    /// <summary>Submits the form that contains a field or button matching <paramref name="formSelector"/> on the page.</summary>
    public async Task<Page> SubmitAsync(Page page, IDictionary<string, string> fields, string formSelector = "main form", bool follow = true)
    {
        var (action, values) = Prepare(page, fields, formSelector);
        return await PostAsync(action, values, follow);
    }

    /// <summary>Submits a multipart form (enctype="multipart/form-data") with files, as a browser does.</summary>
    public async Task<Page> SubmitFilesAsync(Page page, IDictionary<string, string> fields, string formSelector, params (string Field, string FileName, byte[] Bytes)[] files)
    {
        var (action, values) = Prepare(page, fields, formSelector);
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in values) content.Add(new StringContent(value), name);
        foreach (var (field, fileName, bytes) in files) content.Add(new ByteArrayContent(bytes), field, fileName);
        return await FollowAsync(await http.PostAsync(new Uri(action, UriKind.Relative), content));
    }

    /// <summary>The current values of these fields on the page (inputs, selects, text areas), to post them back changed.</summary>
    public static Dictionary<string, string> Values(Page page, params string[] names) => names.ToDictionary(n => n, n => page.Document.QuerySelector($"[name='{n}']") switch
    {
        IHtmlSelectElement select => select.Value ?? "",
        IHtmlTextAreaElement area => area.Value,
        var e => e?.GetAttribute("value") ?? "",
    });

    private static (string Action, List<KeyValuePair<string, string>> Values) Prepare(Page page, IDictionary<string, string> fields, string formSelector)
    {
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Response.RequestMessage?.RequestUri}:\n{page.Text}");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type is "hidden" && !string.IsNullOrEmpty(i.Name)))
            if (!fields.ContainsKey(input.Name!)) values.Add(new(input.Name!, input.Value));
        values.AddRange(fields);
        // Like a browser: no action posts back to the page, a relative action resolves against the page's address.
        var here = page.Response.RequestMessage!.RequestUri!;
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? here.PathAndQuery : new Uri(here, form.GetAttribute("action")!).PathAndQuery;
        return (action, values);
    }

    public async Task<Page> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> values, bool follow = true)
    {
        using var content = new FormUrlEncodedContent(values);
        var response = await http.PostAsync(new Uri(url, UriKind.RelativeOrAbsolute), content);
        return follow ? await FollowAsync(response) : await ParseAsync(response);
    }

    private async Task<Page> FollowAsync(HttpResponseMessage response)
    {
        for (var i = 0; i < 10 && response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.MovedPermanently; i++)
        {
            var location = response.Headers.Location!;
            response = await http.GetAsync(location.IsAbsoluteUri ? location : new Uri(location.OriginalString, UriKind.Relative));
        }
        return await ParseAsync(response);
    }

    public static async Task<Page> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html).Address(response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/"));
        return new Page(response, document, html);
    }

    public void Dispose() => http.Dispose();
}
