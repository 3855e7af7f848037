namespace CommunityPlanning.Intentions;

/// <summary>
/// The part of an intention that meetings call: the meeting side (agenda items linked to intentions, recusals,
/// quorum) and the procedure side (the intention's states) meet here and nowhere else.
/// </summary>
[Alias("cp.IIntentionVotes")]
public interface IIntentionVotes : IGrainWithGuidKey
{
    /// <summary>The intention as a meeting needs it, or <c>not_found</c>.</summary>
    [Alias("GetSubject"), Orleans.Concurrency.ReadOnly]
    Task<IntentionSubject> GetSubject();

    /// <summary>
    /// The working group's opinion from a closed poll of one of that group's meetings; refused with a documented
    /// code (and nothing changed) when the intention is not waiting for an opinion or the meeting is not its group's.
    /// A second opinion replaces the first only as a new, recorded entry of the history.
    /// </summary>
    [Alias("RecordOpinion")]
    Task RecordOpinion(IntentionVote vote);

    /// <summary>The steering group's decision from a closed poll of the call's steering meeting; same rules.</summary>
    [Alias("RecordDecision")]
    Task RecordDecision(IntentionVote vote, SteeringDecision? decision);
}
