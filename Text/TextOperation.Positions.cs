namespace CommunityPlanning.Documents.Text;

public sealed partial class TextOperation
{
    /// <summary>
    /// Where a position of the base text ends up in the target text. Text inserted exactly at the position
    /// goes before it when <paramref name="stickToEnd"/> is true (the position moves right, as a caret
    /// after typing does) and after it otherwise (a range start stays in front of new text). A position inside
    /// a deleted range moves to where the range was.
    /// </summary>
    public int MapPosition(int position, bool stickToEnd)
    {
        var source = 0;
        var target = 0;
        foreach (var c in _components)
        {
            if (c.IsInsert)
            {
                if (source < position || (source == position && stickToEnd))
                {
                    target += c.Length;
                }

                continue;
            }

            if (position < source + c.Length)
            {
                return c.IsRetain ? target + (position - source) : target;
            }

            source += c.Length;
            if (c.IsRetain)
            {
                target += c.Length;
            }
        }

        return target;
    }

    /// <summary>
    /// Where the caret of the person who made this edit stands after it, in the target text: after the last
    /// inserted text, or where the last deleted range was; null for an edit that changes nothing. Receivers place
    /// an author's caret there, so a browser need not send its caret while its person types.
    /// </summary>
    public int? ChangeEnd()
    {
        int? end = null;
        var target = 0;
        foreach (var c in _components)
        {
            if (c.IsRetain)
            {
                target += c.Length;
                continue;
            }

            if (c.IsInsert)
            {
                target += c.Length;
            }

            end = target;
        }

        return end;
    }
}
