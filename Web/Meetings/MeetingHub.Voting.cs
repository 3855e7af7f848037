using CommunityPlanning.Meetings;
using CommunityPlanning.Voting;

namespace CommunityPlanning.Web.Meetings;

public sealed record VoteRequest(Guid PollId, IReadOnlyList<int>? Values, string? Receipt);

public sealed record BallotRequest(Guid PollId, string? Receipt);

/// <summary>Polls (docs/protocol.md, "Polls"): set up and run by the facilitator, voted on by the eligible.</summary>
public sealed partial class MeetingHub
{
    public Task<long> CreatePoll(Guid meetingId, CreatePoll command) => Execute(meetingId, command);

    public Task<long> OpenPoll(Guid meetingId, OpenPoll command) => Execute(meetingId, command);

    public Task<long> ClosePoll(Guid meetingId, ClosePoll command) => Execute(meetingId, command);

    public Task<long> RecuseVoter(Guid meetingId, RecuseVoter command) => Execute(meetingId, command);

    public Task<long> SetVotingRight(Guid meetingId, SetVotingRight command) => Execute(meetingId, command);

    public Task<VoteReceipt> CastVote(Guid meetingId, VoteRequest request) =>
        grains.GetGrain<IMeetingGrain>(meetingId).CastVote(ActorIn(meetingId), request.PollId, request.Values ?? [], request.Receipt);

    public Task<IReadOnlyList<int>?> GetBallot(Guid meetingId, BallotRequest request) =>
        grains.GetGrain<IMeetingGrain>(meetingId).GetBallot(ActorIn(meetingId), request.PollId, request.Receipt);
}
