using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Voting;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Meetings;

/// <summary>Importing the previous workshop's record: the facilitator prepares the next one from it.</summary>
public sealed partial class MeetingGrain
{
    public async Task<VisionImportResult> ImportVision(Actor actor, VisionImport import)
    {
        ArgumentNullException.ThrowIfNull(import);
        var events = new List<MeetingEvent>();
        var by = Usable(await ResolveAsync(actor, events));
        if (by.Role < MeetingRole.Facilitator)
        {
            throw new DomainException(ErrorCodes.Forbidden);
        }

        RequireNotEnded();
        var proposals = import.Proposals ?? [];
        var draft = Details.VisionDocumentId is null && import.Document is { } d ? VisionDocumentRules.Validate(d) : null;
        if ((draft?.Sections.Count ?? 0) == 0 && proposals.Count == 0)
        {
            throw new DomainException(ErrorCodes.ImportNothingFound);
        }

        // Everything is checked before the document is created, so a refusal leaves nothing behind.
        await Board.CheckImport([.. proposals.Select(p => p?.Text)]);
        var created = false;
        if (draft is { Sections.Count: > 0 })
        {
            var document = await GrainFactory.GetGrain<IWorkingGroupGrain>(Details.WorkingGroupId).CreateVisionDocument(actor, draft);
            SetDetails(Details with { VisionDocumentId = document.Id }, events);
            created = true;
        }

        var sections = Details.VisionDocumentId is { } documentId
            ? (await GrainFactory.GetGrain<IVisionDocumentGrain>(documentId).Get()).Sections
            : [];
        var items = proposals.Select(p => new BoardImport(AreaHeadings.Find(sections, s => s.Heading, p.AreaHeading)?.Id, p.Text)).ToList();
        if (items.Count > 0)
        {
            // Proposals from a record were gathered openly already: they come in visible, whatever the brainstorm setting.
            events.AddRange(await Board.Import(items, by.ParticipantId));
        }

        var seq = await Publish(events);
        return new VisionImportResult(Details.VisionDocumentId, created, items.Count, items.Count(i => i.AreaId is not null), seq);
    }
}
