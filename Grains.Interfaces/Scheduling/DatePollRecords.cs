namespace CommunityPlanning.Scheduling;

/// <summary>A member's answer for one proposed date.</summary>
public enum DateAnswer
{
    Yes,
    IfNeedBe,
    No,
}

public enum DatePollStatus
{
    Open,
    Chosen,
    Closed,
}

/// <summary>A proposed date and time, Europe/Prague wall clock.</summary>
[GenerateSerializer, Immutable, Alias("cp.DateOptionDraft")]
public sealed record DateOptionDraft(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] TimeOnly Time);

/// <summary>The facilitator's proposal: dates and times, and the place the chosen meeting will be held (optional).</summary>
[GenerateSerializer, Immutable, Alias("cp.DatePollDraft")]
public sealed record DatePollDraft(
    [property: Id(0)] IReadOnlyList<DateOptionDraft> Options,
    [property: Id(1)] string? Place);

[GenerateSerializer, Immutable, Alias("cp.DateOptionAnswer")]
public sealed record DateOptionAnswer(
    [property: Id(0)] Guid OptionId,
    [property: Id(1)] DateAnswer Answer);

/// <summary>A proposed date with its answers counted.</summary>
[GenerateSerializer, Immutable, Alias("cp.DateOptionTally")]
public sealed record DateOptionTally(
    [property: Id(0)] Guid Id,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] TimeOnly Time,
    [property: Id(3)] int Yes,
    [property: Id(4)] int IfNeedBe,
    [property: Id(5)] int No);

/// <summary>A member of the group with their answers, and whether an answer link of theirs is in force.</summary>
[GenerateSerializer, Immutable, Alias("cp.DatePollMember")]
public sealed record DatePollMember(
    [property: Id(0)] Guid MemberId,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<DateOptionAnswer> Answers,
    [property: Id(3)] bool HasLink);

/// <summary>
/// The poll as the group's managers see it. <see cref="Best"/> holds the dates with the most yes, then the most
/// if-need-be (several when tied, none before anyone said yes or if need be).
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.DatePollView")]
public sealed record DatePollView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] DatePollStatus Status,
    [property: Id(2)] string? Place,
    [property: Id(3)] IReadOnlyList<DateOptionTally> Options,
    [property: Id(4)] IReadOnlyList<Guid> Best,
    [property: Id(5)] Guid? ChosenId,
    [property: Id(6)] IReadOnlyList<DatePollMember> Members);

/// <summary>The poll as one member sees it through their answer link: the dates, the counts, the best, their own answers.</summary>
[GenerateSerializer, Immutable, Alias("cp.DatePollLinkView")]
public sealed record DatePollLinkView(
    [property: Id(0)] string GroupName,
    [property: Id(1)] string MemberName,
    [property: Id(2)] DatePollStatus Status,
    [property: Id(3)] string? Place,
    [property: Id(4)] IReadOnlyList<DateOptionTally> Options,
    [property: Id(5)] IReadOnlyList<Guid> Best,
    [property: Id(6)] Guid? ChosenId,
    [property: Id(7)] IReadOnlyList<DateOptionAnswer> Answers);

/// <summary>The poll as everyone in a meeting sees it (observers too): the dates counted and the best, no one's answers.</summary>
[GenerateSerializer, Immutable, Alias("cp.DatePollTallies")]
public sealed record DatePollTallies(
    [property: Id(0)] Guid Id,
    [property: Id(1)] DatePollStatus Status,
    [property: Id(2)] string? Place,
    [property: Id(3)] IReadOnlyList<DateOptionTally> Options,
    [property: Id(4)] IReadOnlyList<Guid> Best,
    [property: Id(5)] Guid? ChosenId);

/// <summary>
/// What one person in a meeting reads of the group's date poll: the poll (null before the group's first), their own
/// answers, and whether they may answer (a participant or facilitator whose seat is a member of the group).
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.MeetingDatePoll")]
public sealed record MeetingDatePoll(
    [property: Id(0)] DatePollTallies? Poll,
    [property: Id(1)] IReadOnlyList<DateOptionAnswer> Answers,
    [property: Id(2)] bool MayAnswer);
