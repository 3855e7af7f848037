using CommunityPlanning.Records;

namespace CommunityPlanning.Web.Meetings;

/// <summary>
/// The meeting's record: tasks, the minutes' footer and approval (docs/protocol.md, "Minutes"): the hub's records part,
/// kept with the records feature; a part of <c>MeetingHub</c>, so in the hub's namespace.
/// </summary>
public sealed partial class MeetingHub
{
    public Task<long> AddActionItem(Guid meetingId, AddActionItem command) => Execute(meetingId, command);

    public Task<long> UpdateActionItem(Guid meetingId, UpdateActionItem command) => Execute(meetingId, command);

    public Task<long> SetActionItemStatus(Guid meetingId, SetActionItemStatus command) => Execute(meetingId, command);

    public Task<long> RemoveActionItem(Guid meetingId, RemoveActionItem command) => Execute(meetingId, command);

    public Task<long> CarryOverActionItems(Guid meetingId) => Execute(meetingId, new CarryOverActionItems());

    public Task<long> SetMinutesFooter(Guid meetingId, SetMinutesFooter command) => Execute(meetingId, command);

    public Task<long> ApproveMinutes(Guid meetingId) => Execute(meetingId, new ApproveMinutes());
}
