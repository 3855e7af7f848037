using System.Text.RegularExpressions;
using CommunityPlanning.Documents;
using CommunityPlanning.Web.Localization;

namespace CommunityPlanning.Web.Imports;

/// <summary>
/// Reads a vision workshop's record as municipalities write it: header fields, "VIZE" with the areas (a short
/// line without a full stop is an area's heading, the paragraphs after it its text), and "NÁVRHY AKTIVIT" with
/// the proposals listed ("- ") under area headings (often in capitals; a blank line inside a list does not end
/// it). Also reads its own Markdown export back (<see cref="ImportText"/>). A pure function.
/// </summary>
public static partial class VisionRecordParser
{
    // The part headings in every UI language, so an export in either language reads back.
    private static readonly string[] VisionMarkers = Markers("record.visionPart");
    private static readonly string[] ProposalMarkers = Markers("record.proposalsPart");

    public static VisionRecord Parse(string text)
    {
        var lines = ImportText.Lines(text);
        var reading = new Reading(ImportText.IsMarkdown(lines));
        foreach (var line in lines)
        {
            reading.Add(line);
        }

        return reading.Result();
    }

    /// <summary>A heading written as a plain line: short, not a sentence.</summary>
    internal static bool HeadingLike(string text) =>
        text.Length <= 120 && !".:;!?,".Contains(text[^1]) && !text.Contains(". ", StringComparison.Ordinal);

    private static string[] Markers(string key) => [.. UiTextEndpoints.Languages.Select(l => UiTextEndpoints.Load(l)[key]).Distinct()];

    private static bool IsMarker(ImportLine line, string[] markers) =>
        line.Kind is LineKind.Text or LineKind.Heading && markers.Any(m => AreaHeadings.Same(line.Text, m));

    private enum Part
    {
        Header,
        Vision,
        Proposals,
    }

    private sealed class Reading(bool markdown)
    {
        private readonly List<HeaderField> _fields = [];
        private readonly List<string> _introduction = [];
        private readonly List<(int Line, string Heading, List<string> Paragraphs)> _areas = [];
        private readonly List<(int Line, string? Heading, List<ProposalItem> Items)> _groups = [];
        private readonly List<UnplacedLine> _unplaced = [];
        private readonly List<ImportLine> _block = [];
        private string? _title;
        private Part _part;

        /// <summary>The line before, unless a blank line or a part heading came between.</summary>
        private ImportLine? _previous;

        /// <summary>Whether the line before was a list item or went on with one.</summary>
        private bool _inItem;

        public void Add(ImportLine line)
        {
            var part = IsMarker(line, VisionMarkers) ? Part.Vision : IsMarker(line, ProposalMarkers) ? Part.Proposals : (Part?)null;
            if (line.Kind == LineKind.Blank || part is not null)
            {
                Flush();
                _part = part ?? _part;
                _previous = null;
                _inItem = false;
                return;
            }

            switch (_part)
            {
                case Part.Header:
                    Header(line);
                    break;
                case Part.Vision:
                    Vision(line);
                    break;
                default:
                    Proposal(line);
                    break;
            }

            _previous = line;
        }

        public VisionRecord Result()
        {
            Flush();
            return new VisionRecord(
                _title,
                _fields,
                _introduction.Count > 0 ? string.Join("\n\n", _introduction) : null,
                [.. _areas.Select(a => new VisionArea(a.Line, a.Heading, string.Join("\n\n", a.Paragraphs)))],
                [.. _groups.Select(g => new ProposalGroup(g.Line, g.Heading, g.Items))],
                _unplaced);
        }

        private void Header(ImportLine line)
        {
            if (line.Kind == LineKind.Heading && _title is null)
            {
                _title = line.Text;
            }
            else if (line.Kind == LineKind.Text && Labels.Read(line.Text) is { Kind: LabelKind.Task or LabelKind.Responsible or LabelKind.Deadline })
            {
                // "Z: K. Marcinková" is a task's responsible person, not a field of the header.
                Unplace(line, "task_outside_item");
            }
            else if (line.Kind == LineKind.Text && Labels.Other(line.Text) is { } field)
            {
                _fields.Add(new HeaderField(field.Label, field.Value));
            }
            else if (line.Kind == LineKind.Text && _title is null && !markdown)
            {
                _title = line.Text;
            }
            else
            {
                Unplace(line, "outside_parts");
            }
        }

        private void Vision(ImportLine line)
        {
            switch (line.Kind)
            {
                case LineKind.Heading:
                    Flush();
                    _areas.Add((line.Number, line.Text, []));
                    break;
                case LineKind.Item:
                    Flush();
                    Unplace(line, "item_in_vision");
                    break;
                default:
                    _block.Add(line);
                    break;
            }
        }

        private void Proposal(ImportLine line)
        {
            var wasInItem = _inItem;
            _inItem = false;
            if (line.Kind == LineKind.Item)
            {
                if (_groups.Count == 0)
                {
                    _groups.Add((line.Number, null, []));
                }

                _groups[^1].Items.Add(new ProposalItem(line.Number, line.Text));
                _inItem = true;
            }
            else if (!markdown && wasInItem && ImportText.Continues(_previous!.Text, line.Text))
            {
                // A list item wrapped onto the next line.
                var items = _groups[^1].Items;
                items[^1] = items[^1] with { Text = $"{items[^1].Text} {line.Text}" };
                _inItem = true;
            }
            else if (line.Kind == LineKind.Heading || (!markdown && HeadingLike(line.Text)))
            {
                _groups.Add((line.Number, line.Text, []));
            }
            else
            {
                Unplace(line, "unrecognised");
            }
        }

        /// <summary>Ends a block of text lines in the vision part: an area's heading, or a paragraph.</summary>
        private void Flush()
        {
            if (_block.Count == 0)
            {
                return;
            }

            if (!markdown && _block.Count == 1 && HeadingLike(_block[0].Text))
            {
                _areas.Add((_block[0].Number, _block[0].Text, []));
            }
            else
            {
                (_areas.Count > 0 ? _areas[^1].Paragraphs : _introduction).Add(string.Join("\n", _block.Select(l => l.Text)));
            }

            _block.Clear();
        }

        private void Unplace(ImportLine line, string reason) => _unplaced.Add(new UnplacedLine(line.Number, line.Text, reason));
    }
}
