using CommunityPlanning.Meetings;

namespace CommunityPlanning.Audience;

/// <summary>A meeting's questions from the audience, stored on their own (storage name <c>questions</c>).</summary>
[GenerateSerializer, Alias("cp.QuestionsState")]
public sealed class QuestionsState
{
    [Id(0)] public List<StoredQuestion> Questions { get; set; } = [];

    /// <summary>The participants the facilitator named question moderators.</summary>
    [Id(1)] public List<Guid> Moderators { get; set; } = [];

    /// <summary>Whether the minutes have a section of the released and answered questions.</summary>
    [Id(2)] public bool InMinutes { get; set; }
}

/// <summary>
/// One question. <see cref="AuthorId"/> (the asker's seat) never leaves the server: it serves the rate limit, the
/// author's own view and the rule that nobody upvotes their own question.
/// </summary>
[GenerateSerializer, Alias("cp.StoredQuestion")]
public sealed class StoredQuestion
{
    [Id(0)] public Guid Id { get; set; }
    [Id(1)] public string Text { get; set; } = "";
    [Id(2)] public Guid AuthorId { get; set; }
    [Id(3)] public string? AuthorName { get; set; }
    [Id(4)] public QuestionState State { get; set; }
    [Id(5)] public List<Guid> Voters { get; set; } = [];
    [Id(6)] public DateTimeOffset AskedAt { get; set; }

    /// <summary>
    /// The name the public (observers) sees on a named question: a participant's as they chose at the time they asked
    /// (<c>PublicView.Label</c>), an observer's the name they gave, since they asked to be named.
    /// </summary>
    [Id(7)] public string? PublicAuthorName { get; set; }

    /// <summary>Entered on the asker's behalf: for whom, by whom (its ids never leave the server either).</summary>
    [Id(8)] public OnBehalf? OnBehalf { get; set; }

    /// <summary>The name the public sees of the one who entered it (<c>PublicView.Label</c> when they entered it).</summary>
    [Id(9)] public string? PublicEnteredBy { get; set; }

    public bool IsPublic => State is QuestionState.Released or QuestionState.Answered;
}
