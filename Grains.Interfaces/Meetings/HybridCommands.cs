namespace CommunityPlanning.Meetings;

/// <summary>
/// A hybrid meeting's settings, both replaced: the video-call link for those joining from elsewhere (null: none; an
/// absolute https address, shown to participants and facilitators only) and the place in the room (null: none).
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.SetHybrid")]
public sealed record SetHybrid([property: Id(0)] string? VideoCall, [property: Id(1)] string? Room) : MeetingCommand;
