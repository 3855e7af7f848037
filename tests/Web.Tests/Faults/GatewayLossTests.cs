using CommunityPlanning.Web.Common;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace CommunityPlanning.Web.Tests.Faults;

/// <summary>
/// A call sent through a gateway that dies gets no answer until its response timeout; the filter answers the calls
/// the browser retries as soon as the Orleans client reports the lost gateway (the fault tests print the effect).
/// </summary>
public sealed class GatewayLossTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly GatewayLoss _loss = new();

    [Fact]
    public async Task A_retried_call_under_way_when_a_gateway_is_lost_ends_with_the_retryable_failure_at_once()
    {
        var neverAnswered = new TaskCompletionSource<object?>();
        var call = Invoke(nameof(TestHub.Edit), neverAnswered);

        LoseGateway();

        var failure = await Assert.ThrowsAsync<GatewayLostException>(() => call.WaitAsync(Wait));
        Assert.True(ClusterUnavailable.Is(failure));
    }

    [Fact]
    public async Task A_call_the_browser_does_not_retry_keeps_waiting_for_its_answer()
    {
        var answer = new TaskCompletionSource<object?>();
        var call = Invoke(nameof(TestHub.Vote), answer);

        LoseGateway();
        Assert.False(call.IsCompleted);
        answer.SetResult("counted");

        Assert.Equal("counted", await call.WaitAsync(Wait));
    }

    [Fact]
    public async Task A_retried_call_started_after_the_loss_is_not_ended_by_it()
    {
        LoseGateway();
        var answer = new TaskCompletionSource<object?>();
        var call = Invoke(nameof(TestHub.Edit), answer);
        answer.SetResult("acknowledged");

        Assert.Equal("acknowledged", await call.WaitAsync(Wait));
    }

    [Fact]
    public void Only_fewer_gateways_count_as_a_loss()
    {
        var before = _loss.Next;

        _loss.GatewaysChanged(current: 2, previous: 1);
        Assert.False(before.IsCancellationRequested);

        _loss.GatewaysChanged(current: 1, previous: 2);
        Assert.True(before.IsCancellationRequested);
        Assert.False(_loss.Next.IsCancellationRequested);
    }

    private void LoseGateway() => _loss.GatewaysChanged(current: 1, previous: 2);

    private Task<object?> Invoke(string method, TaskCompletionSource<object?> answer) =>
        new GatewayLossHubFilter(_loss).InvokeMethodAsync(HubInvocations.Of<TestHub>(method), _ => new ValueTask<object?>(answer.Task)).AsTask();

    private sealed class TestHub : Hub
    {
        [RetriedByClient]
        public Task Edit() => Task.CompletedTask;

        public Task Vote() => Task.CompletedTask;
    }
}
