using CommunityPlanning.Common;
using CommunityPlanning.Meetings;

namespace CommunityPlanning.Audience;

/// <summary>
/// A meeting's quick polls of the room (same key as the meeting): the word cloud and the reactions. Never a decision:
/// nothing here is a poll, a vote or a result. Answers, reactions and reading come straight from the hub (observers may,
/// when the facilitator allows it): the grain has the roster authorize the caller and publishes through the feed itself,
/// throttled. The facilitator's commands come through the meeting. It calls the roster and the feed only.
/// </summary>
[Alias("cp.IMeetingRoomPollGrain")]
public interface IMeetingRoomPollGrain : IGrainWithGuidKey
{
    /// <summary>The word cloud as the actor may see it.</summary>
    [Alias("GetWordCloud")]
    Task<WordCloudView> GetWordCloud(Actor actor);

    /// <summary>An answer to the open word cloud: at most 3 words, 40 characters, 3 answers a person; <c>wordcloud.closed</c>, <c>word.limit</c> …</summary>
    [Alias("SubmitWord")]
    Task<WordCloudView> SubmitWord(Actor actor, string text);

    /// <summary>A reaction, counted for the next burst; <c>reaction.rate_limited</c>, <c>reactions.busy</c>.</summary>
    [Alias("React")]
    Task React(Actor actor, Reaction reaction);

    /// <summary>A facilitator's command (authorized by the meeting).</summary>
    [Alias("Apply")]
    Task<IReadOnlyList<MeetingEvent>> Apply(RosterEntry by, MeetingCommand command);

    /// <summary>Whether a word cloud was opened: what the room screen may show.</summary>
    [Alias("HasWordCloud")]
    Task<bool> HasWordCloud();

    /// <summary>The cloud as the minutes list it; null when the facilitator did not choose it (<see cref="SetWordCloudInMinutes"/>) or none was opened.</summary>
    [Alias("ForMinutes")]
    Task<WordCloudMinutes?> ForMinutes();
}
