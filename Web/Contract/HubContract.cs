using System.Reflection;
using System.Text;
using CommunityPlanning.Web.Meetings;

namespace CommunityPlanning.Web.Contract;

/// <summary>
/// The meeting hub's methods as the client calls them: a constant per method name (so no call site spells one) and,
/// per method, its arguments and its result, all read off <see cref="MeetingHub"/>'s public methods.
/// </summary>
public static class HubContract
{
    /// <summary>The methods a client may invoke: SignalR's rule (public instance methods of the hub class, not of <c>Hub</c>).</summary>
    public static IReadOnlyList<MethodInfo> Methods { get; } =
    [
        .. typeof(MeetingHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType == typeof(MeetingHub))
            .OrderBy(m => m.Name, StringComparer.Ordinal),
    ];

    public static string TypeScript(TypeScriptTypes types)
    {
        var names = new StringBuilder("/** The meeting hub's methods (Web/Meetings/MeetingHub*.cs); invoke them by these names. */\nexport const Hub = {\n");
        var signatures = new StringBuilder("/** Per hub method: the arguments it takes and what it answers. */\nexport interface HubMethods {\n");
        var nullability = new NullabilityInfoContext();
        foreach (var method in Methods)
        {
            names.Append("  ").Append(method.Name).Append(": \"").Append(method.Name).Append("\",\n");
            var parameters = method.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken))
                .Select(p => $"{p.Name}: {types.Of(p.ParameterType, nullability.Create(p))}");
            signatures.Append("  ").Append(method.Name).Append(": { args: [").Append(string.Join(", ", parameters))
                .Append("]; result: ").Append(Result(method, types, nullability)).Append(" };\n");
        }

        return names.Append("} as const;\n\nexport type HubMethod = keyof HubMethods;\n\n").Append(signatures).Append("}\n").ToString();
    }

    /// <summary>What the client's invocation resolves to: a task's result, nothing for a plain task.</summary>
    private static string Result(MethodInfo method, TypeScriptTypes types, NullabilityInfoContext nullability)
    {
        var returned = method.ReturnType;
        var info = nullability.Create(method.ReturnParameter);
        if (returned == typeof(Task) || returned == typeof(ValueTask))
        {
            return "void";
        }

        var definition = returned.IsGenericType ? returned.GetGenericTypeDefinition() : null;
        return definition == typeof(Task<>) || definition == typeof(ValueTask<>)
            ? types.Of(returned.GetGenericArguments()[0], info.GenericTypeArguments[0])
            : types.Of(returned, info);
    }
}
