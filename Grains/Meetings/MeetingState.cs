using CommunityPlanning.Records;
using CommunityPlanning.Voting;

namespace CommunityPlanning.Meetings;

[GenerateSerializer, Alias("cp.MeetingState")]
public sealed class MeetingState
{
    [Id(0)] public MeetingDetails? Details { get; set; }
    [Id(1)] public List<RosterEntry> Roster { get; set; } = [];
    [Id(2)] public List<InviteInfo> Invites { get; set; } = [];

    /// <summary>
    /// The last event's number in a meeting stored before <see cref="MeetingFeedGrain"/> numbered the events; handed
    /// to the feed on the first activation, then 0.
    /// </summary>
    [Id(3)] public long Seq { get; set; }

    [Id(4)] public Agenda Agenda { get; set; } = Agenda.Empty;
    [Id(5)] public MeetingTimer? Timer { get; set; }
    [Id(6)] public Speakers Speakers { get; set; } = Speakers.Empty;
    [Id(7)] public Focus Focus { get; set; } = Focus.None;
    [Id(8)] public List<ModerationRecord> Moderation { get; set; } = [];
    [Id(9)] public List<PollState> Polls { get; set; } = [];
    [Id(10)] public BoardState Board { get; set; } = new();
    // The record of a meeting stored before it had a grain of its own (MeetingRecordsGrain), which takes it over.
    [Id(11)] public List<ActionItem> ActionItems { get; set; } = [];
    [Id(12)] public MinutesState Minutes { get; set; } = new();
    [Id(13)] public Guid? PreviousMeetingId { get; set; }

    /// <summary>The hash of the public observer link's join code while public watching is on and one was issued.</summary>
    [Id(14)] public string? PublicCodeHash { get; set; }

    /// <summary>Seats merged into others (<see cref="SeatMerging"/>): out of the roster, their tickets lead to the kept seat.</summary>
    [Id(15)] public List<MergedSeat> MergedSeats { get; set; } = [];

    [Id(16)] public RoomScreen RoomScreen { get; set; } = RoomScreen.Shown;

    /// <summary>
    /// The public code itself, to show on the room screen's join card. Kept, unlike invite codes, because it admits no
    /// more than the public link <c>/watch/{meetingId}</c> that everyone in the meeting can read anyway.
    /// </summary>
    [Id(17)] public string? PublicCode { get; set; }

    /// <summary>The invite behind the participants' code on the room screen (created when first shown).</summary>
    [Id(18)] public Guid? RoomInviteId { get; set; }
}
