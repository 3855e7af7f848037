using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;

namespace CommunityPlanning.Web.Tests.Audience;

/// <summary>A meeting of its own with its organizer joined live as facilitator; others join it by invite.</summary>
internal sealed record LiveMeeting(EmbeddedAppFixture App, ApiClient Organizer, Guid Id, LiveClient Facilitator) : IAsyncDisposable
{
    public static async Task<LiveMeeting> CreateAsync(EmbeddedAppFixture app)
    {
        var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await facilitator.JoinAsync(meeting.Id);
        return new LiveMeeting(app, organizer, meeting.Id, facilitator);
    }

    public async Task<(LiveClient Client, Guid ParticipantId)> JoinAsync(MeetingRole role, string name)
    {
        using var visitor = App.NewClient();
        var joined = await MeetingSetup.JoinAsync(Organizer, visitor, Id, role, name);
        var client = await LiveClient.ConnectAsync(App.Host.BaseUri);
        await client.JoinAsync(Id, joined.Ticket);
        return (client, joined.ParticipantId);
    }

    public async ValueTask DisposeAsync()
    {
        await Facilitator.DisposeAsync();
        Organizer.Dispose();
    }
}
