using CommunityPlanning.Common;
using CommunityPlanning.Records;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Meetings;

/// <summary>The meeting's record is a grain of its own (<see cref="IMeetingRecordsGrain"/>); here: who may, and what it is told.</summary>
public sealed partial class MeetingGrain
{
    private IMeetingRecordsGrain Records => GrainFactory.GetGrain<IMeetingRecordsGrain>(Id);

    public async Task<Guid> OpenMinutes(Actor actor)
    {
        await Authorize(actor, MeetingRole.Observer);
        var opened = await Records.OpenMinutes(new MinutesInputs(Details, state.State.Agenda));
        await Publish(opened.Events);
        return opened.DocumentId;
    }

    public Task<RosterEntry> AuthorizeMinutesEdit(Actor actor)
    {
        // During the meeting everyone taking part writes the notes; afterwards the facilitators finish and correct them.
        var entry = Usable(Find(actor));
        var needed = Details.Phase == MeetingPhase.Ended ? MeetingRole.Facilitator : MeetingRole.Participant;
        if (entry.Role < needed)
        {
            throw new DomainException(entry.Role >= MeetingRole.Participant ? ErrorCodes.MeetingEnded : ErrorCodes.Forbidden);
        }

        if (entry.Muted && entry.Role < MeetingRole.Facilitator)
        {
            throw new DomainException(ErrorCodes.ParticipantMuted);
        }

        return Task.FromResult(entry);
    }

    public async Task<MinutesView> GetMinutes(Actor actor, int? version)
    {
        await Authorize(actor, MeetingRole.Participant);
        var read = await Records.GetMinutes(version, version is null ? await MinutesInputs() : null);
        await Publish(read.Events);
        return read.View;
    }

    public async Task<IReadOnlyList<ActionItem>> GetActionItems()
    {
        _ = Details;
        return await Records.GetActionItems();
    }

    private async Task ApplyRecord(RosterEntry by, RecordCommand command, List<MeetingEvent> events) =>
        events.AddRange(await Records.Apply(by, command, state.State.Agenda, command is ApproveMinutes ? await MinutesInputs() : null));

    /// <summary>
    /// A changed agenda, once the minutes (if there are any yet) have a section for each of its items: the sections
    /// exist before anyone hears of the item, and a refusal leaves the agenda as it was.
    /// </summary>
    private async Task<Agenda> WithMinutesSections(Agenda agenda)
    {
        await Records.EnsureSections(agenda);
        return agenda;
    }

    /// <summary>What the minutes are composed from, as this meeting and its group stand now.</summary>
    private async Task<MinutesInputs> MinutesInputs()
    {
        var group = await GrainFactory.GetGrain<IWorkingGroupGrain>(Details.WorkingGroupId).Get();
        var s = state.State;
        return new MinutesInputs(Details, s.Agenda, [.. s.Roster], [.. _presence.Present], await Polls.Get(Electorate()), await Board.GetRankings(),
            group.Name, group.Schedule);
    }
}
