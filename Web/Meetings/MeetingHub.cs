using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Documents;
using CommunityPlanning.Web.Security;
using Microsoft.AspNetCore.SignalR;

namespace CommunityPlanning.Web.Meetings;

/// <param name="Rejoin">The client lost its connection and came back (counted as a failover in the metrics).</param>
public sealed record JoinMeetingRequest(Guid MeetingId, string? Ticket, bool Rejoin = false);

/// <summary>
/// The live channel (docs/protocol.md). A connection joins meetings; who it is in each meeting is fixed at
/// join from the organizer cookie or a participant ticket, and every call is authorized by the meeting grain.
/// </summary>
public sealed partial class MeetingHub(IGrainFactory grains, MeetingRelay relay, DocumentRelay documents, ParticipantTickets tickets) : Hub
{
    public const string Path = "/hubs/meeting";

    public async Task<MeetingSnapshot> JoinMeeting(JoinMeetingRequest request)
    {
        var actor = ResolveActor(request);
        var snapshot = await relay.Join(request.MeetingId, actor, Context.ConnectionId, Context.Abort);
        Joined[request.MeetingId] = actor;
        return snapshot;
    }

    public async Task LeaveMeeting(Guid meetingId)
    {
        if (Joined.Remove(meetingId))
        {
            await CloseDocument(meetingId);
            await relay.Leave(meetingId, Context.ConnectionId);
        }
    }

    /// <summary>For a client that saw a gap in the sequence numbers, or came back after a reconnect.</summary>
    public Task<MeetingSnapshot> GetSnapshot(Guid meetingId) =>
        grains.GetGrain<IMeetingGrain>(meetingId).GetSnapshot(ActorIn(meetingId));

    /// <summary>The observers, for facilitators; everyone else sees only their number.</summary>
    public Task<IReadOnlyList<AudienceMember>> GetAudience(Guid meetingId) =>
        grains.GetGrain<IMeetingGrain>(meetingId).GetAudience(ActorIn(meetingId));

    public async Task<VisionDocumentDetails?> GetVisionDocument(Guid meetingId)
    {
        var snapshot = await grains.GetGrain<IMeetingGrain>(meetingId).GetSnapshot(ActorIn(meetingId));
        return snapshot.Details.VisionDocumentId is { } documentId
            ? await grains.GetGrain<IVisionDocumentGrain>(documentId).Get()
            : null;
    }

    public Task<MeetingDetails> ChangePhase(Guid meetingId, MeetingPhase phase) =>
        grains.GetGrain<IMeetingGrain>(meetingId).ChangePhase(ActorIn(meetingId), phase);

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var meetingId in Joined.Keys.ToList())
        {
            await CloseDocument(meetingId);
            await relay.Leave(meetingId, Context.ConnectionId);
        }

        Joined.Clear();
    }

    /// <summary>The meetings this connection joined, with who it is in each.</summary>
    private Dictionary<Guid, Actor> Joined => ConnectionItem<Dictionary<Guid, Actor>>(nameof(Joined));

    private T ConnectionItem<T>(string key) where T : new()
    {
        if (Context.Items.TryGetValue(key, out var value) && value is T item)
        {
            return item;
        }

        item = new T();
        Context.Items[key] = item;
        return item;
    }

    private Actor ActorIn(Guid meetingId) =>
        Joined.TryGetValue(meetingId, out var actor) ? actor : throw new DomainException(ErrorCodes.NotJoined);

    private Actor ResolveActor(JoinMeetingRequest request)
    {
        if (request.Ticket is not null)
        {
            return Actor.Participant(tickets.Read(request.Ticket, request.MeetingId), "");
        }

        return OrganizerClaims.ToActor(Context.User ?? new()) ?? throw new DomainException(ErrorCodes.Unauthenticated);
    }
}
