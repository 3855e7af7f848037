using CommunityPlanning.Common;

namespace CommunityPlanning.Meetings;

/// <summary>
/// A hybrid meeting's settings (<see cref="SetHybrid"/>), kept with the meeting's other settings in its details: the
/// video-call link (<see cref="MeetingDetails.OnlineUrl"/>, never serialized to the wire) and the place in the room.
/// The <c>meetingUpdated</c> it publishes says only whether there is a link, so participants read it again.
/// </summary>
public sealed class HybridSettings(MeetingFlow flow)
{
    public Task Apply(SetHybrid command, MeetingChanges changes)
    {
        var videoCall = VideoCallRules.Validate(command.VideoCall);
        var room = TextRules.OptionalName(command.Room, TextRules.PlaceMaxLength);
        flow.SetDetails(flow.Details with { OnlineUrl = videoCall, Room = room }, changes);
        return Task.CompletedTask;
    }
}
