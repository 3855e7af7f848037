using System.Globalization;

namespace CommunityPlanning.Web.Imports.Minutes;

/// <summary>
/// Places every line of a record of a meeting as towns write it: the heading lines above the title, the title, the
/// header's labels (<see cref="Labels"/>: date and time, place, present and excused with names on the same or the
/// following lines), the programme, the blocks under its items ("Ad 1)", "Ad. 1", "K bodu 1", "1)" again, a bold
/// heading), their text, lists and tasks, the schedule with its title, rows and note, and the footer. A numbered run
/// is the programme only when its items come back as blocks later; otherwise each numbered paragraph is an item with
/// its text under it. Lines that wrap (<see cref="ImportText.Continues"/>) are joined to the line before. A pure function.
/// </summary>
public static class MinutesReader
{
    public static IReadOnlyList<PlacedLine> Place(IReadOnlyList<ImportLine> lines) => new Reading(Content(lines)).Run();

    /// <summary>The lines with text, each with whether a paragraph break (a blank line) came before it.</summary>
    private static List<(ImportLine Line, bool Break)> Content(IReadOnlyList<ImportLine> lines)
    {
        var content = new List<(ImportLine, bool)>();
        var gap = false;
        foreach (var line in ImportText.Undoubled(lines))
        {
            if (line.Kind == LineKind.Blank)
            {
                gap = true;
                continue;
            }

            content.Add((line, gap));
            gap = false;
        }

        return content;
    }

    internal static string Normal(string text) =>
        new([.. text.ToLower(CultureInfo.GetCultureInfo("cs-CZ")).Where(char.IsLetterOrDigit)]);

    private enum State
    {
        Top,
        Header,
        Programme,
        Body,
        Schedule,
        Footer,
    }

    private sealed class Reading(List<(ImportLine Line, bool Break)> content)
    {
        private readonly List<PlacedLine> _placed = [];
        private readonly List<(int Number, string Title)> _programme = [];
        private State _state = State.Top;
        private int _titleIndex = -1;
        private int _current;
        private int _lastItem;
        private MinutesPart? _attendance;
        private bool _hasProgramme;
        private bool _scheduleRows;
        private HashSet<int> _programmeRun = [];

        public IReadOnlyList<PlacedLine> Run()
        {
            _titleIndex = FindTitle();
            for (var i = 0; i < content.Count; i++)
            {
                var (line, gap) = content[i];
                if (Joins(line, gap) is { } joined)
                {
                    _placed.Add(joined);
                    continue;
                }

                _placed.Add(PlaceLine(i, line, gap));
            }

            return _placed;
        }

        private static string Text(ImportLine line) => line.Kind == LineKind.Item ? line.Source : line.Text;

        private static bool Strong(ImportLine line) => line.Bold || line.Kind == LineKind.Heading;

        private int FindTitle()
        {
            for (var i = 0; i < Math.Min(content.Count, 12); i++)
            {
                var text = content[i].Line.Text;
                if (MinutesShapes.IsTitle(text))
                {
                    return i;
                }

                if (Labels.Read(text) is not null || MinutesShapes.Numbered(text) is not null || MinutesShapes.Block(text) is not null)
                {
                    break;
                }
            }

            return content.Count > 0 && Labels.Read(content[0].Line.Text) is null && !MinutesShapes.IsBareDate(content[0].Line.Text) ? 0 : -1;
        }

        /// <summary>A wrapped line going on with the line before, placed like it.</summary>
        private PlacedLine? Joins(ImportLine line, bool gap)
        {
            if (gap || _placed.Count == 0 || _state == State.Top)
            {
                return null;
            }

            var before = _placed[^1];
            var text = Text(line);
            var joinable = before.Part is MinutesPart.Title or MinutesPart.Programme or MinutesPart.Block or MinutesPart.Text or MinutesPart.Bullet
                or MinutesPart.Task or MinutesPart.ScheduleTitle or MinutesPart.ScheduleNote or MinutesPart.Present or MinutesPart.Excused;
            var structure = Labels.Read(text) is not null || MinutesShapes.Numbered(text) is not null || MinutesShapes.Block(text) is not null
                || MinutesShapes.Bullet(text) is not null || MinutesShapes.SignedLine(text) is not null || MinutesShapes.IsScheduleTitle(text)
                || line.Cells is not null || Strong(line) || MinutesShapes.StartsWithDate(text) || MinutesShapes.StartsWithPerson(text);
            var raw = content.First(c => c.Line.Number == before.Number).Line;
            return joinable && !structure && !before.Text.EndsWith(':') && !(before.Part == MinutesPart.Programme && before.Item is null)
                && ImportText.Continues(Text(raw), text)
                ? new PlacedLine(line.Number, Text(line), before.Part, before.Item, Joined: true)
                : null;
        }

