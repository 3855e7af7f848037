namespace CommunityPlanning.Meetings;

/// <summary>How long a web server's subscription to a meeting lasts without renewal, and how often it renews.</summary>
public static class ObserverLease
{
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(20);
}
