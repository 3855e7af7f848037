namespace CommunityPlanning.Web.Records;

public static class RecordText
{
    /// <summary>The paragraphs of a stored text (apart by a blank line; lines within one stay lines), empty ones left out.</summary>
    public static IEnumerable<string> Paragraphs(string? text) =>
        (text ?? "").ReplaceLineEndings("\n").Split("\n\n").Select(p => p.Trim('\n')).Where(p => p.Trim().Length > 0);
}
