using CommunityPlanning.Hosting;
using CommunityPlanning.Meetings;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace CommunityPlanning.Voting;

/// <summary>A meeting's proposals board (<see cref="IMeetingBoardGrain"/>), its rules in <see cref="ProposalBoard"/>.</summary>
public sealed class MeetingBoardGrain(
    [PersistentState("board", GrainStorage.Name)] IPersistentState<MeetingBoardState> state,
    [FromKeyedServices(GrainStorage.Name)] IGrainStorage storage,
    TimeProvider time) : Grain, IMeetingBoardGrain
{
    private Guid Id => this.GetPrimaryKey();

    private BoardState Board => state.State.Board;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!state.RecordExists && await LegacyMeetingBoard.ReadAsync(storage, GrainFactory, Id) is { } legacy)
        {
            state.State.Board = legacy;
            await state.WriteStateAsync();
        }
    }

    public Task TakeOver() => Task.CompletedTask; // activating did it

    public Task<BoardView> Get(Guid? viewerId, bool facilitator) => Task.FromResult(ProposalBoard.View(Board, viewerId, facilitator));

    public Task<IReadOnlyList<ProposalRanking>> GetRankings() => Task.FromResult<IReadOnlyList<ProposalRanking>>([.. Board.Rankings]);

    public async Task<IReadOnlyList<MeetingEvent>> Apply(RosterEntry by, MeetingCommand command, Guid? currentAgendaItemId, OnBehalf? onBehalf = null)
    {
        var now = time.GetUtcNow();
        switch (command)
        {
            case AddProposal c:
                ProposalBoard.Add(Board, c.AreaId, c.Text, by.ParticipantId, now, onBehalf);
                break;
            case EditProposal c:
                ProposalBoard.Edit(Board, c.ProposalId, c.Text);
                break;
            case MoveProposal c:
                ProposalBoard.Move(Board, c.ProposalId, c.AreaId);
                break;
            case LinkProposal c:
                ProposalBoard.Link(Board, c.ProposalId, c.Objective, by.ParticipantId, by.Role == MeetingRole.Facilitator);
                break;
            case MergeProposals c:
                ProposalBoard.Merge(Board, c.TargetId, c.SourceId);
                break;
            case RemoveProposal c:
                ProposalBoard.Remove(Board, c.ProposalId);
                break;
            case SetBrainstorm c:
                Board.Brainstorm = c.Hidden;
                break;
            case RevealProposals:
                ProposalBoard.Reveal(Board);
                break;
            case StartPrioritisation c:
                ProposalBoard.Start(Board, c.DotsPerVoter, c.ShowTotals);
                break;
            case PlaceDots c:
                ProposalBoard.Place(Board, onBehalf?.ForId ?? by.ParticipantId, c.Placements, onBehalf);
                break;
            case ClosePrioritisation:
                ProposalBoard.Close(Board, now, currentAgendaItemId);
                break;
            default:
                throw new ArgumentException($"not a board command: {command.GetType().Name}", nameof(command));
        }

        return await Changed();
    }

    public Task CheckImport(IReadOnlyList<string?> texts)
    {
        ProposalBoard.Validate(Board, texts);
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<MeetingEvent>> Import(IReadOnlyList<BoardImport> items, Guid byId)
    {
        ProposalBoard.AddAll(Board, [.. items.Select(i => (i.AreaId, i.Text))], byId, time.GetUtcNow(), hidden: false);
        return await Changed();
    }

    public async Task<IReadOnlyList<MeetingEvent>> MergeSeats(RosterEntry kept, Guid mergedId) =>
        BoardSeats.Merge(Board, kept, mergedId) ? await Changed() : [];

    /// <summary>Writes the board, then tells everyone; hidden proposals go without text or authors (their authors and
    /// the facilitators ask GetBoard for them).</summary>
    private async Task<IReadOnlyList<MeetingEvent>> Changed()
    {
        await state.WriteStateAsync();
        return [new BoardChanged(Id, 0, ProposalBoard.View(Board, viewer: null, facilitator: false))];
    }
}
