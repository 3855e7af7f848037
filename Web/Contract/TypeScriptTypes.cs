using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using CommunityPlanning.Documents.Text;

namespace CommunityPlanning.Web.Contract;

/// <summary>
/// TypeScript declarations of the wire records, read off the JSON schema that the serializer's own options give
/// (<see cref="JsonSchemaExporter"/>): property names, enums as names, nullability and defaults are what the app
/// writes and reads. Each record or enum of the app becomes a named declaration; everything else is inlined.
/// </summary>
public sealed class TypeScriptTypes(JsonSerializerOptions options)
{
    /// <summary>Marks a schema node that stands for a named type of the app.</summary>
    private const string TypeKey = "x-type";

    private readonly SortedDictionary<string, Type> _named = new(StringComparer.Ordinal);
    private readonly Queue<Type> _pending = new();

    /// <summary>The TypeScript type of values of <paramref name="type"/>; named types it uses are declared by <see cref="Declarations"/>.</summary>
    public string Of(Type type) => type == typeof(void) ? "void" : Render(Schema(type), top: false);

    /// <summary>As <see cref="Of(Type)"/>, with <c>| null</c> when the declaration says null may be passed or answered.</summary>
    public string Of(Type type, NullabilityInfo nullability) =>
        nullability.ReadState == NullabilityState.Nullable && !Of(type).EndsWith(" | null", StringComparison.Ordinal) ? $"{Of(type)} | null" : Of(type);

    /// <summary>Every named type used so far (and those they use), sorted by name.</summary>
    public string Declarations()
    {
        var declarations = new SortedDictionary<string, string>(StringComparer.Ordinal);
        while (_pending.TryDequeue(out var type))
        {
            declarations[NameOf(type)] = Declare(type);
        }

        return string.Concat(declarations.Values);
    }

    private JsonNode Schema(Type type) => options.GetJsonSchemaAsNode(type, new JsonSchemaExporterOptions
    {
        // Items of a list and the type asked for say nothing of null: they are not null (a member says so when it may be).
        TreatNullObliviousAsNonNullable = true,
        TransformSchemaNode = (context, node) =>
        {
            var nodeType = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
            if (nodeType == typeof(TextOperation))
            {
                // Its converter writes the compact form: retain (positive), delete (negative), insert (string).
                return new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = new JsonArray("integer", "string") } };
            }

            if (IsNamed(nodeType) && node is JsonObject o)
            {
                o[TypeKey] = nodeType.AssemblyQualifiedName;
            }

            return node;
        },
    });

    private static bool IsNamed(Type type) =>
        type.Namespace?.StartsWith("CommunityPlanning", StringComparison.Ordinal) == true && !type.IsGenericType && !type.IsArray;

    private string NameOf(Type type)
    {
        var name = type.Name;
        if (_named.TryGetValue(name, out var known))
        {
            return known == type ? name : throw new InvalidOperationException($"Two wire types are called {name}: {known.FullName} and {type.FullName}");
        }

        _named[name] = type;
        _pending.Enqueue(type);
        return name;
    }

    private string Declare(Type type)
    {
        var schema = Schema(type);
        var text = new StringBuilder();
        text.Append("/** ").Append(type.FullName).Append(" */\n");
        if (options.GetTypeInfo(type).PolymorphismOptions is { } polymorphism)
        {
            // One of its kinds, each its own record with the discriminator that names it (MeetingCommandJson).
            text.Append("export type ").Append(type.Name).Append(" =");
            foreach (var kind in polymorphism.DerivedTypes)
            {
                text.Append("\n  | ({ ").Append(polymorphism.TypeDiscriminatorPropertyName).Append(": ")
                    .Append(JsonSerializer.Serialize(kind.TypeDiscriminator)).Append(" } & ").Append(NameOf(kind.DerivedType)).Append(')');
            }

            text.Append(";\n\n");
        }
        else if (schema["enum"] is JsonArray values)
        {
            text.Append("export type ").Append(type.Name).Append(" = ").Append(Union(values)).Append(";\n\n");
        }
        else
        {
            text.Append("export interface ").Append(type.Name).Append(' ').Append(Members(schema, "")).Append("\n\n");
        }

        return text.ToString();
    }

    private string Render(JsonNode schema, bool top)
    {
        if (schema is not JsonObject)
        {
            return "unknown"; // the schema "true": any JSON (a JsonElement)
        }

        var nullable = Types(schema).Contains("null") || schema["enum"] is JsonArray e && e.Any(v => v is null);
        var type = schema[TypeKey] is { } named && !top
            ? NameOf(Type.GetType(named.GetValue<string>(), throwOnError: true)!)
            : Shape(schema);
        return nullable && type != "unknown" ? $"{type} | null" : type;
    }

    private string Shape(JsonNode schema)
    {
        if (schema["$ref"] is not null)
        {
            throw new NotSupportedException($"A recursive wire type is not supported: {schema.ToJsonString()}");
        }

        if (schema["enum"] is JsonArray values)
        {
            return Union(values);
        }

        var types = Types(schema).Where(t => t != "null").ToList();
        if (types.Count == 0)
        {
            return "unknown";
        }

        return string.Join(" | ", types.Select(t => t switch
        {
            "string" => "string",
            "integer" or "number" => "number",
            "boolean" => "boolean",
            "array" => Array(schema["items"]),
            "object" => Object(schema),
            _ => throw new NotSupportedException($"JSON schema type {t}"),
        }).Distinct());
    }

    private string Array(JsonNode? items)
    {
        if (items is null)
        {
            return "unknown[]";
        }

        var item = Render(items, top: false);
        return item.Contains(' ') ? $"({item})[]" : $"{item}[]";
    }

    private string Object(JsonNode schema) =>
        schema["properties"] is JsonObject ? Members(schema, "")
        : schema["additionalProperties"] is JsonNode values ? $"Record<string, {Render(values, top: false)}>"
        : "Record<string, unknown>";

    private string Members(JsonNode schema, string indent)
    {
        var properties = schema["properties"] as JsonObject ?? [];
        var text = new StringBuilder("{\n");
        foreach (var (name, property) in properties)
        {
            // Every member is written, also those with a default (the serializer ignores none).
            text.Append(indent).Append("  ").Append(name).Append(": ").Append(Render(property!, top: false)).Append(";\n");
        }

        return text.Append(indent).Append('}').ToString();
    }

    private static string Union(JsonArray values) =>
        string.Join(" | ", values.Where(v => v is not null).Select(v => JsonSerializer.Serialize(v!.GetValue<string>())));

    private static IEnumerable<string> Types(JsonNode schema) => schema["type"] switch
    {
        JsonValue one => [one.GetValue<string>()],
        JsonArray many => many.Select(t => t!.GetValue<string>()),
        _ => [],
    };
}
