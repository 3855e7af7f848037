using CommunityPlanning.Records;

namespace CommunityPlanning.Tests.Records;

/// <summary>Tasks typed in the notes: how a line is read, and how composing keeps them as tasks without duplicates.</summary>
public sealed class NotedTasksTests
{
    private static readonly Guid Meeting = Guid.NewGuid();
    private static readonly Guid Item = Guid.NewGuid();
    private static readonly DateOnly MeetingDate = new(2026, 11, 26);
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Z: K. Marcinková, T: 15. 12.", "", "K. Marcinková", "2026-12-15", "15. 12.")]
    [InlineData("Z: K. Marcinková, T: 15. 12. 2027", "", "K. Marcinková", "2027-12-15", "15. 12. 2027")]
    [InlineData("Z: K. Marcinková; T: 15.1.", "", "K. Marcinková", "2027-01-15", "15.1.")]
    [InlineData("Oslovit pečující – Z: Hrubá, T: průběžně", "Oslovit pečující", "Hrubá", null, "průběžně")]
    [InlineData("Úkol: Rozeslat zápis, Z: L. Hrubá", "Rozeslat zápis", "L. Hrubá", null, null)]
    [InlineData("- Z: vedoucí ORK, T: do 30. 1. 2027", "", "vedoucí ORK", "2027-01-30", "do 30. 1. 2027")]
    public void A_task_line_is_read_as_minute_takers_write_it(string line, string text, string responsible, string? due, string? dueText)
    {
        var task = TaskLine.Parse(line, MeetingDate);

        Assert.NotNull(task);
        Assert.Equal((text, responsible, due is null ? (DateOnly?)null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), dueText),
            (task.Text, task.Responsible, task.Due, task.DueText));
    }

    [Theory]
    [InlineData("Zahájení jednání")]
    [InlineData("Přítomni: viz prezenční listina")]
    [InlineData("Z:")]
    [InlineData("Informace z: odboru")]
    public void Other_lines_are_no_tasks(string line) => Assert.Null(TaskLine.Parse(line, MeetingDate));

    private static List<ActionItem> Sync(IReadOnlyList<ActionItem> items, string notes) =>
        NotedTasks.Sync(items, new Dictionary<Guid, string> { [Item] = notes }, [Item], Meeting, MeetingDate, Now);

    [Fact]
    public void A_line_becomes_a_task_under_its_item_with_the_line_above_as_its_text_and_composing_again_changes_nothing()
    {
        var first = Sync([], "Skupina se dohodla oslovit pečující.\nZ: K. Marcinková, T: 15. 12.");

        var task = Assert.Single(first);
        Assert.Equal(("Skupina se dohodla oslovit pečující.", "K. Marcinková", new DateOnly(2026, 12, 15), Item, Meeting, "Z: K. Marcinková, T: 15. 12."),
            (task.Text, task.Responsible, task.Due, task.AgendaItemId, task.OriginMeetingId, task.NoteLine));
        Assert.Equal(first, Sync(first, "Skupina se dohodla oslovit pečující.\nZ: K. Marcinková, T: 15. 12."));
    }

    [Fact]
    public void Editing_the_line_updates_its_task_and_removing_it_removes_the_task()
    {
        var first = Sync([], "Oslovit pečující – Z: K. Marcinková, T: 15. 12.\nRozeslat zápis – Z: L. Hrubá");
        var done = first.Select(t => t.Text == "Rozeslat zápis" ? t with { Status = ActionItemStatus.Done } : t).ToList();

        var edited = Sync(done, "Oslovit pečující – Z: K. Marcinková, T: 20. 12.\nRozeslat zápis – Z: L. Hrubá");

        Assert.Equal(first.Select(t => t.Id), edited.Select(t => t.Id));
        Assert.Equal(new DateOnly(2026, 12, 20), edited[0].Due);
        Assert.Equal(ActionItemStatus.Done, edited[1].Status); // the unchanged line kept its task as it was

        var removed = Sync(edited, "Rozeslat zápis – Z: L. Hrubá");
        Assert.Equal([first[1].Id], removed.Select(t => t.Id));
    }

    [Fact]
    public void Tasks_entered_as_tasks_and_tasks_of_other_meetings_are_left_alone()
    {
        var entered = new ActionItem(Guid.NewGuid(), "Zjistit ceny", "Jana", null, ActionItemStatus.Open, Item, Meeting, Now, Now);
        var carried = new ActionItem(Guid.NewGuid(), "Starý úkol", "Jana", null, ActionItemStatus.Open, Item, Guid.NewGuid(), Now, Now, "Z: Jana");

        Assert.Equal([entered, carried], Sync([entered, carried], ""));
    }
}
