using CommunityPlanning.Audience;
using CommunityPlanning.Meetings;
using CommunityPlanning.Voting;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Records;

/// <summary>
/// Who recorded the minutes, where and on which day they were written ("V Liberci dne 26. 5. 2026, zapsala …").
/// <see cref="WrittenOn"/> is the recorder's date, never the export's (null: the day they are approved).
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.MinutesFooter")]
public sealed record MinutesFooter(
    [property: Id(0)] string? RecordedBy,
    [property: Id(1)] string? SignedAt,
    [property: Id(2)] DateOnly? WrittenOn = null)
{
    public static readonly MinutesFooter Empty = new(null, null);
}

/// <summary>
/// One agenda item in the minutes: its notes, the decisions taken while it was current, its tasks. An item that
/// <paramref name="Continues"/> the one before it is a second block of the same programme item: it has its own heading
/// and notes but the previous item's "Ad" number, and no line of its own in the programme.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.MinutesItem")]
public sealed record MinutesItem(
    [property: Id(0)] Guid AgendaItemId,
    [property: Id(1)] string Title,
    [property: Id(2)] string? Presenter,
    [property: Id(3)] AgendaItemKind Kind,
    [property: Id(5)] string Notes,
    [property: Id(6)] IReadOnlyList<PollView> Polls,
    [property: Id(7)] IReadOnlyList<ProposalRanking> Rankings,
    [property: Id(8)] IReadOnlyList<ActionItem> Tasks,
    [property: Id(9)] bool Continues = false);

/// <summary>An area of the vision (a proposal's place in a ranking), by id, for headings in the record.</summary>
[GenerateSerializer, Immutable, Alias("cp.MinutesArea")]
public sealed record MinutesArea([property: Id(0)] Guid Id, [property: Id(1)] string Heading);

/// <summary>
/// The minutes as data, composed from the meeting itself: header (group, title, time, place, facilitator,
/// attendance), the items in agenda order, decisions and tasks under no item (tasks carried over from earlier meetings among them),
/// the group's next planned meetings ("Harmonogram jednání"), the footer, and the group's <see cref="RecordForm"/> as it was
/// when composed (null: <see cref="RecordForm.Default"/>, for versions approved before groups had forms).
/// <see cref="TimeUnknown"/>: the meeting's record gave only its day, so the exports print the date without a time. An
/// approved version keeps one frozen; the export formats are written from it.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.MinutesContent")]
public sealed record MinutesContent(
    [property: Id(0)] Guid MeetingId,
    [property: Id(1)] string GroupName,
    [property: Id(2)] string Title,
    [property: Id(3)] DateTimeOffset StartsAt,
    [property: Id(4)] string? Place,
    [property: Id(5)] string Facilitator,
    [property: Id(6)] IReadOnlyList<string> Present,
    [property: Id(7)] IReadOnlyList<string> Excused,
    [property: Id(8)] int MembersPresent,
    [property: Id(9)] int OthersPresent,
    [property: Id(10)] IReadOnlyList<MinutesItem> Items,
    [property: Id(11)] IReadOnlyList<PollView> OtherPolls,
    [property: Id(12)] IReadOnlyList<ProposalRanking> OtherRankings,
    [property: Id(13)] IReadOnlyList<ActionItem> OtherTasks,
    [property: Id(14)] IReadOnlyList<MinutesArea> Areas,
    [property: Id(15)] MinutesFooter Footer,
    [property: Id(16)] DateTimeOffset ComposedAt,
    [property: Id(17)] IReadOnlyList<PlannedMeeting> NextMeetings,
    [property: Id(18)] RecordForm? Form = null,
    [property: Id(19)] IReadOnlyList<QuestionView>? Questions = null,
    [property: Id(20)] bool TimeUnknown = false,
    [property: Id(21)] WordCloudMinutes? WordCloud = null);

/// <summary>An approved, frozen version of the minutes; corrections afterwards are approved as the next number.</summary>
[GenerateSerializer, Immutable, Alias("cp.MinutesVersion")]
public sealed record MinutesVersion(
    [property: Id(0)] int Number,
    [property: Id(1)] DateTimeOffset ApprovedAt,
    [property: Id(2)] Guid ApprovedById,
    [property: Id(3)] string ApprovedByName,
    [property: Id(4)] MinutesContent Content);

/// <summary>The minutes as they stand (no <see cref="Approved"/>), or an approved version with its approval.</summary>
[GenerateSerializer, Immutable, Alias("cp.MinutesView")]
public sealed record MinutesView(
    [property: Id(0)] MinutesContent Content,
    [property: Id(1)] MinutesVersionInfo? Approved);

/// <summary>
/// What everyone sees of the minutes: where the notes are co-edited, the footer, the approved versions (without their
/// content), and the agenda items that continue the programme item before them (<see cref="SetMinutesItemContinues"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.MinutesInfo")]
public sealed record MinutesInfo(
    [property: Id(0)] Guid? DocumentId,
    [property: Id(1)] MinutesFooter Footer,
    [property: Id(2)] IReadOnlyList<MinutesVersionInfo> Versions,
    [property: Id(3)] IReadOnlyList<Guid>? ContinuingItems = null)
{
    public static readonly MinutesInfo Empty = new(null, MinutesFooter.Empty, []);
}

[GenerateSerializer, Immutable, Alias("cp.MinutesVersionInfo")]
public sealed record MinutesVersionInfo(
    [property: Id(0)] int Number,
    [property: Id(1)] DateTimeOffset ApprovedAt,
    [property: Id(2)] string ApprovedByName);
