using CommunityPlanning.Common;
using CommunityPlanning.Intentions;
using CommunityPlanning.Web.Localization;
using CommunityPlanning.Web.Records;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityPlanning.Web.Intentions;

/// <summary>
/// The public register of each call, for anyone: its intentions that are not drafts, without personal contact data,
/// filtered by working group, state and service type; as JSON, CSV or DOCX.
/// </summary>
public static class RegisterEndpoints
{
    public static RouteGroupBuilder MapRegister(this RouteGroupBuilder api)
    {
        var register = api.MapGroup("/register");

        register.MapGet("/", async Task<Ok<IntentionCallView[]>> (IGrainFactory grains) =>
            TypedResults.Ok((await grains.GetGrain<IIntentionCallDirectoryGrain>(0).List()).ToArray()));

        register.MapGet("/{id:guid}", async Task<Ok<PublicRegister>> (Guid id, Guid? group, IntentionState? state, SocialServiceType? type, IGrainFactory grains) =>
            TypedResults.Ok(await PublicRegisters.ReadAsync(grains, id, new RegisterFilter(group, state, type))));

        register.MapGet("/{id:guid}.{format}", async (Guid id, string format, Guid? group, IntentionState? state, SocialServiceType? type, string? lang, IGrainFactory grains) =>
        {
            var language = UiTextEndpoints.Language(lang);
            var record = new RegisterRecord(await PublicRegisters.ReadAsync(grains, id, new RegisterFilter(group, state, type)), UiTextEndpoints.Load(language), language);
            return format switch
            {
                "csv" => TypedResults.File(record.Csv(), "text/csv; charset=utf-8", "rozvojove-zamery.csv"),
                "docx" or "md" or "html" => RecordFormat.File(record.Document(), format, "rozvojove-zamery"),
                _ => throw new DomainException(ErrorCodes.InvalidValue, "format must be csv, docx, md or html"),
            };
        });

        return api;
    }
}
