using CommunityPlanning.Common;
using CommunityPlanning.Meetings;

namespace CommunityPlanning.Documents;

/// <summary>
/// Comments (připomínky) anchored to ranges that move with the text: their rules and their list in the document's
/// state. Changes happen in memory; the grain writes the state and tells everyone.
/// </summary>
public sealed class DocumentComments(Func<List<Comment>> comments, TimeProvider time)
{
    public const int MaxComments = 2_000;
    public const int MaxRepliesPerComment = 200;
    public const int CommentMaxLength = 4_000;
    private const int QuoteMaxLength = 200;

    public IReadOnlyList<Comment> All => [.. comments()];

    public Comment Add(DocumentAuthor author, CommentDraft draft, SectionEditor editor)
    {
        var text = Required(draft.Text);
        if (comments().Count >= MaxComments)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {MaxComments} comments");
        }

        // The range was chosen at a revision the author saw: it must lie in the text as it was then (moving it
        // through later edits would pull a range past the end back inside), and is then brought up to now.
        var later = editor.After(draft.Revision);
        var lengthThen = later.Count > 0 ? later[0].Operation.BaseLength : editor.Length;
        if (draft.From < 0 || draft.To < draft.From || draft.To > lengthThen)
        {
            throw new DomainException(ErrorCodes.InvalidValue, "range");
        }

        var (from, to) = (draft.From, draft.To);
        foreach (var edit in later)
        {
            (from, to) = Move(edit, from, to);
        }

        var quote = editor.Text.Substring(from, Math.Min(to - from, QuoteMaxLength));
        var comment = new Comment(Guid.NewGuid(), editor.Id, from, to, editor.Revision, quote, author.ParticipantId,
            author.DisplayName, text, time.GetUtcNow(), CommentStatus.Open, []);
        comments().Add(comment);
        return comment;
    }

    public Comment Reply(DocumentAuthor author, Guid commentId, string text)
    {
        var comment = Find(commentId);
        var reply = Required(text);
        if (comment.Replies.Count >= MaxRepliesPerComment)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {MaxRepliesPerComment} replies");
        }

        return Replace(comment with
        {
            Replies = [.. comment.Replies, new CommentReply(Guid.NewGuid(), author.ParticipantId, author.DisplayName, reply, time.GetUtcNow())],
        });
    }

    /// <summary>Anyone who may edit resolves or reopens; only a facilitator marks a comment incorporated.</summary>
    public Comment SetStatus(MeetingRole role, Guid commentId, CommentStatus status)
    {
        TextRules.Defined(status);
        if (status == CommentStatus.Incorporated && role < MeetingRole.Facilitator)
        {
            throw new DomainException(ErrorCodes.Forbidden);
        }

        return Replace(Find(commentId) with { Status = status });
    }

    /// <summary>Moves the ranges of the section's comments through an accepted edit.</summary>
    public void Move(AcceptedEdit edit)
    {
        var all = comments();
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].SectionId == edit.SectionId && all[i].Revision < edit.Revision)
            {
                var (from, to) = Move(edit, all[i].From, all[i].To);
                all[i] = all[i] with { From = from, To = to, Revision = edit.Revision };
            }
        }
    }

    /// <summary>Text typed at either end of a range stays outside it.</summary>
    private static (int From, int To) Move(AcceptedEdit edit, int from, int to)
    {
        var newFrom = edit.Operation.MapPosition(from, stickToEnd: true);
        var newTo = edit.Operation.MapPosition(to, stickToEnd: false);
        return (newFrom, Math.Max(newFrom, newTo));
    }

    private static string Required(string? text)
    {
        var valid = TextRules.MultilineText(text, CommentMaxLength);
        return string.IsNullOrWhiteSpace(valid) ? throw new DomainException(ErrorCodes.Required) : valid;
    }

    private Comment Replace(Comment comment)
    {
        var all = comments();
        all[all.FindIndex(c => c.Id == comment.Id)] = comment;
        return comment;
    }

    private Comment Find(Guid commentId) =>
        comments().Find(c => c.Id == commentId) ?? throw new DomainException(ErrorCodes.NotFound, "comment");
}
