namespace CommunityPlanning.WorkingGroups;

/// <summary>
/// A working group's calendar subscription link, keyed by the SHA-256 of its token (the token itself is never
/// stored): calendar programs cannot sign in, so the unguessable link is the key.
/// </summary>
[Alias("cp.ICalendarFeedGrain")]
public interface ICalendarFeedGrain : IGrainWithStringKey
{
    [Alias("Register")]
    Task Register(Guid workingGroupId);

    [Alias("Revoke")]
    Task Revoke();

    /// <summary>The group the link belongs to, or <c>not_found</c> (unknown or revoked).</summary>
    [Alias("Resolve")]
    Task<Guid> Resolve();
}
