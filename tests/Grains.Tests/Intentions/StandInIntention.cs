using CommunityPlanning.Common;
using CommunityPlanning.Intentions;
using CommunityPlanning.Voting;

namespace CommunityPlanning.Tests.Intentions;

/// <summary>What the stand-in intention was told: an opinion (no decision) or a decision.</summary>
[GenerateSerializer, Immutable, Alias("cp.test.IntentionRecord")]
public sealed record IntentionRecord([property: Id(0)] bool Opinion, [property: Id(1)] IntentionVote Vote, [property: Id(2)] SteeringDecision? Decision);

/// <summary>
/// A stand-in for the procedure's intention grain (another feature's): the subject it is given, what it was told,
/// and a refusal code to answer with, so the meeting side is tested alone.
/// </summary>
[Alias("cp.test.IStandInIntention")]
public interface IStandInIntention : IIntentionVotes
{
    [Alias("Set")]
    Task Set(IntentionSubject subject, string? refuseWith = null);

    [Alias("Recorded")]
    Task<IReadOnlyList<IntentionRecord>> Recorded();
}

public sealed class StandInIntentionGrain : Grain, IStandInIntention
{
    private readonly List<IntentionRecord> _recorded = [];
    private IntentionSubject? _subject;
    private string? _refuseWith;

    public Task Set(IntentionSubject subject, string? refuseWith = null)
    {
        (_subject, _refuseWith) = (subject, refuseWith);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<IntentionRecord>> Recorded() => Task.FromResult<IReadOnlyList<IntentionRecord>>([.. _recorded]);

    public Task<IntentionSubject> GetSubject() => Task.FromResult(_subject ?? throw new DomainException(ErrorCodes.NotFound));

    public Task RecordOpinion(IntentionVote vote) => Record(new IntentionRecord(true, vote, null));

    public Task RecordDecision(IntentionVote vote, SteeringDecision? decision) => Record(new IntentionRecord(false, vote, decision));

    private Task Record(IntentionRecord record)
    {
        if (_refuseWith is not null)
        {
            throw new DomainException(_refuseWith);
        }

        _recorded.Add(record);
        return Task.CompletedTask;
    }
}

/// <summary>The meeting side finds the stand-ins.</summary>
public sealed class StandInLocator(IGrainFactory grains) : IIntentionVotesLocator
{
    public IIntentionVotes Find(Guid intentionId) => grains.GetGrain<IStandInIntention>(intentionId);
}
