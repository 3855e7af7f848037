using System.Globalization;
using System.IO.Packaging;
using CommunityPlanning.Common;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommunityPlanning.Web.Imports;

/// <summary>
/// Reads a .docx file into lines as Word shows them: each paragraph a line (its runs joined, however Word split them),
/// its list number or bullet written in front as Word numbers it (the numbering definitions: "1.", "1)", "a)", "•"),
/// whether it is all bold (or a heading style), and each table row a line with its cells apart by tabs.
/// A file that is no DOCX package is <c>import.malformed_file</c>.
/// </summary>
public static class DocxText
{
    public static IReadOnlyList<SourceLine> Read(byte[] file)
    {
        try
        {
            using var stream = new MemoryStream(file, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body ?? throw new DomainException(ErrorCodes.ImportMalformedFile, "no document body");
            var numbering = new Numbering(document.MainDocumentPart.NumberingDefinitionsPart?.Numbering);
            var lines = new List<SourceLine>();
            foreach (var element in body.ChildElements)
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        lines.AddRange(Paragraph(paragraph, numbering));
                        break;
                    case Table table:
                        lines.AddRange(table.Elements<TableRow>().Select(row => new SourceLine(
                            string.Join('\t', row.Elements<TableCell>().Select(c => string.Join(' ', c.Elements<Paragraph>().Select(p => Text(p).Replace('\t', ' ').Trim())))),
                            false)));
                        break;
                }
            }

            return lines;
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or System.Xml.XmlException)
        {
            throw new DomainException(ErrorCodes.ImportMalformedFile, "not a readable DOCX file");
        }
    }

    private static IEnumerable<SourceLine> Paragraph(Paragraph paragraph, Numbering numbering)
    {
        var prefix = paragraph.ParagraphProperties?.NumberingProperties is { } numbered ? numbering.Next(numbered) : "";
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
        var runs = paragraph.Descendants<Run>().Where(r => r.Elements<Text>().Any(t => t.Text.Trim().Length > 0)).ToList();
        var bold = style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) || style.StartsWith("Nadpis", StringComparison.OrdinalIgnoreCase)
            || (runs.Count > 0 && runs.All(r => r.RunProperties?.Bold is { } b && (b.Val is null || b.Val.Value)));
        var text = Text(paragraph);
        var parts = text.Split('\n');
        return parts.Select((part, i) => new SourceLine(i == 0 ? prefix + part : part, bold));
    }

    /// <summary>The paragraph's text: runs joined, tabs kept, line breaks as new lines.</summary>
    private static string Text(Paragraph paragraph) => string.Concat(paragraph.Descendants().Select(e => e switch
    {
        Text t => t.Text,
        TabChar => "\t",
        Break => "\n",
        _ => "",
    }));

    /// <summary>Counts Word's lists: one counter per list and level, a deeper level restarting when a higher one goes on.</summary>
    private sealed class Numbering(DocumentFormat.OpenXml.Wordprocessing.Numbering? definitions)
    {
        private readonly Dictionary<(int List, int Level), int> _counters = [];

        public string Next(NumberingProperties properties)
        {
            var list = properties.NumberingId?.Val?.Value ?? 0;
            var level = properties.NumberingLevelReference?.Val?.Value ?? 0;
            var definition = Level(list, level);
            if (list == 0 || definition is null)
            {
                return "";
            }

            var start = definition.StartNumberingValue?.Val?.Value ?? 1;
            _counters[(list, level)] = _counters.TryGetValue((list, level), out var n) ? n + 1 : start;
            foreach (var deeper in _counters.Keys.Where(k => k.List == list && k.Level > level).ToList())
            {
                _counters.Remove(deeper);
            }

            var format = definition.NumberingFormat?.Val?.Value;
            if (format == NumberFormatValues.Bullet)
            {
                return "• ";
            }

            var pattern = definition.LevelText?.Val?.Value ?? "%1.";
            for (var l = 0; l <= level; l++)
            {
                var count = _counters.TryGetValue((list, l), out var c) ? c : 1;
                pattern = pattern.Replace($"%{l + 1}", Format(Level(list, l)?.NumberingFormat?.Val?.Value, count), StringComparison.Ordinal);
            }

            return pattern + " ";
        }

        private static string Format(NumberFormatValues? format, int n) =>
            format == NumberFormatValues.LowerLetter ? ((char)('a' + (n - 1) % 26)).ToString()
            : format == NumberFormatValues.UpperLetter ? ((char)('A' + (n - 1) % 26)).ToString()
            : format == NumberFormatValues.LowerRoman ? Roman(n).ToLowerInvariant()
            : format == NumberFormatValues.UpperRoman ? Roman(n)
            : n.ToString(CultureInfo.InvariantCulture);

        private static string Roman(int n)
        {
            var values = new[] { (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") };
            var result = "";
            foreach (var (value, letters) in values)
            {
                for (; n >= value; n -= value)
                {
                    result += letters;
                }
            }

            return result;
        }

        private Level? Level(int list, int level)
        {
            var instance = definitions?.Elements<NumberingInstance>().FirstOrDefault(i => i.NumberID?.Value == list);
            var abstractId = instance?.AbstractNumId?.Val?.Value;
            var abstractNum = definitions?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
            return abstractNum?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);
        }
    }
}
