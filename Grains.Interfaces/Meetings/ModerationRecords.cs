namespace CommunityPlanning.Meetings;

public enum ModerationAction
{
    Muted = 0,
    Unmuted = 1,
    Removed = 2,
    ArrivalsClosed = 3,
    ArrivalsOpened = 4,
    LeadHandedOver = 5,
    Started = 6,
    Ended = 7,

    /// <summary>A secret poll closed below the minimum turnout without its result (the target is the poll).</summary>
    PollResultWithheld = 8,

    /// <summary>A secret poll closed below the minimum turnout and its result published, as the facilitator confirmed.</summary>
    PollResultPublishedBelowMinimum = 9,

    /// <summary>The facilitator let a removed person back in.</summary>
    Readmitted = 10,

    /// <summary>Someone joined by an invite under the name of its seat, confirmed it was them, and took that seat back.</summary>
    SeatReclaimed = 11,

    /// <summary>The facilitator merged two seats of one person (the target is the seat kept, <c>Merged*</c> the other).</summary>
    SeatsMerged = 12,

    // Input entered on someone's behalf (the target is the person it counts for; never what was chosen).
    VoteEnteredOnBehalf = 13,
    OpinionEnteredOnBehalf = 14,
    DotsEnteredOnBehalf = 15,
    ProposalEnteredOnBehalf = 16,
    QuestionEnteredOnBehalf = 17,

    /// <summary>The facilitator allowed a participant to enter input on others' behalf (<see cref="AllowProxy"/>).</summary>
    ProxyAllowed = 18,

    /// <summary>The facilitator no longer allows the participant to enter input on others' behalf.</summary>
    ProxyWithdrawn = 19,
}

/// <summary>
/// One moderation action, kept for the record: when, who did it, to whom (a person, or a poll by its question); for
/// <see cref="ModerationAction.SeatsMerged"/> also the seat that was merged into the target.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.ModerationRecord")]
public sealed record ModerationRecord(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] Guid ByParticipantId,
    [property: Id(2)] string ByName,
    [property: Id(3)] ModerationAction Action,
    [property: Id(4)] Guid? TargetId,
    [property: Id(5)] string? TargetName,
    [property: Id(6)] Guid? MergedId = null,
    [property: Id(7)] string? MergedName = null);
