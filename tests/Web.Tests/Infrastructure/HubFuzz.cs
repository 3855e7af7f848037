using System.Globalization;
using System.Net.WebSockets;
using System.Reflection;
using System.Text;
using System.Text.Json;
using CommunityPlanning.Common;
using CommunityPlanning.Web.Hosting;
using CommunityPlanning.Web.Meetings;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>
/// Makes malformed and random frames for the meeting hub from a seeded <see cref="Random"/>: random bytes, cut-off
/// JSON, envelopes with wrong types and nulls, unknown message types, huge numbers, oversized frames, unknown
/// targets, and invocations of every hub method (found by reflection) with arguments built from the declared types:
/// plausible values, wrong JSON kinds, nulls in every position and random JSON. <paramref name="ids"/> are real ids
/// (the meeting, its sections, …) mixed in so calls get past the first lookups; one value in <paramref name="noise"/>
/// is garbage (null, any JSON, an oddity), the others plausible for their type; one invocation in
/// <paramref name="refusals"/> carries an argument that must be refused.
/// </summary>
/// <param name="leaveOut">Methods not to invoke (e.g. ending the meeting, after which every call is refused alike).</param>
public sealed class HubFuzz(Random random, Guid meetingId, IReadOnlyList<Guid> ids, int noise = 4, int refusals = 3, params string[] leaveOut)
{
    private const char RecordSeparator = (char)HubSocketWriter.RecordSeparator;
    private const int MaxDepth = 3;

