using CommunityPlanning.Audience;
using CommunityPlanning.Documents;
using CommunityPlanning.Records;
using CommunityPlanning.Voting;

namespace CommunityPlanning.Meetings;

/// <summary>The grains a meeting's parts live in, all under the meeting's key; the meeting calls them, none calls it.</summary>
public sealed class MeetingParts(IGrainFactory grains, Guid meetingId)
{
    public IGrainFactory Grains => grains;

    public IMeetingRosterGrain Roster => grains.GetGrain<IMeetingRosterGrain>(meetingId);

    public IMeetingFeedGrain Feed => grains.GetGrain<IMeetingFeedGrain>(meetingId);

    public IMeetingRecordsGrain Records => grains.GetGrain<IMeetingRecordsGrain>(meetingId);

    public IMeetingPollsGrain Polls => grains.GetGrain<IMeetingPollsGrain>(meetingId);

    public IMeetingBoardGrain Board => grains.GetGrain<IMeetingBoardGrain>(meetingId);

    public IMeetingQuestionsGrain Questions => grains.GetGrain<IMeetingQuestionsGrain>(meetingId);

    public IMeetingRoomPollGrain RoomPoll => grains.GetGrain<IMeetingRoomPollGrain>(meetingId);

    public IModerationLogGrain Log => grains.GetGrain<IModerationLogGrain>(meetingId);

    /// <summary>Whether an id is a section of the meeting's vision document (focus targets, proposal areas): a yes or no, no text.</summary>
    public async Task<bool> IsSection(MeetingDetails details, Guid sectionId) =>
        details.VisionDocumentId is { } documentId && await grains.GetGrain<IVisionDocumentGrain>(documentId).HasSection(sectionId);
}
