using CommunityPlanning.Audience;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Records;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Common;
using CommunityPlanning.Web.Voting;

namespace CommunityPlanning.Web.Records;

/// <summary>
/// Lays out the minutes as Czech municipal records are, in the group's <see cref="RecordForm"/>: the heading line and
/// the title, the header block (date, place, facilitator if the form has it, present, excused, count if the form has
/// it), the programme, each item as "Ad 1)" (a second block of an item keeps its number) with its notes (bullets as
/// lists, a task typed as "Z: K. Marcinková, T: 15. 12." printed once, where it was typed), decisions and the tasks
/// entered as tasks, the schedule with its own title and note, and the footer ("V Liberci dne …, zapsala: …").
/// </summary>
public static class MinutesRecord
{
    public static RecordDocument Build(MinutesContent m, MinutesVersionInfo? version, IReadOnlyDictionary<string, string> texts, string language)
    {
        string T(string key) => texts.TryGetValue(key, out var text) ? text : key;
        var form = m.Form ?? RecordForm.Default;
        var blocks = new List<RecordBlock>();
        if (MinutesForm.GroupLine(m, form))
        {
            blocks.Add(RecordParagraph.Plain(m.GroupName));
        }

        blocks.Add(RecordParagraph.Field(T(m.TimeUnknown ? "record.whenDay" : "record.when"), CzechFormat.Start(m.StartsAt, m.TimeUnknown)));
        if (m.Place is { } place)
        {
            blocks.Add(RecordParagraph.Field(T("record.where"), place));
        }

        if (form.ShowFacilitator)
        {
            blocks.Add(RecordParagraph.Field(T("meeting.facilitator"), m.Facilitator));
        }

        blocks.Add(RecordParagraph.Field(T("record.present"), MinutesForm.Names(m.Present, form.AttendanceOrder)));
        if (m.Excused.Count > 0)
        {
            blocks.Add(RecordParagraph.Field(T("record.excused"), MinutesForm.Names(m.Excused, form.AttendanceOrder)));
        }

        if (form.ShowHeadCount)
        {
            blocks.Add(RecordParagraph.Field(T("record.count"), m.MembersPresent + (m.OthersPresent > 0 ? $" (+{m.OthersPresent} {T("record.guestsAndStaff")})" : "")));
        }

        if (m.Items.Count > 0)
        {
            blocks.Add(new RecordHeading(1, T("record.programme")));
            blocks.Add(new RecordList([.. m.Items.Where(i => !i.Continues).Select(i => i.Title + (i.Presenter is { } p ? $" ({p})" : ""))], Numbered: true));
        }

        var carried = m.OtherTasks.Where(t => t.OriginMeetingId != m.MeetingId).ToList();
        var reviewItem = m.Items.FirstOrDefault(i => i.Kind == AgendaItemKind.TaskReview);
        if (reviewItem is null && carried.Count > 0)
        {
            blocks.Add(new RecordHeading(1, T("minutes.carriedTasks")));
            blocks.AddRange(carried.Select(t => Task(t, form, T, withStatus: true)));
        }

        var meetingDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(m.StartsAt, PragueTime.Zone).DateTime);
        var number = 0;
        foreach (var item in m.Items)
        {
            // Towns name the presenter after a dash in the item's line ("2) Shrnutí … – p. Hrubá") and never the time spent.
            number += item.Continues ? 0 : 1;
            blocks.Add(new RecordHeading(1, $"Ad {Math.Max(number, 1)}) {item.Title}" + (item.Presenter is { } presenter ? $" – {presenter}" : "")));
            blocks.AddRange(RecordText.Blocks(item.Notes, NotedLines(item.Tasks, meetingDate, form)));
            if (item == reviewItem)
            {
                blocks.AddRange(carried.Select(t => Task(t, form, T, withStatus: true)));
            }

            blocks.AddRange(Decisions(item.Polls, item.Rankings, m.Areas, T));
            blocks.AddRange(item.Tasks.Where(t => t.NoteLine is null).Select(t => Task(t, form, T, withStatus: false)));
        }

        if (m.OtherPolls.Count > 0 || m.OtherRankings.Count > 0)
        {
            blocks.Add(new RecordHeading(1, T("record.decisions")));
            blocks.AddRange(Decisions(m.OtherPolls, m.OtherRankings, m.Areas, T));
        }

        // Each task is printed once: under its item above, the carried ones under the review; these belong to no item.
        var own = m.OtherTasks.Where(t => t.OriginMeetingId == m.MeetingId).ToList();
        if (own.Count > 0)
        {
            blocks.Add(new RecordHeading(1, T("minutes.otherTasks")));
            blocks.AddRange(own.Select(t => Task(t, form, T, withStatus: false)));
        }

        if (m.Questions is { Count: > 0 } questions)
        {
            blocks.Add(new RecordHeading(1, T("questions.title")));
            blocks.Add(new RecordList([.. questions.Select(q => Question(q, T))], Numbered: true));
        }

        if (m.WordCloud is { } cloud)
        {
            blocks.AddRange(WordCloud(cloud, T));
        }

        if (m.NextMeetings.Count > 0)
        {
            blocks.Add(new RecordHeading(1, MinutesForm.ScheduleTitle(m, form, T)));
            blocks.Add(new RecordTable(
                [T("schedule.date"), T("schedule.time"), T("schedule.place")],
                [.. m.NextMeetings.Select(p => (IReadOnlyList<string>)[CzechFormat.Date(p.Date), p.Time?.ToString("H:mm", CzechFormat.Culture) ?? "", p.Place ?? ""])]));
            if (form.ScheduleNote is { } note)
            {
                blocks.Add(RecordParagraph.Plain(note));
            }
        }