        private PlacedLine PlaceLine(int index, ImportLine line, bool gap)
        {
            var text = Text(line);
            if (index < _titleIndex)
            {
                return Placed(line, MinutesPart.Heading);
            }

            if (index == _titleIndex)
            {
                _state = State.Header;
                return Placed(line, MinutesPart.Title);
            }

            if (_state != State.Footer && Footer(line) is { } footer)
            {
                _state = State.Footer;
                return footer;
            }

            return _state switch
            {
                State.Top or State.Header => Header(index, line, gap),
                State.Programme when _programmeRun.Contains(index) => Placed(line, MinutesPart.Programme, MinutesShapes.Numbered(text)!.Value.Number),
                State.Schedule => Schedule(line),
                State.Footer => Footer(line) ?? Placed(line, MinutesPart.Unplaced, reason: "after_footer"),
                _ => Body(line),
            };
        }

        private PlacedLine? Footer(ImportLine line)
        {
            var text = Text(line);
            if (MinutesShapes.SignedLine(text) is not null || MinutesShapes.Recorder(text) is { Name.Length: > 0 }
                || Labels.Read(text) is { Kind: LabelKind.Recorder })
            {
                return Placed(line, MinutesPart.Footer);
            }

            // The recorder's name on the line after "Zapsala:".
            return _state == State.Footer && _placed[^1] is { Part: MinutesPart.Footer } before && before.Text.TrimEnd().EndsWith(':')
                ? Placed(line, MinutesPart.Footer)
                : null;
        }

        private PlacedLine Header(int index, ImportLine line, bool gap)
        {
            var text = Text(line);
            _state = State.Header;
            if (Labels.Read(text) is { } label)
            {
                _attendance = null;
                switch (label.Kind)
                {
                    case LabelKind.Date or LabelKind.Time:
                        return Placed(line, MinutesPart.Date);
                    case LabelKind.Place:
                        return Placed(line, MinutesPart.Place);
                    case LabelKind.Facilitator:
                        return Placed(line, MinutesPart.Facilitator);
                    case LabelKind.HeadCount:
                        return Placed(line, MinutesPart.HeadCount);
                    case LabelKind.Present or LabelKind.Guests:
                        _attendance = MinutesPart.Present;
                        return Placed(line, MinutesPart.Present);
                    case LabelKind.Excused:
                        _attendance = MinutesPart.Excused;
                        return Placed(line, MinutesPart.Excused);
                    case LabelKind.Programme:
                        _hasProgramme = true;
                        _state = State.Programme;
                        _programmeRun = ProgrammeRun(index + 1, force: true);
                        return Placed(line, MinutesPart.Programme);
                    default:
                        return Placed(line, MinutesPart.Unplaced, reason: "task_outside_item");
                }
            }

            if (MinutesShapes.IsBareDate(text))
            {
                return Placed(line, MinutesPart.Date);
            }

            if (_attendance is { } attendance && (!gap || _placed[^1].Text.EndsWith(':')) && MinutesShapes.Numbered(text) is null && !Strong(line))
            {
                return Placed(line, attendance);
            }

            _attendance = null;
            if (Labels.Other(text) is not null && MinutesShapes.Numbered(text) is null && MinutesShapes.Block(text) is null && !_hasProgramme)
            {
                return Placed(line, MinutesPart.Unplaced, reason: "unknown_label");
            }

            if (MinutesShapes.Numbered(text) is { } numbered && _programme.Count == 0 && !_hasProgramme)
            {
                _programmeRun = ProgrammeRun(index, force: false);
                if (_programmeRun.Count > 0)
                {
                    _hasProgramme = true;
                    _state = State.Programme;
                    return Placed(line, MinutesPart.Programme, numbered.Number);
                }
            }

            if (MinutesShapes.Numbered(text) is null && MinutesShapes.Block(text) is null && !Strong(line)
                && _placed.Count > 0 && _placed[^1].Part is MinutesPart.Title or MinutesPart.Heading && _placed.All(p => p.Part is MinutesPart.Title or MinutesPart.Heading))
            {
                return Placed(line, MinutesPart.Title);
            }

            _state = State.Body;
            return Body(line);
        }

