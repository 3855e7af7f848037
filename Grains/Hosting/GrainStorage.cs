namespace CommunityPlanning.Hosting;

public static class GrainStorage
{
    /// <summary>The one grain storage provider every grain's state lives in.</summary>
    public const string Name = "cp";
}
