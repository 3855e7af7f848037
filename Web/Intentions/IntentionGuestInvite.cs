using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityPlanning.Web.Intentions;

/// <summary>
/// The one step that invites a provider's representative to the item of their intention: an invite of a guest who may
/// speak but not vote, labelled with the provider and linked to the intention. The facilitator passes its link or code on.
/// </summary>
public static class IntentionGuestInvite
{
    public static void MapIntentionGuestInvite(this RouteGroupBuilder api) =>
        api.MapPost("/meetings/{id:guid}/intentions/{intentionId:guid}/guest-invite",
            async Task<Created<InviteLink>> (Guid id, Guid intentionId, HttpContext http, IGrainFactory grains) =>
            {
                var actor = OrganizerClaims.RequireActor(http.User);
                var meeting = grains.GetGrain<IMeetingGrain>(id);
                await meeting.Authorize(actor, MeetingRole.Facilitator);
                // Only an intention this meeting takes up: its item names the provider, so the label is the agenda's, not typed.
                var intention = (await meeting.GetSnapshot(actor)).Agenda.Items.SelectMany(i => i.Intentions ?? [])
                    .FirstOrDefault(i => i.IntentionId == intentionId) ?? throw new DomainException(ErrorCodes.NotFound, "the intention is not on this meeting's agenda");
                var invite = await grains.GetGrain<IMeetingRosterGrain>(id)
                    .CreateInvite(actor, MeetingRole.Participant, expiresAt: null, new InviteGuest(intention.ProviderName, intentionId));
                return TypedResults.Created($"/api/meetings/{id}/invites/{invite.Info.InviteId}", InviteLink.Of(http, invite));
            }).RequireAuthorization();
}
