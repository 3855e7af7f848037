using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CommunityPlanning.Meetings;

namespace CommunityPlanning.Web.Contract;

/// <summary>
/// Every <see cref="MeetingCommand"/> travels as one JSON object that names its kind: <c>{"type":"startTimer","seconds":300}</c>.
/// The kinds are the command records themselves, found by reflection (a new record needs no registration), each
/// named by its type name in camelCase, so the hub's one <c>Execute</c> method takes them all.
/// </summary>
public static class MeetingCommandJson
{
    public const string Discriminator = "type";

    /// <summary>Every concrete command record, by its name on the wire.</summary>
    public static IReadOnlyDictionary<string, Type> Kinds { get; } = typeof(MeetingCommand).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsClass: true } && t.IsAssignableTo(typeof(MeetingCommand)))
        .ToDictionary(KindOf, StringComparer.Ordinal);

    public static string KindOf(Type commandType) => JsonNamingPolicy.CamelCase.ConvertName(commandType.Name);

    /// <summary>The resolver modifier that makes <see cref="MeetingCommand"/> polymorphic over <see cref="Kinds"/>.</summary>
    public static void Modify(JsonTypeInfo info)
    {
        if (info.Type != typeof(MeetingCommand))
        {
            return;
        }

        info.PolymorphismOptions = new JsonPolymorphismOptions
        {
            TypeDiscriminatorPropertyName = Discriminator,
            UnknownDerivedTypeHandling = System.Text.Json.Serialization.JsonUnknownDerivedTypeHandling.FailSerialization,
        };
        foreach (var (kind, type) in Kinds.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type, kind));
        }
    }
}
