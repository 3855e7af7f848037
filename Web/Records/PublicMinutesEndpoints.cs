using CommunityPlanning.Records;
using CommunityPlanning.Web.Localization;
using CommunityPlanning.Web.Security;

namespace CommunityPlanning.Web.Records;

/// <summary>
/// The public version of approved minutes: for anyone with a place in the meeting, observers included (the public link
/// admits them with a ticket, presented in the <c>X-Participant-Ticket</c> header), with people named as the public
/// sees them (<see cref="PublicMinutes"/>).
/// </summary>
public static class PublicMinutesEndpoints
{
    public static RouteGroupBuilder MapPublicMinutes(this RouteGroupBuilder api)
    {
        api.MapGet("/meetings/{id:guid}/minutes/public.{format}", async (Guid id, string format, int? version, string? lang, HttpContext http, IGrainFactory grains, ParticipantTickets tickets) =>
        {
            var language = UiTextEndpoints.Language(lang);
            var texts = UiTextEndpoints.Load(language);
            var unnamed = new UnnamedLabels(texts["attendeeKind.Member"], texts["attendeeKind.Guest"], texts["attendeeKind.Staff"], texts["role.Facilitator"]);
            var minutes = await grains.GetGrain<IPublicMinutesGrain>(id).Get(MeetingCaller.Resolve(http, id, tickets), version, unnamed);
            return MinutesExport.File(minutes, format, language, "-verejna");
        });

        return api;
    }
}
