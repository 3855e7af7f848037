namespace CommunityPlanning.Accounts;

[GenerateSerializer, Alias("cp.OrganizerState")]
public sealed class OrganizerState
{
    [Id(0)] public Guid Id { get; set; }
    [Id(1)] public string Email { get; set; } = "";
    [Id(2)] public string DisplayName { get; set; } = "";
    [Id(3)] public bool IsAdministrator { get; set; }

    /// <summary>Empty while the account is invited and its owner has not set a password.</summary>
    [Id(4)] public string PasswordHash { get; set; } = "";

    [Id(7)] public AccountStatus Status { get; set; }

    /// <summary>SHA-256 of each signed-in session's token, with when it began.</summary>
    [Id(8)] public Dictionary<string, DateTimeOffset> Sessions { get; set; } = [];

    /// <summary>SHA-256 of the one account link that works now, if any.</summary>
    [Id(9)] public string? LinkHash { get; set; }

    [Id(10)] public DateTimeOffset LinkExpiresAt { get; set; }

    public OrganizerAccount ToAccount() => new(Id, Email, DisplayName, IsAdministrator, Status);
}
