namespace CommunityPlanning.Meetings;

[GenerateSerializer, Alias("cp.JoinCodeState")]
public sealed class JoinCodeState
{
    [Id(0)] public JoinCodeTarget? Target { get; set; }
}
