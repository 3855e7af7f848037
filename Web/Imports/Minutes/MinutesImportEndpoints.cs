using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Records;
using CommunityPlanning.Web.Security;
using CommunityPlanning.Web.WorkingGroups;
using CommunityPlanning.WorkingGroups;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityPlanning.Web.Imports.Minutes;

/// <summary>
/// Minutes to import: pasted <see cref="Text"/> or a <see cref="File"/> (base64 of a .txt or .docx), the person's
/// <see cref="Choices"/> for lines they moved or dropped in the preview, and whether to save (<see cref="Confirm"/>),
/// set the group's record form from the record, and save although the group has a meeting on that day.
/// </summary>
public sealed record MinutesImportRequest(
    string? Text,
    string? File,
    IReadOnlyList<LineChoice>? Choices,
    bool Confirm,
    bool SetRecordForm,
    bool AlongsideExisting);

/// <summary>A meeting of the group on the record's day (an import never replaces it).</summary>
public sealed record ExistingMeeting(Guid Id, string Title, DateTimeOffset StartsAt);

public sealed record MinutesImportResponse(
    IReadOnlyList<PlacedLine> Lines,
    ImportedMinutes Minutes,
    IReadOnlyList<UnplacedLine> Unplaced,
    RecordForm ProposedForm,
    ExistingMeeting? Existing,
    MinutesImportSaved? Saved);

public static class MinutesImportEndpoints
{
    public static RouteGroupBuilder MapMinutesImport(this RouteGroupBuilder api)
    {
        // Minutes of a past meeting, into the group (its manager or an administrator).
        api.MapWorkingGroupScope().MapPost("/imports/minutes", async Task<Ok<MinutesImportResponse>> (Guid id, MinutesImportRequest request, HttpContext http, IGrainFactory grains) =>
        {
            var actor = OrganizerClaims.RequireActor(http.User);
            var lines = MinutesBuilder.Choose(MinutesReader.Place(MinutesSource.Lines(request.Text, request.File)), request.Choices);
            var minutes = MinutesBuilder.Build(lines);
            var existing = await Existing(grains, id, minutes.Date);
            if (request.Confirm && existing is not null && !request.AlongsideExisting)
            {
                throw new DomainException(ErrorCodes.ImportMeetingExists, existing.Title);
            }

            var saved = request.Confirm ? await MinutesImportSaver.Save(grains, id, actor, minutes, request.SetRecordForm) : null;
            return TypedResults.Ok(new MinutesImportResponse(lines, minutes, MinutesBuilder.Unplaced(lines), RecordFormProposal.Of(minutes), existing, saved));
        });

        return api;
    }

    private static async Task<ExistingMeeting?> Existing(IGrainFactory grains, Guid groupId, DateOnly? date)
    {
        if (date is not { } day)
        {
            return null;
        }

        var group = await grains.GetGrain<IWorkingGroupGrain>(groupId).Get();
        var meetings = await Task.WhenAll(group.MeetingIds.Select(m => grains.GetGrain<IMeetingGrain>(m).GetDetails()));
        return meetings.Where(m => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(m.StartsAt, PragueTime.Zone).DateTime) == day)
            .Select(m => new ExistingMeeting(m.Id, m.Title, m.StartsAt)).FirstOrDefault();
    }
}