        if (MinutesForm.Footer(m, form, version, T) is { } footer)
        {
            blocks.Add(RecordParagraph.Plain(footer));
        }

        if (form.ShowApproval)
        {
            blocks.Add(RecordParagraph.Plain(version is { } v
                ? string.Format(CzechFormat.Culture, T("minutes.approvedLine"), CzechFormat.Date(v.ApprovedAt), v.ApprovedByName, v.Number)
                : T("minutes.draftLine")));
        }

        return new RecordDocument(MinutesForm.Title(m, form, T), blocks, language, form.Heading);
    }

    /// <summary>"Mrak slov", the prompt, and each word not hidden with how many gave it: "Lavičky (3)", most given first.</summary>
    private static IEnumerable<RecordBlock> WordCloud(WordCloudMinutes cloud, Func<string, string> T)
    {
        yield return new RecordHeading(1, T("wordCloud.title"));
        yield return RecordParagraph.Field(T("wordCloud.prompt.label"), cloud.Prompt);
        yield return cloud.Words.Count == 0
            ? RecordParagraph.Plain(T("wordCloud.empty"))
            : new RecordList([.. cloud.Words.Select(w => string.Format(CzechFormat.Culture, "{0} ({1:N0})", w.Word, w.Count))], Numbered: false);
    }

    /// <summary>"Oslovit zástupce pečujících – Z: K. Marcinková, T: 30. 6. 2026".</summary>
    /// <summary>"Text (Anna; odpovězeno; hlasy: 3)": the author's public name, if any, who entered it for them, the state and the votes.</summary>
    private static string Question(QuestionView q, Func<string, string> T)
    {
        var votes = string.Format(CzechFormat.Culture, T("minutes.questionVotes"), q.Votes);
        var entered = q.EnteredBy switch
        {
            null => null,
            "" => T("onBehalf.questionUnnamed"),
            var by => VerdictText.Fill(T("onBehalf.question"), new Dictionary<string, string> { ["by"] = by }),
        };
        return $"{q.Text} ({string.Join("; ", new[] { q.AuthorName, entered, T($"questions.state.{q.State}").ToLower(CzechFormat.Culture), votes }.Where(x => !string.IsNullOrEmpty(x)))})";
    }

    private static RecordParagraph Task(ActionItem t, RecordForm form, Func<string, string> T, bool withStatus)
    {
        var line = $"{t.Text} – {Assignment(t, null, form)}" + (withStatus ? $" ({T($"task.status.{t.Status}")})" : "");
        return new RecordParagraph([new RecordRun(T("minutes.task") + ": ", Bold: true), new RecordRun(line)]);
    }

    /// <summary>
    /// "Z: K. Marcinková, T: 30. 6. 2026" (the name as entered if the group's form says so); a deadline in words
    /// ("průběžně") as it was typed.
    /// </summary>
    private static string Assignment(ActionItem t, string? dueText, RecordForm form) =>
        $"Z: {(form.ResponsibleAsWritten ? t.Responsible : CzechFormat.ShortName(t.Responsible))}"
        + (t.Due is { } due ? $", T: {CzechFormat.Date(due)}" : dueText is { } words ? $", T: {words}" : "");

    /// <summary>
    /// The lines of the notes that are tasks, each with how it is printed in its place: from the task as it stands
    /// (the text typed before "Z:" kept), so the task is printed once, there, and not again after the notes.
    /// </summary>
    private static Dictionary<string, string> NotedLines(IEnumerable<ActionItem> tasks, DateOnly meetingDate, RecordForm form)
    {
        var lines = new Dictionary<string, string>();
        foreach (var task in tasks)
        {
            if (task.NoteLine is { } line && TaskLine.Parse(line, meetingDate) is { } typed)
            {
                lines[line] = typed.Bullet + (typed.Text.Length > 0 ? $"{typed.Text} – " : "") + Assignment(task, typed.Due is null ? typed.DueText : null, form);
            }
        }

        return lines;
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
            if (OnBehalfText.Line(poll, result, T) is { } entered)
            {
                yield return RecordParagraph.Plain(entered);
            }

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
            if (OnBehalfText.Line(ranking, T) is { } entered)
            {
                yield return RecordParagraph.Plain(entered);
            }

            yield return new RecordList([.. ranking.Entries.OrderBy(e => e.RankOverall).Select(e =>
                $"{e.Text} ({(e.AreaId is { } id && headings.TryGetValue(id, out var heading) ? heading : T("board.unplaced"))}; {e.Dots} {T("csv.count.dots").ToLower(CzechFormat.Culture)}"
                + (OnBehalfText.Markers(e.OnBehalf, T) is { } marker ? $"; {marker})" : ")"))], Numbered: true);
        }
    }

    /// <summary>A secret poll closed below the minimum turnout: withheld, or published as the named facilitator confirmed then.</summary>
    private static string LowTurnout(LowTurnoutDecision low, Func<string, string> T) =>
        string.Format(CzechFormat.Culture, T(low.Choice == LowTurnoutChoice.Withhold ? "minutes.resultWithheld" : "minutes.publishedBelowMinimum"),
            low.Ballots, low.Minimum, low.ByName, CzechFormat.DateTime(low.At));
}
