namespace CommunityPlanning.Meetings;

/// <summary>
/// What one call to the meeting changed: whether its own state (the flow) must be written, the moderation records to
/// keep, and the events to publish once both are stored.
/// </summary>
public sealed class MeetingChanges
{
    public List<MeetingEvent> Events { get; } = [];

    public List<ModerationRecord> Records { get; } = [];

    public bool FlowChanged { get; set; }

    public void Add(MeetingEvent e) => Events.Add(e);

    public void AddRange(IEnumerable<MeetingEvent> events) => Events.AddRange(events);

    public void Record(ModerationRecord record) => Records.Add(record);

    public void Record(RosterEntry by, ModerationAction action, RosterEntry? target, DateTimeOffset now) =>
        Records.Add(new ModerationRecord(now, by.ParticipantId, by.DisplayName, action, target?.ParticipantId, target?.DisplayName));
}
