using CommunityPlanning.Records;
using CommunityPlanning.Voting;

namespace CommunityPlanning.Meetings;

/// <summary>
/// A meeting stored before its parts had grains of their own hands them over, once: its people to the roster, its
/// moderation log, record, polls and board to their grains, each of which reads its part straight from this state
/// (<see cref="LegacyMeetingPeople"/>, <see cref="LegacyMeetingRecords"/>, <see cref="LegacyMeetingPolls"/>,
/// <see cref="LegacyMeetingBoard"/>, <see cref="ModerationLogGrain"/>) when it first activates; then the meeting clears
/// its copy, and the feed goes on above the last number.
/// </summary>
public static class StoredMeetingParts
{
    public static async Task TakeOver(IPersistentState<MeetingState> state, MeetingParts parts)
    {
        var s = state.State;
        var people = s.StoredRoster.Count > 0 || s.StoredInvites.Count > 0 || s.StoredMergedSeats.Count > 0;
        var records = LegacyMeetingRecords.HasRecords(s);
        var board = LegacyMeetingBoard.HasBoard(s.StoredBoard);
        if (s.Seq == 0 && !people && s.StoredModeration.Count == 0 && !records && s.StoredPolls.Count == 0 && !board)
        {
            return;
        }

        // The roster took its part over when the meeting first told it of itself, on this activation.
        (s.StoredRoster, s.StoredInvites, s.StoredMergedSeats) = ([], [], []);
        if (s.StoredModeration.Count > 0)
        {
            await parts.Log.Get();
            s.StoredModeration = [];
        }

        if (records)
        {
            await parts.Records.TakeOver();
            LegacyMeetingRecords.Clear(s);
        }

        if (s.StoredPolls.Count > 0)
        {
            await parts.Polls.TakeOver();
            s.StoredPolls = [];
        }

        if (board)
        {
            await parts.Board.TakeOver();
            s.StoredBoard = new BoardState();
        }

        await parts.Feed.ContinueAfter(s.Seq);
        s.Seq = 0;
        await state.WriteStateAsync();
    }
}
