using System.Text;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Localization;
using CommunityPlanning.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityPlanning.Web.Records;

public static class VisionExportEndpoints
{
    public static RouteGroupBuilder MapVisionExport(this RouteGroupBuilder api)
    {
        // The meeting's vision with its proposals as a record; for the meeting's members (participant and above), not observers.
        api.MapGet("/meetings/{id:guid}/vision.md", async Task<FileContentHttpResult> (Guid id, string? lang, HttpContext http, IGrainFactory grains) =>
        {
            var actor = OrganizerClaims.RequireActor(http.User);
            var meeting = grains.GetGrain<IMeetingGrain>(id);
            await meeting.Authorize(actor, MeetingRole.Participant);
            var details = await meeting.GetDetails();
            var vision = details.VisionDocumentId is { } documentId ? await grains.GetGrain<IVisionDocumentGrain>(documentId).Get() : null;
            var document = VisionRecordBuilder.Build(details, vision, await meeting.GetBoard(actor), UiTextEndpoints.LoadOrCzech(lang));
            return TypedResults.File(Encoding.UTF8.GetBytes(MarkdownWriter.Write(document)), "text/markdown; charset=utf-8", "vize.md");
        }).RequireAuthorization();

        return api;
    }
}
