using System.Text.Json.Serialization;

namespace CommunityPlanning.Documents.Text;

/// <summary>
/// An immutable, normalized edit of a UTF-16 text: a sequence of retain / insert / delete components
/// that walks the whole input text. <see cref="BaseLength"/> is the length it applies to and
/// <see cref="TargetLength"/> the length it produces. Wire form (JSON): <c>[5,"ahoj",-3,10]</c>.
/// Composition, transformation and inversion live in the other <c>TextOperation.*.cs</c> files.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.TextOperation")]
[JsonConverter(typeof(TextOperationJsonConverter))]
public sealed partial class TextOperation : IEquatable<TextOperation>
{
    [Id(0)]
    private readonly TextComponent[] _components;

    [Id(1)]
    private readonly int _baseLength;

    [Id(2)]
    private readonly int _targetLength;

    internal TextOperation(TextComponent[] components, int baseLength, int targetLength)
    {
        _components = components;
        _baseLength = baseLength;
        _targetLength = targetLength;
    }

    /// <summary>The operation that does nothing to the empty text.</summary>
    public static TextOperation Empty { get; } = new([], 0, 0);

    /// <summary>Starts a new operation: <c>TextOperation.Create().Retain(5).Insert("ahoj").Delete(3).Build()</c>.</summary>
    public static TextOperationBuilder Create() => new();

    /// <summary>The operation that leaves a text of <paramref name="length"/> unchanged.</summary>
    public static TextOperation Identity(int length) =>
        length == 0 ? Empty : new([TextComponent.Retain(length)], length, length);

    /// <summary>
    /// The operation for a splice on a text of <paramref name="length"/>: at <paramref name="position"/> remove
    /// <paramref name="deleteCount"/> characters, then insert <paramref name="insert"/>. Built without a builder,
    /// it is the fast path for trace replay and editor events.
    /// </summary>
    public static TextOperation Splice(int length, int position, int deleteCount, string insert)
    {
        ArgumentNullException.ThrowIfNull(insert);
        if (position < 0 || deleteCount < 0 || length < 0 || (long)position + deleteCount > length)
        {
            throw new TextException(TextErrors.LengthMismatch, $"splice {position}+{deleteCount} outside text of {length}");
        }

        if (!Utf16.IsWellFormed(insert))
        {
            throw new TextException(TextErrors.SurrogateSplit, "insert contains a lone surrogate");
        }

        var tail = length - position - deleteCount;
        var n = (position > 0 ? 1 : 0) + (insert.Length > 0 ? 1 : 0) + (deleteCount > 0 ? 1 : 0) + (tail > 0 ? 1 : 0);
        if (n == 0)
        {
            return Empty;
        }

        var components = new TextComponent[n];
        var i = 0;
        if (position > 0)
        {
            components[i++] = TextComponent.Retain(position);
        }

        if (insert.Length > 0)
        {
            components[i++] = TextComponent.Insert(insert);
        }

        if (deleteCount > 0)
        {
            components[i++] = TextComponent.Delete(deleteCount);
        }

        if (tail > 0)
        {
            components[i] = TextComponent.Retain(tail);
        }

        if (n == 1 && components[0].IsRetain)
        {
            return Identity(length);
        }

        return new TextOperation(components, length, length - deleteCount + insert.Length);
    }

    /// <summary>The text length (UTF-16 code units) this operation applies to.</summary>
    public int BaseLength => _baseLength;

    /// <summary>The text length (UTF-16 code units) this operation produces.</summary>
    public int TargetLength => _targetLength;

    public ReadOnlySpan<TextComponent> Components => _components;

    public int ComponentCount => _components.Length;

    /// <summary>True when applying the operation changes nothing (it only retains).</summary>
    public bool IsIdentity => _components.Length == 0 || (_components.Length == 1 && _components[0].IsRetain);

    /// <summary>The number of inserted UTF-16 code units.</summary>
    public int InsertedLength
    {
        get
        {
            var total = 0;
            foreach (var c in _components)
            {
                if (c.IsInsert)
                {
                    total += c.Length;
                }
            }

            return total;
        }
    }

