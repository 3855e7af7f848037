
namespace CommunityPlanning.Documents.Text;

/// <summary>
/// Builds a normalized <see cref="TextOperation"/>: zero-length components are dropped, adjacent
/// components of the same kind are merged, and an insert that follows a delete at the same
/// position is moved before it (insert-before-delete is the canonical order).
/// </summary>
public sealed class TextOperationBuilder
{
    private TextComponent[] _items;
    private int _count;
    private long _baseLength;
    private long _targetLength;

    public TextOperationBuilder(int capacity = 4)
    {
        _items = new TextComponent[Math.Max(capacity, 1)];
    }

    public int BaseLength => (int)_baseLength;

    public int TargetLength => (int)_targetLength;

    /// <summary>Keeps the next <paramref name="count"/> characters.</summary>
    public TextOperationBuilder Retain(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
        {
            return this;
        }

        Grow(count, count);
        if (_count > 0 && _items[_count - 1].IsRetain)
        {
            _items[_count - 1] = TextComponent.Retain(_items[_count - 1].Length + count);
        }
        else
        {
            Push(TextComponent.Retain(count));
        }

        return this;
    }

    /// <summary>Inserts <paramref name="text"/>; refuses a lone surrogate with <c>text.surrogate_split</c>.</summary>
    public TextOperationBuilder Insert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return this;
        }

        if (!Utf16.IsWellFormed(text))
        {
            throw new TextException(TextErrors.SurrogateSplit, "insert contains a lone surrogate");
        }

        Grow(0, text.Length);
        InsertChecked(text);
        return this;
    }

    /// <summary>Removes the next <paramref name="count"/> characters.</summary>
    public TextOperationBuilder Delete(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
        {
            return this;
        }

        Grow(count, 0);
        if (_count > 0 && _items[_count - 1].IsDelete)
        {
            _items[_count - 1] = TextComponent.Delete(_items[_count - 1].Length + count);
        }
        else
        {
            Push(TextComponent.Delete(count));
        }

        return this;
    }

    /// <summary>Appends a component (normalizing as the typed methods do).</summary>
    public TextOperationBuilder Add(in TextComponent component) => component.Kind switch
    {
        TextComponentKind.Retain => Retain(component.Length),
        TextComponentKind.Delete => Delete(component.Length),
        _ => Insert(component.Text!),
    };

    public TextOperation Build()
    {
        if (_count == 0)
        {
            return TextOperation.Empty;
        }

        var components = _items.AsSpan(0, _count).ToArray();
        return new TextOperation(components, (int)_baseLength, (int)_targetLength);
    }

    /// <summary>Inserts a slice of a string that is already known to be well formed, without re-checking it.</summary>
    internal TextOperationBuilder InsertTrusted(string text)
    {
        if (text.Length > 0)
        {
            Grow(0, text.Length);
            InsertChecked(text);
        }

        return this;
    }

    private void InsertChecked(string text)
    {
        if (_count > 0 && _items[_count - 1].IsInsert)
        {
            _items[_count - 1] = TextComponent.Insert(string.Concat(_items[_count - 1].Text, text));
        }
        else if (_count > 0 && _items[_count - 1].IsDelete)
        {
            // Canonical order: insert before delete at the same position.
            if (_count > 1 && _items[_count - 2].IsInsert)
            {
                _items[_count - 2] = TextComponent.Insert(string.Concat(_items[_count - 2].Text, text));
            }
            else
            {
                var delete = _items[_count - 1];
                _items[_count - 1] = TextComponent.Insert(text);
                Push(delete);
            }
        }
        else
        {
            Push(TextComponent.Insert(text));
        }
    }

    private void Grow(long input, long output)
    {
        _baseLength += input;
        _targetLength += output;
        if (_baseLength > int.MaxValue || _targetLength > int.MaxValue)
        {
            throw new TextException(TextErrors.TooLarge, "operation length overflows");
        }
    }

    private void Push(TextComponent component)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++] = component;
    }
}
