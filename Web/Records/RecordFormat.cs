using System.Globalization;
using System.Text;
using CommunityPlanning.Common;

namespace CommunityPlanning.Web.Records;

/// <summary>The formats a record is exported in, by the name used in URLs: "md", "docx" or "html".</summary>
public static class RecordFormat
{
    private const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>
    /// The record in the format: Markdown and DOCX as a download named after <paramref name="fileNameWithoutExtension"/>,
    /// HTML shown in the browser (not an attachment), where its print makes the PDF and its title names the file.
    /// </summary>
    public static IResult File(RecordDocument document, string format, string fileNameWithoutExtension) => format switch
    {
        "md" => TypedResults.File(Encoding.UTF8.GetBytes(MarkdownWriter.Write(document)), "text/markdown; charset=utf-8", FileName(fileNameWithoutExtension, format)),
        "docx" => TypedResults.File(DocxWriter.Write(document), DocxContentType, FileName(fileNameWithoutExtension, format)),
        "html" => TypedResults.Content(HtmlWriter.Write(document), "text/html; charset=utf-8"),
        _ => throw new DomainException(ErrorCodes.InvalidValue, "format must be md, docx or html"),
    };

    /// <summary>
    /// An ASCII file name every browser and file system takes: Czech letters without their diacritics, anything
    /// else but letters, digits, '-' and '_' as one '-' ("Zápis 18. 11. 2015" is "Zapis-18-11-2015").
    /// </summary>
    private static string FileName(string name, string extension)
    {
        var ascii = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            {
                ascii.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && ascii.Length > 0 && ascii[^1] != '-')
            {
                ascii.Append('-');
            }
        }

        var safe = ascii.ToString(0, Math.Min(ascii.Length, 80)).Trim('-');
        return $"{(safe.Length > 0 ? safe : "dokument")}.{extension}";
    }
}
