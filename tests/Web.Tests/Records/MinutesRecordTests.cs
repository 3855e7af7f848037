using CommunityPlanning.Meetings;
using CommunityPlanning.Records;
using CommunityPlanning.Web.Common;
using CommunityPlanning.Web.Localization;
using CommunityPlanning.Web.Records;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Web.Tests.Records;

/// <summary>How the minutes are laid out: items, carried tasks under the task review, the schedule, the footer.</summary>
public sealed class MinutesRecordTests
{
    private static readonly Guid MeetingId = Guid.NewGuid();
    private static readonly DateTimeOffset Start = new(2022, 5, 23, 11, 0, 0, TimeSpan.Zero);

    private static ActionItem Task(string text, Guid origin, Guid? item, ActionItemStatus status = ActionItemStatus.Open) =>
        new(Guid.NewGuid(), text, "Kateřina Marcinková", new DateOnly(2022, 6, 30), status, item, origin, Start, Start);

    private static MinutesItem Item(Guid id, string title, AgendaItemKind kind, string notes, params ActionItem[] tasks) =>
        new(id, title, null, kind, 0, notes, [], [], tasks);

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
        Assert.Contains("**Přítomni:** Adam Bílý, Žaneta Čermáková", md);
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

    [Theory]
    [InlineData("Kateřina Marcinková", "K. Marcinková")]
    [InlineData("Mgr. Jana Nováková", "Mgr. J. Nováková")]
    [InlineData("K. Marcinková", "K. Marcinková")]
    [InlineData("Hrubá", "Hrubá")]
    [InlineData("čestmír  Hrubý", "Č. Hrubý")]
    public void Responsible_people_are_written_as_the_records_write_them(string name, string expected) =>
        Assert.Equal(expected, CzechFormat.ShortName(name));
}
