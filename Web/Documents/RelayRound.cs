using CommunityPlanning.Documents;
using CommunityPlanning.Documents.Text;
using CommunityPlanning.Web.Meetings;

namespace CommunityPlanning.Web.Documents;

/// <summary>
/// The messages of one relay round of a document's events, in the grain's order. Editors get every edit (their
/// OT client transforms against each and takes its own as the acknowledgement): consecutive edits as one
/// <c>textEdits</c>. Viewers cannot edit, so consecutive edits reach them composed into one operation per
/// section with its revision range (<c>textChanges</c>): a round's size no longer grows with the keystrokes in
/// it. Of several carets of one person in a round only the last is sent: it supersedes the others. Viewers are
/// observers, who get no one's name (<see cref="DocumentPublicView"/>).
/// </summary>
public static class RelayRound
{
    public static IReadOnlyList<(string Method, object Payload)> Messages(IReadOnlyList<DocumentEvent> events, bool viewer)
    {
        var lastCaret = new Dictionary<Guid, int>();
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is CaretMoved caret)
            {
                lastCaret[caret.ParticipantId] = i;
            }
        }

        var messages = new List<(string, object)>();
        var run = new List<AcceptedEdit>();
        for (var i = 0; i < events.Count; i++)
        {
            switch (events[i])
            {
                case TextEdited edited:
                    run.Add(edited.Edit);
                    continue;
                case CaretMoved caret when lastCaret[caret.ParticipantId] != i:
                    continue;
            }

            Flush(events[i].DocumentId, run, viewer, messages);
            var (method, payload) = Other(events[i]);
            messages.Add((method, viewer ? DocumentPublicView.Event(payload) : payload));
        }

        if (events.Count > 0)
        {
            Flush(events[0].DocumentId, run, viewer, messages);
        }

        return messages;
    }

    private static void Flush(Guid documentId, List<AcceptedEdit> run, bool viewer, List<(string, object)> messages)
    {
        if (run.Count == 0)
        {
            return;
        }

        messages.Add(viewer
            ? (ClientEvents.TextChanges, new TextChangesMessage(documentId, Compose(run)))
            : (ClientEvents.TextEdits, new TextEditsMessage(documentId, [.. run.Select(e => TextEditedMessage.From(documentId, e))])));
        run.Clear();
    }

    /// <summary>
    /// Per section, each stretch of consecutive revisions as one operation within <see cref="TextLimits"/> (a gap,
    /// which the client fetches, or an edit that would take it past a limit, starts a new one), with where each
    /// author's caret stands at its end: after their last edit, moved by the edits that came after it.
    /// </summary>
    private static List<TextChangeMessage> Compose(List<AcceptedEdit> edits)
    {
        var changes = new List<TextChangeMessage>();
        var carets = new List<List<AuthorCaret>>();
        var open = new Dictionary<Guid, int>();
        foreach (var edit in edits)
        {
            // Composed edits may exceed what one submission may carry (two pasted blocks), and clients refuse an
            // operation over the limits: such an edit starts the next range instead.
            if (open.TryGetValue(edit.SectionId, out var index) && changes[index].ToRevision + 1 == edit.Revision
                && TextOperation.Compose(changes[index].Operation, edit.Operation) is { IsWithinLimits: true } composed)
            {
                changes[index] = changes[index] with { ToRevision = edit.Revision, Operation = composed };
                var moved = carets[index];
                for (var i = 0; i < moved.Count; i++)
                {
                    moved[i] = moved[i] with { Position = edit.Operation.MapPosition(moved[i].Position, stickToEnd: true) };
                }
            }
            else
            {
                index = open[edit.SectionId] = changes.Count;
                changes.Add(new TextChangeMessage(edit.SectionId, edit.Revision, edit.Revision, edit.Operation, []));
                carets.Add([]);
            }

            if (edit.AuthorCaret is { } caret)
            {
                var authors = carets[index];
                authors.RemoveAll(a => a.ParticipantId == edit.AuthorId);
                authors.Add(new AuthorCaret(edit.AuthorId, caret));
            }
        }

        return [.. changes.Select((c, i) => c with { Carets = carets[i] })];
    }

    private static (string, object) Other(DocumentEvent e) => e switch
    {
        CaretMoved c => (ClientEvents.CaretMoved, CaretMovedMessage.From(c)),
        LockChanged l => (ClientEvents.LockChanged, l),
        CommentChanged c => (ClientEvents.CommentChanged, c),
        WordingAdopted w => (ClientEvents.WordingAdopted, w),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "no client event for it"),
    };
}
