using System.Text.Json;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Contract;
using CommunityPlanning.Web.Meetings;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>
/// Sends a meeting command as the browser does: <c>Execute(meetingId, {"type":…,…})</c>. SignalR's .NET client writes
/// an argument as its runtime type, which would leave out the <c>type</c>, so the command goes as the JSON the
/// server's options make of it as a <see cref="MeetingCommand"/>.
/// </summary>
public static class MeetingCommandCalls
{
    private static readonly JsonSerializerOptions Options = WireJson.Hub();

    public static JsonElement Wire(MeetingCommand command) => JsonSerializer.SerializeToElement(command, Options);

    public static Task<long> ExecuteAsync(this HubConnection connection, Guid meetingId, MeetingCommand command) =>
        connection.InvokeAsync<long>(nameof(MeetingHub.Execute), meetingId, Wire(command));
}
