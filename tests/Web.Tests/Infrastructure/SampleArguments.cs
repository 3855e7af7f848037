using System.Collections;
using System.Reflection;
using System.Text.Json;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>
/// An argument of a hub method's declared type with every member that must have a value filled (text, ids, the
/// first value of an enum, empty lists) and the optional ones null: it binds and passes the hub's argument rules,
/// so a call gets as far as its authorization.
/// </summary>
public static class SampleArguments
{
    /// <param name="sectionId">The value of every member named <c>sectionId</c>.</param>
    public static object? For(Type type, Guid sectionId, string? name = null) => type switch
    {
        _ when type == typeof(Guid) => name == "sectionId" ? sectionId : Guid.NewGuid(),
        _ when type == typeof(string) => "x",
        _ when type == typeof(int) || type == typeof(long) => 1,
        _ when type == typeof(bool) => false,
        _ when type == typeof(DateOnly) => new DateOnly(2026, 12, 15),
        _ when type == typeof(JsonElement) => JsonDocument.Parse("[1]").RootElement,
        _ when type.IsEnum => Enum.GetValues(type).GetValue(0),
        _ when typeof(IEnumerable).IsAssignableFrom(type) => Array.Empty<object>(),
        _ => Members(type, sectionId),
    };

    private static Dictionary<string, object?> Members(Type type, Guid sectionId)
    {
        var context = new NullabilityInfoContext();
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null && p.GetIndexParameters().Length == 0)
            .ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), p => context.Create(p).ReadState == NullabilityState.Nullable
                ? null
                : For(p.PropertyType, sectionId, JsonNamingPolicy.CamelCase.ConvertName(p.Name)));
    }
}
