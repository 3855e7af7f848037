using System.Text;
using CommunityPlanning.Meetings;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Common;

namespace CommunityPlanning.Web.Records;

/// <summary>
/// The record of a meeting so far, in Markdown, laid out as the municipality's records are: the header from the
/// meeting itself, attendance counted as the records count it, the programme with the time each item took, and
/// the decisions (closed polls, proposal rankings). Czech dates ("18. 11. 2015") and Czech sorting of names.
/// </summary>
public static class MeetingRecordMarkdown
{
    public static string Write(MeetingSnapshot meeting, IReadOnlyDictionary<Guid, string> areas, IReadOnlyDictionary<string, string> texts)
    {
        string T(string key) => texts.TryGetValue(key, out var text) ? text : key;
        var d = meeting.Details;
        var md = new StringBuilder();
        md.Append("# ").AppendLine(d.Title).AppendLine();
        md.Append("**").Append(T("record.when")).Append(":** ").AppendLine(CzechFormat.DateTime(d.StartsAt) + "  ");
        if (d.Place is { } place)
        {
            md.Append("**").Append(T("record.where")).Append(":** ").AppendLine(place + "  ");
        }

        md.Append("**").Append(T("meeting.facilitator")).Append(":** ").AppendLine(d.FacilitatorName).AppendLine();

        // Attendance: present (connected or marked in the room), excused; members counted apart from the rest.
        var people = meeting.Roster.Where(e => !e.Removed && e.Role != MeetingRole.Observer).ToList();
        var present = people.Where(e => e.Attendance == Attendance.Present
            || (e.Attendance == Attendance.Unmarked && meeting.Present.Contains(e.ParticipantId))).ToList();
        var excused = people.Where(e => e.Attendance == Attendance.Excused).ToList();
        md.Append("**").Append(T("record.present")).Append(":** ").AppendLine(string.Join(", ", present.Select(e => e.DisplayName).Order(CzechFormat.Names)) + "  ");
        if (excused.Count > 0)
        {
            md.Append("**").Append(T("record.excused")).Append(":** ").AppendLine(string.Join(", ", excused.Select(e => e.DisplayName).Order(CzechFormat.Names)) + "  ");
        }

        var others = present.Count(e => e.Kind != AttendeeKind.Member);
        md.Append("**").Append(T("record.count")).Append(":** ").Append(present.Count(e => e.Kind == AttendeeKind.Member));
        md.AppendLine(others > 0 ? $" (+{others} {T("record.guestsAndStaff")})" : "").AppendLine();

        md.Append("## ").AppendLine(T("record.programme")).AppendLine();
        var number = 0;
        foreach (var item in meeting.Agenda.Items)
        {
            md.Append(++number).Append(". ").Append(item.Title);
            if (item.Presenter is { } presenter)
            {
                md.Append(" (").Append(presenter).Append(')');
            }

            md.AppendLine(item.SpentMs > 0 ? $" – {Math.Round(item.SpentMs / 60_000.0):0} min" : "");
        }

        var decided = meeting.Polls.Where(p => p.Result is { Final: true }).ToList();
        if (decided.Count > 0 || meeting.Board.Rankings.Count > 0)
        {
            md.AppendLine().Append("## ").AppendLine(T("record.decisions"));
        }

        foreach (var poll in decided)
        {
            var result = poll.Result!;
            md.AppendLine().Append("### ").AppendLine(poll.Draft.Question).AppendLine();
            md.AppendLine($"{T($"poll.method.{result.Method}")}; {T("csv.voted")} {result.Voted} / {T("csv.eligible")} {result.Eligible}"
                + (result.Valid ? "" : $"; {T("poll.invalid")}")).AppendLine();
            foreach (var option in PollCounting.Ranked(result))
            {
                md.Append("- ").Append(option.Label).Append(": ").AppendLine(option.Mean is { } mean ? mean.ToString("F2", CzechFormat.Culture) : option.Count.ToString(CzechFormat.Culture));
            }
        }

        foreach (var ranking in meeting.Board.Rankings)
        {
            md.AppendLine().Append("### ").AppendLine(T("board.title") + $" – {T("csv.ranking")} {ranking.Number}").AppendLine();
            foreach (var entry in ranking.Entries.OrderBy(e => e.RankOverall))
            {
                var area = entry.AreaId is { } id && areas.TryGetValue(id, out var heading) ? heading : T("board.unplaced");
                md.AppendLine($"{entry.RankOverall}. {entry.Text} ({area}; {entry.Dots} {T("csv.count.dots").ToLower(CzechFormat.Culture)})");
            }
        }

        return md.ToString();
    }
}
