namespace CommunityPlanning.Records;

[GenerateSerializer, Alias("cp.MinutesState")]
public sealed class MinutesState
{
    /// <summary>The document (one section per agenda item, keyed by the item's id) where the notes are co-edited.</summary>
    [Id(0)] public Guid? DocumentId { get; set; }
    [Id(1)] public MinutesFooter Footer { get; set; } = MinutesFooter.Empty;
    [Id(2)] public List<MinutesVersion> Versions { get; set; } = [];
}
