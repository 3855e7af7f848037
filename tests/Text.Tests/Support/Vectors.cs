using System.Text.Json;
using CommunityPlanning.Documents.Text;

namespace CommunityPlanning.Text.Tests.Support;

/// <summary>Loads tests/vectors/text-operations.json (copied next to the test assembly) as xunit theory data.</summary>
public static class Vectors
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "vectors", "text-operations.json"))));

    public static TheoryData<string> Names(string section)
    {
        var data = new TheoryData<string>();
        foreach (var c in Document.Value.RootElement.GetProperty(section).EnumerateArray())
        {
            data.Add(c.GetProperty("name").GetString()!);
        }

        return data;
    }

    public static JsonElement Case(string section, string name) =>
        Document.Value.RootElement.GetProperty(section).EnumerateArray()
            .Single(c => c.GetProperty("name").GetString() == name);

    /// <summary>An operation given inline in a vector, parsed through the production JSON path.</summary>
    public static TextOperation Op(this JsonElement c, string property) => TextOperation.FromJson(c.GetProperty(property).GetRawText());

    /// <summary>The canonical compact JSON of an inline operation (whitespace removed) for exact comparison.</summary>
    public static string CanonicalJson(this JsonElement c, string property) =>
        JsonSerializer.Serialize(c.GetProperty(property), new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static string? Str(this JsonElement c, string property) =>
        c.TryGetProperty(property, out var value) ? value.GetString() : null;
}
