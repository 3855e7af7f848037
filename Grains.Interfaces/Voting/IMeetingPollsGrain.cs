using CommunityPlanning.Meetings;

namespace CommunityPlanning.Voting;

/// <summary>
/// A meeting's ballot box (same key as the meeting): its polls with their ballots and recusals. Called only by its
/// meeting grain, which has authorized the caller and passes who may vote right now (<see cref="Electorate"/>: the
/// roster and presence are the meeting's). It calls no grain, so no call can come back to it. Every change is
/// written before the call returns; the meeting then numbers and sends the events it returns.
/// </summary>
[Alias("cp.IMeetingPollsGrain")]
public interface IMeetingPollsGrain : IGrainWithGuidKey
{
    /// <summary>Every poll as everyone may see it (live results counted against <paramref name="electorate"/>).</summary>
    [Alias("Get")]
    Task<IReadOnlyList<PollView>> Get(Electorate electorate);

    /// <summary>Whether the meeting has this poll (a focus target).</summary>
    [Alias("Exists")]
    Task<bool> Exists(Guid pollId);

    /// <summary>
    /// A facilitator's poll command (<see cref="CreatePoll"/>, <see cref="OpenPoll"/>, <see cref="ClosePoll"/>,
    /// <see cref="RecuseVoter"/>); <paramref name="currentAgendaItemId"/> is where a closing poll is recorded.
    /// </summary>
    [Alias("Apply")]
    Task<PollsChange> Apply(RosterEntry by, MeetingCommand command, Guid? currentAgendaItemId, Electorate electorate);

    /// <summary>
    /// A ballot of <paramref name="voterId"/>, eligible if <paramref name="electorate"/> says so and not recused; entered for
    /// them by someone else when <paramref name="onBehalf"/> is given. Such a ballot is final: a second one for the person,
    /// or their own vote after it, is <c>poll.already_voted</c>; a secret one gets no receipt and keeps no marker of its own.
    /// </summary>
    [Alias("Vote")]
    Task<VoteCast> Vote(Guid voterId, Guid pollId, IReadOnlyList<int> values, string? receipt, Electorate electorate, OnBehalf? onBehalf = null);

    /// <summary>The voter's own ballot: by participant in a named poll, by receipt in a secret one.</summary>
    [Alias("GetBallot")]
    Task<IReadOnlyList<int>?> GetBallot(Guid voterId, Guid pollId, string? receipt);

    /// <summary>
    /// Makes a poll not yet closed one about development intentions, or updates that (recused members, quorum): the
    /// poll's quorum becomes <see cref="IntentionPoll.Quorum"/>, the seats <paramref name="recuse"/> are recused (not
    /// those who already voted) and the seats <paramref name="release"/> are not.
    /// </summary>
    [Alias("SetIntention")]
    Task<PollsChange> SetIntention(Guid pollId, IntentionPoll intention, IReadOnlyList<Guid> recuse, IReadOnlyList<Guid> release, Electorate electorate);

    /// <summary>Keeps what the intentions answered when a closed poll's result was handed to them.</summary>
    [Alias("RecordHandoffs")]
    Task<PollsChange> RecordHandoffs(Guid pollId, IReadOnlyList<IntentionHandoff> handoffs, Electorate electorate);

    /// <summary>
    /// Two seats become one: the merged seat's ballots and recusals in polls not yet closed go to the kept seat, and
    /// on-behalf markers naming the merged seat name the kept one in every poll (closed ones keep their counts). Refused (<c>participant.merge_secret_ballots</c>, nothing changed) when both cast a secret ballot in one open
    /// poll. Returns the polls that changed; the meeting, having merged the roster, reads their views with <see cref="Get"/>.
    /// </summary>
    [Alias("MergeSeats")]
    Task<IReadOnlyList<Guid>> MergeSeats(RosterEntry kept, Guid mergedId);

    /// <summary>Makes sure the ballot box holds the polls a meeting stored before this grain existed kept itself (idempotent).</summary>
    [Alias("TakeOver")]
    Task TakeOver();
}
