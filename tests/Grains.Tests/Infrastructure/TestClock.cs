namespace CommunityPlanning.Tests.Infrastructure;

/// <summary>The real clock plus an offset a test can move forward, to reach expiry instants without waiting.</summary>
public sealed class TestClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;

    public void Advance(TimeSpan by) => _offset += by;
}
