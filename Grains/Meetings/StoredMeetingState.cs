using Orleans.Storage;

namespace CommunityPlanning.Meetings;

/// <summary>
/// The meeting's own stored state, read straight from storage (read only) by the grains that took a part of it over
/// (<c>LegacyMeetingRecords</c>, <c>LegacyMeetingPolls</c>, <c>LegacyMeetingBoard</c>), so they never call the
/// meeting, which calls them.
/// </summary>
public static class StoredMeetingState
{
    /// <summary>The name <see cref="MeetingGrain"/> stores its state under.</summary>
    public const string Name = "meeting";

    /// <summary>The meeting's stored state, or null when it has none.</summary>
    public static async Task<MeetingState?> ReadAsync(IGrainStorage storage, IGrainFactory grains, Guid meetingId)
    {
        var stored = new GrainState<MeetingState>(new MeetingState());
        await storage.ReadStateAsync(Name, grains.GetGrain<IMeetingGrain>(meetingId).GetGrainId(), stored);
        return stored.RecordExists ? stored.State : null;
    }
}
