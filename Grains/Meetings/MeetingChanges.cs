namespace CommunityPlanning.Meetings;

/// <summary>
/// What one call to the meeting changed: whether its own state (the flow) must be written, the moderation records to
/// keep, and the events to publish once both are stored.
/// </summary>
public sealed class MeetingChanges
{
    public List<MeetingEvent> Events { get; } = [];

    public List<ModerationRecord> Records { get; } = [];

    /// <summary>Where each record's event goes among the events: they are told in the order things happened.</summary>
    private readonly List<int> _recordedAt = [];

    public bool FlowChanged { get; set; }

    /// <summary>Events a part stored already, to publish.</summary>
    public static MeetingChanges Of(IEnumerable<MeetingEvent> events)
    {
        var changes = new MeetingChanges();
        changes.AddRange(events);
        return changes;
    }

    public void Add(MeetingEvent e) => Events.Add(e);

    public void AddRange(IEnumerable<MeetingEvent> events) => Events.AddRange(events);

    public void Record(ModerationRecord record)
    {
        Records.Add(record);
        _recordedAt.Add(Events.Count);
    }

    public void Record(RosterEntry by, ModerationAction action, RosterEntry? target, DateTimeOffset now) =>
        Record(new ModerationRecord(now, by.ParticipantId, by.DisplayName, action, target?.ParticipantId, target?.DisplayName));

    /// <summary>The events with the records' events (one per record, in order) where the records were made.</summary>
    public List<MeetingEvent> With(IReadOnlyList<MeetingEvent> recorded)
    {
        var all = new List<MeetingEvent>(Events);
        for (var i = recorded.Count - 1; i >= 0; i--)
        {
            all.Insert(_recordedAt[i], recorded[i]);
        }

        return all;
    }
}
