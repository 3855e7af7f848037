using System.Text;

namespace CommunityPlanning.Web.Records;

/// <summary>Writes a <see cref="RecordDocument"/> as CommonMark; text is escaped so a name or note never turns into markup.</summary>
public static class MarkdownWriter
{
    public static string Write(RecordDocument document)
    {
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Escape(document.Title));
        foreach (var block in document.Blocks)
        {
            md.AppendLine();
            switch (block)
            {
                case RecordHeading h:
                    md.Append('#', Math.Clamp(h.Level, 1, 3) + 1).Append(' ').AppendLine(Escape(h.Text));
                    break;
                case RecordParagraph p:
                    foreach (var line in string.Concat(p.Runs.Select(Run)).Split('\n'))
                    {
                        md.AppendLine(line + "  ");
                    }

                    break;
                case RecordList list:
                    var number = 0;
                    foreach (var item in list.Items)
                    {
                        md.Append(list.Numbered ? $"{++number}. " : "- ").AppendLine(Escape(item).ReplaceLineEndings(" "));
                    }

                    break;
                case RecordTable table:
                    md.AppendLine(Row(table.Header));
                    md.AppendLine(Row(table.Header.Select(_ => "---").ToList(), escape: false));
                    foreach (var row in table.Rows)
                    {
                        md.AppendLine(Row(row));
                    }

                    break;
            }
        }

        return md.ToString();
    }

    private static string Run(RecordRun run) => run.Bold && run.Text.Trim().Length > 0 ? $"**{Escape(run.Text.Trim())}**{(run.Text.EndsWith(' ') ? " " : "")}" : Escape(run.Text);

    private static string Row(IReadOnlyList<string> cells, bool escape = true) =>
        "| " + string.Join(" | ", cells.Select(c => escape ? Escape(c).Replace("|", "\\|").ReplaceLineEndings(" ") : c)) + " |";

    /// <summary>Backslash-escapes the characters CommonMark could read as markup, and a leading list or heading marker.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '~' or '|')
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
            lineStart = c == '\n' || (lineStart && c == ' ');
        }

        return sb.ToString();
    }
}