        /// <summary>
        /// The lines of the programme starting at <paramref name="start"/>: items numbered 1, 2, … (wrapped lines between
        /// them allowed). Without a "Program:" label, only if the items come back later as blocks; else none.
        /// </summary>
        private HashSet<int> ProgrammeRun(int start, bool force)
        {
            var run = new HashSet<int>();
            var titles = new List<(int Number, string Title)>();
            var i = start;
            for (; i < content.Count; i++)
            {
                var text = Text(content[i].Line);
                if (MinutesShapes.Numbered(text) is { } n && n.Number == titles.Count + 1)
                {
                    run.Add(i);
                    titles.Add((n.Number, n.Text));
                }
                else if (titles.Count > 0 && !content[i].Break && ImportText.Continues(Text(content[i - 1].Line), text)
                    && MinutesShapes.Bullet(text) is null && Labels.Read(text) is null)
                {
                    titles[^1] = (titles[^1].Number, $"{titles[^1].Title} {text}");
                }
                else
                {
                    break;
                }
            }

            var comesBack = content.Skip(i).Any(c =>
                MinutesShapes.Block(c.Line.Text) is { Number: 1 }
                || MinutesShapes.Numbered(Text(c.Line)) is { Number: 1 }
                || (titles.Count > 0 && Strong(c.Line) && Matches(c.Line.Text, titles[0].Title)));
            if (titles.Count == 0 || (!force && (titles.Count < 2 || !comesBack)))
            {
                return [];
            }

            _programme.AddRange(titles);
            return run;
        }

        private static bool Matches(string text, string title)
        {
            var (a, b) = (Normal(text), Normal(title));
            return a.Length > 2 && b.Length > 2 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal) || a.EndsWith(b, StringComparison.Ordinal));
        }

        private PlacedLine Body(ImportLine line)
        {
            var text = Text(line);
            _state = State.Body;
            if (MinutesShapes.Block(text) is { } block)
            {
                return Item(line, MinutesPart.Block, block.Number);
            }

            // "Harmonogram jednání … pro rok 2027" in bold is the schedule even when an item is called "Harmonogram jednání".
            var schedule = MinutesShapes.IsScheduleTitle(text);
            var titled = Strong(line) ? _programme.FindIndex(p => Matches(text, p.Title) && (!schedule || Normal(text) == Normal(p.Title))) : -1;
            if (titled >= 0)
            {
                return Item(line, MinutesPart.Block, _programme[titled].Number);
            }

            if (schedule)
            {
                _state = State.Schedule;
                _scheduleRows = false;
                return Placed(line, MinutesPart.ScheduleTitle);
            }

            if (MinutesShapes.Numbered(text) is { } numbered && numbered.Number == _lastItem + 1
                && (!_hasProgramme || numbered.Number <= _programme.Count))
            {
                return Item(line, _hasProgramme ? MinutesPart.Block : MinutesPart.Programme, numbered.Number);
            }

            if (_current > 0 && Labels.Read(text) is { Kind: LabelKind.Task or LabelKind.Responsible or LabelKind.Deadline } task)
            {
                if (task.Kind != LabelKind.Task)
                {
                    TaskFromLineBefore();
                }

                return Placed(line, MinutesPart.Task, _current);
            }

            if (Strong(line))
            {
                return _hasProgramme ? Item(line, MinutesPart.Block, Math.Max(_current, 1)) : Item(line, MinutesPart.Programme, _lastItem + 1);
            }

            if (_current == 0)
            {
                return Placed(line, MinutesPart.Unplaced, reason: "before_first_item");
            }

            return Placed(line, MinutesShapes.Bullet(text) is not null ? MinutesPart.Bullet : MinutesPart.Text, _current);
        }

        /// <summary>"Z: …" under a sentence: the sentence (with its wrapped lines) is what the task is.</summary>
        private void TaskFromLineBefore()
        {
            var last = _placed.Count - 1;
            if (last < 0 || _placed[last].Part is not (MinutesPart.Text or MinutesPart.Bullet) || _placed[last].Item != _current)
            {
                return;
            }

            for (var i = last; i >= 0; i--)
            {
                var joined = _placed[i].Joined;
                _placed[i] = _placed[i] with { Part = MinutesPart.Task };
                if (!joined)
                {
                    break;
                }
            }
        }

        private PlacedLine Item(ImportLine line, MinutesPart part, int number)
        {
            _current = number;
            _lastItem = Math.Max(_lastItem, number);
            return Placed(line, part, number);
        }

        private PlacedLine Schedule(ImportLine line)
        {
            var text = Text(line);
            if (MinutesShapes.Block(text) is not null || (Strong(line) && _programme.Any(p => Matches(text, p.Title))))
            {
                return Body(line);
            }

            var row = line.Cells is { } cells
                ? cells.Any(c => MinutesShapes.Date(c, 2000) is not null)
                : MinutesShapes.StartsWithDate(text);
            if (row)
            {
                _scheduleRows = true;
                return Placed(line, MinutesPart.ScheduleRow);
            }

            return !_scheduleRows && line.Cells is not null || line.Cells is { } c && c.All(x => x.Trim('-', ':', ' ').Length == 0)
                ? Placed(line, MinutesPart.ScheduleHeader)
                : Placed(line, MinutesPart.ScheduleNote);
        }

        private static PlacedLine Placed(ImportLine line, MinutesPart part, int? item = null, string? reason = null) =>
            new(line.Number, Text(line), part, item, Reason: reason);
    }
}
