using CommunityPlanning.Hosting;
using CommunityPlanning.Meetings;
using Orleans.Storage;

namespace CommunityPlanning.Records;

/// <summary>
/// Meetings stored before the record had a grain of its own kept it in the meeting's state. The record grain reads
/// that state straight from storage (read only; the meeting clears its copy once the record has taken over), so it
/// never has to call its meeting, which calls it.
/// </summary>
public static class LegacyMeetingRecords
{
    public static async Task<MeetingRecordsState?> ReadAsync(IGrainStorage storage, IGrainFactory grains, Guid meetingId)
    {
        return await StoredMeetingState.ReadAsync(storage, grains, meetingId) is { } legacy && HasRecords(legacy)
            ? new MeetingRecordsState
            {
                ActionItems = legacy.ActionItems,
                Minutes = legacy.Minutes,
                PreviousMeetingId = legacy.PreviousMeetingId,
                // Such a meeting carried its tasks over when it was created.
                CarriedOver = true,
            }
            : null;
    }

    /// <summary>Whether a meeting's state still holds a record (stored before the record grain).</summary>
    public static bool HasRecords(MeetingState state) =>
        state.ActionItems.Count > 0 || state.PreviousMeetingId is not null || state.Minutes.DocumentId is not null
        || state.Minutes.Versions.Count > 0 || state.Minutes.Footer != MinutesFooter.Empty;

    /// <summary>Forgets the meeting's copy, once the record grain holds it.</summary>
    public static void Clear(MeetingState state)
    {
        state.ActionItems = [];
        state.PreviousMeetingId = null;
        state.Minutes = new MinutesState();
    }
}
