using CommunityPlanning.Common;
using CommunityPlanning.Documents.Text;

namespace CommunityPlanning.Documents;

/// <summary>
/// The live text of one section and the recent edits needed to transform late edits: the sequencer's core,
/// with no I/O. Memory is bounded: the text (at most <see cref="TextLimits.MaxDocumentLength"/> UTF-16 units)
/// plus at most twice <see cref="WindowSize"/> recent edits and their client operation ids (trimmed in blocks).
/// </summary>
public sealed class SectionEditor(Guid id, string text, long revision)
{
    public const int WindowSize = 5_000;

    private readonly TextBuffer _text = new(text);
    private readonly List<AcceptedEdit> _window = [];
    private readonly Dictionary<string, long> _revisionByClientOp = new(StringComparer.Ordinal);

    public Guid Id { get; } = id;

    public long Revision { get; private set; } = revision;

    public int Length => _text.Length;

    public string Text => _text.ToString();

    /// <summary>The oldest revision an edit may be based on and still be transformed here.</summary>
    public long OldestBase => Revision - _window.Count;

    /// <summary>
    /// Puts the edits that led up to the starting revision (read back from the log) into the window, so
    /// clients based on them can still be served after a reload. They must end at the current revision.
    /// </summary>
    public void Preload(IReadOnlyList<AcceptedEdit> before)
    {
        var recent = before.TakeLast(WindowSize).ToList();
        if (recent.Count > 0 && recent[^1].Revision != Revision)
        {
            throw new InvalidDataException($"Section {Id}: log ends at {recent[^1].Revision}, snapshot is at {Revision}.");
        }

        _window.InsertRange(0, recent);
        foreach (var edit in recent)
        {
            _revisionByClientOp[edit.ClientOpId] = edit.Revision;
        }
    }

    /// <summary>Applies an edit read back from the log while loading.</summary>
    public void Replay(AcceptedEdit edit)
    {
        if (edit.Revision != Revision + 1)
        {
            throw new InvalidDataException($"Section {Id}: log has revision {edit.Revision} after {Revision}.");
        }

        _text.Apply(edit.Operation);
        Remember(edit);
    }

    /// <summary>
    /// Transforms the submission against every edit its author had not seen, applies it, and returns the
    /// accepted edit; a repeated client operation id returns the revision it got the first time instead.
    /// Refuses with a <see cref="DomainException"/>, changing nothing.
    /// </summary>
    public (AcceptedEdit? Accepted, long Revision) Accept(EditSubmission submission, DateTimeOffset now)
    {
        if (_revisionByClientOp.TryGetValue(submission.ClientOpId, out var earlier))
        {
            return (null, earlier);
        }

        if (submission.BaseRevision > Revision || submission.BaseRevision < OldestBase)
        {
            throw new DomainException(ErrorCodes.RevisionUnknown);
        }

        var operation = submission.Operation;
        try
        {
            operation.EnsureWithinLimits();
            for (var i = (int)(submission.BaseRevision - OldestBase); i < _window.Count; i++)
            {
                (_, operation) = TextOperation.Transform(_window[i].Operation, operation);
            }

            _text.Apply(operation);
        }
        catch (TextException e)
        {
            // Nothing has changed yet: the buffer checks the whole operation before it applies any of it.
            throw new DomainException(e.Code, e.Message);
        }

        var edit = new AcceptedEdit(Id, Revision + 1, operation, submission.AuthorId, submission.ClientOpId, now);
        Remember(edit);
        return (edit, edit.Revision);
    }

    /// <summary>Refuses a caret outside any text the section may have, or at a revision it has not reached.</summary>
    public void CheckCaret(CaretPosition caret)
    {
        if (caret.Anchor < 0 || caret.Head < 0 || caret.Anchor > TextLimits.MaxDocumentLength || caret.Head > TextLimits.MaxDocumentLength
            || caret.Revision < 0 || caret.Revision > Revision)
        {
            throw new DomainException(ErrorCodes.InvalidValue, "caret");
        }
    }

    /// <summary>The edits after a revision, or <c>text.revision_unknown</c> if they are no longer held.</summary>
    public IReadOnlyList<AcceptedEdit> After(long revision)
    {
        if (revision > Revision || revision < OldestBase)
        {
            throw new DomainException(ErrorCodes.RevisionUnknown);
        }

        return _window.GetRange((int)(revision - OldestBase), (int)(Revision - revision));
    }

    private void Remember(AcceptedEdit edit)
    {
        Revision = edit.Revision;
        _window.Add(edit);
        _revisionByClientOp[edit.ClientOpId] = edit.Revision;
        if (_window.Count > 2 * WindowSize)
        {
            // Trim in blocks so the cost per edit stays constant.
            foreach (var old in _window.Take(WindowSize))
            {
                _revisionByClientOp.Remove(old.ClientOpId);
            }

            _window.RemoveRange(0, WindowSize);
        }
    }
}
