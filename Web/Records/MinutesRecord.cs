using CommunityPlanning.Meetings;
using CommunityPlanning.Records;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Common;
using CommunityPlanning.Web.Voting;

namespace CommunityPlanning.Web.Records;

/// <summary>
/// Lays out the minutes as Czech municipal records are: the group and title, the header block (date, place,
/// facilitator, present, excused, count), the programme, each item as "Ad 1)" with its notes, decisions and tasks
/// ("Z: K. Marcinková, T: 30. 6. 2026"), an overview of the tasks, and the footer ("V Liberci dne …, zapsal(a) …").
/// </summary>
public static class MinutesRecord
{
    public static RecordDocument Build(MinutesContent m, MinutesVersionInfo? version, IReadOnlyDictionary<string, string> texts, string language)
    {
        string T(string key) => texts.TryGetValue(key, out var text) ? text : key;
        var blocks = new List<RecordBlock>();
        if (m.GroupName.Length > 0)
        {
            blocks.Add(RecordParagraph.Plain(m.GroupName));
        }

        blocks.Add(RecordParagraph.Field(T("record.when"), CzechFormat.DateTime(m.StartsAt)));
        if (m.Place is { } place)
        {
            blocks.Add(RecordParagraph.Field(T("record.where"), place));
        }

        blocks.Add(RecordParagraph.Field(T("meeting.facilitator"), m.Facilitator));
        blocks.Add(RecordParagraph.Field(T("record.present"), Names(m.Present)));
        if (m.Excused.Count > 0)
        {
            blocks.Add(RecordParagraph.Field(T("record.excused"), Names(m.Excused)));
        }

        blocks.Add(RecordParagraph.Field(T("record.count"), m.MembersPresent + (m.OthersPresent > 0 ? $" (+{m.OthersPresent} {T("record.guestsAndStaff")})" : "")));

        if (m.Items.Count > 0)
        {
            blocks.Add(new RecordHeading(1, T("record.programme")));
            blocks.Add(new RecordList([.. m.Items.Select(i => i.Title + (i.Presenter is { } p ? $" ({p})" : ""))], Numbered: true));
        }

        var carried = m.OtherTasks.Where(t => t.OriginMeetingId != m.MeetingId).ToList();
        var reviewItem = m.Items.FirstOrDefault(i => i.Kind == AgendaItemKind.TaskReview);
        if (reviewItem is null && carried.Count > 0)
        {
            blocks.Add(new RecordHeading(1, T("minutes.carriedTasks")));
            blocks.AddRange(carried.Select(t => Task(t, T, withStatus: true)));
        }

        var number = 0;
        foreach (var item in m.Items)
        {
            // Towns name the presenter after a dash in the item's line ("2) Shrnutí … – p. Hrubá") and never the time spent.
            blocks.Add(new RecordHeading(1, $"Ad {++number}) {item.Title}" + (item.Presenter is { } presenter ? $" – {presenter}" : "")));
            blocks.AddRange(RecordText.Blocks(item.Notes));
            if (item == reviewItem)
            {
                blocks.AddRange(carried.Select(t => Task(t, T, withStatus: true)));
            }

            blocks.AddRange(Decisions(item.Polls, item.Rankings, m.Areas, T));
            blocks.AddRange(item.Tasks.Select(t => Task(t, T, withStatus: false)));
        }

        if (m.OtherPolls.Count > 0 || m.OtherRankings.Count > 0)
        {
            blocks.Add(new RecordHeading(1, T("record.decisions")));
            blocks.AddRange(Decisions(m.OtherPolls, m.OtherRankings, m.Areas, T));
        }

        var tasks = m.Items.SelectMany(i => i.Tasks).Concat(m.OtherTasks).ToList();
        if (tasks.Count > 0)
        {
            blocks.Add(new RecordHeading(1, T("minutes.tasks")));
            blocks.Add(new RecordTable(
                [T("minutes.task"), T("minutes.responsible"), T("minutes.due"), T("minutes.status")],
                [.. tasks.Select(t => (IReadOnlyList<string>)[t.Text, CzechFormat.ShortName(t.Responsible), t.Due is { } due ? CzechFormat.Date(due) : "", T($"task.status.{t.Status}")])]));
        }

        if (m.NextMeetings.Count > 0)
        {
            blocks.Add(new RecordHeading(1, T("group.schedule")));
            blocks.Add(new RecordTable(
                [T("schedule.date"), T("schedule.time"), T("schedule.place")],
                [.. m.NextMeetings.Select(p => (IReadOnlyList<string>)[CzechFormat.Date(p.Date), p.Time?.ToString("H:mm", CzechFormat.Culture) ?? "", p.Place ?? ""])]));
        }

        blocks.Add(Footer(m, T));
        blocks.Add(RecordParagraph.Plain(version is { } v
            ? string.Format(CzechFormat.Culture, T("minutes.approvedLine"), CzechFormat.Date(v.ApprovedAt), v.ApprovedByName, v.Number)
            : T("minutes.draftLine")));
        return new RecordDocument($"{T("minutes.title")}: {m.Title}", blocks, language);
    }

