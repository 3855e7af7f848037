using Orleans.Storage;

namespace CommunityPlanning.Meetings;

/// <summary>
/// Where the roster grain keeps its state (<see cref="MeetingPeopleState"/>, storage name <see cref="Name"/>): read on
/// activation (taking over what the meeting grain stored before, <see cref="LegacyMeetingPeople"/>), and written as a
/// copy off the activation: on SQLite a write completes synchronously, which would hold the grain for the whole write,
/// so no admission could arrive meanwhile to join the next one. One write at a time (the grain's outbox sees to it).
/// </summary>
public sealed class RosterStorage(IGrainStorage storage, IGrainFactory grains, GrainId grainId, Guid meetingId)
{
    public const string Name = "roster";

    private readonly GrainState<MeetingPeopleState> _stored = new(new MeetingPeopleState());

    public MeetingPeopleState State => _stored.State!;

    public async Task ReadAsync()
    {
        await storage.ReadStateAsync(Name, grainId, _stored);
        _stored.State ??= new MeetingPeopleState();
        if (!_stored.RecordExists && await LegacyMeetingPeople.ReadAsync(storage, grains, meetingId) is { } taken)
        {
            _stored.State = taken;
            await WriteAsync();
        }
    }

    public async Task WriteAsync()
    {
        var copy = new GrainState<MeetingPeopleState>(State.Copy()) { ETag = _stored.ETag, RecordExists = _stored.RecordExists };
        await Task.Run(() => storage.WriteStateAsync(Name, grainId, copy));
        (_stored.ETag, _stored.RecordExists) = (copy.ETag, true);
    }
}
