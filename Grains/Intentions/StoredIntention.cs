namespace CommunityPlanning.Intentions;

/// <summary>An intention as stored (storage name <c>intention</c>).</summary>
[GenerateSerializer, Alias("cp.StoredIntention")]
public sealed class StoredIntention
{
    [Id(0)] public Guid CallId { get; set; }
    [Id(1)] public CallTerms Terms { get; set; } = null!;
    [Id(2)] public IntentionState State { get; set; }
    [Id(3)] public IntentionForm Form { get; set; } = IntentionForm.Empty;
    [Id(4)] public List<IntentionAttachment> Attachments { get; set; } = [];
    [Id(5)] public string? ReturnNote { get; set; }

    /// <summary>The group the coordinator assigned; until then the one the provider chose in the form.</summary>
    [Id(6)] public Guid? AssignedGroupId { get; set; }
    [Id(7)] public RecordedVote? Opinion { get; set; }
    [Id(8)] public DepartmentStatement? Statement { get; set; }
    [Id(9)] public RecordedVote? Decision { get; set; }
    [Id(10)] public RegionOutcome? Outcome { get; set; }
    [Id(11)] public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>SHA-256 of the current submission link's token; null when revoked.</summary>
    [Id(12)] public string? LinkHash { get; set; }
    [Id(13)] public List<IntentionHistoryEntry> History { get; set; } = [];

    /// <summary>The last working-group poll that gave no opinion (no quorum, no majority) since the last one that did.</summary>
    [Id(14)] public IntentionVote? InconclusiveOpinion { get; set; }

    /// <summary>The last steering poll that decided nothing since the last decision.</summary>
    [Id(15)] public IntentionVote? InconclusiveDecision { get; set; }

    public Guid? WorkingGroupId => AssignedGroupId ?? Form.WorkingGroupId;
}
