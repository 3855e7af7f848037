using CommunityPlanning.Meetings;
using CommunityPlanning.Voting;

namespace CommunityPlanning.Web.Meetings;

/// <summary>A ballot; <see cref="OnBehalfOf"/> is the person it is entered for (facilitators and allowed proxies only).</summary>
public sealed record VoteRequest(Guid PollId, IReadOnlyList<int>? Values, string? Receipt, Guid? OnBehalfOf = null);

public sealed record BallotRequest(Guid PollId, string? Receipt);

/// <summary>
/// Votes and the proposals board's view (docs/protocol.md, "Polls", "Proposals"; the commands go through Execute): the hub's voting part, kept with the voting
/// feature; a part of <c>MeetingHub</c>, so in the hub's namespace.
/// </summary>
public sealed partial class MeetingHub
{

    public Task<VoteReceipt> CastVote(Guid meetingId, VoteRequest request) =>
        grains.GetGrain<IMeetingGrain>(meetingId).CastVote(ActorIn(meetingId), request.PollId, request.Values ?? [], request.Receipt, request.OnBehalfOf);

    public Task<IReadOnlyList<int>?> GetBallot(Guid meetingId, BallotRequest request) =>
        grains.GetGrain<IMeetingGrain>(meetingId).GetBallot(ActorIn(meetingId), request.PollId, request.Receipt);

    public Task<BoardView> GetBoard(Guid meetingId) => grains.GetGrain<IMeetingGrain>(meetingId).GetBoard(ActorIn(meetingId));

}
