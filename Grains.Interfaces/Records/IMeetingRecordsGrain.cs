using CommunityPlanning.Meetings;

namespace CommunityPlanning.Records;

/// <summary>
/// A meeting's record (same key as the meeting): its tasks, the notes document, the minutes' footer and approved
/// versions. Called by its meeting grain, which has checked the caller's role, and by the group's next meeting's
/// record for the tasks to carry over. It calls only the notes and vision documents and the previous meeting's
/// record (always an earlier meeting) and the group's record form (which calls nothing), never a meeting or a working
/// group: no call can come back to it.
/// Returns the events to publish; the meeting numbers and sends them.
/// </summary>
[Alias("cp.IMeetingRecordsGrain")]
public interface IMeetingRecordsGrain : IGrainWithGuidKey
{
    /// <summary>
    /// The meeting was created. Tasks of <paramref name="previousMeetingId"/> carry over on the first read, not
    /// now: the working group, which creates the meeting, waits for this call.
    /// </summary>
    [Alias("Create")]
    Task Create(Guid? previousMeetingId);

    /// <summary>Tasks and what everyone sees of the minutes.</summary>
    [Alias("Get")]
    Task<MeetingRecords> Get();

    /// <summary>Every task (for the next meeting's carry-over and the group's task list).</summary>
    [Alias("GetActionItems")]
    Task<IReadOnlyList<ActionItem>> GetActionItems();

    /// <summary>Brings in the previous meeting's open tasks that are not here yet.</summary>
    [Alias("CarryOver")]
    Task<IReadOnlyList<MeetingEvent>> CarryOver();

    /// <summary>A record command; <paramref name="minutes"/> is needed only to approve the minutes.</summary>
    [Alias("Apply")]
    Task<IReadOnlyList<MeetingEvent>> Apply(RosterEntry by, RecordCommand command, Agenda agenda, MinutesInputs? minutes);

    /// <summary>The notes have a section for each agenda item (if the notes document exists yet).</summary>
    [Alias("EnsureSections")]
    Task EnsureSections(Agenda agenda);

    /// <summary>The notes document, created on first use with a section per agenda item.</summary>
    [Alias("OpenMinutes")]
    Task<MinutesOpened> OpenMinutes(MinutesInputs meeting);

    /// <summary>The minutes as they stand (no version; composed from <paramref name="meeting"/>) or an approved version.</summary>
    [Alias("GetMinutes")]
    Task<MinutesRead> GetMinutes(int? version, MinutesInputs? meeting);

    /// <summary>Makes sure the record holds what a meeting stored before this grain existed kept itself (idempotent).</summary>
    [Alias("TakeOver")]
    Task TakeOver();
}
