
namespace CommunityPlanning.Documents.Text;

/// <summary>
/// A mutable text that applies <see cref="TextOperation"/>s in place. It is a gap buffer: the free space
/// sits where the last edit happened, so a run of nearby edits (typing) moves only the characters between
/// consecutive edit positions instead of copying the whole text per operation.
/// An operation is validated completely before anything changes, so a refused operation leaves the text intact.
/// Not thread safe (a grain owns one).
/// </summary>
public sealed class TextBuffer
{
    private char[] _chars;
    private int _gapStart;
    private int _gapEnd;

    public TextBuffer(string? text = null, int capacity = 0)
    {
        text ??= string.Empty;
        if (text.Length > TextLimits.MaxDocumentLength)
        {
            throw new TextException(TextErrors.TooLarge, $"a text has at most {TextLimits.MaxDocumentLength} characters");
        }

        _chars = new char[Math.Max(Math.Max(capacity, text.Length + 64), 64)];
        text.CopyTo(_chars);
        _gapStart = text.Length;
        _gapEnd = _chars.Length;
    }

    /// <summary>The text length in UTF-16 code units.</summary>
    public int Length => _chars.Length - (_gapEnd - _gapStart);

    /// <summary>The allocated size in UTF-16 code units (text plus gap).</summary>
    public int Capacity => _chars.Length;

    public char this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return index < _gapStart ? _chars[index] : _chars[index + (_gapEnd - _gapStart)];
        }
    }

    /// <summary>
    /// Applies <paramref name="operation"/> in place. Refuses it, unchanged, with <c>text.length_mismatch</c>,
    /// <c>text.surrogate_split</c> or <c>text.too_large</c> as <see cref="TextOperation.Apply"/> does.
    /// </summary>
    public void Apply(TextOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        operation.EnsureApplicable(new View(this)); // a struct, so the check is specialized and inlined
        var position = 0;
        foreach (var c in operation.Components)
        {
            switch (c.Kind)
            {
                case TextComponentKind.Retain:
                    position += c.Length;
                    break;
                case TextComponentKind.Insert:
                    MoveGap(position);
                    EnsureGap(c.Length);
                    c.Text.AsSpan().CopyTo(_chars.AsSpan(_gapStart));
                    _gapStart += c.Length;
                    position += c.Length;
                    break;
                default:
                    MoveGap(position);
                    _gapEnd += c.Length;
                    break;
            }
        }
    }

    /// <summary>Copies <paramref name="length"/> characters from <paramref name="start"/>.</summary>
    public string Substring(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Length);
        return string.Create(length, (this, start), static (span, state) => state.Item1.CopyTo(state.start, span));
    }

    public override string ToString() => Substring(0, Length);

    private bool SplitsPairAt(int position) =>
        position > 0 && position < Length && char.IsHighSurrogate(CharAt(position - 1)) && char.IsLowSurrogate(CharAt(position));

    private char CharAt(int index) => index < _gapStart ? _chars[index] : _chars[index + (_gapEnd - _gapStart)];

    /// <summary>The buffer as seen by <see cref="TextOperation.EnsureApplicable{T}"/>.</summary>
    private readonly struct View(TextBuffer buffer) : ICharSource
    {
        public int Length => buffer.Length;

        public bool SplitsPairAt(int position) => buffer.SplitsPairAt(position);
    }

    private void CopyTo(int start, Span<char> destination)
    {
        var end = start + destination.Length;
        var beforeGap = Math.Max(0, Math.Min(end, _gapStart) - start);
        if (beforeGap > 0)
        {
            _chars.AsSpan(start, beforeGap).CopyTo(destination);
        }

        var rest = destination.Length - beforeGap;
        if (rest > 0)
        {
            var from = Math.Max(start, _gapStart) + (_gapEnd - _gapStart);
            _chars.AsSpan(from, rest).CopyTo(destination[beforeGap..]);
        }
    }

    private void MoveGap(int position)
    {
        if (position < _gapStart)
        {
            var count = _gapStart - position;
            _chars.AsSpan(position, count).CopyTo(_chars.AsSpan(_gapEnd - count));
            _gapStart = position;
            _gapEnd -= count;
        }
        else if (position > _gapStart)
        {
            var count = position - _gapStart;
            _chars.AsSpan(_gapEnd, count).CopyTo(_chars.AsSpan(_gapStart));
            _gapStart = position;
            _gapEnd += count;
        }
    }

    private void EnsureGap(int needed)
    {
        if (_gapEnd - _gapStart >= needed)
        {
            return;
        }

        var length = Length;
        var capacity = Math.Max(_chars.Length * 2, length + needed + 64);
        var chars = new char[capacity];
        var after = _chars.Length - _gapEnd;
        _chars.AsSpan(0, _gapStart).CopyTo(chars);
        _chars.AsSpan(_gapEnd, after).CopyTo(chars.AsSpan(capacity - after));
        _gapEnd = capacity - after;
        _chars = chars;
    }
}
