using CommunityPlanning.Meetings;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Web.Tests.Scheduling;

/// <summary>A working group with two members (Ema, Filip) and a meeting of it, its organizer joined live as facilitator.</summary>
internal sealed record GroupMeeting(EmbeddedAppFixture App, ApiClient Organizer, Guid GroupId, Guid Ema, Guid Filip, Guid Id, LiveClient Facilitator) : IAsyncDisposable
{
    public static async Task<GroupMeeting> CreateAsync(EmbeddedAppFixture app)
    {
        var organizer = await app.SignedInAdminAsync();
        var group = (await organizer.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Pracovní skupina pro rodiny s dětmi", targetGroup = "ChildrenYouthFamilies" })).Id;
        await organizer.PostAsync<WorkingGroupDetails>($"/api/working-groups/{group}/members", new { name = "Ema Malá" });
        var members = (await organizer.PostAsync<WorkingGroupDetails>($"/api/working-groups/{group}/members", new { name = "Filip Horák" })).Members;
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer, groupId: group);
        var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await facilitator.JoinAsync(meeting.Id);
        return new GroupMeeting(app, organizer, group, members[0].Id!.Value, members[1].Id!.Value, meeting.Id, facilitator);
    }

    /// <summary>Someone joined by invite; the facilitator says which member of the group the seat is, if any.</summary>
    public async Task<Seat> JoinAsync(MeetingRole role, string name, Guid? memberId)
    {
        using var visitor = App.NewClient();
        var joined = await MeetingSetup.JoinAsync(Organizer, visitor, Id, role, name);
        if (memberId is not null)
        {
            await Facilitator.ExecuteAsync(Id, new SetSeatMember(joined.ParticipantId, memberId));
        }

        var client = await LiveClient.ConnectAsync(App.Host.BaseUri);
        await client.JoinAsync(Id, joined.Ticket);
        return new Seat(client, joined.ParticipantId);
    }

    public async ValueTask DisposeAsync()
    {
        await Facilitator.DisposeAsync();
        Organizer.Dispose();
    }

    public sealed record Seat(LiveClient Client, Guid ParticipantId) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Client.DisposeAsync();
    }
}
