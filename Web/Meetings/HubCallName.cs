using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Contract;
using Microsoft.AspNetCore.SignalR;

namespace CommunityPlanning.Web.Meetings;

/// <summary>A hub call as logs and metrics name it: the method, and for <c>Execute</c> the kind of command ("Execute:startTimer").</summary>
public static class HubCallName
{
    public static string Of(HubInvocationContext context) =>
        context.HubMethodArguments is [_, MeetingCommand command, ..]
            ? $"{context.HubMethodName}:{MeetingCommandJson.KindOf(command.GetType())}"
            : context.HubMethodName;
}
