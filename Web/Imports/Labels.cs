using System.Globalization;
using System.Text.RegularExpressions;

namespace CommunityPlanning.Web.Imports;

/// <summary>What a record's label stands for, whatever words or abbreviation the town uses.</summary>
public enum LabelKind
{
    Date,
    Time,
    Place,
    Present,
    Excused,
    Guests,
    Facilitator,
    Recorder,
    Programme,
    Task,
    Responsible,
    Deadline,
    Note,

    /// <summary>"Počet účastníků: 9".</summary>
    HeadCount,
}

/// <summary>A "Label: value" line read with tolerance: the label's kind, the label as written and the value (maybe empty).</summary>
public sealed record LabelLine(LabelKind Kind, string Label, string Value);

/// <summary>
/// The labels of Czech records, shared by every importer: with or without a colon ("Přítomni: …", "Přítomni …"),
/// abbreviated ("Přít.", "Datum/čas."), in any case and with extra spaces. One-letter labels ("Z:", "T:") need
/// their colon. Any other "Label: value" is <see cref="Other"/> (a header field of a workshop record).
/// </summary>
public static partial class Labels
{
    private static readonly Dictionary<string, LabelKind> Known = new(StringComparer.Ordinal)
    {
        ["datum"] = LabelKind.Date, ["datum a čas"] = LabelKind.Date, ["datum/čas"] = LabelKind.Date, ["datum, čas"] = LabelKind.Date,
        ["datum jednání"] = LabelKind.Date, ["datum konání"] = LabelKind.Date, ["termín jednání"] = LabelKind.Date, ["dat"] = LabelKind.Date,
        ["čas"] = LabelKind.Time, ["čas jednání"] = LabelKind.Time, ["začátek"] = LabelKind.Time,
        ["místo"] = LabelKind.Place, ["místo konání"] = LabelKind.Place, ["místo jednání"] = LabelKind.Place, ["míst"] = LabelKind.Place,
        ["přítomni"] = LabelKind.Present, ["přítomní"] = LabelKind.Present, ["přítomny"] = LabelKind.Present, ["přít"] = LabelKind.Present,
        ["přítomen"] = LabelKind.Present, ["přítomna"] = LabelKind.Present, ["účastníci"] = LabelKind.Present, ["prezence"] = LabelKind.Present,
        ["přítomní členové"] = LabelKind.Present, ["přítomni členové"] = LabelKind.Present,
        ["omluveni"] = LabelKind.Excused, ["omluvení"] = LabelKind.Excused, ["omluveny"] = LabelKind.Excused, ["omluv"] = LabelKind.Excused,
        ["omluven"] = LabelKind.Excused, ["omluvena"] = LabelKind.Excused, ["nepřítomni"] = LabelKind.Excused, ["omluvili se"] = LabelKind.Excused,
        ["hosté"] = LabelKind.Guests, ["host"] = LabelKind.Guests,
        ["facilitátor"] = LabelKind.Facilitator, ["facilitátorka"] = LabelKind.Facilitator, ["facilitátor(ka)"] = LabelKind.Facilitator,
        ["facilitace"] = LabelKind.Facilitator, ["jednání vedl"] = LabelKind.Facilitator, ["jednání vedla"] = LabelKind.Facilitator,
        ["jednání řídil"] = LabelKind.Facilitator, ["jednání řídila"] = LabelKind.Facilitator, ["předsedající"] = LabelKind.Facilitator,
        ["zapsal"] = LabelKind.Recorder, ["zapsala"] = LabelKind.Recorder, ["zapsal(a)"] = LabelKind.Recorder,
        ["zapisovatel"] = LabelKind.Recorder, ["zapisovatelka"] = LabelKind.Recorder, ["zápis pořídil"] = LabelKind.Recorder, ["zápis pořídila"] = LabelKind.Recorder,
        ["program"] = LabelKind.Programme, ["program jednání"] = LabelKind.Programme, ["body jednání"] = LabelKind.Programme, ["návrh programu"] = LabelKind.Programme,
        ["úkol"] = LabelKind.Task, ["úkoly"] = LabelKind.Task,
        ["z"] = LabelKind.Responsible, ["zodpovídá"] = LabelKind.Responsible, ["odpovídá"] = LabelKind.Responsible, ["zodp"] = LabelKind.Responsible,
        ["t"] = LabelKind.Deadline, ["termín"] = LabelKind.Deadline, ["do"] = LabelKind.Deadline,
        ["pozn"] = LabelKind.Note, ["poznámka"] = LabelKind.Note,
        ["počet účastníků"] = LabelKind.HeadCount, ["počet přítomných"] = LabelKind.HeadCount,
    };

    /// <summary>The label this line starts with, if it is one of the known ones.</summary>
    public static LabelLine? Read(string text)
    {
        // "Z. Novák" is an initial, not a label: one letter needs its colon.
        if (Marked().Match(text) is { Success: true } marked && Find(marked.Groups["label"].Value) is { } kind
            && (marked.Groups["label"].Value.Trim().Length > 1 || marked.Groups["colon"].Success))
        {
            return new LabelLine(kind, marked.Groups["label"].Value.Trim(), marked.Groups["value"].Value.Trim());
        }

        // A label alone on its line ("Program", "Přítomni"): the value follows on the next lines.
        if (text.Length > 1 && Find(text) is { } alone and not (LabelKind.Responsible or LabelKind.Deadline))
        {
            return new LabelLine(alone, text, "");
        }

        // Without a colon: only a known label of more than one letter, the longest that fits ("Místo konání Liberec").
        var words = Unmarked().Match(text);
        if (!words.Success)
        {
            return null;
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(3, parts.Length); n >= 1; n--)
        {
            var label = string.Join(' ', parts[..n]);
            if (label.Length > 1 && Find(label) is { } found and not (LabelKind.Responsible or LabelKind.Deadline or LabelKind.Task or LabelKind.Note))
            {
                return new LabelLine(found, label, string.Join(' ', parts[n..]));
            }
        }

        return null;
    }

    /// <summary>Any "Label: value" line (up to 40 characters of label), known or not.</summary>
    public static (string Label, string Value)? Other(string text) =>
        AnyField().Match(text) is { Success: true } m ? (m.Groups["label"].Value.Trim(), m.Groups["value"].Value.Trim()) : null;

    private static LabelKind? Find(string label)
    {
        var key = Spaces().Replace(label.Trim().TrimEnd('.').ToLower(CultureInfo.GetCultureInfo("cs-CZ")), " ").Replace(" / ", "/", StringComparison.Ordinal);
        return Known.TryGetValue(key, out var kind) ? kind : null;
    }

    /// <summary>"Label:" or "Label.:" or "Abbr." followed by the value (maybe none).</summary>
    [GeneratedRegex(@"^(?<label>[\p{L}][\p{L}/ ,()]{0,30}?)\s*(?:(?<colon>:)|\.\s*(?<colon>:)?)\s*(?<value>.*)$")]
    private static partial Regex Marked();

    [GeneratedRegex(@"^\p{L}[\p{L}()]*(?:\s+\p{L}[\p{L}()]*){0,2}\s+\S")]
    private static partial Regex Unmarked();

    [GeneratedRegex(@"^(?<label>[^:]{1,40}):\s+(?<value>\S.*)$")]
    private static partial Regex AnyField();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