    /// <summary>
    /// Applies the operation to <paramref name="text"/> and returns the new text. Refuses a text of the wrong
    /// length (<c>text.length_mismatch</c>), a boundary inside a surrogate pair (<c>text.surrogate_split</c>) and
    /// a result above <see cref="TextLimits.MaxDocumentLength"/> (<c>text.too_large</c>).
    /// </summary>
    public string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        EnsureApplicable(text);
        if (IsIdentity)
        {
            return text;
        }

        return string.Create(_targetLength, (text, _components), static (span, state) =>
        {
            var (source, components) = state;
            var read = 0;
            var write = 0;
            foreach (var c in components)
            {
                switch (c.Kind)
                {
                    case TextComponentKind.Retain:
                        source.AsSpan(read, c.Length).CopyTo(span[write..]);
                        read += c.Length;
                        write += c.Length;
                        break;
                    case TextComponentKind.Insert:
                        c.Text.AsSpan().CopyTo(span[write..]);
                        write += c.Length;
                        break;
                    default:
                        read += c.Length;
                        break;
                }
            }
        });
    }

    /// <summary>Whether every reader of the wire format accepts it (the limits of <see cref="TextLimits"/>).</summary>
    public bool IsWithinLimits =>
        _components.Length <= TextLimits.MaxComponents && InsertedLength <= TextLimits.MaxInsertedLength
        && _baseLength <= TextLimits.MaxDocumentLength && _targetLength <= TextLimits.MaxDocumentLength;

    /// <summary>Refuses the operation with <c>text.too_large</c> when it exceeds a limit in <see cref="TextLimits"/>.</summary>
    public void EnsureWithinLimits()
    {
        if (_components.Length > TextLimits.MaxComponents)
        {
            throw new TextException(TextErrors.TooLarge, $"at most {TextLimits.MaxComponents} components");
        }

        if (InsertedLength > TextLimits.MaxInsertedLength)
        {
            throw new TextException(TextErrors.TooLarge, $"at most {TextLimits.MaxInsertedLength} inserted characters");
        }

        if (_baseLength > TextLimits.MaxDocumentLength || _targetLength > TextLimits.MaxDocumentLength)
        {
            throw new TextException(TextErrors.TooLarge, $"a text has at most {TextLimits.MaxDocumentLength} characters");
        }
    }

    /// <summary>Checks length, surrogate boundaries and the document limit against <paramref name="text"/>.</summary>
    internal void EnsureApplicable(ReadOnlySpan<char> text) => EnsureApplicable(new SpanText(text));

    internal void EnsureApplicable<T>(T text) where T : ICharSource, allows ref struct
    {
        if (text.Length != _baseLength)
        {
            throw new TextException(TextErrors.LengthMismatch, $"operation expects {_baseLength} characters, text has {text.Length}");
        }

        if (_targetLength > TextLimits.MaxDocumentLength && _targetLength > _baseLength)
        {
            throw new TextException(TextErrors.TooLarge, $"a text has at most {TextLimits.MaxDocumentLength} characters");
        }

        var position = 0;
        foreach (var c in _components)
        {
            if (c.IsInsert)
            {
                continue;
            }

            position += c.Length;
            if (position < _baseLength && text.SplitsPairAt(position))
            {
                throw new TextException(TextErrors.SurrogateSplit, $"position {position} is inside a surrogate pair");
            }
        }
    }

    public bool Equals(TextOperation? other) =>
        other is not null && (ReferenceEquals(this, other) || _components.AsSpan().SequenceEqual(other._components));

    public override bool Equals(object? obj) => Equals(obj as TextOperation);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var c in _components)
        {
            hash.Add(c);
        }

        return hash.ToHashCode();
    }

    /// <summary>The compact JSON form, e.g. <c>[5,"ahoj",-3,10]</c>.</summary>
    public override string ToString() => ToJson();
}
