using CommunityPlanning.Common;
using CommunityPlanning.Intentions;
using CommunityPlanning.Plans;
using CommunityPlanning.Web.Common;
using CommunityPlanning.WorkingGroups;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityPlanning.Web.Intentions;

/// <summary>
/// The provider's form, through the submission link (<see cref="SubmissionAccess"/>; no account): read it, save a
/// draft, submit, attachments, and the objectives of the call's groups' plans to choose from.
/// </summary>
public static class SubmissionEndpoints
{
    public static RouteGroupBuilder MapSubmission(this RouteGroupBuilder api)
    {
        var submission = api.MapGroup("/submission");

        submission.MapGet("/", async Task<Ok<SubmissionView>> (HttpContext http, IGrainFactory grains) =>
        {
            var (intention, hash) = await SubmissionAccess.ResolveAsync(http, grains);
            return TypedResults.Ok(await intention.GetSubmission(hash));
        });

        submission.MapPut("/draft", async Task<Ok<SubmissionView>> (IntentionForm form, HttpContext http, IGrainFactory grains) =>
        {
            var (intention, hash) = await SubmissionAccess.ResolveAsync(http, grains);
            return TypedResults.Ok(await intention.SaveDraft(hash, form));
        });

        // A form with problems is answered with them, field by field, so the page can show each where it belongs.
        submission.MapPost("/submit", async Task<Results<Ok<SubmissionView>, ProblemHttpResult>> (IntentionForm form, HttpContext http, IGrainFactory grains) =>
        {
            var (intention, hash) = await SubmissionAccess.ResolveAsync(http, grains);
            try
            {
                return TypedResults.Ok(await intention.Submit(hash, form));
            }
            catch (DomainException e) when (e.Code == IntentionErrorCodes.Incomplete)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: e.Code, extensions: new Dictionary<string, object?>
                {
                    ["code"] = e.Code,
                    ["problems"] = IntentionFormRules.Problems(IntentionFormRules.Normalize(form)),
                });
            }
        });

        submission.MapPost("/attachments", async Task<Ok<SubmissionView>> (string? name, HttpContext http, IGrainFactory grains) =>
        {
            var (intention, hash) = await SubmissionAccess.ResolveAsync(http, grains);
            return TypedResults.Ok(await intention.AddAttachment(hash, await AttachmentBody.ReadAsync(http, name)));
        });

        submission.MapDelete("/attachments/{attachmentId:guid}", async Task<Ok<SubmissionView>> (Guid attachmentId, HttpContext http, IGrainFactory grains) =>
        {
            var (intention, hash) = await SubmissionAccess.ResolveAsync(http, grains);
            return TypedResults.Ok(await intention.RemoveAttachment(hash, attachmentId));
        });

        submission.MapGet("/attachments/{attachmentId:guid}", async (Guid attachmentId, HttpContext http, IGrainFactory grains) =>
        {
            var (intention, hash) = await SubmissionAccess.ResolveAsync(http, grains);
            return AttachmentBody.File(await intention.ReadAttachment(hash, attachmentId));
        });

        submission.MapGet("/objectives", async Task<Ok<SubmissionObjective[]>> (HttpContext http, IGrainFactory grains) =>
        {
            var (intention, hash) = await SubmissionAccess.ResolveAsync(http, grains);
            var view = await intention.GetSubmission(hash);
            var objectives = new List<SubmissionObjective>();
            foreach (var group in view.Call.WorkingGroups)
            {
                var details = await grains.GetGrain<IWorkingGroupGrain>(group.Id).Get();
                foreach (var plan in await Task.WhenAll(details.PlanIds.Select(p => grains.GetGrain<IPlanGrain>(p).Get())))
                {
                    objectives.AddRange(plan.TargetGroups.SelectMany(t => t.Goals).SelectMany(goal => goal.Objectives.Select(o =>
                        new SubmissionObjective(group.Id, plan.Id, o.Id, goal.Code, goal.Text, o.Code, o.Text))));
                }
            }

            return TypedResults.Ok(objectives.ToArray());
        });

        return api;
    }
}
