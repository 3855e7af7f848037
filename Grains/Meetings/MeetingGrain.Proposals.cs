using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Plans;
using CommunityPlanning.Voting;

namespace CommunityPlanning.Meetings;

/// <summary>The proposals board: gathered live under the vision's areas, merged, prioritised with dots, ranked.</summary>
public sealed partial class MeetingGrain
{
    public async Task<BoardView> GetBoard(Actor actor)
    {
        var entry = await Authorize(actor, MeetingRole.Observer);
        return BoardFor(entry);
    }

    private async Task ApplyBoard(RosterEntry by, MeetingCommand command, DateTimeOffset now, List<MeetingEvent> events)
    {
        var board = state.State.Board;
        switch (command)
        {
            case AddProposal c:
                await RequireArea(c.AreaId);
                ProposalBoard.Add(board, c.AreaId, c.Text, by.ParticipantId, now);
                break;
            case EditProposal c:
                ProposalBoard.Edit(board, c.ProposalId, c.Text);
                break;
            case MoveProposal c:
                await RequireArea(c.AreaId);
                ProposalBoard.Move(board, c.ProposalId, c.AreaId);
                break;
            case LinkProposal c:
                await RequireObjective(c.Objective);
                ProposalBoard.Link(board, c.ProposalId, c.Objective, by.ParticipantId, by.Role == MeetingRole.Facilitator);
                break;
            case MergeProposals c:
                ProposalBoard.Merge(board, c.TargetId, c.SourceId);
                break;
            case RemoveProposal c:
                ProposalBoard.Remove(board, c.ProposalId);
                break;
            case SetBrainstorm c:
                board.Brainstorm = c.Hidden;
                break;
            case RevealProposals:
                ProposalBoard.Reveal(board);
                break;
            case StartPrioritisation c:
                ProposalBoard.Start(board, c.DotsPerVoter, c.ShowTotals);
                break;
            case PlaceDots c:
                if (!MayVote(by))
                {
                    throw new DomainException(ErrorCodes.PollNotEligible);
                }

                ProposalBoard.Place(board, by.ParticipantId, c.Placements);
                break;
            case ClosePrioritisation:
                ProposalBoard.Close(board, now, state.State.Agenda.CurrentItemId);
                break;
        }

        events.Add(BoardChangedEvent());
    }

    /// <summary>Everyone hears the change; hidden proposals go without text or authors (their authors and the
    /// facilitators ask GetBoard for them).</summary>
    private BoardChanged BoardChangedEvent() => new(Id, 0, ProposalBoard.View(state.State.Board, viewer: null, facilitator: false));

    private BoardView BoardFor(RosterEntry entry) =>
        ProposalBoard.View(state.State.Board, entry.ParticipantId, entry.Role == MeetingRole.Facilitator);

    /// <summary>An area is a section of the meeting's vision document (or none).</summary>
    private async Task RequireArea(Guid? areaId)
    {
        if (areaId is { } id && !await IsSectionAsync(id))
        {
            throw new DomainException(ErrorCodes.NotFound, "area");
        }
    }

    /// <summary>A linked objective is one of a plan of the meeting's own working group.</summary>
    private async Task RequireObjective(ObjectiveLink? link)
    {
        if (link is not null)
        {
            var plan = await GrainFactory.GetGrain<IPlanGrain>(link.PlanId).Get();
            if (plan.WorkingGroupId != Details.WorkingGroupId || !plan.HasObjective(link.ObjectiveId))
            {
                throw new DomainException(ErrorCodes.NotFound, "objective");
            }
        }
    }

    /// <summary>Whether an id is a section of the meeting's vision document (focus targets, proposal areas): a yes or no, no text.</summary>
    private async Task<bool> IsSectionAsync(Guid sectionId) =>
        Details.VisionDocumentId is { } documentId && await GrainFactory.GetGrain<IVisionDocumentGrain>(documentId).HasSection(sectionId);
}
