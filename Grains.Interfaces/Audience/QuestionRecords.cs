namespace CommunityPlanning.Audience;

/// <summary>
/// Where a question from the audience stands. A new question waits (<see cref="Pending"/>) until a moderator releases
/// it; released and answered questions are seen by everyone, pending and hidden ones only by moderators and the author.
/// </summary>
public enum QuestionState
{
    Pending = 0,
    Released = 1,
    Answered = 2,
    Hidden = 3,
}

/// <summary>
/// A question as one viewer sees it. <see cref="AuthorName"/> is set only when the author chose to give their name
/// (an anonymous question names nobody, not even to moderators); <see cref="Text"/> is null for a question the viewer
/// may not read. <see cref="Voted"/> and <see cref="Mine"/> are the viewer's (false in broadcasts). <see cref="EnteredBy"/>:
/// the question was entered on the asker's behalf, by this person (the public sees the name they chose to show, maybe "").
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.QuestionView")]
public sealed record QuestionView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Text,
    [property: Id(2)] string? AuthorName,
    [property: Id(3)] QuestionState State,
    [property: Id(4)] int Votes,
    [property: Id(5)] DateTimeOffset AskedAt,
    [property: Id(6)] bool Voted = false,
    [property: Id(7)] bool Mine = false,
    [property: Id(8)] string? EnteredBy = null);

/// <summary>
/// The questions a viewer may see: released and answered ones for everyone, pending and hidden ones too for moderators
/// (and their own for the author). <see cref="Pending"/> counts the questions waiting for release (a number, no text),
/// <see cref="Moderators"/> the participants the facilitator named (facilitators moderate anyway), <see cref="Moderator"/>
/// whether the viewer moderates, <see cref="InMinutes"/> whether the facilitator put the questions into the minutes.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.QuestionsView")]
public sealed record QuestionsView(
    [property: Id(0)] IReadOnlyList<QuestionView> Questions,
    [property: Id(1)] int Pending,
    [property: Id(2)] IReadOnlyList<Guid> Moderators,
    [property: Id(3)] bool Moderator = false,
    [property: Id(4)] bool InMinutes = false);

/// <summary>
/// A question from the audience: its text (at most 300 characters) and whether to show the asker's name;
/// <see cref="OnBehalfOf"/>: the person it is asked for, who is then its asker (facilitators and allowed proxies only).
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.QuestionDraft")]
public sealed record QuestionDraft([property: Id(0)] string Text, [property: Id(1)] bool Named, [property: Id(2)] Guid? OnBehalfOf = null);
