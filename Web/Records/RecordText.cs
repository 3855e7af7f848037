namespace CommunityPlanning.Web.Records;

/// <summary>
/// A plain-text note as people type minutes, read into record blocks: blank lines separate paragraphs, lines
/// of a paragraph keep their breaks, and lines starting with "- ", "* ", "– ", "•" or "·" are bullets. A list goes on
/// across blank lines (notes often space their bullets out) and ends at the first line that is not a bullet.
/// </summary>
public static class RecordText
{
    /// <param name="replaced">Lines (trimmed) printed otherwise: a task typed in the notes, printed from the task.</param>
    public static IEnumerable<RecordBlock> Blocks(string text, IReadOnlyDictionary<string, string>? replaced = null)
    {
        var blocks = new List<RecordBlock>();
        var lines = new List<string>();
        var items = new List<string>();

        void EndParagraph()
        {
            if (lines.Count > 0)
            {
                blocks.Add(RecordParagraph.Plain(string.Join('\n', lines)));
                lines.Clear();
            }
        }

        void EndList()
        {
            if (items.Count > 0)
            {
                blocks.Add(new RecordList([.. items]));
                items.Clear();
            }
        }

        foreach (var typed in text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()))
        {
            var line = replaced is not null && replaced.TryGetValue(typed, out var instead) ? instead : typed;
            if (line.Length == 0)
            {
                EndParagraph();
            }
            else if (Bullet(line) is { } item)
            {
                EndParagraph();
                items.Add(item);
            }
            else
            {
                EndList();
                lines.Add(line);
            }
        }

        EndParagraph();
        EndList();
        return blocks;
    }

    /// <summary>The item of a bullet line: "•" and "·" mark one with or without a space; "-", "*" and "–" only with one.</summary>
    private static string? Bullet(string line) => line switch
    {
        [('•' or '·'), .. var rest] when rest.Trim().Length > 0 => rest.Trim(),
        [('-' or '*' or '–'), ' ', .. var rest] when rest.Trim().Length > 0 => rest.Trim(),
        _ => null,
    };

    /// <summary>The paragraphs of a stored text (apart by a blank line; lines within one stay lines), empty ones left out.</summary>
    public static IEnumerable<string> Paragraphs(string? text) =>
        (text ?? "").ReplaceLineEndings("\n").Split("\n\n").Select(p => p.Trim('\n')).Where(p => p.Trim().Length > 0);
}
