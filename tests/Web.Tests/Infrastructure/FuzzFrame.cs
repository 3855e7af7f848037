using System.Net.WebSockets;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>Something a fuzzing client sends the hub, with what the server must do about it.</summary>
public abstract record FuzzFrame(string Kind);

/// <summary>
/// An invocation with an id, answered either way. <see cref="Refused"/>: it carries an argument that no method can
/// take (a null where one is required, a value of the wrong JSON kind, the wrong number of arguments), so the call
/// must fail whoever makes it and change nothing.
/// </summary>
public sealed record FuzzInvocation(string Kind, string Target, string Arguments, int Type, bool Refused) : FuzzFrame(Kind);

/// <summary>
/// Bytes sent as they are. <see cref="ClosesWith"/>: the code the server must close the connection with, or null
/// when it must stay open; <see cref="MayClose"/>: either is right (then only that code).
/// </summary>
public sealed record FuzzBytes(string Kind, byte[] Bytes, WebSocketMessageType Type, string? ClosesWith, bool MayClose = false) : FuzzFrame(Kind);
