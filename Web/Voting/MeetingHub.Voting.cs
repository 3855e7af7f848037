using CommunityPlanning.Meetings;
using CommunityPlanning.Voting;

namespace CommunityPlanning.Web.Meetings;

public sealed record VoteRequest(Guid PollId, IReadOnlyList<int>? Values, string? Receipt);

public sealed record BallotRequest(Guid PollId, string? Receipt);

/// <summary>
/// Polls and the proposals board (docs/protocol.md, "Polls", "Proposals"): the hub's voting part, kept with the voting
/// feature; a part of <c>MeetingHub</c>, so in the hub's namespace.
/// </summary>
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

    public Task<BoardView> GetBoard(Guid meetingId) => grains.GetGrain<IMeetingGrain>(meetingId).GetBoard(ActorIn(meetingId));

    public Task<long> AddProposal(Guid meetingId, AddProposal command) => Execute(meetingId, command);

    public Task<long> EditProposal(Guid meetingId, EditProposal command) => Execute(meetingId, command);

    public Task<long> MoveProposal(Guid meetingId, MoveProposal command) => Execute(meetingId, command);

    public Task<long> MergeProposals(Guid meetingId, MergeProposals command) => Execute(meetingId, command);

    public Task<long> RemoveProposal(Guid meetingId, RemoveProposal command) => Execute(meetingId, command);

    public Task<long> SetBrainstorm(Guid meetingId, SetBrainstorm command) => Execute(meetingId, command);

    public Task<long> RevealProposals(Guid meetingId) => Execute(meetingId, new RevealProposals());

    public Task<long> StartPrioritisation(Guid meetingId, StartPrioritisation command) => Execute(meetingId, command);

    public Task<long> PlaceDots(Guid meetingId, PlaceDots command) => Execute(meetingId, command);

    public Task<long> ClosePrioritisation(Guid meetingId) => Execute(meetingId, new ClosePrioritisation());
}
