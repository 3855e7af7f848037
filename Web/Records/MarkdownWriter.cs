using System.Text;

namespace CommunityPlanning.Web.Records;

/// <summary>Writes a <see cref="RecordDocument"/> as CommonMark; text is escaped so a name or note never turns into markup.</summary>
public static class MarkdownWriter
{
    public static string Write(RecordDocument document)
    {
        var md = new StringBuilder();
        if (document.Heading is { } heading)
        {
            md.Append("**").Append(Escape(RecordChars.Clean(heading).Replace('\n', ' ').Trim(), lineStart: false)).AppendLine("**").AppendLine();
        }

        md.Append("# ").AppendLine(Line(document.Title));
        foreach (var block in document.Blocks)
        {
            md.AppendLine();
            switch (block)
            {
                case RecordHeading h:
                    md.Append('#', h.Level + 1).Append(' ').AppendLine(Line(h.Text));
                    break;
                case RecordParagraph p:
                    // Two trailing spaces make each line break of the paragraph a hard break.
                    foreach (var line in Paragraph(p).Split('\n'))
                    {
                        md.AppendLine(line + "  ");
                    }

                    break;
                case RecordList list:
                    var number = 0;
                    foreach (var item in list.Items)
                    {
                        md.Append(list.Numbered ? $"{++number}. " : "- ").AppendLine(Line(item));
                    }

                    break;
                case RecordTable table:
                    md.AppendLine(Row(table.Header.Select(Cell)));
                    md.AppendLine(Row(table.Header.Select(_ => "---")));
                    foreach (var row in table.Rows)
                    {
                        md.AppendLine(Row(row.Select(Cell)));
                    }

                    break;
            }
        }

        return md.ToString();
    }

    /// <summary>Text that must stay on one line (a heading, list item or table cell): escaped, breaks as spaces.</summary>
    private static string Line(string text) => Escape(text).Replace('\n', ' ');

    /// <summary>A table cell: inline markup escaped, but no block starts inside a cell, so "12. 9. 2022" stays as it is.</summary>
    private static string Cell(string text) => Escape(RecordChars.Clean(text), lineStart: false).Replace('\n', ' ');

    private static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";

    /// <summary>The runs escaped as one text, so only a real line start counts as one; bold keeps its surrounding spaces outside the markers.</summary>
    private static string Paragraph(RecordParagraph p)
    {
        var md = new StringBuilder();
        foreach (var run in p.Runs)
        {
            var text = RecordChars.Clean(run.Text);
            var lineStart = md.Length == 0 || md[^1] == '\n';
            var core = text.Trim();
            if (!run.Bold || core.Length == 0)
            {
                md.Append(Escape(text, lineStart));
                continue;
            }

            var lead = text[..text.IndexOf(core, StringComparison.Ordinal)];
            md.Append(Escape(lead, lineStart)).Append("**").Append(Escape(core, lineStart: false)).Append("**");
            md.Append(Escape(text[(lead.Length + core.Length)..], lineStart: false));
        }

        return md.ToString();
    }

    /// <summary>Backslash-escapes the characters CommonMark could read as markup, and a leading list or heading marker.</summary>
    public static string Escape(string text) => Escape(RecordChars.Clean(text), lineStart: true);

    /// <summary>
    /// Escapes clean text that starts at a line start or not. Indentation at a line start is dropped: four spaces
    /// would make a code block, and a record's lines need none.
    /// </summary>
    private static string Escape(string text, bool lineStart)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (lineStart && c == ' ')
            {
                continue;
            }

            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '~' or '|' or '&')
            {
                sb.Append('\\');
            }
            else if (lineStart && c is '-' or '+' or '=')
            {
                sb.Append('\\');
            }
            else if (lineStart && char.IsAsciiDigit(c))
            {
                // "1." or "1)" at a line start would begin an ordered list.
                var j = i;
                while (j < text.Length && char.IsAsciiDigit(text[j]))
                {
                    j++;
                }

                if (j < text.Length && text[j] is '.' or ')')
                {
                    sb.Append(text, i, j - i).Append('\\');
                    i = j - 1;
                    lineStart = false;
                    continue;
                }
            }

            sb.Append(c);
            lineStart = c == '\n';
        }

        return sb.ToString();
    }
}
