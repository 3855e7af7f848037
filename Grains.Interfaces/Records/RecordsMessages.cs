using CommunityPlanning.Audience;
using CommunityPlanning.Meetings;
using CommunityPlanning.Voting;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Records;

/// <summary>A meeting's tasks and what everyone sees of its minutes (part of the meeting's snapshot).</summary>
[GenerateSerializer, Immutable, Alias("cp.MeetingRecords")]
public sealed record MeetingRecords(
    [property: Id(0)] IReadOnlyList<ActionItem> ActionItems,
    [property: Id(1)] MinutesInfo Minutes);

/// <summary>What the minutes take from the meeting and its group, as the meeting sees them now.</summary>
[GenerateSerializer, Immutable, Alias("cp.MinutesInputs")]
public sealed record MinutesInputs(
    [property: Id(0)] MeetingDetails Details,
    [property: Id(1)] Agenda Agenda,
    [property: Id(2)] IReadOnlyList<RosterEntry>? Roster = null,
    [property: Id(3)] IReadOnlyList<Guid>? Connected = null,
    [property: Id(4)] IReadOnlyList<PollView>? Polls = null,
    [property: Id(5)] IReadOnlyList<ProposalRanking>? Rankings = null,
    [property: Id(6)] string GroupName = "",
    [property: Id(7)] IReadOnlyList<PlannedMeeting>? Schedule = null,
    [property: Id(8)] IReadOnlyList<QuestionView>? Questions = null,
    [property: Id(9)] WordCloudMinutes? WordCloud = null);

[GenerateSerializer, Immutable, Alias("cp.MinutesOpened")]
public sealed record MinutesOpened([property: Id(0)] Guid DocumentId, [property: Id(1)] IReadOnlyList<MeetingEvent> Events);

[GenerateSerializer, Immutable, Alias("cp.MinutesRead")]
public sealed record MinutesRead([property: Id(0)] MinutesView View, [property: Id(1)] IReadOnlyList<MeetingEvent> Events);
