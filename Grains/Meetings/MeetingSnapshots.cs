namespace CommunityPlanning.Meetings;

/// <summary>
/// What a client renders, composed from the meeting and its parts. Observers are in it as a count (facilitators list
/// them with <see cref="IMeetingGrain.GetAudience"/>). The parts are read after the number: each applies a change
/// before its event is numbered, so they hold at least what the events up to the number say (a later event may repeat
/// what the snapshot shows already; every event carries the whole of what it changes, so clients apply it again).
/// An observer's is the public one (<see cref="PublicView"/>).
/// </summary>
public static class MeetingSnapshots
{
    public static async Task<MeetingSnapshot> Compose(MeetingFlow flow, MeetingParts parts, RosterEntry you, DateTimeOffset now)
    {
        var seq = await parts.Feed.Seq();
        var people = await parts.Roster.View(everyone: false);
        var records = parts.Records.Get();
        var polls = parts.Polls.Get(people.Electorate);
        var board = parts.Board.Get(you.ParticipantId, you.Role == MeetingRole.Facilitator);
        var moderation = parts.Log.Get();
        var s = flow.State;
        var snapshot = new MeetingSnapshot(flow.Details, people.Entries, people.Present, seq, you, s.Agenda, s.Timer, s.Speakers, s.Focus, await moderation, now,
            await polls, await board, (await records).ActionItems, (await records).Minutes, people.Watching, s.RoomScreen);

        // The public sees names only as each person chose (observers' own events are redacted by the web relay).
        return you.Role == MeetingRole.Observer ? PublicView.Snapshot(snapshot) : snapshot;
    }
}
