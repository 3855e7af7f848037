using System.IO.Compression;

namespace CommunityPlanning.Intentions;

public enum AttachmentType
{
    Pdf = 0,
    Docx = 1,
    Xlsx = 2,
}

/// <summary>
/// Which files an intention takes: PDF, DOCX or XLSX, told by their content (a PDF's header; an Office file is a ZIP
/// holding its main part), with a name whose extension says the same; at most <see cref="MaxBytes"/> each and
/// <see cref="MaxCount"/> per intention.
/// </summary>
public static class AttachmentRules
{
    public const long MaxBytes = 4 * 1024 * 1024;
    public const int MaxCount = 10;
    public const int FileNameMaxLength = 200;

    /// <summary>The file's type, or <c>attachment.type_not_allowed</c> / <c>attachment.too_large</c>.</summary>
    public static AttachmentType Check(string fileName, ReadOnlySpan<byte> content)
    {
        if (content.Length > MaxBytes)
        {
            throw new Common.DomainException(IntentionErrorCodes.AttachmentTooLarge, $"at most {MaxBytes} bytes");
        }

        var detected = Detect(content.ToArray());
        var claimed = Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".pdf" => AttachmentType.Pdf,
            ".docx" => AttachmentType.Docx,
            ".xlsx" => AttachmentType.Xlsx,
            _ => (AttachmentType?)null,
        };
        return detected is { } type && type == claimed
            ? type
            : throw new Common.DomainException(IntentionErrorCodes.AttachmentType);
    }

    public static string ContentType(AttachmentType type) => type switch
    {
        AttachmentType.Pdf => "application/pdf",
        AttachmentType.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    private static AttachmentType? Detect(byte[] content)
    {
        if (content.AsSpan().StartsWith("%PDF-"u8))
        {
            return AttachmentType.Pdf;
        }

        if (!content.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            return null;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null ? AttachmentType.Docx
                : zip.GetEntry("xl/workbook.xml") is not null ? AttachmentType.Xlsx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
