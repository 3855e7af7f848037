using CommunityPlanning.Meetings;

namespace CommunityPlanning.Tests.Infrastructure;

/// <summary>
/// Keeps a meeting grain busy on demand: while held, a call to <see cref="IMeetingGrain.Execute"/> waits inside the
/// meeting's turn (the grain is not reentrant, so nothing else runs in it) until released.
/// </summary>
public sealed class MeetingHold : IIncomingGrainCallFilter
{
    private TaskCompletionSource? _release;
    private TaskCompletionSource _holding = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once a held call occupies the meeting.</summary>
    public Task Holding => _holding.Task;

    public void Hold()
    {
        _holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public void Release()
    {
        _release?.TrySetResult();
        _release = null;
    }

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (_release is { } release && context.Grain is MeetingGrain && context.InterfaceMethod.Name == nameof(IMeetingGrain.Execute))
        {
            _holding.TrySetResult();
            await release.Task;
        }

        await context.Invoke();
    }
}