    private static string Names(IEnumerable<string> names) => string.Join(", ", names.Order(CzechFormat.Names));

    /// <summary>"Oslovit zástupce pečujících – Z: K. Marcinková, T: 30. 6. 2026".</summary>
    private static RecordParagraph Task(ActionItem t, Func<string, string> T, bool withStatus)
    {
        var line = $"{t.Text} – Z: {CzechFormat.ShortName(t.Responsible)}"
            + (t.Due is { } due ? $", T: {CzechFormat.Date(due)}" : "")
            + (withStatus ? $" ({T($"task.status.{t.Status}")})" : "");
        return new RecordParagraph([new RecordRun(T("minutes.task") + ": ", Bold: true), new RecordRun(line)]);
    }

    private static IEnumerable<RecordBlock> Decisions(IReadOnlyList<PollView> polls, IReadOnlyList<ProposalRanking> rankings, IReadOnlyList<MinutesArea> areas, Func<string, string> T)
    {
        foreach (var poll in polls)
        {
            yield return new RecordParagraph([new RecordRun(T("minutes.vote") + ": ", Bold: true), new RecordRun(poll.Draft.Question)]);
            if (poll.LowTurnout is { } low)
            {
                yield return RecordParagraph.Plain(LowTurnout(low, T));
            }

            if (poll.Result is not { } result)
            {
                continue; // withheld: no counts in the record either
            }

            yield return RecordParagraph.Plain($"{T($"poll.method.{result.Method}")}; {T("csv.voted")} {result.Voted} / {T("csv.eligible")} {result.Eligible}"
                + (result.Valid ? "" : $"; {T("poll.invalid")}"));
            if (poll.Intention is { } intention)
            {
                foreach (var line in IntentionVoteText.Lines(intention, result, T))
                {
                    yield return RecordParagraph.Plain(line);
                }
            }
            if (result.Verdict is { } verdict)
            {
                yield return new RecordParagraph([new RecordRun(VerdictText.Of(verdict, poll.Draft, T), Bold: true)]);
            }

            yield return new RecordList([.. PollCounting.Ranked(result).Select(o =>
                $"{VerdictText.Label(poll.Draft, o.Index, T)}: {(o.Mean is { } mean ? mean.ToString("F2", CzechFormat.Culture) : o.Count.ToString(CzechFormat.Culture))}")]);
        }

        var headings = areas.ToDictionary(a => a.Id, a => a.Heading);
        foreach (var ranking in rankings)
        {
            yield return new RecordParagraph([new RecordRun($"{T("board.title")} – {T("csv.ranking")} {ranking.Number}", Bold: true)]);
            yield return new RecordList([.. ranking.Entries.OrderBy(e => e.RankOverall).Select(e =>
                $"{e.Text} ({(e.AreaId is { } id && headings.TryGetValue(id, out var heading) ? heading : T("board.unplaced"))}; {e.Dots} {T("csv.count.dots").ToLower(CzechFormat.Culture)})")], Numbered: true);
        }
    }

    /// <summary>A secret poll closed below the minimum turnout: withheld, or published as the named facilitator confirmed then.</summary>
    private static string LowTurnout(LowTurnoutDecision low, Func<string, string> T) =>
        string.Format(CzechFormat.Culture, T(low.Choice == LowTurnoutChoice.Withhold ? "minutes.resultWithheld" : "minutes.publishedBelowMinimum"),
            low.Ballots, low.Minimum, low.ByName, CzechFormat.DateTime(low.At));

    /// <summary>"V Liberci dne 23. 5. 2022, zapsal(a): Lucie Hrubá"; without a recorder, only the place and date.</summary>
    private static RecordParagraph Footer(MinutesContent m, Func<string, string> T)
    {
        var date = CzechFormat.Date(m.ComposedAt);
        var signed = m.Footer.SignedAt is { } at ? $"{at} {T("minutes.on")} {date}" : date;
        return RecordParagraph.Plain(m.Footer.RecordedBy is { } by ? $"{signed}, {T("minutes.recordedByLine")}: {by}" : signed);
    }
}
