namespace CommunityPlanning.Accounts;

/// <summary>An organizer's account as others may see it; the password hash never leaves its grain.</summary>
[GenerateSerializer, Immutable, Alias("cp.OrganizerAccount")]
public sealed record OrganizerAccount(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Email,
    [property: Id(2)] string DisplayName,
    [property: Id(3)] bool IsAdministrator);
