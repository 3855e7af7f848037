namespace CommunityPlanning.Accounts;

[GenerateSerializer, Alias("cp.OrganizerState")]
public sealed class OrganizerState
{
    [Id(0)] public Guid Id { get; set; }
    [Id(1)] public string Email { get; set; } = "";
    [Id(2)] public string DisplayName { get; set; } = "";
    [Id(3)] public bool IsAdministrator { get; set; }
    [Id(4)] public string PasswordHash { get; set; } = "";
    [Id(5)] public int FailedAttempts { get; set; }
    [Id(6)] public DateTimeOffset? LockedUntil { get; set; }

    public OrganizerAccount ToAccount() => new(Id, Email, DisplayName, IsAdministrator);
}
