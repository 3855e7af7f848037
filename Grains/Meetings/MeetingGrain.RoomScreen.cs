using CommunityPlanning.Common;

namespace CommunityPlanning.Meetings;

/// <summary>The room screen: blanking, and the join card's codes (rules in <see cref="RoomJoinCard"/>).</summary>
public sealed partial class MeetingGrain
{
    private readonly RoomJoinCard _joinCard = new();

    public async Task<JoinCard> GetJoinCard(Actor actor)
    {
        var entry = await Authorize(actor, MeetingRole.Observer);
        return await _joinCard.Read(Id, state.State, entry.Role, GrainFactory, time.GetUtcNow());
    }

    /// <summary>Tells the room screens to show again what they show (blanked or not, a new public code).</summary>
    private void SetRoomScreen(bool blanked, DateTimeOffset now, List<MeetingEvent> events)
    {
        state.State.RoomScreen = new RoomScreen(blanked, now);
        events.Add(new RoomScreenChanged(Id, 0, state.State.RoomScreen));
    }
}
