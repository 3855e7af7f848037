using System.Text.RegularExpressions;
using CommunityPlanning.Records;

namespace CommunityPlanning.Web.Imports.Minutes;

/// <summary>
/// Builds <see cref="ImportedMinutes"/> from placed lines, as the reader placed them or as the person moved them in the
/// preview: the order of the lines is the order of the elements. A pure function.
/// </summary>
public static partial class MinutesBuilder
{
    /// <summary>The lines with the person's choices applied (a choice for a line that does not exist is ignored).</summary>
    public static IReadOnlyList<PlacedLine> Choose(IReadOnlyList<PlacedLine> lines, IReadOnlyList<LineChoice>? choices)
    {
        if (choices is null || choices.Count == 0)
        {
            return lines;
        }

        var chosen = choices.GroupBy(c => c.Line).ToDictionary(g => g.Key, g => g.Last());
        return [.. lines.Select(l => chosen.TryGetValue(l.Number, out var c) && (c.Part, c.Item) != (l.Part, l.Item)
            ? l with { Part = c.Part, Item = c.Item, Joined = false, Reason = null }
            : l)];
    }

    public static IReadOnlyList<UnplacedLine> Unplaced(IReadOnlyList<PlacedLine> lines) =>
        [.. lines.Where(l => l.Part == MinutesPart.Unplaced).Select(l => new UnplacedLine(l.Number, l.Text, l.Reason ?? "unrecognised"))];

    public static ImportedMinutes Build(IReadOnlyList<PlacedLine> lines)
    {
        var b = new Building();
        foreach (var line in lines)
        {
            b.Add(line);
        }

        return b.Result();
    }

