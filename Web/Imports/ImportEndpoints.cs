using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Plans;
using CommunityPlanning.Web.Security;
using CommunityPlanning.Web.WorkingGroups;
using CommunityPlanning.WorkingGroups;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityPlanning.Web.Imports;

/// <summary>Pasted or uploaded text to import; nothing is saved until <see cref="Confirm"/> is true.</summary>
public sealed record ImportRequest(string? Text, bool Confirm);

/// <summary>What the import understood, and when confirmed what it saved.</summary>
public sealed record VisionImportResponse(VisionImportPreview Preview, VisionImportResult? Saved);

public sealed record PlanImportResponse(PlanDraft Plan, IReadOnlyList<UnplacedLine> Unplaced, PlanView? Saved);

public static class ImportEndpoints
{
    public static RouteGroupBuilder MapImports(this RouteGroupBuilder api)
    {
        // The facilitator prepares a workshop from the previous one's record.
        api.MapPost("/meetings/{id:guid}/imports/vision", async Task<Ok<VisionImportResponse>> (Guid id, ImportRequest request, HttpContext http, IGrainFactory grains) =>
        {
            var actor = OrganizerClaims.RequireActor(http.User);
            var meeting = grains.GetGrain<IMeetingGrain>(id);
            await meeting.Authorize(actor, MeetingRole.Facilitator);
            var record = VisionRecordParser.Parse(ImportText.Checked(request.Text));
            var details = await meeting.GetDetails();
            var existing = details.VisionDocumentId is { } documentId ? await grains.GetGrain<IVisionDocumentGrain>(documentId).Get() : null;
            var preview = VisionImportPreview.Of(record, existing);
            var saved = request.Confirm ? await meeting.ImportVision(actor, VisionImportPreview.ToImport(record, details.Title)) : null;
            return TypedResults.Ok(new VisionImportResponse(preview, saved));
        }).RequireAuthorization();

        // A plan of the group (its manager or an administrator), e.g. the region's medium-term plan.
        api.MapWorkingGroupScope().MapPost("/imports/plan", async Task<Ok<PlanImportResponse>> (Guid id, ImportRequest request, HttpContext http, IGrainFactory grains) =>
        {
            var actor = OrganizerClaims.RequireActor(http.User);
            var group = grains.GetGrain<IWorkingGroupGrain>(id);
            var parsed = PlanParser.Parse(ImportText.Checked(request.Text));
            if (request.Confirm && parsed.Plan.TargetGroups.Count == 0)
            {
                throw new DomainException(ErrorCodes.ImportNothingFound);
            }

            var saved = request.Confirm ? await group.CreatePlan(actor, parsed.Plan) : null;
            return TypedResults.Ok(new PlanImportResponse(parsed.Plan, parsed.Unplaced, saved));
        });

        return api;
    }
}
