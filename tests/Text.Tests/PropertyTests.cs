using CommunityPlanning.Documents.Text;
using CommunityPlanning.Text.Tests.Support;

namespace CommunityPlanning.Text.Tests;

/// <summary>Algebraic laws over thousands of seeded random operations on Czech text with surrogate pairs.</summary>
public sealed class PropertyTests
{
    private const int Iterations = 5_000;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Transform_converges(int seed)
    {
        var gen = new RandomText(seed);
        for (var i = 0; i < Iterations; i++)
        {
            var s = gen.Text(30);
            var a = gen.Operation(s);
            var b = gen.Operation(s);
            var (aPrime, bPrime) = TextOperation.Transform(a, b);
            var viaA = bPrime.Apply(a.Apply(s));
            var viaB = aPrime.Apply(b.Apply(s));
            Assert.True(viaA == viaB, $"seed {seed} #{i}: s={s} a={a} b={b} a'={aPrime} b'={bPrime}");
            AssertNormalized(aPrime);
            AssertNormalized(bPrime);
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Compose_equals_sequential_apply(int seed)
    {
        var gen = new RandomText(seed);
        for (var i = 0; i < Iterations; i++)
        {
            var s = gen.Text(30);
            var a = gen.Operation(s);
            var afterA = a.Apply(s);
            var b = gen.Operation(afterA);
            var ab = TextOperation.Compose(a, b);
            Assert.True(ab.Apply(s) == b.Apply(afterA), $"seed {seed} #{i}: s={s} a={a} b={b} ab={ab}");
            Assert.Equal(a.BaseLength, ab.BaseLength);
            Assert.Equal(b.TargetLength, ab.TargetLength);
            AssertNormalized(ab);
        }
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void Invert_undoes(int seed)
    {
        var gen = new RandomText(seed);
        for (var i = 0; i < Iterations; i++)
        {
            var s = gen.Text(30);
            var a = gen.Operation(s);
            var inverse = a.Invert(s);
            Assert.Equal(s, inverse.Apply(a.Apply(s)));
            Assert.True(TextOperation.Compose(a, inverse).IsIdentity || TextOperation.Compose(a, inverse).Apply(s) == s);
        }
    }

    [Theory]
    [InlineData(31)]
    public void Transform_then_compose_commutes(int seed)
    {
        // compose(a, b') and compose(b, a') describe the same edit of s.
        var gen = new RandomText(seed);
        for (var i = 0; i < Iterations; i++)
        {
            var s = gen.Text(20);
            var a = gen.Operation(s);
            var b = gen.Operation(s);
            var (aPrime, bPrime) = TextOperation.Transform(a, b);
            Assert.Equal(TextOperation.Compose(a, bPrime).Apply(s), TextOperation.Compose(b, aPrime).Apply(s));
        }
    }

    [Theory]
    [InlineData(41)]
    public void Json_round_trips(int seed)
    {
        var gen = new RandomText(seed);
        for (var i = 0; i < Iterations; i++)
        {
            var op = gen.Operation(gen.Text(30));
            var json = op.ToJson();
            Assert.Equal(op, TextOperation.FromJson(json));
        }
    }

    [Theory]
    [InlineData(51)]
    public void Buffer_matches_string_apply(int seed)
    {
        var gen = new RandomText(seed);
        var s = gen.Text(50);
        var buffer = new TextBuffer(s);
        for (var i = 0; i < Iterations; i++)
        {
            var op = gen.Operation(s, maxInsertPieces: 4);
            s = op.Apply(s);
            buffer.Apply(op);
            Assert.Equal(s.Length, buffer.Length);
            if (i % 50 == 0)
            {
                Assert.Equal(s, buffer.ToString());
            }
        }

        Assert.Equal(s, buffer.ToString());
    }

    [Theory]
    [InlineData(61)]
    public void Builder_normalizes_any_sequence(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < Iterations; i++)
        {
            var builder = TextOperation.Create();
            var (baseLength, targetLength) = (0, 0);
            var steps = random.Next(12);
            for (var k = 0; k < steps; k++)
            {
                var n = random.Next(4); // zero-length steps must vanish
                switch (random.Next(3))
                {
                    case 0: builder.Retain(n); baseLength += n; targetLength += n; break;
                    case 1: builder.Delete(n); baseLength += n; break;
                    default: builder.Insert(new string('x', n)); targetLength += n; break;
                }
            }

            var op = builder.Build();
            Assert.Equal(baseLength, op.BaseLength);
            Assert.Equal(targetLength, op.TargetLength);
            AssertNormalized(op);
        }
    }

    [Fact]
    public void Random_operations_never_split_pairs_and_invalid_ones_are_refused()
    {
        var gen = new RandomText(71);
        var refused = 0;
        for (var i = 0; i < Iterations; i++)
        {
            var s = gen.Text(10);
            var inside = s.IndexOf('\uD83D', StringComparison.Ordinal);
            if (inside < 0)
            {
                continue;
            }

            var op = TextOperation.Splice(s.Length, inside + 1, 0, "x");
            Assert.Equal(TextErrors.SurrogateSplit, Assert.Throws<TextException>(() => op.Apply(s)).Code);
            refused++;
        }

        Assert.True(refused > 100);
    }

    private static void AssertNormalized(TextOperation op)
    {
        var components = op.Components;
        for (var i = 0; i < components.Length; i++)
        {
            Assert.True(components[i].Length > 0, $"empty component in {op}");
            if (i > 0)
            {
                Assert.True(components[i].Kind != components[i - 1].Kind, $"unmerged components in {op}");
                Assert.False(components[i - 1].IsDelete && components[i].IsInsert, $"delete before insert in {op}");
            }
        }
    }
}
