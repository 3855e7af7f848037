using System.Text.RegularExpressions;
using CommunityPlanning.Common;

namespace CommunityPlanning.Web.Imports;

/// <summary>
/// Reads pasted or uploaded text into lines for the importers: any line ends, tabs and stray control characters
/// as spaces, a byte order mark dropped. Markdown (the importers' own exports, which start with "# title") is
/// read back too: headings, list items, bold labels and backslash escapes are taken off.
/// </summary>
/// <summary>A line as a reader gave it: its text (table cells apart by tabs) and whether it was all in bold.</summary>
public sealed record SourceLine(string Text, bool Bold);

public static partial class ImportText
{
    public const int MaxLength = 200_000;

    /// <summary>The text to import, or <c>validation.required</c> / <c>validation.too_long</c>.</summary>
    public static string Checked(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException(ErrorCodes.Required, "text");
        }

        return text.Length > MaxLength ? throw new DomainException(ErrorCodes.TooLong, $"at most {MaxLength} characters") : text;
    }

    public static IReadOnlyList<ImportLine> Lines(string text) =>
        Lines([.. text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n').Select(l => new SourceLine(l, false))]);

    /// <summary>Lines as a reader gave them (a DOCX file's paragraphs and table rows, cells apart by tabs).</summary>
    public static IReadOnlyList<ImportLine> Lines(IReadOnlyList<SourceLine> source)
    {
        var raw = source.Select(l => l with { Text = Clean(l.Text) }).ToList();
        var markdown = IsMarkdownExport(raw);
        return [.. raw.Select((line, i) =>
        {
            var read = markdown ? Markdown(i + 1, line.Text) : Plain(i + 1, line.Text);
            // Tab-separated columns, or a Markdown table's row ("| 14. 1. 2027 | 9:30 | … |").
            var table = markdown && line.Text.StartsWith('|');
            var cells = (table ? line.Text.Trim('|').Split('|') : source[i].Text.Split('\t')).Select(Clean).Where(c => c.Length > 0).ToList();
            read = table ? read with { Text = string.Join(' ', cells) } : read;
            var bold = BoldLine().Match(read.Text);
            return (bold.Success ? read with { Text = bold.Groups["text"].Value.Trim() } : read) with
            {
                Source = line.Text,
                Cells = cells.Count > 1 ? cells : null,
                Bold = line.Bold || bold.Success,
            };
        })];
    }

    /// <summary>
    /// The lines without the blank line a copy from PDF (or a double-spaced text) puts after each line: when nearly every
    /// line is followed by one blank line, a single blank line means nothing and a longer run is a paragraph's end.
    /// </summary>
    public static IReadOnlyList<ImportLine> Undoubled(IReadOnlyList<ImportLine> lines)
    {
        var filled = lines.Count(l => l.Kind != LineKind.Blank);
        var adjacent = lines.Zip(lines.Skip(1)).Count(p => p.First.Kind != LineKind.Blank && p.Second.Kind != LineKind.Blank);
        if (filled < 6 || adjacent * 10 > filled)
        {
            return lines;
        }

        var result = new List<ImportLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            var single = lines[i].Kind == LineKind.Blank && i > 0 && i + 1 < lines.Count
                && lines[i - 1].Kind != LineKind.Blank && lines[i + 1].Kind != LineKind.Blank;
            var repeated = lines[i].Kind == LineKind.Blank && result.Count > 0 && result[^1].Kind == LineKind.Blank;
            if (!single && !repeated)
            {
                result.Add(lines[i]);
            }
        }

        return result;
    }

    /// <summary>
    /// The importers' own Markdown export: it starts with "# title", or with the group's heading line in bold and then
    /// "# title" (read as plain text, the "# " would hide the title and the header under it).
    /// </summary>
    private static bool IsMarkdownExport(IReadOnlyList<SourceLine> raw)
    {
        var filled = raw.Where(l => l.Text.Length > 0).Take(2).Select(l => l.Text).ToList();
        var title = filled.Count > 0 && BoldLine().IsMatch(filled[0]) ? filled.Skip(1).FirstOrDefault() : filled.FirstOrDefault();
        return title?.StartsWith("# ", StringComparison.Ordinal) == true;
    }

    private static string Clean(string line) => string.Concat(line.Select(c => char.IsControl(c) ? ' ' : c)).Trim();

    /// <summary>
    /// Whether a plain line goes on with the line before (text wrapped by the program it was copied from): it starts
    /// in lower case, or the line before broke off after a comma or a dash.
    /// </summary>
    public static bool Continues(string before, string line) =>
        char.IsLower(line[0]) || (before.Length > 0 && ",;–-".Contains(before[^1]));

    /// <summary>Whether the lines came from Markdown (explicit headings: nothing has to be guessed).</summary>
    public static bool IsMarkdown(IReadOnlyList<ImportLine> lines) => lines.Any(l => l.Kind == LineKind.Heading);

    private static ImportLine Plain(int number, string line)
    {
        if (line.Length == 0)
        {
            return new ImportLine(number, LineKind.Blank, "");
        }

        var item = PlainItem().Match(line);
        return item.Success ? new ImportLine(number, LineKind.Item, item.Groups["text"].Value) : new ImportLine(number, LineKind.Text, line);
    }

    private static ImportLine Markdown(int number, string line)
    {
        if (line.Length == 0)
        {
            return new ImportLine(number, LineKind.Blank, "");
        }

        if (MarkdownHeading().Match(line) is { Success: true } heading)
        {
            return new ImportLine(number, LineKind.Heading, Unescape(heading.Groups["text"].Value), heading.Groups["marks"].Length);
        }

        if (MarkdownItem().Match(line) is { Success: true } item)
        {
            return new ImportLine(number, LineKind.Item, Unescape(item.Groups["text"].Value));
        }

        // "**Datum:** 26. 5. 2026" (a label of the header) reads as "Datum: 26. 5. 2026".
        var field = BoldLabel().Match(line);
        return new ImportLine(number, LineKind.Text, field.Success ? $"{Unescape(field.Groups["label"].Value)}: {Unescape(field.Groups["value"].Value)}" : Unescape(line));
    }

    private static string Unescape(string text) => EscapedPunctuation().Replace(text, "$1").Trim();

    [GeneratedRegex(@"^(?:[-•*–]|\d{1,3}[.)])\s+(?<text>\S.*)$")]
    private static partial Regex PlainItem();

    [GeneratedRegex(@"^(?<marks>#{1,6})\s+(?<text>.*)$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^(?:[-*+]|\d{1,9}[.)])\s+(?<text>\S.*)$")]
    private static partial Regex MarkdownItem();

    [GeneratedRegex(@"^\*\*(?<label>.+?):\*\*\s*(?<value>.*)$")]
    private static partial Regex BoldLabel();

    /// <summary>A whole line in bold ("**Ad 1) Úvod**"), not a bold label with its value.</summary>
    [GeneratedRegex(@"^\*\*(?<text>[^*]+)\*\*$")]
    private static partial Regex BoldLine();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex EscapedPunctuation();
}
