using System.Text.Json;

namespace CommunityPlanning.Documents.Text;

public sealed partial class TextOperation
{
    /// <summary>
    /// Parses the compact JSON form and checks the limits. Every refusal is a <see cref="TextException"/>:
    /// <c>payload.malformed</c>, <c>text.surrogate_split</c> or <c>text.too_large</c>.
    /// </summary>
    public static TextOperation FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize<TextOperation>(json, TextJson.Options)
                ?? throw new TextException(TextErrors.Malformed, "a text operation is a JSON array");
        }
        catch (JsonException e)
        {
            throw new TextException(TextErrors.Malformed, e.Message);
        }
    }

    /// <summary>The compact JSON form, e.g. <c>[5,"ahoj",-3,10]</c>.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, TextJson.Options);
}
