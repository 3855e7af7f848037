using CommunityPlanning.Meetings;
using CommunityPlanning.Records;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Common;
using CommunityPlanning.Web.Localization;
using CommunityPlanning.Web.Records;
using CommunityPlanning.WorkingGroups;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommunityPlanning.Web.Tests.Records;

/// <summary>How the minutes are laid out: items, carried tasks under the task review, the schedule, the footer.</summary>
public sealed class MinutesRecordTests
{
    private static readonly Guid MeetingId = Guid.NewGuid();
    private static readonly DateTimeOffset Start = new(2022, 5, 23, 11, 0, 0, TimeSpan.Zero);

    private static ActionItem Task(string text, Guid origin, Guid? item, ActionItemStatus status = ActionItemStatus.Open) =>
        new(Guid.NewGuid(), text, "Kateřina Marcinková", new DateOnly(2022, 6, 30), status, item, origin, Start, Start);

    private static MinutesItem Item(Guid id, string title, AgendaItemKind kind, string notes, params ActionItem[] tasks) =>
        new(id, title, null, kind, notes, [], [], tasks);

    [Fact]
    public void Carried_tasks_are_listed_under_the_task_review_and_the_schedule_and_footer_close_the_record()
    {
        var review = Guid.NewGuid();
        var discussion = Guid.NewGuid();
        var carried = Task("Připravit dotazník", Guid.NewGuid(), null, ActionItemStatus.Done);
        var minutes = new MinutesContent(
            MeetingId, "Pracovní skupina pro zdravotně znevýhodněné", "Druhé jednání", Start, "Liberec", "Petra Hybnerová",
            ["Žaneta Čermáková", "Adam Bílý"], [], 2, 0,
            [Item(review, "Kontrola úkolů", AgendaItemKind.TaskReview, ""),
             Item(discussion, "Diskuse nad tím, co je „běžný život“", AgendaItemKind.Discussion, "- práce + příjmy\n- soběstačnost", Task("Oslovit pečující", MeetingId, discussion))],
            [], [], [carried], [], new MinutesFooter("Lucie Hrubá", "V Liberci"), new DateTimeOffset(2022, 5, 24, 8, 0, 0, TimeSpan.Zero),
            [new PlannedMeeting(new DateOnly(2022, 9, 12), new TimeOnly(13, 0), "Magistrát, zasedací místnost")]);

        var record = MinutesRecord.Build(minutes, new MinutesVersionInfo(1, minutes.ComposedAt, "Petra Hybnerová"), UiTextEndpoints.Load("cs"), "cs");
        var md = MarkdownWriter.Write(record).ReplaceLineEndings("\n");

        Assert.StartsWith("# Zápis z jednání: Druhé jednání\n", md);
        Assert.Contains("**Přítomni:** Žaneta Čermáková, Adam Bílý", md); // as entered: the default form keeps the order
        var reviewAt = md.IndexOf("## Ad 1) Kontrola úkolů", StringComparison.Ordinal);
        var carriedAt = md.IndexOf("Připravit dotazník – Z: K. Marcinková, T: 30. 6. 2022 (splněný)", StringComparison.Ordinal);
        var discussionAt = md.IndexOf("## Ad 2) Diskuse nad tím, co je „běžný život“", StringComparison.Ordinal);
        Assert.True(reviewAt >= 0 && reviewAt < carriedAt && carriedAt < discussionAt, md);
        Assert.Contains("- práce + příjmy\n- soběstačnost", md);
        Assert.Contains("Oslovit pečující – Z: K. Marcinková, T: 30. 6. 2022", md);
        Assert.DoesNotContain("## Úkoly z minulých jednání", md);
        Assert.Contains("## Harmonogram jednání", md);
        Assert.Contains("| 12. 9. 2022 | 13:00 | Magistrát, zasedací místnost |", md);
        Assert.Contains("V Liberci dne 24. 5. 2022, zapsal(a): Lucie Hrubá", md);
        Assert.Contains("Schváleno dne 24. 5. 2022, Petra Hybnerová (verze 1)", md);
    }

