namespace CommunityPlanning.Audience;

/// <summary>
/// The reactions in memory, never stored one by one: those since the last burst and those of the last minute (a
/// queue bounded by the meeting's rate limit).
/// </summary>
public sealed class ReactionTally
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly Dictionary<Reaction, int> _pending = [];
    private readonly Queue<(DateTimeOffset At, Reaction Reaction)> _minute = new();

    public bool HasPending => _pending.Count > 0;

    public void Add(Reaction reaction, DateTimeOffset now)
    {
        _pending[reaction] = _pending.GetValueOrDefault(reaction) + 1;
        _minute.Enqueue((now, reaction));
    }

    /// <summary>The counts since the last burst (then forgotten) and those of the last minute, in the enum's order.</summary>
    public (IReadOnlyList<ReactionCount> Counts, IReadOnlyList<ReactionCount> LastMinute) TakeBurst(DateTimeOffset now)
    {
        while (_minute.TryPeek(out var oldest) && now - oldest.At >= Minute)
        {
            _minute.Dequeue();
        }

        IReadOnlyList<ReactionCount> counts = [.. _pending.OrderBy(p => p.Key).Select(p => new ReactionCount(p.Key, p.Value))];
        _pending.Clear();
        IReadOnlyList<ReactionCount> minute = [.. _minute.GroupBy(m => m.Reaction).OrderBy(g => g.Key).Select(g => new ReactionCount(g.Key, g.Count()))];
        return (counts, minute);
    }
}
