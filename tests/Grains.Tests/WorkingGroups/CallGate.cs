using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Tests.WorkingGroups;

/// <summary>
/// A silo filter that lines two calls up against each other: it holds the working group's <c>SetManagers</c> at its
/// start (the group's turn has begun) until released, and says when a grain (here only a meeting calls a group) has sent the group a call of a
/// given name (it waits in the group's queue behind <c>SetManagers</c>). Idle until armed.
/// </summary>
public sealed class CallGate : IIncomingGrainCallFilter, IOutgoingGrainCallFilter
{
    private volatile Armed? _armed;

    public Armed Arm(string meetingCallsGroup) => _armed = new Armed(meetingCallsGroup);

    async Task IIncomingGrainCallFilter.Invoke(IIncomingGrainCallContext context)
    {
        if (_armed is { } armed && context.InterfaceMethod.DeclaringType == typeof(IWorkingGroupGrain)
            && context.MethodName == nameof(IWorkingGroupGrain.SetManagers))
        {
            armed.GroupBusy.TrySetResult();
            await armed.Released.Task;
        }

        await context.Invoke();
    }

    Task IOutgoingGrainCallFilter.Invoke(IOutgoingGrainCallContext context)
    {
        if (_armed is { } armed && context.InterfaceMethod.DeclaringType == typeof(IWorkingGroupGrain)
            && context.MethodName == armed.MeetingCallsGroup)
        {
            armed.MeetingWaits.TrySetResult();
        }

        return context.Invoke();
    }

    public sealed class Armed(string meetingCallsGroup)
    {
        public string MeetingCallsGroup { get; } = meetingCallsGroup;

        /// <summary>The group is in <c>SetManagers</c>' turn, held.</summary>
        public TaskCompletionSource GroupBusy { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>A meeting, in a turn of its own, has called the group.</summary>
        public TaskCompletionSource MeetingWaits { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