    /// <summary>Every method a client may invoke: MeetingHub's own public instance methods.</summary>
    public static readonly IReadOnlyList<MethodInfo> Methods = [.. typeof(MeetingHub)
        .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType == typeof(MeetingHub))
        .OrderBy(m => m.Name, StringComparer.Ordinal)];

    private static readonly string[] Strings =
    [
        "", " ", "a", "Jana Nováková", "Síť služeb je pružná.", "restore:x", "k3f9:17", "\u0000", "\u0007\u001b[31m",
        "\ud83d\ude00 emoji", "řádek\nřádek", "\t", "<script>alert(1)</script>", "'; DROP TABLE x; --", "%s%n{0}",
        "null", "Live", "Facilitator", "9223372036854775807",
    ];

    /// <summary>Raw JSON that no string, number or object converter accepts as is (a lone surrogate, huge numbers).</summary>
    private static readonly string[] Oddities =
    [
        "\"\\ud800\"", "1e999", "-1e999", "123456789012345678901234567890", "-0", "1.5", "9223372036854775808",
        "-2147483649", "2147483648", "\"\\u0000\"",
    ];

    /// <summary>Invocations are kept below this size, so that they are answered rather than closed as too large.</summary>
    private const int MaxInvocationChars = 40_000;

    private int _method;
    private int _invocation;

    /// <summary>The next frame; <paramref name="refusedOnly"/>: invocations always carry a refused argument (a client that may change things).</summary>
    public FuzzFrame Next(bool refusedOnly)
    {
        while (true)
        {
            var frame = Any(refusedOnly);
            if (frame is not FuzzInvocation { Arguments.Length: > MaxInvocationChars })
            {
                return frame;
            }
        }
    }

    private FuzzFrame Any(bool refusedOnly)
    {
        var roll = random.Next(100);
        return roll switch
        {
            < 52 => Invocation(NextMethod(), refused: refusedOnly || random.Next(refusals) == 0),
            < 56 => new FuzzInvocation("unknown target", RandomName(), Arguments(random.Next(4)), 1, Refused: true),
            < 59 => Invocation(NextMethod(), refused: true) with { Kind = "stream invocation", Type = 4 },
            < 66 => Silent(refusedOnly),
            < 74 => RandomBytes(),
            < 82 => Truncated(refusedOnly),
            < 89 => Envelope(),
            < 98 => UnknownType(),
            _ => random.Next(3) == 0 ? Oversized() : RandomBytes(),
        };
    }

    private readonly MethodInfo[] _methods = [.. Methods.Where(m => !leaveOut.Contains(m.Name))];

    private MethodInfo NextMethod() => _methods[_method++ % _methods.Length];

    private FuzzInvocation Invocation(MethodInfo method, bool refused)
    {
        var context = new NullabilityInfoContext();
        var parameters = method.GetParameters();
        if (refused && (parameters.Length == 0 || random.Next(6) == 0))
        {
            // One argument too many or too few: never binds.
            var count = parameters.Length == 0 || random.Next(2) == 0 ? parameters.Length + 1 + random.Next(2) : random.Next(parameters.Length);
            return new FuzzInvocation("wrong argument count", method.Name, Arguments(count), 1, Refused: true);
        }

        var poisoned = refused ? random.Next(parameters.Length) : -1;
        // Mostly the meeting's own id, so that calls get past "not joined" to the checks behind it.
        var values = parameters.Select((p, i) => i == poisoned ? Poison(context.Create(p), 0)
            : p.Name == "meetingId" && random.Next(8) != 0 ? Quote(meetingId)
            : Value(context.Create(p), 0));
        return new FuzzInvocation(refused ? "refused arguments" : "random arguments", method.Name, string.Join(",", values), 1, refused);
    }

    /// <summary>A value for the declared type: mostly plausible, sometimes null or any JSON at all.</summary>
    private string Value(NullabilityInfo info, int depth) => random.Next(noise) != 0 ? Plausible(info, depth) : random.Next(3) switch
    {
        0 => AnyJson(depth),
        1 => "null",
        _ => Oddities[random.Next(Oddities.Length)],
    };

    private string Plausible(NullabilityInfo info, int depth)
    {
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        if (type == typeof(string))
        {
            return Text();
        }

        if (type == typeof(Guid))
        {
            return Quote(random.Next(4) switch { 0 => meetingId, 1 => RandomGuid(), 2 => Guid.Empty, _ => ids[random.Next(ids.Count)] });
        }

        if (type == typeof(bool))
        {
            return random.Next(2) == 0 ? "true" : "false";
        }

        if (type == typeof(int) || type == typeof(long))
        {
            long[] numbers = [0, 1, 2, -1, 5, 42, 300, 600, 3_600, 86_400, 10_000, int.MaxValue, int.MinValue];
            var n = numbers[random.Next(numbers.Length)];
            return type == typeof(long) && random.Next(4) == 0 ? (random.Next(2) == 0 ? long.MaxValue : long.MinValue).ToString(CultureInfo.InvariantCulture) : n.ToString(CultureInfo.InvariantCulture);
        }

        if (type.IsEnum)
        {
            var names = Enum.GetNames(type);
            return random.Next(4) == 0 ? random.Next(-1, names.Length + 2).ToString(CultureInfo.InvariantCulture) : Quote(names[random.Next(names.Length)]);
        }

        if (type == typeof(DateOnly))
        {
            return Quote(random.Next(3) switch { 0 => "2026-12-15", 1 => "0001-01-01", _ => "9999-12-31" });
        }

        if (type == typeof(JsonElement))
        {
            return random.Next(2) == 0 ? AnyJson(depth) : $"[{random.Next(5)},\"x\",{-random.Next(3)},{random.Next(40)}]";
        }

        if (ElementOf(info) is { } element)
        {
            var count = random.Next(4);
            return "[" + string.Join(",", Enumerable.Range(0, count).Select(_ => Value(element, depth + 1))) + "]";
        }

        if (IsOurs(type) && depth < MaxDepth)
        {
            var members = Members(type);
            var written = members.Where(_ => random.Next(8) != 0).Select(m => $"{Quote(m.Name)}:{Value(m.Info, depth + 1)}");
            var extra = random.Next(5) == 0 ? [$"{Quote(RandomName())}:{AnyJson(depth + 1)}"] : Array.Empty<string>();
            return "{" + string.Join(",", written.Concat(extra)) + "}";
        }

        return AnyJson(depth);
    }

    /// <summary>A value the declared type can never take: a required null, the wrong JSON kind, an undefined enum number.</summary>
    private string Poison(NullabilityInfo info, int depth)
    {
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        var required = type == typeof(JsonElement) || (!info.Type.IsValueType && info.ReadState == NullabilityState.NotNull);
        if (required && random.Next(3) == 0)
        {
            return "null";
        }

        if (type == typeof(string))
        {
            return Pick("42", "{}", "[]", "true", "1e999");
        }

        if (type == typeof(Guid))
        {
            return Pick("\"not-a-guid\"", "\"\"", "7", "{}", "[]", "true", $"\"{meetingId}x\"");
        }

        if (type == typeof(bool))
        {
            return Pick("\"true\"", "1", "[]", "{}", "\"\"");
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return Pick("\"7\"", "1e999", "99999999999999999999999", "1.5", "{}", "[]", "true");
        }

        if (type.IsEnum)
        {
            return Pick("\"Bogus\"", "99", "-7", "{}", "[]", "1.5");
        }

        if (type == typeof(DateOnly))
        {
            return Pick("\"not a date\"", "\"2026-13-45\"", "5", "{}");
        }

        if (type == typeof(JsonElement))
        {
            return "null";
        }

        if (ElementOf(info) is { } element)
        {
            return random.Next(2) == 0 ? Pick("{}", "\"x\"", "5", "true") : $"[{Plausible(element, depth + 1)},{Poison(element, depth + 1)}]";
        }

        if (IsOurs(type))
        {
            var members = Members(type);
            if (members.Count == 0 || random.Next(4) == 0)
            {
                return Pick("7", "\"x\"", "[]", "true");
            }

            var poisoned = random.Next(members.Count);
            return "{" + string.Join(",", members.Select((m, i) => $"{Quote(m.Name)}:{(i == poisoned ? Poison(m.Info, depth + 1) : Plausible(m.Info, depth + 1))}")) + "}";
        }

        throw new InvalidOperationException($"no value of {info.Type} is sure to be refused: teach the fuzz one");
    }

    private FuzzFrame Silent(bool refusedOnly)
    {
        switch (random.Next(5))
        {
            case 0:
                return Text("ping", """{"type":6}""", closesWith: null);
            // For nothing the server knows of (an empty id is no id: malformed).
            case 1:
                return Text("cancel", $$"""{"type":5,"invocationId":{{Quote(RandomName())}}}""", ErrorCodes.PayloadMalformed, mayClose: true);
            case 2:
                return Text("completion", $$"""{"type":3,"invocationId":{{Quote(RandomName())}},"result":{{AnyJson(0)}}}""", ErrorCodes.PayloadMalformed, mayClose: true);
            case 3:
                return Text("stream item", $$"""{"type":2,"invocationId":{{Quote(RandomName())}},"item":{{AnyJson(0)}}}""", ErrorCodes.PayloadMalformed, mayClose: true);
            default:
                var call = Invocation(NextMethod(), refused: refusedOnly || random.Next(2) == 0);
                return Text("invocation without id", $$"""{"type":1,"target":{{Quote(call.Target)}},"arguments":[{{call.Arguments}}]}""", closesWith: null);
        }
    }

    private FuzzBytes RandomBytes()
    {
        var bytes = new byte[random.Next(1, 300)];
        random.NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = bytes[i] == HubSocketWriter.RecordSeparator ? (byte)0 : bytes[i];
        }

        bytes[^1] = HubSocketWriter.RecordSeparator;
        return new FuzzBytes("random bytes", bytes, WebSocketMessageType.Binary, ErrorCodes.PayloadMalformed);
    }

    /// <summary>A well-formed invocation cut off anywhere: no prefix of a JSON object is one.</summary>
    private FuzzBytes Truncated(bool refusedOnly)
    {
        var call = Invocation(NextMethod(), refused: refusedOnly);
        var whole = $$"""{"type":1,"invocationId":"t{{_invocation++}}","target":{{Quote(call.Target)}},"arguments":[{{call.Arguments}}]}""";
        return Text("truncated JSON", whole[..random.Next(whole.Length)], ErrorCodes.PayloadMalformed);
    }

    /// <summary>The envelope's own fields of the wrong kind, null or missing.</summary>
    private FuzzBytes Envelope()
    {
        var id = Pick("7", "null", "{}", "[]", "true", "\"e\"");
        var target = Pick("7", "null", "[]", "{}", "\"GetServerTime\"");
        var arguments = Pick("{}", "null", "\"x\"", "7", "[]");
        var type = Pick("\"1\"", "null", "true", "1.5", "[]", "1");
        var envelope = random.Next(4) switch
        {
            0 => $$"""{"type":{{type}},"invocationId":"e","target":"GetServerTime","arguments":[]}""",
            1 => $$"""{"type":1,"invocationId":{{id}},"target":"GetServerTime","arguments":[]}""",
            2 => $$"""{"type":1,"invocationId":"e","target":{{target}},"arguments":[]}""",
            _ => $$"""{"type":1,"invocationId":"e","target":"GetServerTime","arguments":{{arguments}}}""",
        };
        return Text("envelope", envelope, ErrorCodes.PayloadMalformed, mayClose: true);
    }

    private FuzzBytes UnknownType()
    {
        return random.Next(6) switch
        {
            0 => Text("unknown type", """{"type":7,"error":"bye"}""", ErrorCodes.PayloadUnknownType),
            1 => Text("unknown type", $$"""{"type":{{Pick("8", "9")}},"sequenceId":1}""", ErrorCodes.PayloadUnknownType),
            2 => Text("huge type", $$"""{"type":{{Pick("1e999", "4294967297", "-9223372036854775809", "1.0e400")}}}""", ErrorCodes.PayloadMalformed),
            _ => Text("unknown type", $$"""{"type":{{Pick("0", "-1", "10", "99", "2147483647", "-2147483648")}},"target":"GetServerTime","arguments":[]}""", ErrorCodes.PayloadUnknownType),
        };
    }

    private FuzzBytes Oversized() =>
        Text("oversized", $$"""{"type":1,"invocationId":"o","target":"GetServerTime","arguments":["{{new string('x', (int)CommunityPlanningApp.MaxHubMessageBytes)}}"]}""", ErrorCodes.PayloadTooLarge);

    private static FuzzBytes Text(string kind, string frame, string? closesWith, bool mayClose = false) =>
        new(kind, Encoding.UTF8.GetBytes(frame + RecordSeparator), WebSocketMessageType.Text, closesWith, mayClose);

    private string Arguments(int count) => string.Join(",", Enumerable.Range(0, count).Select(_ => AnyJson(1)));

    /// <summary>Any JSON value at all.</summary>
    private string AnyJson(int depth)
    {
        var roll = random.Next(depth >= MaxDepth ? 6 : 8);
        return roll switch
        {
            0 => "null",
            1 => random.Next(2) == 0 ? "true" : "false",
            2 => random.Next(-1_000_000, 1_000_000).ToString(CultureInfo.InvariantCulture),
            3 => Oddities[random.Next(Oddities.Length)],
            4 => Text(),
            5 => Quote(ids[random.Next(ids.Count)]),
            6 => "[" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => AnyJson(depth + 1))) + "]",
            _ => "{" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => $"{Quote(RandomName())}:{AnyJson(depth + 1)}")) + "}",
        };
    }

    private string Text() => random.Next(10) == 0
        ? JsonSerializer.Serialize(new string((char)random.Next(0x20, 0x2FFF), random.Next(100, 3_000)))
        : JsonSerializer.Serialize(Strings[random.Next(Strings.Length)]);

    private string RandomName() => random.Next(3) switch
    {
        0 => Methods[random.Next(Methods.Count)].Name + "X",
        1 => new string((char)random.Next('a', 'z' + 1), random.Next(1, 12)),
        _ => Pick("", "constructor", "__proto__", "OnConnectedAsync", "Dispose", "getServerTime ", "meetingId", "type"),
    };

    private Guid RandomGuid()
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private string Pick(params string[] choices) => choices[random.Next(choices.Length)];

    private static string Quote(object value) => JsonSerializer.Serialize(value.ToString());

    private static bool IsOurs(Type type) => !type.IsEnum && type.Namespace?.StartsWith(nameof(CommunityPlanning), StringComparison.Ordinal) == true;

    private static NullabilityInfo? ElementOf(NullabilityInfo info) =>
        info.Type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(info.Type)
            ? info.ElementType ?? (info.GenericTypeArguments.Length == 1 ? info.GenericTypeArguments[0] : null)
            : null;

    private static List<(string Name, NullabilityInfo Info)> Members(Type type)
    {
        var context = new NullabilityInfoContext();
        return [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null && p.GetIndexParameters().Length == 0)
            .Select(p => (JsonNamingPolicy.CamelCase.ConvertName(p.Name), context.Create(p)))];
    }
}
