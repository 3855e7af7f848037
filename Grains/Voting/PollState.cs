using CommunityPlanning.Meetings;

namespace CommunityPlanning.Voting;

/// <summary>
/// A poll's stored state. Who voted and what was voted are kept apart: <see cref="Voters"/> in participant-id
/// order, secret ballots keyed by the hash of a receipt only the voter holds, in key order, so neither the
/// lists nor their order link a person to a choice.
/// </summary>
[GenerateSerializer, Alias("cp.PollState")]
public sealed class PollState
{
    [Id(0)] public Guid Id { get; set; }
    [Id(1)] public PollDraft Draft { get; set; } = null!;
    [Id(2)] public PollPhase Phase { get; set; }
    [Id(3)] public DateTimeOffset CreatedAt { get; set; }
    [Id(4)] public DateTimeOffset? OpenedAt { get; set; }
    [Id(5)] public DateTimeOffset? ClosedAt { get; set; }
    [Id(6)] public List<Guid> Voters { get; set; } = [];
    [Id(7)] public List<NamedVote> Named { get; set; } = [];
    [Id(8)] public List<SecretVote> Secret { get; set; } = [];
    [Id(9)] public List<Guid> Recused { get; set; } = [];
    [Id(10)] public PollResult? Result { get; set; }

    /// <summary>The agenda item that was current when the poll closed: where the minutes record the decision.</summary>
    [Id(11)] public Guid? AgendaItemId { get; set; }

    /// <summary>The facilitator's choice when a secret poll closed below the minimum turnout (<see cref="SecretTurnout"/>).</summary>
    [Id(12)] public LowTurnoutDecision? LowTurnout { get; set; }

    /// <summary>What a poll about development intentions is about, its recused members and quorum, and the hand-off.</summary>
    [Id(13)] public IntentionPoll? Intention { get; set; }

    /// <summary>How many secret ballots were entered on someone's behalf: a number, never which ballot or for whom.</summary>
    [Id(14)] public int SecretOnBehalf { get; set; }

    public IReadOnlyCollection<int[]> Ballots => Draft.Secret ? [.. Secret.Select(b => b.Values)] : [.. Named.Select(b => b.Values)];

    /// <summary>Adds to a list kept in order, so the stored order says nothing about when.</summary>
    public static void InsertSorted<T, TKey>(List<T> list, T item, Func<T, TKey> key) where TKey : IComparable<TKey>
    {
        var k = key(item);
        var index = list.FindIndex(x => key(x).CompareTo(k) > 0);
        list.Insert(index < 0 ? list.Count : index, item);
    }
}

/// <summary>A named ballot; <see cref="OnBehalf"/> when someone entered it for the participant.</summary>
[GenerateSerializer, Immutable, Alias("cp.NamedVote")]
public sealed record NamedVote([property: Id(0)] Guid ParticipantId, [property: Id(1)] int[] Values, [property: Id(2)] OnBehalf? OnBehalf = null);

/// <summary>A secret ballot: its key is the SHA-256 of the voter's receipt; nothing about the voter.</summary>
[GenerateSerializer, Immutable, Alias("cp.SecretVote")]
public sealed record SecretVote([property: Id(0)] string Key, [property: Id(1)] int[] Values);
