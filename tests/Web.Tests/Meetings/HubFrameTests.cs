using System.Net.WebSockets;
using System.Text;
using CommunityPlanning.Common;
using CommunityPlanning.Web.Hosting;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;

namespace CommunityPlanning.Web.Tests.Meetings;

/// <summary>
/// Frames no SignalR client sends, on a raw WebSocket: each gets a documented code (docs/protocol.md, "Malformed
/// frames"). A frame that cannot be read closes the connection naming the code; arguments that do not bind are
/// answered and the connection goes on. Nothing is logged as an error.
/// </summary>
public sealed class HubFrameTests(LoggedAppFixture app) : IClassFixture<LoggedAppFixture>
{
    private const int ReceiveBuffer = 64 * 1024;

    private Task<RawHubClient> ConnectAsync() => RawHubClient.ConnectAsync(app.Host.BaseUri, ReceiveBuffer);

    private static async Task AssertClosedWith(string code, RawHubClient client) =>
        Assert.EndsWith($"HubException: {code}", await client.Closed.WaitAsync(LiveClient.Timeout));

    private static async Task AssertAnsweredWith(string code, Func<Task> call) =>
        Assert.EndsWith($"HubException: {code}", (await Assert.ThrowsAsync<InvalidOperationException>(call)).Message);

    private void AssertNoErrorLogged() => Assert.Empty(app.Logs.Failures);

    [Theory]
    [InlineData("{\"type\":99}")]
    [InlineData("{\"type\":0,\"target\":\"GetServerTime\",\"arguments\":[]}")]
    [InlineData("{\"type\":7,\"error\":\"bye\"}")]
    [InlineData("{\"type\":8,\"sequenceId\":1}")]
    public async Task A_frame_of_a_type_the_server_does_not_take_closes_the_connection_naming_payload_unknown_type(string frame)
    {
        await using var client = await ConnectAsync();

        await client.SendFrameAsync(Encoding.UTF8.GetBytes(frame + "\u001e"));

        await AssertClosedWith(ErrorCodes.PayloadUnknownType, client);
        AssertNoErrorLogged();
    }

    [Theory]
    [InlineData("{\"type\":1,")]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"type\":\"1\",\"target\":\"GetServerTime\",\"arguments\":[]}")]
    [InlineData("{\"type\":1,\"invocationId\":7,\"target\":\"GetServerTime\",\"arguments\":[]}")]
    [InlineData("{\"type\":1e999}")]
    [InlineData("{\"target\":\"GetServerTime\",\"arguments\":[]}")]
    [InlineData("{\"type\":1,\"invocationId\":\"e\",\"target\":null,\"arguments\":[]}")]
    [InlineData("{\"type\":1,\"invocationId\":\"e\",\"target\":\"GetServerTime\",\"arguments\":\"x\"}")]
    [InlineData("{\"type\":5}")]
    public async Task A_frame_that_is_no_hub_message_closes_the_connection_naming_payload_malformed(string frame)
    {
        await using var client = await ConnectAsync();

        await client.SendFrameAsync(Encoding.UTF8.GetBytes(frame + "\u001e"));

        await AssertClosedWith(ErrorCodes.PayloadMalformed, client);
        AssertNoErrorLogged();
    }

    [Fact]
    public async Task Bytes_that_are_not_text_close_the_connection_naming_payload_malformed()
    {
        await using var client = await ConnectAsync();

        await client.SendFrameAsync([0xff, 0xfe, 0x00, 0x7b, 0x80, 0x1e], WebSocketMessageType.Binary);

        await AssertClosedWith(ErrorCodes.PayloadMalformed, client);
        AssertNoErrorLogged();
    }

    [Fact]
    public async Task A_frame_over_the_size_limit_closes_the_connection_naming_payload_too_large()
    {
        await using var client = await ConnectAsync();

        var text = new string('a', (int)CommunityPlanningApp.MaxHubMessageBytes);
        await client.SendFrameAsync(Encoding.UTF8.GetBytes($$"""{"type":1,"target":"GetServerTime","arguments":["{{text}}"]}""" + "\u001e"));

        await AssertClosedWith(ErrorCodes.PayloadTooLarge, client);
        AssertNoErrorLogged();
    }

    [Fact]
    public async Task Arguments_that_do_not_bind_are_answered_with_payload_malformed_and_the_connection_goes_on()
    {
        await using var client = await ConnectAsync();

        await AssertAnsweredWith(ErrorCodes.PayloadMalformed, () => client.SendInvocationAsync(nameof(MeetingHub.ChangePhase), "\"not a guid\", \"Live\""));
        await AssertAnsweredWith(ErrorCodes.PayloadMalformed, () => client.SendInvocationAsync(nameof(MeetingHub.ChangePhase), $"\"{Guid.NewGuid()}\", \"NoSuchPhase\""));
        await AssertAnsweredWith(ErrorCodes.PayloadMalformed, () => client.SendInvocationAsync(nameof(MeetingHub.JoinMeeting), "42"));
        await AssertAnsweredWith(ErrorCodes.PayloadMalformed, () => client.SendInvocationAsync(nameof(MeetingHub.JoinMeeting), "{}, {}"));
        await AssertAnsweredWith(ErrorCodes.PayloadMalformed, () => client.SendInvocationAsync(nameof(MeetingHub.GetServerTime), "1e999"));
        await AssertAnsweredWith(ErrorCodes.NotFound, () => client.SendInvocationAsync("NoSuchMethod", ""));
        // A command must name a kind the server knows; the kind's name is checked before anything runs.
        var meeting = $"\"{Guid.NewGuid()}\"";
        await AssertAnsweredWith(ErrorCodes.PayloadMalformed, () => client.SendInvocationAsync(nameof(MeetingHub.Execute), $$"""{{meeting}}, {"seconds":60}"""));
        await AssertAnsweredWith(ErrorCodes.PayloadMalformed, () => client.SendInvocationAsync(nameof(MeetingHub.Execute), $$"""{{meeting}}, {"type":"launchRocket"}"""));
        await AssertAnsweredWith(ErrorCodes.PayloadMalformed, () => client.SendInvocationAsync(nameof(MeetingHub.Execute), $$"""{{meeting}}, {"type":"StartTimer","seconds":60}"""));
        await AssertAnsweredWith(ErrorCodes.PayloadMalformed, () => client.SendInvocationAsync(nameof(MeetingHub.Execute), $$"""{{meeting}}, {"type":42}"""));
        // The kind may stand after the command's members, as JSON writers order them.
        await AssertAnsweredWith(ErrorCodes.NotJoined, () => client.SendInvocationAsync(nameof(MeetingHub.Execute), $$"""{{meeting}}, {"seconds":60,"label":null,"type":"startTimer"}"""));

        await client.SendInvocationAsync(nameof(MeetingHub.GetServerTime), "");
        Assert.False(client.Closed.IsCompleted);
        AssertNoErrorLogged();
    }
}
