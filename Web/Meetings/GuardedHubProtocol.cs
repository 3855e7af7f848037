using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;
using CommunityPlanning.Common;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace CommunityPlanning.Web.Meetings;

/// <summary>
/// SignalR's hub protocol (JSON) with what clients send checked, so a bad frame gets a documented code
/// (docs/protocol.md, "Malformed frames"). A frame that cannot be read (not JSON, not a hub message, a message type
/// the server does not take, over the size limit) closes the connection: the exception thrown here becomes SignalR's
/// close message, which names a HubException's code. Without this an unknown type left the connection silently dead
/// (SignalR kept waiting to read it again) and other bad frames closed it with no reason. An invocation whose
/// arguments do not bind is answered with <c>payload.malformed</c> (unknown method: <c>not_found</c>) and the
/// connection stays open. Each is logged once, at Information, without a stack trace.
/// </summary>
/// <param name="maxMessageBytes">SignalR's receive limit, read at the first frame: the hub options are built from the
/// protocols, so they cannot be asked while this is being made.</param>
public sealed class GuardedHubProtocol(IHubProtocol inner, Func<long?> maxMessageBytes, ILogger<GuardedHubProtocol> logger) : IHubProtocol
{
    /// <summary>What a client chose (a method name, what the parser said of its bytes) is cut to this length in the log.</summary>
    private const int MaxLogged = 200;

    private readonly Lazy<long?> _maxMessageBytes = new(maxMessageBytes);

    public string Name => inner.Name;

    public int Version => inner.Version;

    public TransferFormat TransferFormat => inner.TransferFormat;

    public bool IsVersionSupported(int version) => inner.IsVersionSupported(version);

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => inner.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => inner.GetMessageBytes(message);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        var unread = input.Length;
        bool parsed;
        try
        {
            parsed = inner.TryParseMessage(ref input, binder, out message);
        }
        catch (Exception e)
        {
            throw Close(ErrorCodes.PayloadMalformed, e.Message);
        }

        if (parsed)
        {
            message = Checked(message!, binder);
            return true;
        }

        if (input.Length != unread)
        {
            // A whole frame was taken off but it was no message: the JSON protocol skips unknown types, and
            // SignalR then waited for the same bytes forever.
            throw Close(ErrorCodes.PayloadUnknownType, null);
        }

        if (unread >= _maxMessageBytes.Value)
        {
            // No frame ends within the limit; SignalR would close the connection without saying why.
            throw Close(ErrorCodes.PayloadTooLarge, null);
        }

        return false;
    }

    private HubMessage Checked(HubMessage message, IInvocationBinder binder)
    {
        switch (message)
        {
            case InvocationBindingFailureMessage failure:
                return Refuse(failure.InvocationId, failure.Target, Exists(binder, failure.Target) ? ErrorCodes.PayloadMalformed : ErrorCodes.NotFound);
            case StreamInvocationMessage or InvocationMessage { StreamIds.Length: > 0 }:
                // The hub has no streaming methods.
                var invocation = (HubMethodInvocationMessage)message;
                return Refuse(invocation.InvocationId, invocation.Target, ErrorCodes.PayloadMalformed);
            case InvocationMessage or StreamItemMessage or CompletionMessage or CancelInvocationMessage or PingMessage or StreamBindingFailureMessage:
                return message;
            default:
                // Close, Ack, Sequence: not for a client to send here (stateful reconnect is off).
                throw Close(ErrorCodes.PayloadUnknownType, message.GetType().Name);
        }
    }

    /// <summary>Answers the invocation with the code; SignalR sends it as "… HubException: code" and goes on.</summary>
    private InvocationBindingFailureMessage Refuse(string? invocationId, string target, string code)
    {
        logger.LogInformation("Refused hub call {HubMethod}: {Code}", Shorten(target), code);
        return new InvocationBindingFailureMessage(invocationId, target, ExceptionDispatchInfo.Capture(new HubException(code)));
    }

    private HubException Close(string code, string? reason)
    {
        logger.LogInformation("Closing a hub connection for a bad frame: {Code} {Reason}", code, Shorten(reason));
        return new HubException(code);
    }

    private static bool Exists(IInvocationBinder binder, string target)
    {
        try
        {
            binder.GetParameterTypes(target);
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    private static string? Shorten(string? text) => text is { Length: > MaxLogged } ? text[..MaxLogged] + "…" : text;
}
