using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Localization;
using CommunityPlanning.Web.Security;

namespace CommunityPlanning.Web.Records;

public static class VisionExportEndpoints
{
    public static RouteGroupBuilder MapVisionExport(this RouteGroupBuilder api)
    {
        // The meeting's vision with its proposals as a record; for the meeting's members (participant and above), not observers.
        // The meeting's vision with its ranked proposals as a record (DOCX, Markdown, a page to print); for the
        // meeting's members (participant and above, by cookie or ticket), not observers.
        api.MapGet("/meetings/{id:guid}/vision.{format}", async (Guid id, string format, string? lang, HttpContext http, IGrainFactory grains, ParticipantTickets tickets) =>
        {
            var actor = MeetingCaller.Resolve(http, id, tickets);
            var meeting = grains.GetGrain<IMeetingGrain>(id);
            await meeting.Authorize(actor, MeetingRole.Participant);
            var details = await meeting.GetDetails();
            var vision = details.VisionDocumentId is { } documentId ? await grains.GetGrain<IVisionDocumentGrain>(documentId).Get() : null;
            var language = UiTextEndpoints.Language(lang);
            var document = VisionRecordBuilder.Build(details, vision, await meeting.GetBoard(actor), UiTextEndpoints.Load(language), language);
            return RecordFormat.File(document, format, "vize");
        });

        return api;
    }
}
