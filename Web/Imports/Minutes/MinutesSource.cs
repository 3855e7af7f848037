using System.Text;
using CommunityPlanning.Common;

namespace CommunityPlanning.Web.Imports.Minutes;

/// <summary>
/// The lines of the minutes to import: pasted text, or a file (base64) that is UTF-8 text or a DOCX package. Anything
/// else is <c>import.unsupported_file</c>; a broken DOCX <c>import.malformed_file</c>; over the limits <c>validation.too_long</c>.
/// </summary>
public static class MinutesSource
{
    /// <summary>The largest file taken (the request's body stays under its 1 MiB limit in base64).</summary>
    public const int MaxFileBytes = 700_000;

    public static IReadOnlyList<ImportLine> Lines(string? text, string? file)
    {
        if (file is null)
        {
            return ImportText.Lines(ImportText.Checked(text));
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(file);
        }
        catch (FormatException)
        {
            throw new DomainException(ErrorCodes.ImportMalformedFile, "file: not base64");
        }

        if (bytes.Length > MaxFileBytes)
        {
            throw new DomainException(ErrorCodes.TooLong, $"file: at most {MaxFileBytes} bytes");
        }

        if (bytes.Length == 0)
        {
            throw new DomainException(ErrorCodes.Required, "file");
        }

        // A DOCX is a ZIP package; text is UTF-8 without NUL characters.
        if (bytes is [0x50, 0x4B, 0x03, 0x04, ..])
        {
            var lines = DocxText.Read(bytes);
            return lines.Sum(l => l.Text.Length + 1) > ImportText.MaxLength
                ? throw new DomainException(ErrorCodes.TooLong, $"at most {ImportText.MaxLength} characters")
                : ImportText.Lines(lines);
        }

        string decoded;
        try
        {
            decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new DomainException(ErrorCodes.ImportUnsupportedFile, "only UTF-8 text or DOCX");
        }

        return decoded.Contains('\0', StringComparison.Ordinal)
            ? throw new DomainException(ErrorCodes.ImportUnsupportedFile, "only UTF-8 text or DOCX")
            : ImportText.Lines(ImportText.Checked(decoded));
    }
}
