namespace CommunityPlanning.Scheduling;

/// <summary>
/// Which meetings hear of a date poll's changes: those of the group that showed it (read it or sent it a command)
/// within <see cref="WatchFor"/>. The poll never asks a meeting (a meeting waits for the poll during its commands);
/// it only publishes to the meeting's feed, which calls no grain.
/// </summary>
public static class DatePollWatchers
{
    /// <summary>Longer than any meeting runs; a meeting shown the poll again later is told again.</summary>
    public static readonly TimeSpan WatchFor = TimeSpan.FromHours(12);

    /// <summary>Refreshed at most this often, so a meeting's readers do not write the poll each time.</summary>
    private static readonly TimeSpan RenewAfter = TimeSpan.FromHours(1);

    /// <summary>Notes that a meeting shows the poll; true when that must be stored (new, or last noted a while ago).</summary>
    public static bool Watch(DatePollState poll, Guid meetingId, DateTimeOffset now)
    {
        foreach (var gone in poll.Meetings.Where(m => now - m.Value > WatchFor).Select(m => m.Key).ToList())
        {
            poll.Meetings.Remove(gone);
        }

        if (poll.Meetings.TryGetValue(meetingId, out var seen) && now - seen < RenewAfter)
        {
            return false;
        }

        poll.Meetings[meetingId] = now;
        return true;
    }

    public static IEnumerable<Guid> Watching(DatePollState poll, DateTimeOffset now) =>
        poll.Meetings.Where(m => now - m.Value <= WatchFor).Select(m => m.Key);
}