    /// <summary>Names apart by commas or semicolons, not those inside brackets ("Jana Malá (Charita, Liberec)").</summary>
    internal static IEnumerable<string> Names(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || (depth == 0 && text[i] is ',' or ';'))
            {
                var name = text[start..i].Trim().TrimEnd('.').Trim();
                if (name.Length > 0)
                {
                    yield return name;
                }

                start = i + 1;
            }
            else if (text[i] == '(')
            {
                depth++;
            }
            else if (text[i] == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
        }
    }

    private static string Value(string text) => Labels.Read(text) is { } label ? label.Value : text;

    private static RecorderForm FormOf(string word) => word.ToLowerInvariant() switch
    {
        "zapsala" or "zapisovatelka" or "zápis pořídila" => RecorderForm.Feminine,
        "zapsal" or "zapisovatel" or "zápis pořídil" => RecorderForm.Masculine,
        _ => RecorderForm.Unspecified,
    };

    /// <summary>", Z: …" and ", T: …" inside one task line.</summary>
    [GeneratedRegex(@"(?:[,;]|\s[–-])\s*(?=(?:Z|T|Termín|Zodpovídá|Zodp\.)\s*:)")]
    private static partial Regex TaskParts();

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})\b")]
    private static partial Regex Year();

    private sealed class Building
    {
        private readonly List<string> _heading = [];
        private readonly List<string> _present = [];
        private readonly List<string> _excused = [];
        private readonly SortedDictionary<int, ItemDraft> _items = [];
        private readonly List<string> _scheduleRows = [];
        private readonly List<string> _scheduleNote = [];
        private string? _title;
        private string? _date;
        private string? _time;
        private string? _place;
        private string? _facilitator;
        private string? _scheduleTitle;
        private string? _signedAt;
        private DateOnly? _writtenOn;
        private string? _recordedBy;
        private RecorderForm _recorderForm;
        private bool _awaitingRecorder;
        private bool _headCount;
        private PlacedLine? _before;

        public void Add(PlacedLine line)
        {
            var text = line.Text;
            var joined = line.Joined && _before is { } b && b.Part == line.Part;
            switch (line.Part)
            {
                case MinutesPart.Heading:
                    _heading.Add(text);
                    break;
                case MinutesPart.Title:
                    _title = _title is null ? text : $"{_title} {text}";
                    break;
                case MinutesPart.Date:
                    var value = Value(text);
                    _date ??= MinutesShapes.DateText(value) is not null ? value : null;
                    _time ??= MinutesShapes.Time(value) is not null ? value : null;
                    break;
                case MinutesPart.Place:
                    _place = Join(_place, Value(text), joined);
                    break;
                case MinutesPart.Facilitator:
                    _facilitator = Join(_facilitator, Value(text), joined);
                    break;
                case MinutesPart.HeadCount:
                    _headCount = true;
                    break;
                case MinutesPart.Present or MinutesPart.Excused:
                    Attendance(line.Part == MinutesPart.Present ? _present : _excused, text, joined);
                    break;
                case MinutesPart.Programme:
                    Programme(line);
                    break;
                case MinutesPart.Block:
                    Block(line);
                    break;
                case MinutesPart.Text or MinutesPart.Bullet or MinutesPart.Task:
                    Element(line, joined);
                    break;
                case MinutesPart.ScheduleTitle:
                    _scheduleTitle = Join(_scheduleTitle, text, true);
                    break;
                case MinutesPart.ScheduleRow:
                    _scheduleRows.Add(text);
                    break;
                case MinutesPart.ScheduleNote:
                    if (joined && _scheduleNote.Count > 0)
                    {
                        _scheduleNote[^1] = $"{_scheduleNote[^1]} {text}";
                    }
                    else
                    {
                        _scheduleNote.Add(Value(text));
                    }

                    break;
                case MinutesPart.Footer:
                    Footer(text);
                    break;
            }

            _before = line;
        }

        public ImportedMinutes Result()
        {
            var date = _date is { } d ? MinutesShapes.Date(d) : null;
            var time = _time is { } t ? MinutesShapes.Time(t) : null;
            var year = date?.Year;
            var items = _items.Select(i => i.Value.Result(i.Key, year, date)).ToList();
            var scheduleYear = _scheduleTitle is { } st && Year().Match(st) is { Success: true } y ? int.Parse(y.Value) : year;
            var rows = _scheduleRows.Select(r => Row(r, scheduleYear)).OfType<MinutesScheduleRow>().ToList();
            var schedule = _scheduleTitle is not null || rows.Count > 0 || _scheduleNote.Count > 0
                ? new MinutesSchedule(_scheduleTitle, rows, _scheduleNote.Count > 0 ? string.Join("\n", _scheduleNote) : null)
                : null;
            var footer = _signedAt is not null || _writtenOn is not null || _recordedBy is not null
                ? new MinutesImportFooter(_signedAt, _writtenOn, _recordedBy, _recorderForm)
                : null;
            return new ImportedMinutes(_heading, _title, date, time, _place, _facilitator, _headCount, _present, _excused, items, schedule, footer);
        }

        private static string Join(string? before, string text, bool joined) =>
            before is null ? text : joined ? $"{before} {text}" : $"{before}, {text}";

        private void Attendance(List<string> names, string text, bool joined)
        {
            var value = Value(MinutesShapes.Bullet(text) ?? text);
            var more = Names(value).ToList();
            if (joined && names.Count > 0 && more.Count > 0 && _before!.Text.TrimEnd()[^1] is not (',' or ';'))
            {
                // A name wrapped onto the next line goes on with the last one, unless the line before ended with a comma.
                names[^1] = $"{names[^1]} {more[0]}";
                more.RemoveAt(0);
            }

            names.AddRange(more);
        }

        private ItemDraft ItemAt(int? number) => _items.TryGetValue(number ?? (_items.Count > 0 ? _items.Keys.Max() + 1 : 1), out var item)
            ? item
            : _items[number ?? (_items.Count > 0 ? _items.Keys.Max() + 1 : 1)] = new ItemDraft();

        private void Programme(PlacedLine line)
        {
            if (line.Item is null && Labels.Read(line.Text) is { Kind: LabelKind.Programme })
            {
                return;
            }

            var item = ItemAt(line.Item);
            var text = MinutesShapes.Numbered(line.Text)?.Text ?? line.Text;
            item.Title = item.Title is null ? text : $"{item.Title} {text}";
        }

        private void Block(PlacedLine line)
        {
            var item = ItemAt(line.Item);
            item.Blocks.Add(new BlockDraft(line.Text));
            if (item.Title is null)
            {
                var rest = MinutesShapes.Block(line.Text)?.Text ?? MinutesShapes.Numbered(line.Text)?.Text ?? line.Text;
                item.Title = rest.Length > 0 ? rest : null;
            }
        }

        private void Element(PlacedLine line, bool joined)
        {
            var item = ItemAt(line.Item);
            if (item.Blocks.Count == 0)
            {
                item.Blocks.Add(new BlockDraft(null));
            }

            var elements = item.Blocks[^1].Elements;
            var kind = line.Part switch
            {
                MinutesPart.Bullet => MinutesElementKind.Bullet,
                MinutesPart.Task => MinutesElementKind.Task,
                _ => MinutesElementKind.Text,
            };
            var text = kind == MinutesElementKind.Bullet ? MinutesShapes.Bullet(line.Text) ?? line.Text : line.Text;
            if (joined && elements.Count > 0)
            {
                elements[^1] = (elements[^1].Kind, $"{elements[^1].Text} {text}");
            }
            else if (kind == MinutesElementKind.Task && elements.Count > 0 && elements[^1].Kind == MinutesElementKind.Task
                && _before is { Part: MinutesPart.Task } && Labels.Read(text) is { Kind: LabelKind.Responsible or LabelKind.Deadline })
            {
                // "Z: …" or "T: …" on the line after the task's sentence is part of that task.
                elements[^1] = (elements[^1].Kind, $"{elements[^1].Text}, {text}");
            }
            else
            {
                elements.Add((kind, text));
            }
        }

        private void Footer(string text)
        {
            var rest = text;
            if (MinutesShapes.SignedLine(text) is { } signed)
            {
                _signedAt = signed.SignedAt;
                _writtenOn = MinutesShapes.Date(text);
                rest = signed.After;
            }

            if (MinutesShapes.Recorder(rest) is { } recorder)
            {
                _recorderForm = FormOf(recorder.Form);
                _recordedBy = recorder.Name.Length > 0 ? recorder.Name : _recordedBy;
                _awaitingRecorder = recorder.Name.Length == 0;
            }
            else if (Labels.Read(rest) is { Kind: LabelKind.Recorder } label)
            {
                _recorderForm = FormOf(label.Label);
                _recordedBy = label.Value.Length > 0 ? label.Value : _recordedBy;
                _awaitingRecorder = label.Value.Length == 0;
            }
            else if (_awaitingRecorder && rest.Trim().Length > 0)
            {
                _recordedBy = rest.Trim();
                _awaitingRecorder = false;
            }
        }

        /// <summary>A schedule row: its date (the year from the schedule's title, else the meeting's), time and the rest as the place.</summary>
        private static MinutesScheduleRow? Row(string text, int? year)
        {
            if (MinutesShapes.Date(text, year) is not { } date)
            {
                return null;
            }

            var time = MinutesShapes.Time(text);
            var rest = Regex.Replace(text, @"^\s*(?:\p{L}+,?\s+)?\d{1,2}\.\s*\d{1,2}\.(?:\s*\d{4})?", "");
            rest = Regex.Replace(rest, @"^\s*(?:od\s+)?\d{1,2}(?:[:.]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?)?\s*(?:hod(?:in)?\.?)?", "");
            var place = rest.Trim().Trim(',', ';', '–', '-').Trim();
            return new MinutesScheduleRow(date, time, place.Length > 0 ? place : null, text);
        }
    }

    private sealed record BlockDraft(string? Heading)
    {
        public List<(MinutesElementKind Kind, string Text)> Elements { get; } = [];
    }

    private sealed class ItemDraft
    {
        public string? Title { get; set; }

        public List<BlockDraft> Blocks { get; } = [];

        public MinutesImportItem Result(int number, int? year, DateOnly? meetingDate) => new(
            number,
            Title ?? "",
            [.. Blocks.Select(b => new MinutesBlock(b.Heading, [.. b.Elements.Select(e => e.Kind == MinutesElementKind.Task ? Task(e.Text, year, meetingDate) : new MinutesElement(e.Kind, e.Text))]))]);
    }

    /// <summary>"Úkol: připravit podklady, Z: K. Marcinková, T: 15. 12." — what, who, by when (a date without a year after the meeting).</summary>
    private static MinutesElement Task(string text, int? year, DateOnly? meetingDate)
    {
        string? what = null;
        string? who = null;
        string? dueText = null;
        foreach (var part in TaskParts().Split(text))
        {
            switch (Labels.Read(part.Trim()))
            {
                case { Kind: LabelKind.Responsible } z:
                    // "Z: –" is how the export prints a task with nobody named.
                    who = z.Value.Any(char.IsLetter) ? z.Value : null;
                    break;
                case { Kind: LabelKind.Deadline } t:
                    dueText = t.Value;
                    break;
                case { Kind: LabelKind.Task } u:
                    what = what is null ? u.Value : $"{what}, {u.Value}";
                    break;
                default:
                    what = what is null ? part.Trim() : $"{what}, {part.Trim()}";
                    break;
            }
        }

        // Without "T:", a date in the sentence ("do 15. 12. 2026") is the deadline.
        dueText ??= what is not null ? MinutesShapes.DateText(what) : null;
        var due = dueText is not null ? MinutesShapes.Date(dueText, year) : null;
        if (due is { } d && meetingDate is { } m && d < m && !Regex.IsMatch(dueText!, @"\d{4}"))
        {
            due = d.AddYears(1);
        }

        return new MinutesElement(MinutesElementKind.Task, what ?? "", who, due, dueText);
    }
}