    [Fact]
    public void Without_a_task_review_item_carried_tasks_get_their_own_heading_and_a_draft_says_so()
    {
        var minutes = new MinutesContent(
            MeetingId, "", "Jednání", Start, null, "Petra Hybnerová", [], [], 0, 0, [], [], [],
            [Task("Připravit dotazník", Guid.NewGuid(), null)], [], MinutesFooter.Empty, Start, []);

        var md = MarkdownWriter.Write(MinutesRecord.Build(minutes, null, UiTextEndpoints.Load("cs"), "cs"));

        Assert.Contains("## Úkoly z minulých jednání", md);
        Assert.Contains("Připravit dotazník – Z: K. Marcinková, T: 30. 6. 2022 (otevřený)", md);
        Assert.Contains("Pracovní verze, dosud neschválená", md);
        Assert.DoesNotContain("Harmonogram", md);
    }

    [Fact]
    public void A_secret_poll_closed_below_the_minimum_turnout_says_whether_its_result_was_withheld_or_published_and_by_whom()
    {
        var at = new DateTimeOffset(2022, 5, 23, 12, 5, 0, TimeSpan.Zero);
        var draft = new PollDraft("Kterou službu podpořit?", PollKind.SingleChoice, ["Odlehčovací služba", "Poradna"], Secret: true, LiveResults: false);
        var withheld = new PollView(Guid.NewGuid(), draft, PollPhase.Closed, Start, Start, at, [Guid.NewGuid()], [], null, null, 3,
            new LowTurnoutDecision(LowTurnoutChoice.Withhold, 1, 3, Guid.NewGuid(), "Petra Hybnerová", at));
        var result = new PollResult([new OptionResult(0, "Odlehčovací služba", 1, 1, null), new OptionResult(1, "Poradna", 1, 1, null)], 4, 2, "count", true, at, true, []);
        var published = withheld with
        {
            Id = Guid.NewGuid(), Draft = draft with { Question = "Kdy se sejdeme?" }, Result = result,
            LowTurnout = new LowTurnoutDecision(LowTurnoutChoice.Publish, 2, 3, Guid.NewGuid(), "Petra Hybnerová", at),
        };
        var minutes = new MinutesContent(
            MeetingId, "", "Jednání", Start, null, "Petra Hybnerová", [], [], 0, 0, [], [withheld, published], [], [], [], MinutesFooter.Empty, Start, []);

        var md = MarkdownWriter.Write(MinutesRecord.Build(minutes, null, UiTextEndpoints.Load("cs"), "cs")).ReplaceLineEndings("\n");

        var withheldAt = md.IndexOf("Kterou službu podpořit?", StringComparison.Ordinal);
        var publishedAt = md.IndexOf("Kdy se sejdeme?", StringComparison.Ordinal);
        var withheldPart = md[withheldAt..publishedAt];
        Assert.Contains("Výsledek nebyl zveřejněn pro nízkou účast (počet hlasů 1, tajné hlasování se zveřejňuje nejméně od 3); rozhodl(a) Petra Hybnerová, 23. 5. 2022 14:05.", withheldPart);
        Assert.DoesNotContain("Odlehčovací služba", withheldPart);
        Assert.DoesNotContain("Hlasovalo", withheldPart);
        var publishedPart = md[publishedAt..];
        Assert.Contains("Výsledek zveřejněn přes nízkou účast (počet hlasů 2, tajné hlasování se zveřejňuje nejméně od 3); zveřejnění potvrdil(a) Petra Hybnerová, 23. 5. 2022 14:05.", publishedPart);
        Assert.Contains("- Odlehčovací služba: 1", publishedPart);

        var en = MarkdownWriter.Write(MinutesRecord.Build(minutes, null, UiTextEndpoints.Load("en"), "en"));
        Assert.Contains("The result was not published because of low turnout (ballots: 1; a secret vote's result is published from 3); decided by Petra Hybnerová", en);
    }

