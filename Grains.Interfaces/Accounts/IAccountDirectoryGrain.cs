namespace CommunityPlanning.Accounts;

/// <summary>Every organizer account (a single grain, key 0), for administrators' list and lookups by id.</summary>
[Alias("cp.IAccountDirectoryGrain")]
public interface IAccountDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Adds or updates an account (its grain calls this on every change).</summary>
    [Alias("Register")]
    Task Register(OrganizerAccount account);

    [Alias("List")]
    Task<IReadOnlyList<OrganizerAccount>> List();

    /// <summary>The account with this id, or null.</summary>
    [Alias("Find")]
    Task<OrganizerAccount?> Find(Guid accountId);
}
