using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlanning.Web.Tests.Authorization;

/// <summary>The HTTP half of the matrix: the app's endpoints as its EndpointDataSource lists them, and how one cell runs.</summary>
public static class HttpMatrix
{
    /// <summary>Every endpoint, by its key "METHOD route" ("ANY" when it takes every method), with its route as mapped.</summary>
    public static IReadOnlyDictionary<string, string> Endpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .ToDictionary(e => $"{Methods(e)} {Route(e.RoutePattern.RawText!)}", e => e.RoutePattern.RawText!);

    private static string Methods(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? string.Join(",", methods) : "ANY";

    /// <summary>A group's own route ends in "/"; the table writes it without.</summary>
    private static string Route(string raw) => raw.Length > 1 ? raw.TrimEnd('/') : raw;

    /// <summary>What is wrong with the table's HTTP rows: endpoints without one, rows without an endpoint or an exercise.</summary>
    public static IEnumerable<string> CoverageProblems(IReadOnlyDictionary<string, string> endpoints)
    {
        var rows = AuthorizationTable.Rows.Keys.Where(AuthorizationTable.IsEndpoint).ToHashSet();
        foreach (var endpoint in endpoints.Keys.Where(k => !rows.Contains(k) && !AuthorizationTable.Ignored.ContainsKey(k)).Order())
        {
            yield return $"endpoint {endpoint} has no row in AuthorizationTable";
        }

        foreach (var key in rows.Concat(AuthorizationTable.Ignored.Keys).Where(k => !endpoints.ContainsKey(k)).Order())
        {
            yield return $"row {key} names no endpoint of the app (renamed or gone?)";
        }

        foreach (var key in rows.Where(k => !HttpExercises.All.ContainsKey(k)).Order())
        {
            yield return $"row {key} has no exercise in HttpExercises";
        }

        foreach (var key in HttpExercises.All.Keys.Where(k => !rows.Contains(k)).Order())
        {
            yield return $"HttpExercises has {key}, which has no row";
        }
    }

    public static MatrixRow Row(string key, string route, HttpExercise exercise) =>
        new(key, AuthorizationTable.Rows[key], exercise.Worlds, (world, role, expect) => RunCellAsync(key, route, exercise, world, role, expect));

    private static async Task<(string? Failure, bool Allowed)> RunCellAsync(string key, string route, HttpExercise exercise, World world, Role role, Expect expect)
    {
        var cast = world.Cast;
        using var own = exercise.OwnAccount && role.IsOrganizer() ? await cast.OwnAccountAsync(role, world) : null;
        using var client = new CellClient(cast.BaseUri, (own ?? cast.SignedIn(role))?.Cookies, world.TicketOf(role));
        var call = await exercise.Arrange(new HttpCell(world, role));
        if (Mismatch(key, route, call) is { } mismatch)
        {
            return (mismatch, false);
        }

        var before = expect is Expect.Allowed ? null : await WorldState.CaptureAsync(world);
        using var response = await client.SendAsync(call);
        var actual = await OutcomeAsync(response, cast.BaseUri);
        var allowed = actual == Expect.OK.ToString();
        if (actual != expect.ToString())
        {
            return ($"expected {expect}, got {actual}", allowed);
        }

        return (before is null ? null : await before.ChangedAsync(world), allowed);
    }

    /// <summary>The call must be one this row's endpoint takes, or the cell would test another endpoint.</summary>
    private static string? Mismatch(string key, string route, HttpCall call)
    {
        var methods = key[..key.IndexOf(' ', StringComparison.Ordinal)];
        var pattern = RoutePatternFactory.Parse(route);
        var values = new RouteValueDictionary();
        var matches = new TemplateMatcher(new RouteTemplate(pattern), new RouteValueDictionary()).TryMatch(new PathString(call.Path.Split('?')[0]), values)
            && pattern.Parameters.All(p => p.ParameterPolicies.All(policy => Satisfies(policy.Content, values[p.Name] as string)));
        return (methods == "ANY" || methods.Split(',').Contains(call.Method.Method)) && matches
            ? null
            : $"the exercise calls {call.Method} {call.Path}, which is not this endpoint";
    }

    /// <summary>The route constraints the app's routes use (the matcher above does not check them).</summary>
    private static bool Satisfies(string? constraint, string? value) => constraint switch
    {
        "guid" => Guid.TryParse(value, out _),
        "int" => int.TryParse(value, out _),
        _ => true,
    };

    /// <summary>The answer in the table's terms: "allowed", "403 forbidden", "302 to /signin".</summary>
    private static async Task<string> OutcomeAsync(HttpResponseMessage response, Uri baseUri)
    {
        if (response.IsSuccessStatusCode)
        {
            return Expect.OK.ToString();
        }

        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location)
        {
            return $"302 to {new Uri(baseUri, location).AbsolutePath}";
        }

        var body = await response.Content.ReadAsStringAsync();
        string? code = null;
        if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true)
        {
            using var problem = JsonDocument.Parse(body);
            code = problem.RootElement.TryGetProperty("code", out var value) ? value.GetString() : null;
        }

        return $"{(int)response.StatusCode} {code ?? $"(no code) {body[..Math.Min(body.Length, 80)]}"}";
    }
}
