using System.Text.RegularExpressions;
using CommunityPlanning.Plans;

namespace CommunityPlanning.Web.Imports;

/// <summary>What <see cref="PlanParser"/> understood of a plan, and the lines it could not place.</summary>
public sealed record ParsedPlan(PlanDraft Plan, IReadOnlyList<UnplacedLine> Unplaced);

/// <summary>
/// Reads a plan as regions write their medium-term plans: a title line, target groups ("A. Strategické cíle pro
/// cílovou skupinu senioři"), strategic goals ("A 1: …", the letter of their target group) and objectives ("O 1: …",
/// also "O2 …" without the colon). A wrapped line (<see cref="ImportText.Continues"/>) goes on with the line before
/// it; other lines are notes of the goal or objective above (explanatory paragraphs). Also reads its own Markdown
/// export back, where lines never wrap. A pure function.
/// </summary>
public static partial class PlanParser
{
    public static ParsedPlan Parse(string text)
    {
        var lines = ImportText.Lines(text);
        var reading = new Reading(ImportText.IsMarkdown(lines));
        foreach (var line in lines)
        {
            reading.Add(line);
        }

        return reading.Result();
    }

    [GeneratedRegex(@"^(?<letter>\p{Lu})\.\s+(?<text>\S.*)$")]
    private static partial Regex TargetGroupLine();

    [GeneratedRegex(@"^(?<letter>\p{Lu})\s?(?<number>\d{1,3})\s*[:.)]?\s+(?<text>\S.*)$")]
    private static partial Regex GoalLine();

    [GeneratedRegex(@"^O\s?(?<number>\d{1,3})\s*[:.)]?\s+(?<text>\S.*)$")]
    private static partial Regex ObjectiveLine();

    /// <summary>A node while it is read: its text and notes may still grow.</summary>
    private sealed class Node(string code, string text)
    {
        public string Code { get; } = code;
        public string Text { get; set; } = text;
        public string? Notes { get; set; }
        public List<Node> Children { get; } = [];
    }

    private sealed class Reading(bool markdown)
    {
        private readonly List<Node> _targetGroups = [];
        private readonly List<UnplacedLine> _unplaced = [];
        private string? _title;
        private Node? _current;

        /// <summary>What the line before wrote to (null after a blank line): a node's text, its notes, or the title.</summary>
        private Action<string>? _goOn;

        private string _before = "";

        public void Add(ImportLine line)
        {
            if (line.Kind == LineKind.Blank)
            {
                _goOn = null;
                return;
            }

            var text = line.Text;
            if (line.Kind == LineKind.Heading && line.Level == 1 && _title is null && _targetGroups.Count == 0)
            {
                _title = text;
            }
            else if (ObjectiveLine().Match(text) is { Success: true } objective)
            {
                if (Goal is { } goal)
                {
                    Open(goal.Children, $"O {objective.Groups["number"].Value}", objective.Groups["text"].Value);
                }
                else
                {
                    Unplace(line, "objective_without_goal");
                }
            }
            else if (GoalLine().Match(text) is { Success: true } g && _targetGroups.LastOrDefault() is var group
                && (group is null || g.Groups["letter"].Value == group.Code))
            {
                if (group is not null)
                {
                    Open(group.Children, $"{group.Code} {g.Groups["number"].Value}", g.Groups["text"].Value);
                }
                else
                {
                    Unplace(line, "goal_without_target_group");
                }
            }
            else if (TargetGroupLine().Match(text) is { Success: true } t)
            {
                Open(_targetGroups, t.Groups["letter"].Value, t.Groups["text"].Value);
            }
            else
            {
                Free(line);
            }

            _before = text;
        }

        public ParsedPlan Result() => new(
            new PlanDraft(_title ?? "", [.. _targetGroups.Select(t => new PlanTargetGroupDraft(t.Code, t.Text, t.Notes,
                [.. t.Children.Select(g => new StrategicGoalDraft(g.Code, g.Text, g.Notes,
                    [.. g.Children.Select(o => new ObjectiveDraft(o.Code, o.Text, o.Notes))]))]))]),
            _unplaced);

        /// <summary>The last goal of the last target group, if any.</summary>
        private Node? Goal => _targetGroups.LastOrDefault()?.Children.LastOrDefault();

        private void Open(List<Node> siblings, string code, string text)
        {
            var node = new Node(code, text);
            siblings.Add(node);
            _current = node;
            _goOn = more => node.Text = $"{node.Text} {more}";
        }

        /// <summary>A line that is no node of its own: a wrapped line, a note, the title, or nothing we know.</summary>
        private void Free(ImportLine line)
        {
            var text = line.Text;
            if (_goOn is { } goOn && !markdown && ImportText.Continues(_before, text))
            {
                goOn(text);
            }
            else if (_current is { } node)
            {
                // A new line of a note stays a line; a paragraph after a blank line stays a paragraph.
                node.Notes = node.Notes is null ? text : $"{node.Notes}{(_goOn is null ? "\n\n" : "\n")}{text}";
                _goOn = more => node.Notes = $"{node.Notes} {more}";
            }
            else if (_title is null && !markdown)
            {
                _title = text;
                _goOn = more => _title = $"{_title} {more}";
            }
            else
            {
                Unplace(line, "before_first_target_group");
            }
        }

        private void Unplace(ImportLine line, string reason) => _unplaced.Add(new UnplacedLine(line.Number, line.Text, reason));
    }
}
