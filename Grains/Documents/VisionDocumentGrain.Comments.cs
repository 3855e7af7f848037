using CommunityPlanning.Common;

namespace CommunityPlanning.Documents;

/// <summary>Comments (připomínky) anchored to ranges that move with the text.</summary>
public sealed partial class VisionDocumentGrain
{
    public const int MaxComments = 2_000;
    public const int MaxRepliesPerComment = 200;
    public const int CommentMaxLength = 4_000;
    private const int QuoteMaxLength = 200;

    public async Task<Comment> AddComment(DocumentAuthor author, CommentDraft draft)
    {
        RequireExists();
        var section = SectionState(draft.SectionId);
        var editor = _sections[section.Id];
        var text = TextRules.MultilineText(draft.Text, CommentMaxLength);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException(ErrorCodes.Required);
        }

        if (state.State.Comments.Count >= MaxComments)
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
        var comment = new Comment(Guid.NewGuid(), section.Id, from, to, editor.Revision, quote, author.ParticipantId,
            author.DisplayName, text, time.GetUtcNow(), CommentStatus.Open, []);
        state.State.Comments.Add(comment);
        return await SaveComment(comment);
    }

    public async Task<Comment> ReplyToComment(DocumentAuthor author, Guid commentId, string text)
    {
        RequireExists();
        var comment = FindComment(commentId);
        var reply = TextRules.MultilineText(text, CommentMaxLength);
        if (string.IsNullOrWhiteSpace(reply))
        {
            throw new DomainException(ErrorCodes.Required);
        }

        if (comment.Replies.Count >= MaxRepliesPerComment)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {MaxRepliesPerComment} replies");
        }

        return await SaveComment(comment with
        {
            Replies = [.. comment.Replies, new CommentReply(Guid.NewGuid(), author.ParticipantId, author.DisplayName, reply, time.GetUtcNow())],
        });
    }

    public async Task<Comment> SetCommentStatus(Guid commentId, CommentStatus status)
    {
        RequireExists();
        TextRules.Defined(status);
        return await SaveComment(FindComment(commentId) with { Status = status });
    }

    public Task<IReadOnlyList<Comment>> GetComments()
    {
        RequireExists();
        return Task.FromResult<IReadOnlyList<Comment>>([.. state.State.Comments]);
    }

    /// <summary>Moves the ranges of the section's comments through an accepted edit (in memory).</summary>
    private void MoveComments(AcceptedEdit edit)
    {
        var comments = state.State.Comments;
        for (var i = 0; i < comments.Count; i++)
        {
            if (comments[i].SectionId == edit.SectionId && comments[i].Revision < edit.Revision)
            {
                var (from, to) = Move(edit, comments[i].From, comments[i].To);
                comments[i] = comments[i] with { From = from, To = to, Revision = edit.Revision };
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

    private async Task<Comment> SaveComment(Comment comment)
    {
        var index = state.State.Comments.FindIndex(c => c.Id == comment.Id);
        state.State.Comments[index] = comment;
        await WriteStateAsync();
        Publish(new CommentChanged(this.GetPrimaryKey(), comment));
        return comment;
    }

    private Comment FindComment(Guid commentId) =>
        state.State.Comments.Find(c => c.Id == commentId) ?? throw new DomainException(ErrorCodes.NotFound, "comment");
}
