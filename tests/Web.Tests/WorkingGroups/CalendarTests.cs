using System.Net;
using System.Text;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.Web.WorkingGroups;
using CommunityPlanning.WorkingGroups;
using Ical.Net;

namespace CommunityPlanning.Web.Tests.WorkingGroups;

/// <summary>The group's calendar: valid iCalendar with Prague times right across the clock changes, and a revocable subscription link.</summary>
public sealed class CalendarTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    [Fact]
    public async Task The_calendar_parses_and_keeps_the_right_instants_across_daylight_saving_changes()
    {
        using var organizer = await app.SignedInAdminAsync();
        var group = await organizer.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Pracovní skupina pro seniory, Liberec", targetGroup = "Seniors" });
        // 13:00 in Prague: the day before the spring change is CET (12:00 UTC), the days after are CEST (11:00 UTC).
        var winter = await organizer.PostAsync<MeetingDetails>($"/api/working-groups/{group.Id}/meetings", new { title = "Jednání; březen", startsAt = "2027-03-27T13:00:00", place = "Krajský úřad, sál 1" });
        var summer = await organizer.PostAsync<MeetingDetails>($"/api/working-groups/{group.Id}/meetings", new { title = "Jednání duben", startsAt = "2027-03-29T13:00:00", place = "Liberec" });
        var response = await organizer.PutAsync($"/api/working-groups/{group.Id}/schedule", new object[]
        {
            new { date = "2027-10-30", time = "09:30", place = "Jablonec nad Nisou" }, // CEST, the day before the autumn change
            new { date = "2027-11-02", time = "09:30", place = (string?)null },        // CET
            new { date = "2027-12-14", time = (string?)null, place = (string?)null },   // all day
            new { date = "2027-03-27", time = "13:00", place = (string?)null },         // has a meeting already: not twice
        });
        response.EnsureSuccessStatusCode();

        var download = await organizer.GetAsync($"/api/working-groups/{group.Id}/calendar.ics");
        download.EnsureSuccessStatusCode();
        Assert.Equal("text/calendar", download.Content.Headers.ContentType!.MediaType);
        var text = Encoding.UTF8.GetString(await download.Content.ReadAsByteArrayAsync());
        Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Prague", text);

        var calendar = Calendar.Load(text)!;
        var events = calendar.Events.OrderBy(e => e.DtStart!.AsUtc).ToList();
        Assert.Equal(5, events.Count);
        Assert.Equal(new DateTime(2027, 3, 27, 12, 0, 0, DateTimeKind.Utc), events[0].DtStart!.AsUtc);
        Assert.Equal("Jednání; březen", events[0].Summary);
        Assert.Equal("Krajský úřad, sál 1", events[0].Location);
        Assert.Equal(new DateTime(2027, 3, 27, 14, 0, 0, DateTimeKind.Utc), events[0].DtEnd!.AsUtc);
        Assert.Equal(new DateTime(2027, 3, 29, 11, 0, 0, DateTimeKind.Utc), events[1].DtStart!.AsUtc);
        Assert.Equal(new DateTime(2027, 10, 30, 7, 30, 0, DateTimeKind.Utc), events[2].DtStart!.AsUtc);
        Assert.Equal(new DateTime(2027, 11, 2, 8, 30, 0, DateTimeKind.Utc), events[3].DtStart!.AsUtc);
        Assert.False(events[4].DtStart!.HasTime); // all day
        Assert.Equal("Plánované jednání: Pracovní skupina pro seniory, Liberec", events[2].Summary);
        Assert.Equal($"{winter.Id:N}@communityplanning", events[0].Uid);
        Assert.Equal($"{summer.Id:N}@communityplanning", events[1].Uid);
    }

    [Fact]
    public async Task A_subscription_link_works_without_sign_in_until_it_is_renewed()
    {
        using var organizer = await app.SignedInAdminAsync();
        var group = await organizer.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Skupina", targetGroup = "Seniors" });
        var link = await organizer.PostAsync<CalendarFeedLink>($"/api/working-groups/{group.Id}/calendar-feed", new { });
        using var calendarProgram = app.NewClient();
        var path = new Uri(link.Url).AbsolutePath;

        var first = await calendarProgram.GetAsync(path);
        first.EnsureSuccessStatusCode();
        Assert.NotNull(Calendar.Load(await first.Content.ReadAsStringAsync()));

        await organizer.PostAsync<CalendarFeedLink>($"/api/working-groups/{group.Id}/calendar-feed", new { });
        Assert.Equal(HttpStatusCode.NotFound, (await calendarProgram.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarProgram.GetAsync("/api/calendar/not-a-token.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await calendarProgram.GetAsync($"/api/working-groups/{group.Id}/calendar.ics")).StatusCode);
    }
}
