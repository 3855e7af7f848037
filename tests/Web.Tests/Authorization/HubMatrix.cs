using System.Reflection;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Contract;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Authorization;

/// <summary>The hub half of the matrix: MeetingHub's methods by reflection, and how one cell runs.</summary>
public static class HubMatrix
{
    /// <summary>Not callable by clients: SignalR's own lifetime methods.</summary>
    private static readonly string[] Lifetime = [nameof(Hub.OnConnectedAsync), nameof(Hub.OnDisconnectedAsync), nameof(Hub.Dispose)];

    private const string CodePrefix = "HubException: ";

    /// <summary>
    /// The public instance methods MeetingHub declares: what a client may invoke, with <see cref="MeetingHub.Execute"/>
    /// as one row per kind of command (<see cref="MeetingCommandJson.Kinds"/>).
    /// </summary>
    public static IReadOnlyList<string> Methods() =>
    [
        .. typeof(MeetingHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && !Lifetime.Contains(m.Name))
            .Select(m => m.Name)
            .Distinct()
            .SelectMany(m => m == nameof(MeetingHub.Execute) ? MeetingCommandJson.Kinds.Values.Select(CommandRow) : [m]),
    ];

    public static string CommandRow(Type commandType) => $"{nameof(MeetingHub.Execute)}:{MeetingCommandJson.KindOf(commandType)}";

    /// <summary>The hub method a row calls.</summary>
    private static string MethodOf(string row) => row.Split(':')[0];

    /// <summary>What is wrong with the table's hub rows: methods without one, rows without a method or an exercise.</summary>
    public static IEnumerable<string> CoverageProblems(IReadOnlyList<string> methods)
    {
        var rows = AuthorizationTable.Rows.Keys.Where(k => !AuthorizationTable.IsEndpoint(k)).ToHashSet();
        foreach (var method in methods.Where(m => !rows.Contains(m)).Order())
        {
            yield return $"hub method {method} has no row in AuthorizationTable";
        }

        foreach (var key in rows.Where(k => !methods.Contains(k)).Order())
        {
            yield return $"row {key} names no method of MeetingHub (renamed or gone?)";
        }

        foreach (var key in rows.Where(k => !HubExercises.All.ContainsKey(k)).Order())
        {
            yield return $"row {key} has no exercise in HubExercises";
        }

        foreach (var key in HubExercises.All.Keys.Where(k => !rows.Contains(k)).Order())
        {
            yield return $"HubExercises has {key}, which has no row";
        }
    }

    public static MatrixRow Row(string method, HubExercise exercise) =>
        new(method, AuthorizationTable.Rows[method], exercise.Worlds, (world, role, expect) => RunCellAsync(method, exercise, world, role, expect));

    private static async Task<(string? Failure, bool Allowed)> RunCellAsync(string method, HubExercise exercise, World world, Role role, Expect expect)
    {
        // A connection of the caller's own, which first tries to join with whatever the role holds (cookie or ticket).
        await using var caller = await LiveClient.ConnectAsync(world.Cast.BaseUri, world.Cast.SignedIn(role)?.Cookies);
        RosterEntry? you = null;
        if (exercise.JoinFirst)
        {
            try
            {
                you = (await caller.JoinAsync(world.MeetingId, world.TicketOf(role)).WaitAsync(LiveClient.Timeout)).You;
            }
            catch (HubException)
            {
                // Not let in: the call below must then be refused as not joined.
            }
        }

        var args = await exercise.Arrange(new HubCell(world, role, caller, you));
        var before = expect is Expect.Allowed ? null : await WorldState.CaptureAsync(world);
        string actual;
        try
        {
            await caller.Connection.InvokeCoreAsync(MethodOf(method), typeof(object), [.. args.Select(a => a is MeetingCommand command ? MeetingCommandCalls.Wire(command) : a)])
                .WaitAsync(LiveClient.Timeout);
            actual = Expect.OK.ToString();
        }
        catch (HubException e)
        {
            // "An unexpected error occurred invoking 'X' on the server. HubException: forbidden"; anything else in full.
            var at = e.Message.LastIndexOf(CodePrefix, StringComparison.Ordinal);
            actual = at < 0 ? e.Message : e.Message[(at + CodePrefix.Length)..];
        }

        var allowed = actual == Expect.OK.ToString();
        if (actual != expect.ToString())
        {
            return ($"expected {expect}, got {actual}", allowed);
        }

        return (before is null ? null : await before.ChangedAsync(world), allowed);
    }
}
