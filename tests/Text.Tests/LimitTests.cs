using CommunityPlanning.Documents.Text;

namespace CommunityPlanning.Text.Tests;

/// <summary>Document-size limits and the refusal guarantees that the vectors cannot express compactly.</summary>
public sealed class LimitTests
{
    [Fact]
    public void Apply_refuses_a_document_above_the_limit()
    {
        var text = new string('a', TextLimits.MaxDocumentLength);
        var op = TextOperation.Splice(text.Length, text.Length, 0, "b");
        Assert.Equal(TextErrors.TooLarge, Assert.Throws<TextException>(() => op.Apply(text)).Code);
        var buffer = new TextBuffer(text);
        Assert.Equal(TextErrors.TooLarge, Assert.Throws<TextException>(() => buffer.Apply(op)).Code);
        Assert.Equal(TextLimits.MaxDocumentLength, buffer.Length);
    }

    [Fact]
    public void Apply_accepts_a_document_at_the_limit()
    {
        var text = new string('a', TextLimits.MaxDocumentLength - 1);
        var op = TextOperation.Splice(text.Length, 0, 0, "b");
        Assert.Equal(TextLimits.MaxDocumentLength, op.Apply(text).Length);
    }

    [Fact]
    public void Buffer_refuses_too_large_initial_text() =>
        Assert.Equal(TextErrors.TooLarge, Assert.Throws<TextException>(() => new TextBuffer(new string('a', TextLimits.MaxDocumentLength + 1))).Code);

    [Fact]
    public void Refused_operation_leaves_the_buffer_unchanged()
    {
        var buffer = new TextBuffer("a👍b👍c");
        // Valid first component, invalid boundary later: nothing may be applied.
        var op = TextOperation.Create().Insert("x").Retain(4).Delete(1).Retain(2).Build();
        Assert.Equal(TextErrors.SurrogateSplit, Assert.Throws<TextException>(() => buffer.Apply(op)).Code);
        Assert.Equal("a👍b👍c", buffer.ToString());
    }

    [Fact]
    public void Builder_refuses_lone_surrogates()
    {
        Assert.Equal(TextErrors.SurrogateSplit, Assert.Throws<TextException>(() => TextOperation.Create().Insert("\uD83D")).Code);
        Assert.Equal(TextErrors.SurrogateSplit, Assert.Throws<TextException>(() => TextOperation.Splice(0, 0, 0, "a\uDC4D")).Code);
    }

    [Fact]
    public void Operations_built_in_process_are_limited_only_when_asked()
    {
        var op = TextOperation.Create().Insert(new string('a', TextLimits.MaxInsertedLength + 1)).Build();
        Assert.Equal(TextLimits.MaxInsertedLength + 1, op.Apply(string.Empty).Length);
        Assert.Equal(TextErrors.TooLarge, Assert.Throws<TextException>(op.EnsureWithinLimits).Code);
    }

    [Fact]
    public void Splice_refuses_a_range_outside_the_text() =>
        Assert.Equal(TextErrors.LengthMismatch, Assert.Throws<TextException>(() => TextOperation.Splice(3, 2, 2, "")).Code);
}
