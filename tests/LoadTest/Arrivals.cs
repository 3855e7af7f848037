using System.Diagnostics;

namespace CommunityPlanning.LoadTest;

/// <summary>When each numbered event (a facilitation event's seq, or a section's revision) reached one client.</summary>
public sealed class Arrivals(int capacity)
{
    private readonly long[] _at = new long[capacity];
    private long _duplicates;
    private long _first = long.MaxValue;

    /// <summary>Numbers from <paramref name="first"/> on are recorded from now.</summary>
    public void Arm(long first) => Volatile.Write(ref _first, first);

    public long Duplicates => Interlocked.Read(ref _duplicates);

    /// <summary>The Stopwatch timestamp at which <paramref name="number"/> arrived, or 0.</summary>
    public long Of(long number) => number - Volatile.Read(ref _first) is var i and >= 0 && i < _at.Length ? Volatile.Read(ref _at[i]) : 0;

    /// <summary>Records the arrival of <paramref name="number"/>; a second arrival counts as a duplicate.</summary>
    public void Record(long number)
    {
        var index = number - Volatile.Read(ref _first);
        if (index < 0 || index >= _at.Length)
        {
            return;
        }

        if (Interlocked.CompareExchange(ref _at[index], Stopwatch.GetTimestamp(), 0) != 0)
        {
            Interlocked.Increment(ref _duplicates);
        }
    }

    /// <summary>Everything up to <paramref name="number"/> not yet recorded arrives now (a snapshot holds it all).</summary>
    public void RecordThrough(long number)
    {
        var now = Stopwatch.GetTimestamp();
        var last = Math.Min(number - Volatile.Read(ref _first), _at.Length - 1);
        for (var i = 0L; i <= last; i++)
        {
            Interlocked.CompareExchange(ref _at[i], now, 0);
        }
    }
}
