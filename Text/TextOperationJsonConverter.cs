using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommunityPlanning.Documents.Text;

/// <summary>
/// Reads and writes the compact wire form: a JSON array where a positive integer retains, a negative
/// integer deletes and a string inserts, e.g. <c>[5,"ahoj",-3,10]</c>. Reading normalizes the operation
/// and refuses bad input with a <see cref="TextException"/>: <c>payload.malformed</c> (not an array, zero,
/// a fraction, an out-of-range number, an empty string, any other value), <c>text.surrogate_split</c>
/// (a lone surrogate in an insert) and <c>text.too_large</c> (see <see cref="TextLimits"/>).
/// </summary>
public sealed class TextOperationJsonConverter : JsonConverter<TextOperation>
{
    public override TextOperation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Malformed("a text operation is a JSON array");
        }

        var builder = new TextOperationBuilder();
        var components = 0;
        var inserted = 0;
        while (true)
        {
            if (!reader.Read())
            {
                throw Malformed("unterminated array");
            }

            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            if (components == TextLimits.MaxComponents)
            {
                throw new TextException(TextErrors.TooLarge, $"at most {TextLimits.MaxComponents} components");
            }

            components++;
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    if (!reader.TryGetInt32(out var n) || n == 0 || n == int.MinValue)
                    {
                        throw Malformed("a count is a non-zero 32-bit integer");
                    }

                    if (n > 0)
                    {
                        builder.Retain(n);
                    }
                    else
                    {
                        builder.Delete(-n);
                    }

                    break;
                case JsonTokenType.String:
                    var text = ReadString(ref reader);
                    if (text.Length == 0)
                    {
                        throw Malformed("an insert is a non-empty string");
                    }

                    inserted += text.Length;
                    if (inserted > TextLimits.MaxInsertedLength)
                    {
                        throw new TextException(TextErrors.TooLarge, $"at most {TextLimits.MaxInsertedLength} inserted characters");
                    }

                    builder.Insert(text);
                    break;
                default:
                    throw Malformed("a component is a non-zero integer or a non-empty string");
            }
        }

        var operation = builder.Build();
        operation.EnsureWithinLimits();
        return operation;
    }

    public override void Write(Utf8JsonWriter writer, TextOperation value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var c in value.Components)
        {
            switch (c.Kind)
            {
                case TextComponentKind.Retain:
                    writer.WriteNumberValue(c.Length);
                    break;
                case TextComponentKind.Delete:
                    writer.WriteNumberValue(-c.Length);
                    break;
                default:
                    writer.WriteStringValue(c.Text);
                    break;
            }
        }

        writer.WriteEndArray();
    }

    private static string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json refuses to unescape a lone surrogate ("\ud83d"); report it like the client does.
            throw new TextException(TextErrors.SurrogateSplit, "insert contains a lone surrogate");
        }
    }

    private static TextException Malformed(string detail) => new(TextErrors.Malformed, detail);
}

/// <summary>Serializer options for the compact form: readable Czech, no indentation.</summary>
internal static class TextJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
