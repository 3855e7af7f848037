namespace CommunityPlanning.Meetings;

[GenerateSerializer, Alias("cp.ModerationLogState")]
public sealed class ModerationLogState
{
    [Id(0)] public List<ModerationRecord> Records { get; set; } = [];
}
