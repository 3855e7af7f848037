namespace CommunityPlanning.Scheduling;

/// <summary>A working group's current (or last) date poll; storage name <c>date-poll</c>.</summary>
[GenerateSerializer, Alias("cp.DatePollState")]
public sealed class DatePollState
{
    [Id(0)] public Guid Id { get; set; }
    [Id(1)] public DatePollStatus Status { get; set; }
    [Id(2)] public string? Place { get; set; }
    [Id(3)] public List<DateOptionDraft> Options { get; set; } = [];
    [Id(4)] public List<Guid> OptionIds { get; set; } = [];

    /// <summary>Each member's answers, by member id then option id.</summary>
    [Id(5)] public Dictionary<Guid, Dictionary<Guid, DateAnswer>> Answers { get; set; } = [];

    /// <summary>The hash of each member's answer link in force, by member id.</summary>
    [Id(6)] public Dictionary<Guid, string> Links { get; set; } = [];

    /// <summary>Hashes of links revoked or replaced (so their holder is told so, not "unknown link").</summary>
    [Id(7)] public HashSet<string> RevokedLinks { get; set; } = [];

    [Id(8)] public Guid? ChosenId { get; set; }

    /// <summary>The meetings of the group that showed the poll, and when they last did (<see cref="DatePollWatchers"/>).</summary>
    [Id(9)] public Dictionary<Guid, DateTimeOffset> Meetings { get; set; } = [];
}
