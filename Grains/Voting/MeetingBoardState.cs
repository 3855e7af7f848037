namespace CommunityPlanning.Voting;

/// <summary>A meeting's proposals board, stored on its own (storage name <c>board</c>): written only when the board changes.</summary>
[GenerateSerializer, Alias("cp.MeetingBoardState")]
public sealed class MeetingBoardState
{
    [Id(0)] public BoardState Board { get; set; } = new();
}
