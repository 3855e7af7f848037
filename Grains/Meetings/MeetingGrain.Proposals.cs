using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Plans;
using CommunityPlanning.Voting;

namespace CommunityPlanning.Meetings;

/// <summary>
/// The proposals board is a grain of its own (<see cref="IMeetingBoardGrain"/>): gathered live under the vision's areas,
/// merged, prioritised with dots, ranked. Here: who may, and what only the meeting can check.
/// </summary>
public sealed partial class MeetingGrain
{
    private IMeetingBoardGrain Board => GrainFactory.GetGrain<IMeetingBoardGrain>(Id);

    public async Task<BoardView> GetBoard(Actor actor)
    {
        var entry = await Authorize(actor, MeetingRole.Observer);
        return await BoardFor(entry);
    }

    /// <summary>Checks what only the meeting knows (areas, objectives, who may place dots), then the board applies it.</summary>
    private async Task ApplyBoard(RosterEntry by, MeetingCommand command, List<MeetingEvent> events)
    {
        switch (command)
        {
            case AddProposal c:
                await RequireArea(c.AreaId);
                break;
            case MoveProposal c:
                await RequireArea(c.AreaId);
                break;
            case LinkProposal c:
                await RequireObjective(c.Objective);
                break;
            case PlaceDots when !MayVote(by):
                throw new DomainException(ErrorCodes.PollNotEligible);
        }

        events.AddRange(await Board.Apply(by, command, state.State.Agenda.CurrentItemId));
    }

    private Task<BoardView> BoardFor(RosterEntry entry) => Board.Get(entry.ParticipantId, entry.Role == MeetingRole.Facilitator);

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
