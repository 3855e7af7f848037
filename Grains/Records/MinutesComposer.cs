using CommunityPlanning.Audience;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Voting;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Records;

/// <summary>What the minutes are made of, read from the meeting's own state (no I/O, so it is tested alone).</summary>
public sealed record MinutesSources(
    MeetingDetails Details,
    string GroupName,
    IReadOnlyList<RosterEntry> Roster,
    IReadOnlySet<Guid> Connected,
    Agenda Agenda,
    IReadOnlyList<PollView> Polls,
    IReadOnlyList<ProposalRanking> Rankings,
    IReadOnlyList<ActionItem> ActionItems,
    IReadOnlyDictionary<Guid, string> Notes,
    IReadOnlyList<MinutesArea> Areas,
    MinutesFooter Footer,
    IReadOnlyList<PlannedMeeting> Schedule,
    IReadOnlySet<Guid> ContinuingItems,
    RecordForm Form,
    IReadOnlyList<QuestionView>? Questions = null,
    WordCloudMinutes? WordCloud = null);

/// <summary>
/// Composes the minutes: attendance as the records count it (present = marked present, or connected and not
/// marked otherwise; observers and removed people are not attendees; members counted apart from guests and
/// staff), each agenda item with its notes, the decisions closed under it and its tasks; decisions and carried
/// tasks that belong to no item are listed apart; the questions from the audience, when the facilitator put them in
/// (public names); the group's planned meetings after this one close it. The first item
/// never continues another (there is none before it). The group's form goes with the content, and whether the
/// meeting's time is known (a record that gave only the day).
/// </summary>
public static class MinutesComposer
{
    public static MinutesContent Compose(MinutesSources s, DateTimeOffset now)
    {
        var people = s.Roster.Where(e => !e.Removed && e.Role != MeetingRole.Observer).ToList();
        var present = people.Where(e => e.Attendance == Attendance.Present
            || (e.Attendance == Attendance.Unmarked && s.Connected.Contains(e.ParticipantId))).ToList();
        var excused = people.Where(e => e.Attendance == Attendance.Excused).Select(e => e.DisplayName).ToList();

        // Every closed poll: one whose result was withheld is recorded too, as not published.
        var decided = s.Polls.Where(p => p.Phase == PollPhase.Closed).ToList();
        var itemIds = s.Agenda.Items.Select(i => i.Id).ToHashSet();
        var items = s.Agenda.Items.Select(item => new MinutesItem(
            item.Id, item.Title, item.Presenter, item.Kind,
            s.Notes.GetValueOrDefault(item.Id, ""),
            [.. decided.Where(p => p.AgendaItemId == item.Id)],
            [.. s.Rankings.Where(r => r.AgendaItemId == item.Id)],
            [.. s.ActionItems.Where(t => t.AgendaItemId == item.Id)],
            item != s.Agenda.Items[0] && s.ContinuingItems.Contains(item.Id))).ToList();

        return new MinutesContent(
            s.Details.Id, s.GroupName, s.Details.Title, s.Details.StartsAt, s.Details.Place, s.Details.FacilitatorName,
            [.. present.Select(e => e.DisplayName)], excused,
            present.Count(e => e.Kind == AttendeeKind.Member), present.Count(e => e.Kind != AttendeeKind.Member),
            items,
            [.. decided.Where(p => p.AgendaItemId is not { } id || !itemIds.Contains(id))],
            [.. s.Rankings.Where(r => r.AgendaItemId is not { } id || !itemIds.Contains(id))],
            [.. s.ActionItems.Where(t => t.AgendaItemId is not { } id || !itemIds.Contains(id))],
            s.Areas, s.Footer, now,
            [.. s.Schedule.Where(p => p.Date > DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(s.Details.StartsAt, PragueTime.Zone).DateTime))],
            s.Form,
            s.Questions,
            s.Details.TimeUnknown,
            s.WordCloud);
    }
}
