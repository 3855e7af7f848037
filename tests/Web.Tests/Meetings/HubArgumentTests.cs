using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;

namespace CommunityPlanning.Web.Tests.Meetings;

/// <summary>
/// Nulls where a hub method's declaration says there is always a value, at the top or inside a request, sent as a
/// browser could: each is <c>validation.required</c> (never an exception inside), nothing changes, and the
/// connection goes on.
/// </summary>
public sealed class HubArgumentTests(LoggedAppFixture app) : IClassFixture<LoggedAppFixture>
{
    private const int ReceiveBuffer = 64 * 1024;

    private static async Task AssertRefused(string code, Func<Task> call) =>
        Assert.EndsWith($"HubException: {code}", (await Assert.ThrowsAsync<InvalidOperationException>(call)).Message);

    private void AssertNoErrorLogged() => Assert.Empty(app.Logs.Failures);

    [Fact]
    public async Task A_participants_null_arguments_are_refused_with_validation_required_and_the_connection_goes_on()
    {
        using var organizer = await app.SignedInAdminAsync();
        var (meeting, document) = await MeetingSetup.CreateVisionMeetingAsync(organizer, ("Uživatelé služeb", "Text"));
        using var visitor = app.NewClient();
        var joined = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Participant, "Jana");
        await using var client = await RawHubClient.ConnectAsync(app.Host.BaseUri, ReceiveBuffer);
        var id = $"\"{meeting.Id}\"";
        var section = document.Sections[0].Id;

        await AssertRefused(ErrorCodes.Required, () => client.SendInvocationAsync(nameof(MeetingHub.JoinMeeting), "null"));
        await client.SendInvocationAsync(nameof(MeetingHub.JoinMeeting), $$"""{"meetingId":{{id}},"ticket":"{{joined.Ticket}}"}""");
        await client.SendInvocationAsync(nameof(MeetingHub.OpenDocument), id);
        await AssertRefused(ErrorCodes.Required, () => client.SendInvocationAsync(nameof(MeetingHub.SubmitEdit), $"{id}, null"));
        await AssertRefused(ErrorCodes.Required, () => client.SendInvocationAsync(nameof(MeetingHub.SubmitEdit),
            $$"""{{id}}, {"sectionId":"{{section}}","baseRevision":0,"clientOpId":"a:1"}"""));
        await AssertRefused(ErrorCodes.Required, () => client.SendInvocationAsync(nameof(MeetingHub.AddComment), $"{id}, null"));
        await AssertRefused(ErrorCodes.Required, () => client.SendInvocationAsync(nameof(MeetingHub.GetEdits), $"{id}, null"));

        var snapshot = await client.SendInvocationAsync(nameof(MeetingHub.OpenDocument), id);
        Assert.Equal(0, snapshot.GetProperty("sections")[0].GetProperty("revision").GetInt64());
        Assert.Empty((await client.SendInvocationAsync(nameof(MeetingHub.GetComments), id)).EnumerateArray());
        AssertNoErrorLogged();
    }

    [Fact]
    public async Task A_facilitators_nulls_inside_commands_are_refused_with_validation_required_and_nothing_changes()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        await using var client = await RawHubClient.ConnectAsync(app.Host.BaseUri, ReceiveBuffer, organizer.Cookies);
        var id = $"\"{meeting.Id}\"";
        var before = await client.SendInvocationAsync(nameof(MeetingHub.JoinMeeting), $$"""{"meetingId":{{id}}}""");

        await AssertRefused(ErrorCodes.Required, () => client.SendInvocationAsync(nameof(MeetingHub.Execute), $$"""{{id}}, {"type":"addAgendaItem","item":null,"position":null}"""));
        await AssertRefused(ErrorCodes.Required, () => client.SendInvocationAsync(nameof(MeetingHub.Execute), $$"""{{id}}, {"type":"addAgendaItem","position":0}"""));
        await AssertRefused(ErrorCodes.Required, () => client.SendInvocationAsync(nameof(MeetingHub.Execute), $$"""{{id}}, {"type":"reorderSpeakers","order":null}"""));
        await AssertRefused(ErrorCodes.Required, () => client.SendInvocationAsync(nameof(MeetingHub.Execute),
            $$$"""{{{id}}}, {"type":"createPoll","poll":{"question":"Otázka","kind":"SingleChoice","options":["ano",null],"secret":false,"liveResults":true}}"""));
        await AssertRefused(ErrorCodes.InvalidValue, () => client.SendInvocationAsync(nameof(MeetingHub.ChangePhase), $"{id}, 99"));

        var after = await client.SendInvocationAsync(nameof(MeetingHub.GetSnapshot), id);
        Assert.Equal(before.GetProperty("seq").GetInt64(), after.GetProperty("seq").GetInt64());
        Assert.Empty(after.GetProperty("agenda").GetProperty("items").EnumerateArray());
        Assert.Empty(after.GetProperty("polls").EnumerateArray());
        Assert.Equal(nameof(MeetingPhase.Scheduled), after.GetProperty("details").GetProperty("phase").GetString());
        AssertNoErrorLogged();
    }
}
