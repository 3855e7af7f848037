using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Documents;

namespace CommunityPlanning.Web.Meetings;

/// <summary>Comments on the vision document (docs/protocol.md, "Comments").</summary>
public sealed partial class MeetingHub
{
    public async Task<IReadOnlyList<Comment>> GetComments(Guid meetingId)
    {
        var (_, document) = await Member(meetingId, MeetingRole.Observer);
        return await document.GetComments();
    }

    public async Task<Comment> AddComment(Guid meetingId, CommentDraft draft)
    {
        var (entry, document) = await Contributor(meetingId);
        return await document.AddComment(AuthorOf(entry), draft);
    }

    public async Task<Comment> ReplyToComment(Guid meetingId, ReplyRequest request)
    {
        var (entry, document) = await Contributor(meetingId);
        return await document.ReplyToComment(AuthorOf(entry), request.CommentId, request.Text ?? "");
    }

    /// <summary>Anyone who may edit resolves or reopens; only the facilitator marks a comment incorporated.</summary>
    public async Task<Comment> SetCommentStatus(Guid meetingId, CommentStatusRequest request)
    {
        var (entry, document) = await Contributor(meetingId);
        if (request.Status == CommentStatus.Incorporated && entry.Role < MeetingRole.Facilitator)
        {
            throw new DomainException(ErrorCodes.Forbidden);
        }

        return await document.SetCommentStatus(request.CommentId, request.Status);
    }
}
