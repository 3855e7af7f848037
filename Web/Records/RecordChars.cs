using System.Text;

namespace CommunityPlanning.Web.Records;

/// <summary>
/// Text as every writer takes it: line breaks as '\n' and no tabs or control characters, which XML (so DOCX and
/// HTML) cannot carry and a record has no use for; a pasted note must not make an export fail.
/// </summary>
internal static class RecordChars
{
    public static string Clean(string text)
    {
        var lines = text.ReplaceLineEndings("\n");
        var clean = new StringBuilder(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var c = lines[i];
            if (char.IsHighSurrogate(c) && i + 1 < lines.Length && char.IsLowSurrogate(lines[i + 1]))
            {
                clean.Append(c).Append(lines[++i]);
            }
            else if (c == '\t')
            {
                clean.Append(' ');
            }
            else if (c == '\n' || !(char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF'))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }
}
