namespace CommunityPlanning.Documents.Text;

/// <summary>
/// One step of a <see cref="TextOperation"/>: retain n, insert a string, or delete n UTF-16 code units.
/// Stored compactly as in the JSON wire form: a positive count retains, a negative count deletes,
/// and a non-null <see cref="Text"/> inserts.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.TextComponent")]
public readonly struct TextComponent : IEquatable<TextComponent>
{
    [Id(0)]
    private readonly int _count;

    [Id(1)]
    private readonly string? _text;

    private TextComponent(int count, string? text)
    {
        _count = count;
        _text = text;
    }

    public TextComponentKind Kind => _text is not null
        ? TextComponentKind.Insert
        : _count > 0 ? TextComponentKind.Retain : TextComponentKind.Delete;

    /// <summary>Length in UTF-16 code units: the retained, inserted or deleted span.</summary>
    public int Length => _text?.Length ?? Math.Abs(_count);

    /// <summary>The inserted text; <c>null</c> for retain and delete.</summary>
    public string? Text => _text;

    public bool IsRetain => _text is null && _count > 0;

    public bool IsInsert => _text is not null;

    public bool IsDelete => _text is null && _count < 0;

    /// <summary>The length this component consumes from the input text (retain and delete).</summary>
    internal int InputLength => _text is null ? Math.Abs(_count) : 0;

    /// <summary>The length this component produces in the output text (retain and insert).</summary>
    internal int OutputLength => _text?.Length ?? (_count > 0 ? _count : 0);

    public static TextComponent Retain(int count) =>
        count > 0 ? new TextComponent(count, null) : throw new ArgumentOutOfRangeException(nameof(count));

    public static TextComponent Delete(int count) =>
        count > 0 ? new TextComponent(-count, null) : throw new ArgumentOutOfRangeException(nameof(count));

    public static TextComponent Insert(string text) =>
        !string.IsNullOrEmpty(text) ? new TextComponent(0, text) : throw new ArgumentException("empty insert", nameof(text));

    public bool Equals(TextComponent other) => _count == other._count && string.Equals(_text, other._text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is TextComponent other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_count, _text is null ? 0 : StringComparer.Ordinal.GetHashCode(_text));

    public override string ToString() => Kind switch
    {
        TextComponentKind.Retain => $"retain({Length})",
        TextComponentKind.Delete => $"delete({Length})",
        _ => $"insert({_text!.Length})",
    };

    public static bool operator ==(TextComponent left, TextComponent right) => left.Equals(right);

    public static bool operator !=(TextComponent left, TextComponent right) => !left.Equals(right);
}
