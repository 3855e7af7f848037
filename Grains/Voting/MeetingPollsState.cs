namespace CommunityPlanning.Voting;

/// <summary>A meeting's polls, stored on their own (storage name <c>polls</c>): written only when a poll changes.</summary>
[GenerateSerializer, Alias("cp.MeetingPollsState")]
public sealed class MeetingPollsState
{
    [Id(0)] public List<PollState> Polls { get; set; } = [];
}
