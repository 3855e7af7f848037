namespace CommunityPlanning.Meetings;

[GenerateSerializer, Alias("cp.InviteState")]
public sealed class InviteState
{
    [Id(0)] public InviteTarget? Target { get; set; }
}
