using CommunityPlanning.Documents;
using CommunityPlanning.Tests.Infrastructure;

namespace CommunityPlanning.Tests.Documents;

/// <summary>Whether a section exists is a yes or no (the meeting asks it for focus targets and proposal areas).</summary>
public sealed class DocumentSectionTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task A_document_knows_its_sections_and_nothing_else()
    {
        var world = await DocumentWorld.CreateAsync(fixture.Client);

        Assert.True(await world.Grain.HasSection(world.SectionId));
        Assert.False(await world.Grain.HasSection(Guid.NewGuid()));
        Assert.False(await fixture.Client.GetGrain<IVisionDocumentGrain>(Guid.NewGuid()).HasSection(world.SectionId));
    }
}
