using CommunityPlanning.Meetings;
using Orleans.Storage;

namespace CommunityPlanning.Voting;

/// <summary>
/// Meetings stored before the polls had a grain of their own kept them in the meeting's state. The ballot box reads
/// that state straight from storage (read only; the meeting clears its copy once the polls are taken over), so it
/// never has to call its meeting, which calls it.
/// </summary>
public static class LegacyMeetingPolls
{
    public static async Task<List<PollState>> ReadAsync(IGrainStorage storage, IGrainFactory grains, Guid meetingId)
    {
        return (await StoredMeetingState.ReadAsync(storage, grains, meetingId))?.StoredPolls ?? [];
    }
}
