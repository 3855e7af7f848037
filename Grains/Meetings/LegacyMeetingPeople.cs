using Orleans.Storage;

namespace CommunityPlanning.Meetings;

/// <summary>
/// Meetings stored before the roster had a grain of its own kept their people in the meeting grain's storage: first in
/// the meeting's own state, later in a state of their own ("people") under the meeting grain. The roster reads both
/// straight from storage (read only; the meeting clears its copy once the roster has taken it over), so it never calls
/// the meeting, which calls it.
/// </summary>
public static class LegacyMeetingPeople
{
    /// <summary>The name the meeting grain stored its people under.</summary>
    public const string Name = "people";

    /// <summary>The people as the meeting grain stored them, with what the roster must know of the meeting; null when there is no meeting.</summary>
    public static async Task<MeetingPeopleState?> ReadAsync(IGrainStorage storage, IGrainFactory grains, Guid meetingId)
    {
        if (await StoredMeetingState.ReadAsync(storage, grains, meetingId) is not { Details: { } details } meeting)
        {
            return null;
        }

        var people = new GrainState<MeetingPeopleState>(new MeetingPeopleState());
        await storage.ReadStateAsync(Name, grains.GetGrain<IMeetingGrain>(meetingId).GetGrainId(), people);
        var taken = people is { RecordExists: true, State: { } stored }
            ? stored
            : new MeetingPeopleState { Roster = meeting.StoredRoster, Invites = meeting.StoredInvites, MergedSeats = meeting.StoredMergedSeats };
        taken.Context = new RosterContext(details, meeting.PublicCodeHash, MinutesDocumentId: null);
        return taken;
    }
}
