using CommunityPlanning.Common;
using CommunityPlanning.Plans;
using CommunityPlanning.Records;
using CommunityPlanning.Scheduling;
using CommunityPlanning.Voting;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Meetings;

/// <summary>
/// Commands the meeting's ballot box, board and record apply: here what only the meeting can check first (who may vote
/// now, the vision's areas, its group's objectives) and what they are told (the current item, the minutes' inputs).
/// </summary>
public sealed class PartCommands(MeetingFlow flow, MeetingParts parts, IntentionCommands intentions)
{
    public static bool IsPoll(MeetingCommand command) => command is CreatePoll or OpenPoll or ClosePoll or RecuseVoter;

    public static bool IsBoard(MeetingCommand command) => command is AddProposal or EditProposal or MoveProposal or LinkProposal or MergeProposals
        or RemoveProposal or SetBrainstorm or RevealProposals or StartPrioritisation or PlaceDots or ClosePrioritisation;

    public async Task ApplyPoll(RosterEntry by, MeetingCommand command, MeetingChanges changes)
    {
        if (command is RecuseVoter recuse)
        {
            await parts.Roster.Member(recuse.ParticipantId);
        }

        var change = await parts.Polls.Apply(by, command, flow.State.Agenda.CurrentItemId, await Electorate());
        changes.AddRange(change.Events);
        if (change.Recorded is { } recorded)
        {
            changes.Record(recorded);
        }

        changes.AddRange(await intentions.AfterPoll(command, change));
    }

    /// <summary>
    /// A ballot of <paramref name="voter"/> or, entered by them, of the person <paramref name="onBehalfOf"/>
    /// (<see cref="OnBehalfEntry"/>). The electorate is the roster's at the moment of the vote, and the ballot box stores
    /// the ballot against exactly that eligibility.
    /// A ballot entered for someone is kept in the moderation log (an intention's poll as an opinion).
    /// </summary>
    public async Task<string?> Vote(RosterEntry voter, Guid pollId, IReadOnlyList<int> values, string? receipt, Guid? onBehalfOf, DateTimeOffset now, MeetingChanges changes)
    {
        if (voter.Muted)
        {
            throw new DomainException(ErrorCodes.ParticipantMuted);
        }

        var onBehalf = await OnBehalfEntry.Resolve(parts.Roster, voter, onBehalfOf);
        var cast = await parts.Polls.Vote(onBehalf?.ForId ?? voter.ParticipantId, pollId, values, onBehalf is null ? receipt : null, await Electorate(), onBehalf);
        changes.AddRange(cast.Events);
        if (onBehalf is not null)
        {
            var opinion = cast.Events.OfType<PollChanged>().Any(e => e.Poll.Intention is not null);
            changes.Record(OnBehalfEntry.Recorded(onBehalf, opinion ? ModerationAction.OpinionEnteredOnBehalf : ModerationAction.VoteEnteredOnBehalf, now));
        }

        return cast.Receipt;
    }

    /// <summary>
    /// Checks what only the meeting knows (areas, objectives, who may place dots, for whom a proposal or dots are
    /// entered: <see cref="OnBehalfEntry"/>, kept in the moderation log), then the board applies it.
    /// </summary>
    public async Task ApplyBoard(RosterEntry by, MeetingCommand command, DateTimeOffset now, MeetingChanges changes)
    {
        var onBehalf = await OnBehalfEntry.Resolve(parts.Roster, by, command switch
        {
            AddProposal c => c.OnBehalfOf,
            PlaceDots c => c.OnBehalfOf,
            _ => null,
        });
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
            case PlaceDots when !(await Electorate()).People.Any(e => e.ParticipantId == (onBehalf?.ForId ?? by.ParticipantId) && e.MayVote):
                throw new DomainException(ErrorCodes.PollNotEligible);
        }

        changes.AddRange(await parts.Board.Apply(by, command, flow.State.Agenda.CurrentItemId, onBehalf));
        if (onBehalf is not null)
        {
            changes.Record(OnBehalfEntry.Recorded(onBehalf, command is PlaceDots ? ModerationAction.DotsEnteredOnBehalf : ModerationAction.ProposalEnteredOnBehalf, now));
        }
    }

    public async Task ApplyQuestions(RosterEntry by, MeetingCommand command, MeetingChanges changes) =>
        changes.AddRange(await parts.Questions.Apply(by, command));

    public async Task ApplyRoomPoll(RosterEntry by, MeetingCommand command, MeetingChanges changes) =>
        changes.AddRange(await parts.RoomPoll.Apply(by, command));

    /// <summary>The date poll of the meeting's group: the same poll as the group's page; it tells the meeting itself.</summary>
    public Task ApplyDatePoll(RosterEntry by, MeetingCommand command) =>
        parts.Grains.GetGrain<IDatePollGrain>(flow.Details.WorkingGroupId).ApplyFromMeeting(flow.Details.Id, by, command);

    public async Task ApplyRecord(RosterEntry by, RecordCommand command, MeetingChanges changes) =>
        changes.AddRange(await parts.Records.Apply(by, command, flow.State.Agenda, command is ApproveMinutes or SyncNotedTasks ? await MinutesInputs() : null));

    /// <summary>Who may vote now, as the roster says.</summary>
    public async Task<Electorate> Electorate() => (await parts.Roster.View(everyone: false)).Electorate;

    /// <summary>What the minutes are composed from, as this meeting and its group stand now.</summary>
    public async Task<MinutesInputs> MinutesInputs()
    {
        // Asked together; only the polls wait, for the electorate the roster gives.
        var groupCall = parts.Grains.GetGrain<IWorkingGroupGrain>(flow.Details.WorkingGroupId).Get();
        var rankingsCall = parts.Board.GetRankings();
        var questionsCall = parts.Questions.ForMinutes();
        var wordCloudCall = parts.RoomPoll.ForMinutes();
        var people = await parts.Roster.View(everyone: true);
        var polls = await parts.Polls.Get(people.Electorate);
        var (group, rankings) = (await groupCall, await rankingsCall);
        return new MinutesInputs(flow.Details, flow.State.Agenda, people.Entries, people.Present, polls, rankings, group.Name, group.Schedule, await questionsCall,
            await wordCloudCall);
    }

    /// <summary>An area is a section of the meeting's vision document (or none).</summary>
    private async Task RequireArea(Guid? areaId)
    {
        if (areaId is { } id && !await parts.IsSection(flow.Details, id))
        {
            throw new DomainException(ErrorCodes.NotFound, "area");
        }
    }

    /// <summary>A linked objective is one of a plan of the meeting's own working group.</summary>
    private async Task RequireObjective(ObjectiveLink? link)
    {
        if (link is not null)
        {
            var plan = await parts.Grains.GetGrain<IPlanGrain>(link.PlanId).Get();
            if (plan.WorkingGroupId != flow.Details.WorkingGroupId || !plan.HasObjective(link.ObjectiveId))
            {
                throw new DomainException(ErrorCodes.NotFound, "objective");
            }
        }
    }
}
