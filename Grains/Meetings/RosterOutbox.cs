using CommunityPlanning.Common;

namespace CommunityPlanning.Meetings;

/// <summary>
/// The roster grain's way out (group commit): changes made while a write is under way are stored together in the next
/// write, and the events of each batch go to the feed in one call, in order, after that write. Every caller's task
/// completes only after the write that holds its change, so nothing acknowledged is lost. Events with no change to
/// store (presence) travel in the same order, after any write already under way. A failed write breaks the outbox:
/// memory is then ahead of storage, every waiting caller is refused, and the grain reloads from storage.
/// Runs on the grain's activation; its state changes between awaits only, so interleaved requests may use it.
/// </summary>
/// <param name="write">Stores the state.</param>
/// <param name="publish">Numbers the events and sends them on (the feed); returns the last number.</param>
/// <param name="failed">A write failed.</param>
public sealed class RosterOutbox(Func<Task> write, Func<IReadOnlyList<MeetingEvent>, Task<long>> publish, Action failed)
{
    private List<MeetingEvent> _events = [];
    private bool _changed;
    private TaskCompletionSource<long>? _next;
    private bool _sending;
    private Exception? _broken;

    /// <summary>
    /// Completes (with the last event's number) once the state as it is now (if <paramref name="changed"/>) is stored
    /// and the events are sent.
    /// </summary>
    public Task<long> Send(IReadOnlyList<MeetingEvent> events, bool changed)
    {
        if (_broken is not null)
        {
            return Task.FromException<long>(_broken);
        }

        _events.AddRange(events);
        _changed |= changed;
        _next ??= new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var sent = _next.Task;
        if (!_sending)
        {
            _ = SendBatchesAsync();
        }

        return sent;
    }

    private async Task SendBatchesAsync()
    {
        _sending = true;
        try
        {
            while (_next is { } done)
            {
                var (events, changed) = (_events, _changed);
                (_events, _changed, _next) = ([], false, null);
                if (_broken is not null)
                {
                    done.SetException(_broken);
                    continue;
                }

                try
                {
                    if (changed)
                    {
                        await write();
                    }

                    done.SetResult(await publish(events));
                }
                catch (Exception e)
                {
                    if (changed)
                    {
                        _broken = e as DomainException ?? new DomainException(ErrorCodes.StorageUnavailable, e.Message);
                        failed();
                    }

                    done.SetException(_broken ?? e);
                }
            }
        }
        finally
        {
            _sending = false;
        }
    }
}
