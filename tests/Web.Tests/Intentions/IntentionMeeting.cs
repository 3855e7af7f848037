using CommunityPlanning.Meetings;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Intentions;

/// <summary>
/// A group's meeting over the real hub: the coordinator facilitates, and the members who came sit on seats linked to
/// their member entries (so recusals and the quorum know them). Every hub call of the intention procedure is here.
/// </summary>
public sealed class IntentionMeeting : IAsyncDisposable
{
    private readonly Dictionary<string, LiveClient> _seats = [];

    private IntentionMeeting(Guid meetingId, LiveClient facilitator)
    {
        MeetingId = meetingId;
        Facilitator = facilitator;
    }

    public Guid MeetingId { get; }

    public LiveClient Facilitator { get; }

    /// <summary>The meeting with the facilitator joined and a seat for each of <paramref name="present"/>, linked to that member.</summary>
    public static async Task<IntentionMeeting> OpenAsync(EmbeddedAppFixture app, ApiClient admin, Guid meetingId, IReadOnlyList<GroupMember> present)
    {
        var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, admin.Cookies);
        await facilitator.JoinAsync(meetingId);
        var meeting = new IntentionMeeting(meetingId, facilitator);
        foreach (var member in present)
        {
            using var visitor = app.NewClient();
            var joined = await MeetingSetup.JoinAsync(admin, visitor, meetingId, MeetingRole.Participant, member.Name);
            var seat = await LiveClient.ConnectAsync(app.Host.BaseUri);
            await seat.JoinAsync(meetingId, joined.Ticket);
            meeting._seats[member.Name] = seat;
            await meeting.Run(new SetSeatMember(joined.ParticipantId, member.Id));
        }

        return meeting;
    }

    /// <summary>An agenda item linked to the intentions; its id.</summary>
    public async Task<Guid> AddItemAsync(params Guid[] intentionIds)
    {
        await Run(new AddIntentionItem(intentionIds, 15));
        return (await Facilitator.Connection.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.GetSnapshot), MeetingId)).Agenda.Items[^1].Id;
    }

    /// <summary>The item's poll on the intentions, opened; as it opened (with its recusals and quorum).</summary>
    public async Task<PollView> OpenPollAsync(Guid itemId, IntentionPollKind kind, params Guid[] intentionIds)
    {
        await Run(new CreateIntentionPoll(itemId, intentionIds, kind));
        var created = await Facilitator.WaitForAsync<PollChanged>(e => e.Poll.Intention?.AgendaItemId == itemId && e.Poll.Phase == PollPhase.Draft);
        await Run(new OpenPoll(created.Poll.Id));
        return (await Facilitator.WaitForAsync<PollChanged>(e => e.Poll.Id == created.Poll.Id && e.Poll.Phase == PollPhase.Open)).Poll;
    }

    public Task<VoteReceipt> VoteAsync(string member, Guid pollId, params int[] values) =>
        _seats[member].Connection.InvokeAsync<VoteReceipt>(nameof(MeetingHub.CastVote), MeetingId, new VoteRequest(pollId, values, null));

    /// <summary>Closes the poll; as it is once its result was handed to the intentions.</summary>
    public async Task<PollView> CloseAsync(Guid pollId)
    {
        await Run(new ClosePoll(pollId));
        return (await Facilitator.WaitForAsync<PollChanged>(e => e.Poll.Id == pollId && e.Poll.Intention is { Handoffs.Count: > 0 })).Poll;
    }

    private Task<long> Run(MeetingCommand command) => Facilitator.ExecuteAsync(MeetingId, command);

    public async ValueTask DisposeAsync()
    {
        foreach (var seat in _seats.Values)
        {
            await seat.DisposeAsync();
        }

        await Facilitator.DisposeAsync();
    }
}
