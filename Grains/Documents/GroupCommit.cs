using CommunityPlanning.Common;

namespace CommunityPlanning.Documents;

/// <summary>
/// Writes accepted edits in batches (group commit): edits accepted while a batch is being written wait for the next
/// one, so one write serves every edit that arrived meanwhile. Runs on the document grain's activation; its state
/// changes between awaits only, so the reentrant grain may call it from interleaved requests.
/// </summary>
/// <param name="write">Stores a batch (the edit log, then any snapshot that fell due).</param>
/// <param name="written">Tells everyone of a stored batch.</param>
/// <param name="failed">A batch could not be stored: memory is now ahead of storage.</param>
public sealed class GroupCommit(
    Func<IReadOnlyList<AcceptedEdit>, Task> write,
    Action<IReadOnlyList<AcceptedEdit>> written,
    Action failed)
{
    private List<AcceptedEdit> _pending = [];
    private List<AcceptedEdit> _inFlight = [];
    private TaskCompletionSource? _nextBatchWritten;

    /// <summary>A write failed: no further edit is taken until the document is loaded again from storage.</summary>
    public bool Broken { get; private set; }

    /// <summary>A batch is being written now.</summary>
    public bool Writing { get; private set; }

    /// <summary>Whether anything accepted is not yet written.</summary>
    public bool HasUnwritten => _pending.Count > 0 || Writing;

    public void Add(AcceptedEdit edit) => _pending.Add(edit);

    /// <summary>Whether an edit of this client operation id in this section waits for its batch.</summary>
    public bool IsPending(Guid sectionId, string clientOpId) =>
        _pending.Any(e => e.ClientOpId == clientOpId && e.SectionId == sectionId);

    /// <summary>The edits accepted but not yet written (pending or in flight): nothing of them is handed out.</summary>
    public HashSet<AcceptedEdit> Unwritten() => [.. _pending, .. _inFlight];

    /// <summary>Completes when the batch holding everything pending now is written.</summary>
    public Task WrittenAsync()
    {
        _nextBatchWritten ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var next = _nextBatchWritten.Task;
        if (!Writing)
        {
            _ = WriteBatchesAsync();
        }

        return next;
    }

    private async Task WriteBatchesAsync()
    {
        Writing = true;
        try
        {
            while (_nextBatchWritten is { } done)
            {
                var batch = _inFlight = _pending;
                _pending = [];
                _nextBatchWritten = null;
                try
                {
                    await write(batch);
                }
                catch (Exception e)
                {
                    Broken = true;
                    failed();
                    done.SetException(new DomainException(ErrorCodes.StorageUnavailable, e.Message));
                    continue;
                }

                _inFlight = [];
                written(batch);
                done.SetResult();
            }
        }
        finally
        {
            Writing = false;
        }
    }
}
