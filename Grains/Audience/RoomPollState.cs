namespace CommunityPlanning.Audience;

/// <summary>A meeting's word cloud and whether the audience may answer, and react (storage name <c>roompoll</c>).</summary>
[GenerateSerializer, Alias("cp.RoomPollState")]
public sealed class RoomPollState
{
    /// <summary>The open or last word cloud's prompt; null before the first was opened.</summary>
    [Id(0)] public string? Prompt { get; set; }
    [Id(1)] public bool Open { get; set; }
    [Id(2)] public bool AudienceMay { get; set; }
    [Id(3)] public List<StoredWord> Answers { get; set; } = [];

    /// <summary>The normalised forms the facilitator hid.</summary>
    [Id(4)] public List<string> Hidden { get; set; } = [];

    /// <summary>New with each cloud opened.</summary>
    [Id(5)] public Guid? CloudId { get; set; }

    /// <summary>Whether observers may react; null in a state stored before reactions had a switch of their own: as <see cref="AudienceMay"/>.</summary>
    [Id(6)] public bool? AudienceMayReact { get; set; }

    public bool AudienceReacts => AudienceMayReact ?? AudienceMay;

    /// <summary>Whether the minutes list the cloud (<see cref="SetWordCloudInMinutes"/>).</summary>
    [Id(7)] public bool InMinutes { get; set; }
}

/// <summary>One answer: as given (trimmed), its normalised form (what is counted) and who gave it (never sent).</summary>
[GenerateSerializer, Alias("cp.StoredWord")]
public sealed class StoredWord
{
    [Id(0)] public Guid PersonId { get; set; }
    [Id(1)] public string Key { get; set; } = "";
    [Id(2)] public string Text { get; set; } = "";
}
