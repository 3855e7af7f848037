namespace CommunityPlanning.Documents.Text;

/// <summary>
/// Walks the components of an operation and hands them out in pieces, so that composition and
/// transformation can split a component where the other operation's component ends.
/// </summary>
internal struct ComponentCursor(TextComponent[] components)
{
    private readonly TextComponent[] _components = components;
    private int _index;
    private int _offset;

    public readonly bool HasCurrent => _index < _components.Length;

    public readonly TextComponentKind Kind => _components[_index].Kind;

    /// <summary>The length left of the current component.</summary>
    public readonly int Remaining => _components[_index].Length - _offset;

    /// <summary>The next <paramref name="length"/> characters of the current insert.</summary>
    public readonly string InsertText(int length)
    {
        var text = _components[_index].Text!;
        return _offset == 0 && length == text.Length ? text : text.Substring(_offset, length);
    }

    /// <summary>Consumes <paramref name="length"/> of the current component (at most <see cref="Remaining"/>).</summary>
    public void Advance(int length)
    {
        _offset += length;
        if (_offset >= _components[_index].Length)
        {
            _index++;
            _offset = 0;
        }
    }
}
