using CommunityPlanning.Meetings;
using CommunityPlanning.Records;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Records;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Records;

/// <summary>Open tasks go on to the group's next meeting under a task review item; the group lists each task once.</summary>
public sealed class TaskCarryOverTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    [Fact]
    public async Task The_next_meeting_opens_with_a_task_review_and_the_group_lists_every_task_once_as_last_left()
    {
        using var organizer = await app.SignedInAdminAsync();
        var first = await MeetingSetup.CreateMeetingAsync(organizer);
        await using var live = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await live.JoinAsync(first.Id);
        await live.Connection.ExecuteAsync(first.Id,
            new AddActionItem(new("Připravit dotazník pro rodiče", "Kateřina Marcinková", new DateOnly(2026, 12, 20), null)));
        await live.Connection.ExecuteAsync(first.Id, new AddActionItem(new("Pozvat APOSS", "Lucie Hrubá", null, null)));
        var done = (await live.WaitForAsync<ActionItemsChanged>(e => e.Items.Count == 2)).Items[1];
        await live.Connection.ExecuteAsync(first.Id, new SetActionItemStatus(done.Id, ActionItemStatus.Done));

        var next = await organizer.PostAsync<MeetingDetails>($"/api/working-groups/{first.WorkingGroupId}/meetings?lang=cs",
            new { title = "Třetí jednání", startsAt = "2027-01-12T13:00:00", place = "Liberec" });
        var snapshot = await organizer.GetAsync<MeetingSnapshot>($"/api/meetings/{next.Id}");
        var review = Assert.Single(snapshot.Agenda.Items);
        Assert.Equal(("Kontrola úkolů", AgendaItemKind.TaskReview), (review.Title, review.Kind));
        var carried = Assert.Single(snapshot.ActionItems);
        Assert.Equal("Připravit dotazník pro rodiče", carried.Text);

        await live.JoinAsync(next.Id);
        await live.Connection.ExecuteAsync(next.Id, new SetActionItemStatus(carried.Id, ActionItemStatus.Done));

        var tasks = await organizer.GetAsync<List<GroupTask>>($"/api/working-groups/{first.WorkingGroupId}/tasks");
        Assert.Equal(["Pozvat APOSS", "Připravit dotazník pro rodiče"], tasks.Select(t => t.Item.Text).Order(StringComparer.Ordinal));
        var questionnaire = tasks.Single(t => t.Item.Id == carried.Id);
        Assert.Equal((ActionItemStatus.Done, next.Id), (questionnaire.Item.Status, questionnaire.MeetingId));

        // A meeting of a group without open tasks gets no task review item.
        var other = await MeetingSetup.CreateMeetingAsync(organizer);
        Assert.Empty((await organizer.GetAsync<MeetingSnapshot>($"/api/meetings/{other.Id}")).Agenda.Items);
    }
}
