using System.Text;
using CommunityPlanning.Web.Imports;
using CommunityPlanning.Web.Imports.Minutes;

namespace CommunityPlanning.Web.Tests.Imports;

/// <summary>
/// The minutes written for the tests (Imports/Corpus, copied next to the test assembly as corpus/) and their expected
/// placement: one line per line with text, "part item | text" (see <see cref="Describe"/>).
/// </summary>
public static class MinutesCorpus
{
    private static string Directory => Path.Combine(AppContext.BaseDirectory, "corpus");

    public static IEnumerable<string> TextNames => System.IO.Directory.GetFiles(Directory, "*.txt").Select(Path.GetFileNameWithoutExtension).Order()!;

    public static string Text(string name) => File.ReadAllText(Path.Combine(Directory, name + ".txt"));

    public static string[] Expected(string name) => File.ReadAllLines(Path.Combine(Directory, name + ".expected"), Encoding.UTF8);

    /// <summary>"programme 2 | 2. Dotazník potřeb seniorů": the part, the item's number (if any) and the line.</summary>
    public static string[] Describe(IReadOnlyList<PlacedLine> placed) =>
        [.. placed.Select(p => $"{p.Part.ToString().ToLowerInvariant()}{(p.Item is { } i ? $" {i}" : "")} | {p.Text}")];

    public static IReadOnlyList<PlacedLine> Place(string text) => MinutesReader.Place(ImportText.Lines(text));
}
