using CommunityPlanning.Common;
using CommunityPlanning.Hosting;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.Voting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace CommunityPlanning.Tests.Voting;

/// <summary>
/// Ballots entered on someone's behalf, as the ballot box stores them: a named one carries its marker, a secret one
/// nothing but its values under a key nobody holds, so the stored state cannot tie a person to a choice.
/// </summary>
public sealed class OnBehalfBallotTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static readonly DateTimeOffset At = new(2026, 5, 26, 11, 0, 0, TimeSpan.Zero);
    private static readonly RosterEntry Facilitator = new(Guid.NewGuid(), "Petra Hybnerová", MeetingRole.Facilitator, Guid.NewGuid(), At);
    private static readonly (Guid Jana, Guid Karel) People = (Guid.NewGuid(), Guid.NewGuid());
    private static readonly Electorate Electorate = new([new(People.Jana, "Jana", true), new(People.Karel, "Karel", true)]);

    private IGrainStorage Storage => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Name);

    private static OnBehalf For(Guid person) => new(person, person == People.Jana ? "Jana" : "Karel", Facilitator.ParticipantId, Facilitator.DisplayName);

    private async Task<(IMeetingPollsGrain Box, Guid PollId)> OpenAsync(bool secret)
    {
        var box = fixture.Client.GetGrain<IMeetingPollsGrain>(Guid.NewGuid());
        var draft = new PollDraft("Doporučit záměr?", PollKind.YesNoAbstain, ["doporučuji", "nedoporučuji", "zdržuji se"], secret, LiveResults: !secret);
        var pollId = ((PollChanged)(await box.Apply(Facilitator, new CreatePoll(draft), null, Electorate)).Events.Single()).Poll.Id;
        await box.Apply(Facilitator, new OpenPoll(pollId), null, Electorate);
        return (box, pollId);
    }

    private async Task<PollState> StoredAsync(IMeetingPollsGrain box)
    {
        var stored = new GrainState<MeetingPollsState>(new MeetingPollsState());
        await Storage.ReadStateAsync("polls", box.GetGrainId(), stored);
        return stored.State!.Polls.Single();
    }

    [Fact]
    public async Task A_named_ballot_entered_for_someone_is_theirs_marked_and_final()
    {
        var (box, pollId) = await OpenAsync(secret: false);
        var cast = await box.Vote(People.Jana, pollId, [1, 0, 0], null, Electorate, For(People.Jana));

        Assert.Null(cast.Receipt);
        var ballot = Assert.Single(((PollChanged)cast.Events.Single()).Poll.Result!.Named);
        Assert.Equal((People.Jana, For(People.Jana)), (ballot.ParticipantId, ballot.OnBehalf));
        Assert.Equal([1, 0, 0], await box.GetBallot(People.Jana, pollId, null)); // Jana sees the vote entered for her
        // One vote per person: neither a second entry nor Jana's own vote replaces it.
        await AssertRefused(ErrorCodes.PollAlreadyVoted, () => box.Vote(People.Jana, pollId, [0, 1, 0], null, Electorate, For(People.Jana)));
        await AssertRefused(ErrorCodes.PollAlreadyVoted, () => box.Vote(People.Jana, pollId, [0, 1, 0], null, Electorate));
        // Someone who voted themselves cannot have a vote entered over theirs.
        await box.Vote(People.Karel, pollId, [0, 0, 1], null, Electorate);
        await AssertRefused(ErrorCodes.PollAlreadyVoted, () => box.Vote(People.Karel, pollId, [1, 0, 0], null, Electorate, For(People.Karel)));
        var stored = (await StoredAsync(box)).Named;
        Assert.Equal(For(People.Jana), stored.Single(v => v.ParticipantId == People.Jana).OnBehalf);
        Assert.Null(stored.Single(v => v.ParticipantId == People.Karel).OnBehalf);
    }

    [Fact]
    public async Task Stored_secret_ballots_entered_for_two_people_are_the_same_whichever_way_they_voted()
    {
        var (first, firstPoll) = await OpenAsync(secret: true);
        Assert.Null((await first.Vote(People.Jana, firstPoll, [1, 0, 0], null, Electorate, For(People.Jana))).Receipt);
        Assert.Null((await first.Vote(People.Karel, firstPoll, [0, 1, 0], null, Electorate, For(People.Karel))).Receipt);
        var (swapped, swappedPoll) = await OpenAsync(secret: true);
        await swapped.Vote(People.Jana, swappedPoll, [0, 1, 0], null, Electorate, For(People.Jana));
        await swapped.Vote(People.Karel, swappedPoll, [1, 0, 0], null, Electorate, For(People.Karel));

        var (a, b) = (await StoredAsync(first), await StoredAsync(swapped));
        // Who voted, and how many were entered for someone: the same. The ballots: the same values under random keys in key order.
        Assert.Equal(a.Voters, b.Voters);
        Assert.Equal((2, 2), (a.SecretOnBehalf, b.SecretOnBehalf));
        Assert.Equal(Sorted(a.Secret), Sorted(b.Secret));
        Assert.Empty(a.Named);
        Assert.Equal(a.Secret.Select(v => v.Key).Order(StringComparer.Ordinal), a.Secret.Select(v => v.Key));
        // A secret ballot is its key and values: nothing about its voter or who entered it.
        Assert.Equal(["Key", "Values"], typeof(SecretVote).GetProperties().Select(p => p.Name).Order());
        await AssertRefused(ErrorCodes.PollAlreadyVoted, () => first.Vote(People.Jana, firstPoll, [0, 0, 1], null, Electorate, For(People.Jana)));
        await AssertRefused(ErrorCodes.PollAlreadyVoted, () => first.Vote(People.Jana, firstPoll, [0, 0, 1], null, Electorate));
    }

    private static List<string> Sorted(IEnumerable<SecretVote> ballots) => [.. ballots.Select(v => string.Join(",", v.Values)).Order()];

    private static async Task AssertRefused(string code, Func<Task> call) =>
        Assert.Equal(code, (await Assert.ThrowsAsync<DomainException>(call)).Code);
}
