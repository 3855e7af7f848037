using CommunityPlanning.Common;
using CommunityPlanning.Web.Common;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;

namespace CommunityPlanning.Web.Tests.Meetings;

/// <summary>
/// The hub filter on its own: a refusal becomes the client's HubException and one Information line; anything else is
/// the one Error log of the failure (SignalR's own is switched off) and goes on to SignalR unchanged.
/// </summary>
public sealed class DomainErrorHubFilterTests
{
    private readonly CapturedLogs _logs = new();

    private ValueTask<object?> Invoke(Exception thrown)
    {
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
        var filter = new DomainErrorHubFilter(factory.CreateLogger<DomainErrorHubFilter>());
        return filter.InvokeMethodAsync(HubInvocations.Of<TestHub>(nameof(TestHub.Act)), _ => throw thrown);
    }

    [Fact]
    public async Task A_refusal_becomes_the_code_and_one_information_line()
    {
        var refused = await Assert.ThrowsAsync<HubException>(async () => await Invoke(new DomainException(ErrorCodes.Forbidden, "facilitator only")));

        Assert.Equal(ErrorCodes.Forbidden, refused.Message);
        var entry = Assert.Single(_logs.Entries);
        Assert.Equal((LogLevel.Information, "Refused hub call Act: forbidden", null), (entry.Level, entry.Message, entry.Exception));
    }

    [Fact]
    public async Task An_unexpected_exception_is_logged_once_as_an_error_with_its_stack_and_passed_on()
    {
        var failure = new InvalidOperationException("storage went away");

        Assert.Same(failure, await Assert.ThrowsAsync<InvalidOperationException>(async () => await Invoke(failure)));

        var entry = Assert.Single(_logs.Entries);
        Assert.Equal((LogLevel.Error, "Hub call Act failed"), (entry.Level, entry.Message));
        Assert.Same(failure, entry.Exception);
    }

    public static TheoryData<Exception> ClusterFailures() =>
    [
        new TimeoutException("Response did not arrive on time in 00:00:30"),
        new SiloUnavailableException("The target silo became unavailable"),
        new GatewayTooBusyException(),
        new GatewayLostException(),
    ];

    [Theory]
    [MemberData(nameof(ClusterFailures))]
    public async Task A_cluster_that_cannot_answer_now_becomes_the_retryable_code_and_one_warning_without_a_stack(Exception failure)
    {
        var refused = await Assert.ThrowsAsync<HubException>(async () => await Invoke(failure));

        Assert.Equal(ErrorCodes.ClusterUnavailable, refused.Message);
        var entry = Assert.Single(_logs.Entries);
        Assert.Equal((LogLevel.Warning, $"Hub call Act found the cluster unavailable: {failure.GetType().Name}", null), (entry.Level, entry.Message, entry.Exception));
    }

    private sealed class TestHub : Hub
    {
        public Task Act() => Task.CompletedTask;
    }
}
