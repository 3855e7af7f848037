using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Documents;
using A = CommunityPlanning.Audience;
using D = CommunityPlanning.Documents;
using M = CommunityPlanning.Meetings;
using R = CommunityPlanning.Records;
using S = CommunityPlanning.Scheduling;
using V = CommunityPlanning.Voting;

namespace CommunityPlanning.Web.Meetings;

/// <summary>
/// Names of the events the hub sends to clients (docs/protocol.md) and, in <see cref="Payloads"/>, the record each
/// one carries: the one table the meeting relay's mapping and the client's generated event map are made from.
/// </summary>
public static class ClientEvents
{
    public const string PresenceChanged = "presenceChanged";
    public const string RosterChanged = "rosterChanged";
    /// <summary>Two seats became one: the merged one leaves the roster, its connections go on as the kept one.</summary>
    public const string SeatsMerged = "seatsMerged";
    /// <summary>How many observers are connected (at most one a second; observers are counted, not listed).</summary>
    public const string AudienceChanged = "audienceChanged";
    public const string MeetingUpdated = "meetingUpdated";
    public const string AgendaChanged = "agendaChanged";
    public const string TimerChanged = "timerChanged";
    public const string SpeakersChanged = "speakersChanged";
    public const string FocusChanged = "focusChanged";
    /// <summary>The room screens were blanked or shown again, or the join card's public code changed.</summary>
    public const string RoomScreenChanged = "roomScreenChanged";
    public const string ModerationRecorded = "moderationRecorded";
    public const string PollChanged = "pollChanged";
    public const string BoardChanged = "boardChanged";
    /// <summary>The questions from the audience changed: released and answered ones only, and how many wait.</summary>
    public const string QuestionsChanged = "questionsChanged";
    /// <summary>The word cloud as everyone sees it (answers at most one a second).</summary>
    public const string WordCloudChanged = "wordCloudChanged";
    /// <summary>Reactions since the last burst and in the last minute (at most one a second).</summary>
    public const string ReactionsBurst = "reactionsBurst";
    /// <summary>The group's date poll as everyone in the meeting sees it: counts and the best date, no one's answers.</summary>
    public const string DatePollChanged = "datePollChanged";
    public const string ActionItemsChanged = "actionItemsChanged";
    public const string MinutesChanged = "minutesChanged";
    /// <summary>To a client that fell too far behind: the meeting's events it missed were dropped; fetch a snapshot.</summary>
    public const string MeetingResync = "meetingResync";
    /// <summary>A document's accepted edits, in revision order, as many as were ready together.</summary>
    public const string TextEdits = "textEdits";
    /// <summary>To read-only clients instead: per section, one relay round's edits composed, with their revision range.</summary>
    public const string TextChanges = "textChanges";
    /// <summary>To a client that fell too far behind: the whole document instead of the backlog.</summary>
    public const string DocumentSnapshot = "documentSnapshot";
    public const string CaretMoved = "caretMoved";
    public const string LockChanged = "lockChanged";
    public const string CommentChanged = "commentChanged";
    public const string WordingAdopted = "wordingAdopted";

    /// <summary>The record each event carries; the client's types for them are generated from these (docs/protocol.md, "The wire contract").</summary>
    public static readonly IReadOnlyDictionary<string, Type> Payloads = new Dictionary<string, Type>
    {
        [PresenceChanged] = typeof(M.PresenceChanged),
        [RosterChanged] = typeof(M.RosterChanged),
        [SeatsMerged] = typeof(M.SeatsMerged),
        [AudienceChanged] = typeof(M.AudienceChanged),
        [MeetingUpdated] = typeof(M.MeetingUpdated),
        [AgendaChanged] = typeof(M.AgendaChanged),
        [TimerChanged] = typeof(M.TimerChanged),
        [SpeakersChanged] = typeof(M.SpeakersChanged),
        [FocusChanged] = typeof(M.FocusChanged),
        [RoomScreenChanged] = typeof(M.RoomScreenChanged),
        [ModerationRecorded] = typeof(M.ModerationRecorded),
        [PollChanged] = typeof(V.PollChanged),
        [BoardChanged] = typeof(V.BoardChanged),
        [QuestionsChanged] = typeof(A.QuestionsChanged),
        [WordCloudChanged] = typeof(A.WordCloudChanged),
        [ReactionsBurst] = typeof(A.ReactionsBurst),
        [DatePollChanged] = typeof(S.DatePollChanged),
        [ActionItemsChanged] = typeof(R.ActionItemsChanged),
        [MinutesChanged] = typeof(R.MinutesChanged),
        [MeetingResync] = typeof(Meetings.MeetingResync),
        [TextEdits] = typeof(TextEditsMessage),
        [TextChanges] = typeof(TextChangesMessage),
        [DocumentSnapshot] = typeof(D.DocumentSnapshot),
        [CaretMoved] = typeof(CaretMovedMessage),
        [LockChanged] = typeof(D.LockChanged),
        [CommentChanged] = typeof(D.CommentChanged),
        [WordingAdopted] = typeof(D.WordingAdopted),
    };

    private static readonly Dictionary<Type, string> ByMeetingEvent =
        Payloads.Where(p => p.Value.IsAssignableTo(typeof(MeetingEvent))).ToDictionary(p => p.Value, p => p.Key);

    /// <summary>The meeting events, in the order of the table: those the meeting relay sends, each with its sequence number.</summary>
    public static IEnumerable<string> OfMeeting => Payloads.Where(p => ByMeetingEvent.ContainsKey(p.Value)).Select(p => p.Key);

    /// <summary>The name a meeting event goes out under; null for one that is not sent to clients.</summary>
    public static string? NameOf(MeetingEvent e) => ByMeetingEvent.GetValueOrDefault(e.GetType());
}
