namespace CommunityPlanning.Documents.Text;

/// <summary>Read access to a text that an operation is validated against (a string or a <see cref="TextBuffer"/>).</summary>
internal interface ICharSource
{
    int Length { get; }

    /// <summary>True when <paramref name="position"/> lies inside a surrogate pair.</summary>
    bool SplitsPairAt(int position);
}

/// <summary>A span seen as an <see cref="ICharSource"/>.</summary>
internal readonly ref struct SpanText(ReadOnlySpan<char> text) : ICharSource
{
    private readonly ReadOnlySpan<char> _text = text;

    public int Length => _text.Length;

    public bool SplitsPairAt(int position) => Utf16.SplitsPair(_text, position);
}
