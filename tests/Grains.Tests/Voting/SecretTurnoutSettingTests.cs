using CommunityPlanning.Common;
using CommunityPlanning.Hosting;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.Tests.Storage;
using CommunityPlanning.Voting;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace CommunityPlanning.Tests.Voting;

/// <summary>A silo started with <c>Voting:SecretMinimumTurnout=5</c>, registered as the application registers it.</summary>
public sealed class MinimumTurnoutOfFiveFixture : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public static IConfiguration Configuration(string value) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Voting:SecretMinimumTurnout"] = value }).Build();

    public async Task InitializeAsync() =>
        Cluster = await AdoNetCluster.StartAsync(_database.Settings, $"tests-{Guid.NewGuid():N}", configure: services => services.AddVotingSettings(Configuration("5")));

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await _database.DisposeAsync();
    }
}

/// <summary>The minimum turnout comes from the <c>Voting</c> settings.</summary>
public sealed class SecretTurnoutSettingTests(MinimumTurnoutOfFiveFixture fixture) : IClassFixture<MinimumTurnoutOfFiveFixture>
{
    [Fact]
    public async Task The_configured_minimum_is_the_one_the_meeting_grain_applies()
    {
        // Four ballots would close as usual with the default of three.
        var (world, pollId, _) = await SecretTurnoutTests.OpenAsync(fixture.Cluster.Client, SecretTurnoutTests.Secret, 5, 4);
        Assert.Equal(5, (await world.Grain.GetSnapshot(world.Facilitator)).Polls.Single(p => p.Id == pollId).MinimumTurnout);
        var refused = await Assert.ThrowsAsync<DomainException>(() => world.Grain.Execute(world.Facilitator, new ClosePoll(pollId)));
        Assert.Equal(ErrorCodes.PollTurnoutTooLow, refused.Code);

        await world.Grain.Execute(world.Facilitator, new ClosePoll(pollId, LowTurnoutChoice.Withhold));
        var low = (await world.Grain.GetSnapshot(world.Facilitator)).Polls.Single(p => p.Id == pollId).LowTurnout!;
        Assert.Equal((4, 5), (low.Ballots, low.Minimum));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void A_minimum_below_one_stops_the_start(string value) =>
        Assert.Throws<InvalidOperationException>(() => VotingSettings.From(MinimumTurnoutOfFiveFixture.Configuration(value)));

    [Fact]
    public void Without_the_setting_the_minimum_is_three() =>
        Assert.Equal(3, VotingSettings.From(new ConfigurationBuilder().Build()).SecretMinimumTurnout);
}
