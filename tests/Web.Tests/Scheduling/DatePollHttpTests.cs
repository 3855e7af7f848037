using System.Net;
using System.Text;
using CommunityPlanning.Scheduling;
using CommunityPlanning.Web.Scheduling;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.Web.WorkingGroups;
using CommunityPlanning.WorkingGroups;
using Ical.Net;

namespace CommunityPlanning.Web.Tests.Scheduling;

/// <summary>Finding the next date over HTTP: the manager's poll, members answering through their links, choosing into the calendar.</summary>
public sealed class DatePollHttpTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    [Fact]
    public async Task Members_answer_through_their_links_and_the_chosen_date_lands_in_the_schedule_and_the_calendar()
    {
        using var manager = await app.SignedInAdminAsync();
        var (group, ema, filip) = await GroupAsync(manager);
        var poll = await manager.PostAsync<DatePollView>($"/api/working-groups/{group}/date-poll", DatePollArrange.Draft("Krajský úřad, sál 2"));
        var (first, second) = (poll.Options[0].Id, poll.Options[1].Id);

        using var emaLink = await LinkClientAsync(manager, group, ema);
        using var filipLink = await LinkClientAsync(manager, group, filip);
        var seen = await emaLink.GetAsync<DatePollLinkView>($"/api/date-polls/{group}/answers");
        Assert.Equal(("Ema Malá", 3), (seen.MemberName, seen.Options.Count));

        await emaLink.PutAsync<DatePollLinkView>($"/api/date-polls/{group}/answers", new object[] { new { optionId = first, answer = "IfNeedBe" }, new { optionId = second, answer = "Yes" } });
        var after = await filipLink.PutAsync<DatePollLinkView>($"/api/date-polls/{group}/answers", new object[] { new { optionId = first, answer = "Yes" }, new { optionId = second, answer = "Yes" } });
        Assert.Equal([second], after.Best);
        Assert.Equal([new DateOptionAnswer(first, DateAnswer.Yes), new DateOptionAnswer(second, DateAnswer.Yes)], after.Answers);
        var managerView = (await manager.GetAsync<DatePollPage>($"/api/working-groups/{group}/date-poll")).Poll!;
        Assert.Equal((2, 0), (managerView.Options[1].Yes, managerView.Options[1].No));

        var chosen = await manager.PostAsync<DatePollView>($"/api/working-groups/{group}/date-poll/choose", new { optionId = second });
        Assert.Equal(DatePollStatus.Chosen, chosen.Status);
        var details = (await manager.GetAsync<WorkingGroupView>($"/api/working-groups/{group}")).Group;
        Assert.Equal([new PlannedMeeting(DatePollArrange.Day(2), new TimeOnly(9, 30), "Krajský úřad, sál 2")], details.Schedule);

        var ics = Calendar.Load(Encoding.UTF8.GetString(await (await manager.GetAsync($"/api/working-groups/{group}/calendar.ics")).Content.ReadAsByteArrayAsync()))!;
        var planned = Assert.Single(ics.Events);
        var instant = new DateTimeOffset(DatePollArrange.Day(2).ToDateTime(new TimeOnly(9, 30)), TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague")
            .GetUtcOffset(DatePollArrange.Day(2).ToDateTime(new TimeOnly(9, 30)))).UtcDateTime;
        Assert.Equal(instant, planned.DtStart!.AsUtc);
        Assert.Equal("Krajský úřad, sál 2", planned.Location);

        // The links expired with the choice.
        Assert.Equal((HttpStatusCode.Gone, DatePollErrorCodes.LinkExpired),
            await ApiClient.ErrorOf(await emaLink.PutAsync($"/api/date-polls/{group}/answers", new object[] { new { optionId = first, answer = "Yes" } })));
    }

    [Fact]
    public async Task A_wrong_revoked_or_malformed_link_and_bad_input_answer_documented_codes()
    {
        using var manager = await app.SignedInAdminAsync();
        var (group, ema, _) = await GroupAsync(manager);
        var past = new { options = new[] { new { date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2), time = "10:00" } } };
        Assert.Equal((HttpStatusCode.BadRequest, DatePollErrorCodes.Past),
            await ApiClient.ErrorOf(await manager.PostAsync($"/api/working-groups/{group}/date-poll", past)));
        var tooMany = new { options = Enumerable.Range(1, 20).Select(d => new { date = DatePollArrange.Day(d), time = "10:00" }) };
        Assert.Equal((HttpStatusCode.BadRequest, DatePollErrorCodes.TooManyOptions),
            await ApiClient.ErrorOf(await manager.PostAsync($"/api/working-groups/{group}/date-poll", tooMany)));
        var poll = await manager.PostAsync<DatePollView>($"/api/working-groups/{group}/date-poll", DatePollArrange.Draft());
        Assert.Equal((HttpStatusCode.Conflict, DatePollErrorCodes.AlreadyOpen),
            await ApiClient.ErrorOf(await manager.PostAsync($"/api/working-groups/{group}/date-poll", DatePollArrange.Draft())));

        using var link = await LinkClientAsync(manager, group, ema);
        Assert.Equal((HttpStatusCode.BadRequest, DatePollErrorCodes.UnknownOption),
            await ApiClient.ErrorOf(await link.PutAsync($"/api/date-polls/{group}/answers", new object[] { new { optionId = Guid.NewGuid(), answer = "Yes" } })));
        (await manager.SendAsync(HttpMethod.Delete, $"/api/working-groups/{group}/date-poll/links/{ema}", new StringContent(""))).EnsureSuccessStatusCode();
        Assert.Equal((HttpStatusCode.Gone, DatePollErrorCodes.LinkRevoked), await ApiClient.ErrorOf(await link.GetAsync($"/api/date-polls/{group}/answers")));

        using var stranger = app.NewClient();
        stranger.DefaultHeaders.Add(DatePollEndpoints.Header, "not-a-token");
        Assert.Equal((HttpStatusCode.NotFound, DatePollErrorCodes.LinkInvalid), await ApiClient.ErrorOf(await stranger.GetAsync($"/api/date-polls/{group}/answers")));
        using var guesser = app.NewClient();
        guesser.DefaultHeaders.Add(DatePollEndpoints.Header, CommunityPlanning.Meetings.InviteTokens.Create());
        Assert.Equal((HttpStatusCode.NotFound, DatePollErrorCodes.LinkInvalid), await ApiClient.ErrorOf(await guesser.GetAsync($"/api/date-polls/{group}/answers")));
        Assert.All((await manager.GetAsync<DatePollPage>($"/api/working-groups/{group}/date-poll")).Poll!.Options, o => Assert.Equal(0, o.Yes + o.IfNeedBe + o.No));
        Assert.Equal(poll.Id, (await manager.GetAsync<DatePollPage>($"/api/working-groups/{group}/date-poll")).Poll!.Id);
    }

    private static async Task<(Guid Group, Guid Ema, Guid Filip)> GroupAsync(ApiClient manager)
    {
        var group = (await manager.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Pracovní skupina pro rodiny s dětmi", targetGroup = "ChildrenYouthFamilies" })).Id;
        await manager.PostAsync<WorkingGroupDetails>($"/api/working-groups/{group}/members", new { name = "Ema Malá" });
        var members = (await manager.PostAsync<WorkingGroupDetails>($"/api/working-groups/{group}/members", new { name = "Filip Horák" })).Members;
        return (group, members[0].Id!.Value, members[1].Id!.Value);
    }

    /// <summary>A browser without sign-in holding the member's answer link (its token from the page's fragment, sent in the header).</summary>
    private async Task<ApiClient> LinkClientAsync(ApiClient manager, Guid group, Guid member)
    {
        var link = await manager.PostAsync<DatePollLink>($"/api/working-groups/{group}/date-poll/links/{member}", new { });
        Assert.StartsWith($"/date-poll/{group}", new Uri(link.Url).AbsolutePath);
        var client = app.NewClient();
        client.DefaultHeaders.Add(DatePollEndpoints.Header, new Uri(link.Url).Fragment.TrimStart('#'));
        return client;
    }
}
