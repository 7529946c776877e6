using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using SpreadCheetah;

namespace Plein.Platform.Export;

/// <summary>
/// Writes rows as CSV (semicolon, UTF-8 with BOM, so Dutch Excel opens it right), XLSX or JSON straight to the response,
/// row by row: memory stays flat whatever the size.
/// </summary>
internal static class TableExport
{
    public static readonly string[] Formats = ["csv", "xlsx", "json"];

    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string ContentType(string format) => format switch
    {
        "csv" => "text/csv; charset=utf-8",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/json; charset=utf-8",
    };

    public static void Start(HttpContext http, string format, string fileName)
    {
        http.Response.ContentType = ContentType(format);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}.{format}\"";
    }

    /// <summary>Typed rows: the record's properties are the columns; JSON keeps the types.</summary>
    public static Task WriteAsync<T>(HttpContext http, string format, IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        if (format == "json") return WriteJsonAsync(http, rows, ct);
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        return WriteAsync(http, format, properties.Select(p => p.Name).ToList(), Cells(rows, properties, ct), ct);
    }

    private static async IAsyncEnumerable<object?[]> Cells<T>(IAsyncEnumerable<T> rows, PropertyInfo[] properties, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in rows.WithCancellation(ct)) yield return properties.Select(p => p.GetValue(row)).ToArray();
    }

    /// <summary>Untyped rows under the given headers (CSV or XLSX).</summary>
    public static async Task WriteAsync(HttpContext http, string format, IReadOnlyList<string> headers, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        if (format == "xlsx")
        {
            // The zip writer underneath finishes each part with a few small synchronous writes; the rows themselves go async.
            if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpBodyControlFeature>() is { } body) body.AllowSynchronousIO = true;
            await using var sheet = await Spreadsheet.CreateNewAsync(http.Response.Body, cancellationToken: ct);
            await sheet.StartWorksheetAsync("Gegevens", token: ct);
            await sheet.AddRowAsync(headers.Select(h => new Cell(h)).ToArray(), ct);
            await foreach (var row in rows.WithCancellation(ct)) await sheet.AddRowAsync(row.Select(XlsxCell).ToArray(), ct);
            await sheet.FinishAsync(ct);
            return;
        }
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = ";",
            // Residents' text starting with = + - @ would run as a formula when staff open the file in Excel.
            InjectionOptions = InjectionOptions.Escape,
        });
        foreach (var h in headers) csv.WriteField(h);
        await csv.NextRecordAsync();
        var n = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            foreach (var cell in row) csv.WriteField(Text(cell));
            await csv.NextRecordAsync();
            if (++n % 1000 == 0) await writer.FlushAsync(ct);
        }
    }

    private static async Task WriteJsonAsync<T>(HttpContext http, IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(http.Response.BodyWriter.AsStream(leaveOpen: true));
        json.WriteStartArray();
        var count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            JsonSerializer.Serialize(json, row, Json);
            if (++count % 1000 == 0) await json.FlushAsync(ct);
        }
        json.WriteEndArray();
        await json.FlushAsync(ct);
    }

    private static Cell XlsxCell(object? value) => value switch
    {
        null => new Cell((string?)null),
        int i => new Cell(i),
        long l => new Cell(l),
        decimal d => new Cell(d),
        double d => new Cell(d),
        bool b => new Cell(b),
        _ => new Cell(Text(value)),
    };

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTimeOffset t => TimeZoneInfo.ConvertTime(t, Amsterdam).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
