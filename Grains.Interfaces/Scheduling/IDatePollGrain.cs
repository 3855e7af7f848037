using CommunityPlanning.Common;
using CommunityPlanning.Meetings;

namespace CommunityPlanning.Scheduling;

/// <summary>
/// Finding a working group's next date (keyed by the group's id, one poll at a time): the group's managers propose
/// dates, members answer yes / if need be / no, the best date is counted, and choosing it adds a planned meeting to
/// the group's schedule. Members without an account answer through a link of their own (only its SHA-256 is kept).
/// </summary>
[Alias("cp.IDatePollGrain")]
public interface IDatePollGrain : IGrainWithGuidKey
{
    /// <summary>
    /// A new poll (the group's managers); refused with <c>date_poll.already_open</c> while one is open,
    /// <c>date_poll.past</c>, <c>date_poll.too_many_options</c>, <c>date_poll.duplicate</c>, <c>validation.required</c>.
    /// </summary>
    [Alias("Start")]
    Task<DatePollView> Start(Actor actor, DatePollDraft draft);

    /// <summary>The group's current or last poll, or null if it never had one (the group's managers).</summary>
    [Alias("Get")]
    Task<DatePollView?> Get(Actor actor);

    /// <summary>A new answer link for a member of the group (its token, shown once); the member's previous link stops working.</summary>
    [Alias("IssueLink")]
    Task<string> IssueLink(Actor actor, Guid memberId);

    [Alias("RevokeLink")]
    Task<DatePollView> RevokeLink(Actor actor, Guid memberId);

    /// <summary>Chooses a date: the poll ends, its links expire, and the group's schedule gets the meeting.</summary>
    [Alias("Choose")]
    Task<DatePollView> Choose(Actor actor, Guid optionId);

    /// <summary>Ends the poll without a date; its links expire.</summary>
    [Alias("Close")]
    Task<DatePollView> Close(Actor actor);

    /// <summary>The poll for the holder of an answer link (by the token's hash); <c>date_poll_link.invalid</c>, <c>.revoked</c>, <c>.expired</c>.</summary>
    [Alias("ViewByLink")]
    Task<DatePollLinkView> ViewByLink(string linkHash);

    /// <summary>The link holder's answers (each proposed date at most once; dates left out stay unanswered).</summary>
    [Alias("AnswerByLink")]
    Task<DatePollLinkView> AnswerByLink(string linkHash, IReadOnlyList<DateOptionAnswer> answers);

    /// <summary>
    /// The poll as a person in a meeting of the group sees it (the meeting's roster authorizes them, observers too); the
    /// meeting then hears of each change (<see cref="DatePollChanged"/>) for <c>DatePollWatchers.WatchFor</c>.
    /// </summary>
    [Alias("ViewInMeeting")]
    Task<MeetingDatePoll> ViewInMeeting(Guid meetingId, Actor actor);

    /// <summary>
    /// A command from a meeting of the group (<see cref="StartDatePoll"/>, <see cref="AnswerDatePoll"/>, <see cref="ChooseDate"/>),
    /// authorized by that meeting (its role); an answer counts for the member the seat is.
    /// </summary>
    [Alias("ApplyFromMeeting")]
    Task ApplyFromMeeting(Guid meetingId, RosterEntry by, MeetingCommand command);
}
