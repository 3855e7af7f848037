using System.Text;

namespace CommunityPlanning.Web.Tests.Intentions;

/// <summary>A CSV export read the way a spreadsheet reads it: `;`-separated, quoted fields with doubled quotes, CRLF lines, a BOM.</summary>
public sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static CsvTable Parse(byte[] bytes)
    {
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var lines = new List<IReadOnlyList<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ';')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                lines.Add(fields);
                fields = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.False(quoted, "a quoted field is not closed");
        Assert.Empty(fields); // the last line ends with CRLF
        Assert.All(lines, l => Assert.Equal(lines[0].Count, l.Count));
        return new CsvTable(lines[0], lines[1..]);
    }

    /// <summary>The row's value in the <paramref name="occurrence"/>-th column of that label (a label repeats for the opinion's and the decision's counts).</summary>
    public string Cell(IReadOnlyList<string> row, string label, int occurrence = 0)
    {
        var indices = Header.Select((h, i) => (h, i)).Where(x => x.h == label).Select(x => x.i).ToList();
        Assert.True(indices.Count > occurrence, $"no column {label} #{occurrence}");
        return row[indices[occurrence]];
    }

    public IReadOnlyList<string> Row(string provider) => Rows.Single(r => r[0] == provider);
}
