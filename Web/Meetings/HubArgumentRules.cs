using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using CommunityPlanning.Common;

namespace CommunityPlanning.Web.Meetings;

/// <summary>
/// Checks a hub call's bound arguments against what the method declares, before it runs. System.Text.Json binds a
/// JSON null (or a missing member) into a non-nullable reference and any number into an enum, while the code
/// behind the hub trusts its types. So a null where the declaration says non-nullable, at the top or anywhere inside
/// our own records and their lists, is <c>validation.required</c>, and an enum value outside its set is
/// <c>validation.invalid_value</c>. What each method and type needs is worked out once, by reflection, and cached.
/// </summary>
public static class HubArgumentRules
{
    /// <summary>Our requests nest three deep; bound JSON has no cycles, so this only bounds the walk.</summary>
    private const int MaxDepth = 8;

    private static readonly ConcurrentDictionary<MethodInfo, Slot[]> Parameters = new();
    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();

    /// <summary>Throws a <see cref="DomainException"/> for the first argument that breaks its declaration.</summary>
    public static void Check(MethodInfo method, IReadOnlyList<object?> arguments)
    {
        var slots = Parameters.GetOrAdd(method, static m =>
        {
            var context = new NullabilityInfoContext();
            return [.. m.GetParameters().Select(p => Slot.For(context.Create(p)))];
        });
        for (var i = 0; i < slots.Length && i < arguments.Count; i++)
        {
            slots[i].Check(arguments[i], 0);
        }
    }

    private static bool IsOurs(Type type) =>
        !type.IsEnum && !type.IsPrimitive && type.Namespace?.StartsWith(nameof(CommunityPlanning), StringComparison.Ordinal) == true;

    private static Member[] MembersOf(Type type) => Members.GetOrAdd(type, static t =>
    {
        var context = new NullabilityInfoContext();
        // Positional record members have init accessors; computed properties have none and are not read.
        return [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is not null && p.SetMethod is not null && p.GetIndexParameters().Length == 0)
            .Select(p => new Member(p, Slot.For(context.Create(p))))];
    });

    /// <summary>What a declared place (parameter, property, list element) needs of its value.</summary>
    private sealed record Slot(bool Required, Slot? Element)
    {
        public static Slot For(NullabilityInfo info)
        {
            var type = info.Type;
            var required = type == typeof(JsonElement) || (!type.IsValueType && info.ReadState == NullabilityState.NotNull);
            return new Slot(required, ElementOf(info));
        }

        /// <summary>The slot of a list's items, when they can break a rule (reference, enum or our own type).</summary>
        private static Slot? ElementOf(NullabilityInfo info)
        {
            if (info.Type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(info.Type))
            {
                return null;
            }

            var element = info.ElementType ?? (info.GenericTypeArguments.Length == 1 ? info.GenericTypeArguments[0] : null);
            if (element is null)
            {
                return null;
            }

            var type = Nullable.GetUnderlyingType(element.Type) ?? element.Type;
            return !type.IsValueType || type.IsEnum || IsOurs(type) ? For(element) : null;
        }

        public void Check(object? value, int depth)
        {
            switch (value)
            {
                case null:
                case JsonElement { ValueKind: JsonValueKind.Undefined or JsonValueKind.Null }:
                    if (Required)
                    {
                        throw new DomainException(ErrorCodes.Required);
                    }

                    return;
                case Enum e:
                    if (!e.GetType().IsDefined(typeof(FlagsAttribute)) && !Enum.IsDefined(e.GetType(), e))
                    {
                        throw new DomainException(ErrorCodes.InvalidValue, e.GetType().Name);
                    }

                    return;
                case string:
                    return;
            }

            if (depth >= MaxDepth)
            {
                return;
            }

            if (Element is not null && value is IEnumerable items)
            {
                foreach (var item in items)
                {
                    Element.Check(item, depth + 1);
                }
            }
            else if (IsOurs(value.GetType()))
            {
                foreach (var member in MembersOf(value.GetType()))
                {
                    member.Slot.Check(member.Property.GetValue(value), depth + 1);
                }
            }
        }
    }

    private sealed record Member(PropertyInfo Property, Slot Slot);
}
