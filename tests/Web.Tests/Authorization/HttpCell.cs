namespace CommunityPlanning.Web.Tests.Authorization;

/// <summary>How an endpoint is exercised: the call (arranging what it needs first), and which world it may use.</summary>
/// <param name="OwnAccount">Organizer roles make it signed in to an account of their own (it ends sessions or changes the password).</param>
public sealed record HttpExercise(Func<HttpCell, Task<HttpCall>> Arrange, Worlds Worlds, bool OwnAccount = false);

/// <summary>
/// A request to make; <paramref name="Send"/> for an endpoint that is not called with a plain request (the hub's);
/// <paramref name="Headers"/> beside the role's own (a submission link's), <paramref name="Raw"/> for a body that is a file.
/// </summary>
public sealed record HttpCall(
    HttpMethod Method,
    string Path,
    object? Body = null,
    Func<CellClient, Task<HttpResponseMessage>>? Send = null,
    IReadOnlyDictionary<string, string>? Headers = null,
    byte[]? Raw = null);

/// <summary>One cell of the HTTP matrix: a role calling an endpoint in a world.</summary>
public sealed class HttpCell(World world, Role role)
{
    public World World { get; } = world;

    public Role Role { get; } = role;

    public Cast Cast => World.Cast;

    /// <summary>The ticket the role's browser holds for this meeting, if any.</summary>
    public string? Ticket => World.TicketOf(Role);
}
