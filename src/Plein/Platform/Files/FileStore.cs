using Plein.Data;

namespace Plein.Platform.Files;

internal sealed class FileOptions
{
    public const string Section = "Files";
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
}

/// <summary>Checks an upload by its first bytes (not by what the browser claims) and size, then stores it.</summary>
internal sealed class FileStore(PleinDb db, TimeProvider clock, Microsoft.Extensions.Options.IOptions<FileOptions> options, Microsoft.Extensions.Localization.IStringLocalizer<Ui.SharedResource> t)
{
    internal sealed record Kind(string ContentType, string Extension, byte[] Magic);

    public static readonly IReadOnlyList<Kind> Allowed =
    [
        new("application/pdf", ".pdf", "%PDF-"u8.ToArray()),
        new("image/png", ".png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        new("image/jpeg", ".jpg", [0xFF, 0xD8, 0xFF]),
        new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", [0x50, 0x4B, 0x03, 0x04]),
        new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", [0x50, 0x4B, 0x03, 0x04]),
    ];

    /// <summary>The stored file, or an error already in the reader's language.</summary>
    internal sealed record Result(StoredFile? File, string? Error);

    public async Task<Result> SaveAsync(IFormFile upload, Guid? uploadedBy, IReadOnlyCollection<string>? onlyTypes = null, CancellationToken ct = default)
    {
        if (upload.Length == 0) return new(null, t["Het bestand is leeg."]);
        if (upload.Length > options.Value.MaxBytes) return new(null, t["Het bestand is te groot. Het mag hoogstens {0} MB zijn.", options.Value.MaxBytes / 1024 / 1024]);
        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var extension = Path.GetExtension(upload.FileName).ToLowerInvariant();
        var kind = Allowed.FirstOrDefault(k => bytes.AsSpan().StartsWith(k.Magic) && (k.Extension == extension || (k.Extension == ".jpg" && extension == ".jpeg")));
        if (kind is null || (onlyTypes is not null && !onlyTypes.Contains(kind.ContentType)))
            return new(null, t["Dit soort bestand kunt u niet uploaden. Kies een bestand van het soort {0}.", string.Join(", ", (onlyTypes ?? Allowed.Select(k => k.ContentType)).Select(Describe))]);
        var name = Path.GetFileName(upload.FileName);
        var file = new StoredFile
        {
            Id = Guid.NewGuid(),
            FileName = name.Length > 255 ? name[^255..] : name,
            ContentType = kind.ContentType,
            Length = bytes.LongLength,
            Content = bytes,
            UploadedBy = uploadedBy,
            UploadedAt = clock.GetUtcNow(),
        };
        db.Files.Add(file);
        return new(file, null);
    }

    private static string Describe(string contentType) => Allowed.First(k => k.ContentType == contentType).Extension.TrimStart('.').ToUpperInvariant();
}
