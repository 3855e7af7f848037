using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Documents;

namespace CommunityPlanning.Web.Meetings;

/// <summary>Comments on the vision document (docs/protocol.md, "Comments").</summary>
public sealed partial class MeetingHub
{
    public async Task<IReadOnlyList<Comment>> GetComments(Guid meetingId)
    {
        var (entry, document) = await Authorized(meetingId, DocumentAccess.Read);
        var comments = await document.GetComments();
        return entry.Role == MeetingRole.Observer ? [.. comments.Select(DocumentPublicView.Comment)] : comments;
    }

    public async Task<Comment> AddComment(Guid meetingId, CommentDraft draft)
    {
        var (entry, document) = await Authorized(meetingId, DocumentAccess.Contribute);
        return await document.AddComment(AuthorOf(entry), draft);
    }

    public async Task<Comment> ReplyToComment(Guid meetingId, ReplyRequest request)
    {
        var (entry, document) = await Authorized(meetingId, DocumentAccess.Contribute);
        return await document.ReplyToComment(AuthorOf(entry), request.CommentId, request.Text ?? "");
    }

    /// <summary>The document grain decides: anyone who may edit resolves or reopens; only a facilitator marks a comment incorporated.</summary>
    public async Task<Comment> SetCommentStatus(Guid meetingId, CommentStatusRequest request)
    {
        var (entry, document) = await Authorized(meetingId, DocumentAccess.Contribute);
        return await document.SetCommentStatus(entry, request.CommentId, request.Status);
    }
}
