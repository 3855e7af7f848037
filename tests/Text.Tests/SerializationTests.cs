using System.Text.Json;
using CommunityPlanning.Documents.Text;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace CommunityPlanning.Text.Tests;

public sealed class SerializationTests
{
    private static readonly TextOperation Sample =
        TextOperation.Create().Retain(7).Insert("modrý 👍").Delete(9).Retain(22).Build();

    [Fact]
    public void Orleans_serializer_round_trips()
    {
        using var services = new ServiceCollection()
            .AddSerializer(b => b.AddAssembly(typeof(TextOperation).Assembly))
            .BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();
        var copy = serializer.Deserialize<TextOperation>(serializer.SerializeToArray(Sample));
        Assert.Equal(Sample, copy);
        Assert.NotNull(copy);
        Assert.Equal(Sample.BaseLength, copy.BaseLength);
        Assert.Equal(Sample.TargetLength, copy.TargetLength);

        var copier = services.GetRequiredService<DeepCopier>();
        Assert.Same(Sample, copier.Copy(Sample)); // [Immutable]: no copy between grains
    }

    [Fact]
    public void System_text_json_uses_the_compact_form_inside_other_objects()
    {
        var json = JsonSerializer.Serialize(new { revision = 3, op = Sample });
        Assert.Equal("{\"revision\":3,\"op\":[7,\"modr\\u00FD \\uD83D\\uDC4D\",-9,22]}", json);
        Assert.Equal("[7,\"modrý \\uD83D\\uDC4D\",-9,22]", Sample.ToJson());
        var back = JsonSerializer.Deserialize<Holder>("{\"Op\":[7,\"modrý 👍\",-9,22]}");
        Assert.Equal(Sample, back!.Op);
    }

    private sealed record Holder(TextOperation Op);
}
