using System.Text.Json;

namespace CommunityPlanning.LoadTest;

/// <summary>What a <see cref="LightObserver"/> records of a hub message's arguments.</summary>
public interface IArrivalReader
{
    /// <summary>
    /// Reads the arguments of an invocation of <paramref name="target"/> (the reader is on the array's start) to the
    /// array's end, recording what arrived.
    /// </summary>
    void Read(ref Utf8JsonReader reader, string target, Arrivals arrivals);
}