    [Fact]
    public void A_decided_poll_states_its_verdict_in_plain_words_and_the_standard_opinions_in_the_record_s_language()
    {
        var at = new DateTimeOffset(2022, 5, 23, 12, 5, 0, TimeSpan.Zero);
        var draft = PollRules.Validated(new PollDraft("Doporučit záměr?", PollKind.YesNoAbstain, ["doporučuji", "nedoporučuji", "zdržuji se"], false, false));
        int[][] ballots = [.. Enumerable.Repeat(new[] { 1, 0, 0 }, 7), .. Enumerable.Repeat(new[] { 0, 1, 0 }, 2), [0, 0, 1]];
        var result = PollCounting.Count(draft, ballots, 12, at, final: true, []);
        var poll = new PollView(Guid.NewGuid(), draft, PollPhase.Closed, Start, Start, at, [], [], result);
        var minutes = new MinutesContent(
            MeetingId, "", "Jednání", Start, null, "Petra Hybnerová", [], [], 0, 0, [], [poll], [], [], [], MinutesFooter.Empty, Start, []);

        var cs = MarkdownWriter.Write(MinutesRecord.Build(minutes, null, UiTextEndpoints.Load("cs"), "cs"));
        Assert.Contains("Usnesení bylo přijato: 7 pro, 2 proti, zdrželo se 1. Pravidlo: nadpoloviční většina odevzdaných hlasů, potřeba hlasů: 5.", cs);
        Assert.Contains("- doporučuji: 7", cs);

        var en = MarkdownWriter.Write(MinutesRecord.Build(minutes, null, UiTextEndpoints.Load("en"), "en"));
        Assert.Contains("The resolution was adopted: 7 for, 2 against, 1 abstained. Rule: a simple majority of the votes cast, 5 needed.", en);
        Assert.Contains("- recommend: 7", en);
        Assert.DoesNotContain("doporučuji", en);
    }

    [Fact]
    public void A_group_whose_form_writes_names_as_entered_gets_the_responsible_as_entered()
    {
        var minutes = new MinutesContent(
            MeetingId, "", "Jednání", Start, null, "Petra Hybnerová", [], [], 0, 0, [], [], [],
            [Task("Připravit dotazník", MeetingId, null)], [], MinutesFooter.Empty, Start, [], RecordForm.Default with { ResponsibleAsWritten = true });

        var md = MarkdownWriter.Write(MinutesRecord.Build(minutes, null, UiTextEndpoints.Load("cs"), "cs"));

        Assert.Contains("Připravit dotazník – Z: Kateřina Marcinková, T: 30. 6. 2022", md);
    }

    [Fact]
    public void A_meeting_whose_record_gave_no_time_is_exported_with_its_date_only_in_every_format()
    {
        // Midnight in Prague on 9 September, as the import stores a record that gives only the day.
        var minutes = new MinutesContent(
            MeetingId, "", "Jednání", new DateTimeOffset(2026, 9, 8, 22, 0, 0, TimeSpan.Zero), null, "Petra Hybnerová", [], [], 0, 0, [], [], [],
            [], [], MinutesFooter.Empty, Start, [], TimeUnknown: true);
        var record = MinutesRecord.Build(minutes, null, UiTextEndpoints.Load("cs"), "cs");

        var md = MarkdownWriter.Write(record).ReplaceLineEndings("\n");
        Assert.Contains("**Datum:** 9. 9. 2026  \n", md);
        Assert.DoesNotContain("0:00", md);

        var html = HtmlWriter.Write(record);
        Assert.Contains("9. 9. 2026", html);
        Assert.DoesNotContain("0:00", html);
        Assert.DoesNotContain("Datum a čas", html);

        using var docx = WordprocessingDocument.Open(new MemoryStream(DocxWriter.Write(record)), isEditable: false);
        var texts = docx.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("Datum: 9. 9. 2026", texts);
        Assert.DoesNotContain(texts, t => t.Contains("0:00", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kateřina Marcinková", "K. Marcinková")]
    [InlineData("Mgr. Jana Nováková", "Mgr. J. Nováková")]
    [InlineData("K. Marcinková", "K. Marcinková")]
    [InlineData("Hrubá", "Hrubá")]
    [InlineData("čestmír  Hrubý", "Č. Hrubý")]
    public void Responsible_people_are_written_as_the_records_write_them(string name, string expected) =>
        Assert.Equal(expected, CzechFormat.ShortName(name));
}
