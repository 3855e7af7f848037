using CommunityPlanning.Documents.Text;
using CommunityPlanning.Text.Tests.Support;

namespace CommunityPlanning.Text.Tests;

/// <summary>The shared vectors in tests/vectors/text-operations.json; the vitest suite checks the same file.</summary>
public sealed class VectorTests
{
    public static TheoryData<string> ApplyCases => Vectors.Names("apply");

    public static TheoryData<string> ComposeCases => Vectors.Names("compose");

    public static TheoryData<string> TransformCases => Vectors.Names("transform");

    public static TheoryData<string> InvertCases => Vectors.Names("invert");

    public static TheoryData<string> ParseCases => Vectors.Names("parse");

    public static TheoryData<string> ChangeEndCases => Vectors.Names("changeEnd");

    [Theory]
    [MemberData(nameof(ApplyCases))]
    public void Apply(string name)
    {
        var c = Vectors.Case("apply", name);
        var op = c.Op("op");
        var text = c.Str("text")!;
        if (c.Str("error") is { } error)
        {
            AssertCode(error, () => op.Apply(text));
            var buffer = new TextBuffer(text);
            AssertCode(error, () => buffer.Apply(op));
            Assert.Equal(text, buffer.ToString());
            return;
        }

        var expected = c.Str("expected")!;
        Assert.Equal(expected, op.Apply(text));
        var inPlace = new TextBuffer(text);
        inPlace.Apply(op);
        Assert.Equal(expected, inPlace.ToString());
    }

    [Theory]
    [MemberData(nameof(ComposeCases))]
    public void Compose(string name)
    {
        var c = Vectors.Case("compose", name);
        var (a, b) = (c.Op("a"), c.Op("b"));
        if (c.Str("error") is { } error)
        {
            AssertCode(error, () => TextOperation.Compose(a, b));
            return;
        }

        var composed = TextOperation.Compose(a, b);
        AssertOp(c, "expected", composed);
        Assert.Equal(c.Str("result"), composed.Apply(c.Str("text")!));
    }

    [Theory]
    [MemberData(nameof(TransformCases))]
    public void Transform(string name)
    {
        var c = Vectors.Case("transform", name);
        var (a, b) = (c.Op("a"), c.Op("b"));
        if (c.Str("error") is { } error)
        {
            AssertCode(error, () => TextOperation.Transform(a, b));
            return;
        }

        var (aPrime, bPrime) = TextOperation.Transform(a, b);
        AssertOp(c, "aPrime", aPrime);
        AssertOp(c, "bPrime", bPrime);
        var text = c.Str("text")!;
        Assert.Equal(c.Str("result"), bPrime.Apply(a.Apply(text)));
        Assert.Equal(c.Str("result"), aPrime.Apply(b.Apply(text)));
    }

    [Theory]
    [MemberData(nameof(InvertCases))]
    public void Invert(string name)
    {
        var c = Vectors.Case("invert", name);
        var op = c.Op("op");
        var text = c.Str("text")!;
        if (c.Str("error") is { } error)
        {
            AssertCode(error, () => op.Invert(text));
            return;
        }

        var inverse = op.Invert(text);
        AssertOp(c, "expected", inverse);
        Assert.Equal(text, inverse.Apply(op.Apply(text)));
    }

    [Theory]
    [MemberData(nameof(ParseCases))]
    public void Parse(string name)
    {
        var c = Vectors.Case("parse", name);
        var json = c.Str("json")!;
        if (c.Str("error") is { } error)
        {
            AssertCode(error, () => TextOperation.FromJson(json));
            return;
        }

        AssertOp(c, "expected", TextOperation.FromJson(json));
    }

    [Theory]
    [MemberData(nameof(ChangeEndCases))]
    public void ChangeEnd(string name)
    {
        var c = Vectors.Case("changeEnd", name);
        var end = c.GetProperty("end");
        Assert.Equal(end.ValueKind == System.Text.Json.JsonValueKind.Null ? null : end.GetInt32(), c.Op("op").ChangeEnd());
    }

    private static void AssertOp(System.Text.Json.JsonElement c, string property, TextOperation actual)
    {
        var expected = c.Op(property);
        Assert.Equal(c.CanonicalJson(property), expected.ToJson()); // the vector itself is normalized
        Assert.Equal(expected.ToJson(), actual.ToJson());
        Assert.Equal(expected, actual);
    }

    private static void AssertCode(string code, Action action) =>
        Assert.Equal(code, Assert.Throws<TextException>(action).Code);
}
