namespace CommunityPlanning.Common;

/// <summary>Meetings happen in Czechia: local times are Europe/Prague, stored with their UTC offset.</summary>
public static class PragueTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague");

    /// <summary>
    /// The instant of a Prague wall-clock time. A time skipped by the spring change is refused; an
    /// ambiguous autumn time takes the earlier (summer-time) instant.
    /// </summary>
    public static DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            throw new DomainException(ErrorCodes.InvalidValue, "time does not exist in Europe/Prague");
        }

        var offset = Zone.IsAmbiguousTime(unspecified)
            ? Zone.GetAmbiguousTimeOffsets(unspecified).Max()
            : Zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset);
    }
}
