namespace CommunityPlanning.Security;

[GenerateSerializer, Alias("cp.KeyRingState")]
public sealed class KeyRingState
{
    [Id(0)] public List<string> Elements { get; set; } = [];
}
