using CommunityPlanning.Meetings;

namespace CommunityPlanning.Scheduling;

// Finding the next date from inside a meeting (issue 24): commands routed to the date poll of the meeting's working
// group (IDatePollGrain.ApplyFromMeeting), the same poll the group's page and the answer links show.

/// <summary>The facilitator proposes dates and times (and the place) for the group's next meeting: starts the group's poll.</summary>
[GenerateSerializer, Immutable, Alias("cp.StartDatePoll")]
public sealed record StartDatePoll(
    [property: Id(0)] IReadOnlyList<DateOptionDraft> Options,
    [property: Id(1)] string? Place) : MeetingCommand;

/// <summary>
/// A participant's answers (yes / if need be / no per date; dates left out stay unanswered), counted as the answers of
/// the group member their seat is (<c>setSeatMember</c>); a seat that is no member is refused <c>date_poll.not_member</c>.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.AnswerDatePoll")]
public sealed record AnswerDatePoll([property: Id(0)] IReadOnlyList<DateOptionAnswer> Answers) : MeetingCommand;

/// <summary>The facilitator chooses a date: the poll ends and the group's schedule (and calendar feed) gets the meeting.</summary>
[GenerateSerializer, Immutable, Alias("cp.ChooseDate")]
public sealed record ChooseDate([property: Id(0)] Guid OptionId) : MeetingCommand;

/// <summary>
/// The group's date poll changed (started, answered here or by a link, chosen, closed): as everyone in the meeting sees
/// it, counts and the best date, never anyone's answers. Sent to each meeting of the group that showed the poll lately.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.DatePollChanged")]
public sealed record DatePollChanged(
    Guid MeetingId,
    long Seq,
    [property: Id(0)] DatePollTallies Poll) : MeetingEvent(MeetingId, Seq);
