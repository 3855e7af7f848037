namespace CommunityPlanning.Audience;

/// <summary>The reactions the room may send: a small fixed set, shown on the room screen as emoji.</summary>
public enum Reaction
{
    ThumbsUp = 0,
    Heart = 1,
    Clap = 2,
    Laugh = 3,
    Surprised = 4,
    Thinking = 5,
}

/// <summary>One word of the cloud (its most used spelling) and how many answers gave it, counted by its normalised form.</summary>
[GenerateSerializer, Immutable, Alias("cp.WordCount")]
public sealed record WordCount([property: Id(0)] string Word, [property: Id(1)] int Count);

/// <summary>
/// The meeting's word cloud as one viewer sees it. <see cref="Words"/> are the most given words without the hidden ones;
/// <see cref="Hidden"/> (the hidden words' normalised forms) only for facilitators, <see cref="Mine"/> the viewer's
/// own answers (both empty in broadcasts). <see cref="AudienceMay"/>: observers may answer, <see cref="AudienceMayReact"/>:
/// observers may send reactions (two switches of the facilitator); <see cref="InMinutes"/>: the minutes list the cloud. <see cref="CloudId"/>
/// is new with each cloud opened (null before the first), so a client knows its own answers belong to an earlier one.
/// <see cref="AnswersPerPerson"/>: how many answers one person may give (the server's rule, sent so clients do not repeat it).
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.WordCloudView")]
public sealed record WordCloudView(
    [property: Id(0)] string? Prompt,
    [property: Id(1)] bool Open,
    [property: Id(2)] bool AudienceMay,
    [property: Id(3)] IReadOnlyList<WordCount> Words,
    [property: Id(4)] int Answers,
    [property: Id(5)] IReadOnlyList<string> Hidden,
    [property: Id(6)] IReadOnlyList<string> Mine,
    [property: Id(7)] Guid? CloudId,
    [property: Id(8)] int AnswersPerPerson,
    [property: Id(9)] bool AudienceMayReact = false,
    [property: Id(10)] bool InMinutes = false);

/// <summary>The word cloud as the minutes write it: its prompt and every word given with its count, hidden words left out.</summary>
[GenerateSerializer, Immutable, Alias("cp.WordCloudMinutes")]
public sealed record WordCloudMinutes([property: Id(0)] string Prompt, [property: Id(1)] IReadOnlyList<WordCount> Words);

/// <summary>How many of one reaction.</summary>
[GenerateSerializer, Immutable, Alias("cp.ReactionCount")]
public sealed record ReactionCount([property: Id(0)] Reaction Reaction, [property: Id(1)] int Count);
