namespace CommunityPlanning.Web.Meetings;

/// <summary>Names of the events the hub sends to clients (docs/protocol.md).</summary>
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
}
