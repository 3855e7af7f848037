using CommunityPlanning.Documents;

namespace CommunityPlanning.Web.Documents;

/// <summary>
/// A document's people as observers get them: by no name at all. The relay does not know each person's choice of
/// public name (<see cref="CommunityPlanning.Meetings.PublicView"/>), and need not: every name here comes with the
/// person's id, and an observer's roster holds each id's public name, so its client names them from there
/// (docs/protocol.md, "Who the public sees"). Dropping a name costs the relay nothing.
/// </summary>
public static class DocumentPublicView
{
    public static CaretMovedMessage Caret(CaretMovedMessage caret) => caret with { DisplayName = "" };

    public static Comment Comment(Comment comment) => comment with
    {
        AuthorName = "",
        Replies = [.. comment.Replies.Select(r => r with { AuthorName = "" })],
    };

    public static AdoptedWording Wording(AdoptedWording wording) => wording with { AdoptedByName = "" };

    /// <summary>An event of the viewers' lanes (observers only, <see cref="DocumentFanOut"/>).</summary>
    public static object Event(object payload) => payload switch
    {
        CaretMovedMessage c => Caret(c),
        CommentChanged c => c with { Comment = Comment(c.Comment) },
        WordingAdopted w => w with { Wording = Wording(w.Wording) },
        _ => payload,
    };
}
