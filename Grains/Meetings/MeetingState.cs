using CommunityPlanning.Records;
using CommunityPlanning.Voting;

namespace CommunityPlanning.Meetings;

[GenerateSerializer, Alias("cp.MeetingState")]
public sealed class MeetingState
{
    [Id(0)] public MeetingDetails? Details { get; set; }

    // The people of a meeting stored before they had a state of their own; the roster grain (MeetingRosterGrain)
    // takes them over, then they are empty.
    [Id(1)] public List<RosterEntry> StoredRoster { get; set; } = [];
    [Id(2)] public List<InviteInfo> StoredInvites { get; set; } = [];
    [Id(15)] public List<MergedSeat> StoredMergedSeats { get; set; } = [];

    /// <summary>
    /// The last event's number in a meeting stored before <see cref="MeetingFeedGrain"/> numbered the events; handed
    /// to the feed on the first activation, then 0.
    /// </summary>
    [Id(3)] public long Seq { get; set; }

    [Id(4)] public Agenda Agenda { get; set; } = Agenda.Empty;
    [Id(5)] public MeetingTimer? Timer { get; set; }
    [Id(6)] public Speakers Speakers { get; set; } = Speakers.Empty;
    [Id(7)] public Focus Focus { get; set; } = Focus.None;
    // The moderation log of a meeting stored before it had a grain of its own (ModerationLogGrain), which takes it over.
    [Id(8)] public List<ModerationRecord> StoredModeration { get; set; } = [];
    // The polls of a meeting stored before they had a grain of their own (MeetingPollsGrain), which takes them over.
    [Id(9)] public List<PollState> StoredPolls { get; set; } = [];
    // The board of a meeting stored before it had a grain of its own (MeetingBoardGrain), which takes it over.
    [Id(10)] public BoardState StoredBoard { get; set; } = new();
    // The record of a meeting stored before it had a grain of its own (MeetingRecordsGrain), which takes it over.
    [Id(11)] public List<ActionItem> ActionItems { get; set; } = [];
    [Id(12)] public MinutesState Minutes { get; set; } = new();
    [Id(13)] public Guid? PreviousMeetingId { get; set; }

    /// <summary>The hash of the public observer link's join code while public watching is on and one was issued.</summary>
    [Id(14)] public string? PublicCodeHash { get; set; }

    [Id(16)] public RoomScreen RoomScreen { get; set; } = RoomScreen.Shown;

    /// <summary>
    /// The public code itself, to show on the room screen's join card. Kept, unlike invite codes, because it admits no
    /// more than the public link <c>/watch/{meetingId}</c> that everyone in the meeting can read anyway.
    /// </summary>
    [Id(17)] public string? PublicCode { get; set; }

    /// <summary>The invite behind the participants' code on the room screen (created when first shown).</summary>
    [Id(18)] public Guid? RoomInviteId { get; set; }
}
