using CommunityPlanning.Meetings;
using Orleans.Storage;

namespace CommunityPlanning.Voting;

/// <summary>
/// Meetings stored before the board had a grain of its own kept it in the meeting's state. The board grain reads that
/// state straight from storage (read only; the meeting clears its copy once the board is taken over), so it never has
/// to call its meeting, which calls it.
/// </summary>
public static class LegacyMeetingBoard
{
    public static async Task<BoardState?> ReadAsync(IGrainStorage storage, IGrainFactory grains, Guid meetingId)
    {
        return await StoredMeetingState.ReadAsync(storage, grains, meetingId) is { StoredBoard: { } board } && HasBoard(board) ? board : null;
    }

    /// <summary>Whether a stored board holds anything (a meeting's state stored before the board grain).</summary>
    public static bool HasBoard(BoardState board) =>
        board.Brainstorm || board.Proposals.Count > 0 || board.RoundDots is not null || board.Dots.Count > 0 || board.Rankings.Count > 0
        || board.ShowTotals;
}
