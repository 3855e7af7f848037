using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.SignalR;

namespace CommunityPlanning.Web.Contract;

/// <summary>
/// The JSON the app speaks, in one place: the hub's and the HTTP API's serializer options are configured here, and
/// the generated TypeScript contract (<see cref="ContractWriter"/>) is read off the same options.
/// </summary>
public static class WireJson
{
    /// <summary>
    /// What the app adds to the defaults of both: enums as their names, and meeting commands named by their
    /// <c>type</c> (<see cref="MeetingCommandJson"/>), which may stand anywhere in the object.
    /// </summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter());
        options.AllowOutOfOrderMetadataProperties = true;
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(MeetingCommandJson.Modify);
    }

    /// <summary>The hub's payload options: SignalR's defaults (camelCase) with <see cref="Configure"/>.</summary>
    public static JsonSerializerOptions Hub()
    {
        var options = new JsonHubProtocolOptions().PayloadSerializerOptions;
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>The HTTP API's options: ASP.NET Core's web defaults (camelCase) with <see cref="Configure"/>.</summary>
    public static JsonSerializerOptions Http()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
