using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.Voting;

namespace CommunityPlanning.Tests.Voting;

/// <summary>
/// The ballot box's own rules, called as its meeting calls it: eligibility is what the meeting's electorate says
/// (less the poll's recusals), and a refusal changes nothing.
/// </summary>
public sealed class MeetingPollsGrainTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static readonly DateTimeOffset At = new(2026, 5, 26, 11, 0, 0, TimeSpan.Zero);

    private static readonly PollDraft Named = new("Doporučit záměr?", PollKind.YesNoAbstain,
        ["doporučuji", "nedoporučuji", "zdržuji se"], Secret: false, LiveResults: true);

    private static readonly RosterEntry Facilitator = new(Guid.NewGuid(), "Petra Hybnerová", MeetingRole.Facilitator, Guid.NewGuid(), At);

    private static RosterEntry Seat(Guid id) => new(id, "Jana", MeetingRole.Participant, null, At);

    private static async Task AssertRefused(string code, Func<Task> call) =>
        Assert.Equal(code, (await Assert.ThrowsAsync<DomainException>(call)).Code);

    private async Task<(IMeetingPollsGrain Box, Guid PollId)> OpenAsync(PollDraft draft, Electorate electorate)
    {
        var box = fixture.Client.GetGrain<IMeetingPollsGrain>(Guid.NewGuid());
        var created = await box.Apply(Facilitator, new CreatePoll(draft), null, electorate);
        var pollId = ((PollChanged)created.Events.Single()).Poll.Id;
        await box.Apply(Facilitator, new OpenPoll(pollId), null, electorate);
        return (box, pollId);
    }

    [Fact]
    public async Task Only_who_the_electorate_lets_vote_and_the_poll_has_not_recused_may_vote()
    {
        var (jana, petr, eva, absent) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var electorate = new Electorate([new(jana, "Jana", true), new(petr, "Petr", true), new(absent, "Karel", false)]);
        var (box, pollId) = await OpenAsync(Named, electorate);
        await box.Apply(Facilitator, new RecuseVoter(pollId, petr, true), null, electorate);

        await AssertRefused(ErrorCodes.PollNotEligible, () => box.Vote(absent, pollId, [1, 0, 0], null, electorate));
        await AssertRefused(ErrorCodes.PollNotEligible, () => box.Vote(eva, pollId, [1, 0, 0], null, electorate));
        await AssertRefused(ErrorCodes.PollNotEligible, () => box.Vote(petr, pollId, [1, 0, 0], null, electorate));
        var cast = await box.Vote(jana, pollId, [0, 1, 0], null, electorate);

        // Counted against the electorate without the recused: Jana of Jana (Petr recused, Karel absent).
        var poll = ((PollChanged)cast.Events.Single()).Poll;
        Assert.Equal([jana], poll.VoterIds);
        Assert.Equal(1, poll.Result!.Eligible);
        var named = Assert.Single(poll.Result.Named);
        Assert.Equal((jana, "Jana"), (named.ParticipantId, named.Name));
        Assert.Equal([0, 1, 0], await box.GetBallot(jana, pollId, null));
    }

    [Fact]
    public async Task A_refused_ballot_changes_nothing()
    {
        var jana = Guid.NewGuid();
        var electorate = new Electorate([new(jana, "Jana", true)]);
        var (box, pollId) = await OpenAsync(Named, electorate);
        await box.Vote(jana, pollId, [1, 0, 0], null, electorate);

        await AssertRefused(ErrorCodes.BallotInvalid, () => box.Vote(jana, pollId, [1, 1, 0], null, electorate));

        Assert.Equal([1, 0, 0], await box.GetBallot(jana, pollId, null));
    }

    [Fact]
    public async Task Merging_two_seats_that_both_voted_in_an_open_secret_poll_is_refused_and_changes_nothing()
    {
        var (laptop, phone) = (Guid.NewGuid(), Guid.NewGuid());
        var electorate = new Electorate([new(laptop, "Jana", true), new(phone, "Jana (telefon)", true)]);
        var (box, pollId) = await OpenAsync(Named with { Secret = true, LiveResults = false }, electorate);
        await box.Vote(laptop, pollId, [1, 0, 0], null, electorate);
        await box.Vote(phone, pollId, [0, 1, 0], null, electorate);

        await AssertRefused(ErrorCodes.MergeSecretBallots, () => box.MergeSeats(Seat(laptop), phone));

        var poll = (await box.Get(electorate)).Single();
        Assert.Equal(new[] { laptop, phone }.Order(), poll.VoterIds);
    }

    [Fact]
    public async Task A_merge_moves_a_named_ballot_to_the_kept_seat_and_names_the_polls_it_changed()
    {
        var (laptop, phone) = (Guid.NewGuid(), Guid.NewGuid());
        var electorate = new Electorate([new(laptop, "Jana", true), new(phone, "Jana (telefon)", true)]);
        var (box, pollId) = await OpenAsync(Named, electorate);
        await box.Apply(Facilitator, new CreatePoll(Named with { Question = "Jiná otázka?" }), null, electorate);
        await box.Vote(phone, pollId, [0, 0, 1], null, electorate);

        Assert.Equal([pollId], await box.MergeSeats(Seat(laptop), phone));

        Assert.Equal([0, 0, 1], await box.GetBallot(laptop, pollId, null));
        Assert.Null(await box.GetBallot(phone, pollId, null));
    }
}
