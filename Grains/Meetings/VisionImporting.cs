using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Voting;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Meetings;

/// <summary>Importing the previous workshop's record: the facilitator prepares the next meeting from it.</summary>
public sealed class VisionImporting(MeetingFlow flow, MeetingParts parts)
{
    /// <summary>The vision document (when the meeting has none) and the proposals; returns how many proposals found an area.</summary>
    public async Task<(int Proposals, int WithArea, bool Created)> Import(RosterEntry by, Actor actor, VisionImport import, MeetingChanges changes)
    {
        var proposals = import.Proposals ?? [];
        var draft = flow.Details.VisionDocumentId is null && import.Document is { } d ? VisionDocumentRules.Validate(d) : null;
        if ((draft?.Sections.Count ?? 0) == 0 && proposals.Count == 0)
        {
            throw new DomainException(ErrorCodes.ImportNothingFound);
        }

        // Everything is checked before the document is created, so a refusal leaves nothing behind.
        await parts.Board.CheckImport([.. proposals.Select(p => p?.Text)]);
        var created = false;
        if (draft is { Sections.Count: > 0 })
        {
            var document = await parts.Grains.GetGrain<IWorkingGroupGrain>(flow.Details.WorkingGroupId).CreateVisionDocument(actor, draft);
            flow.SetDetails(flow.Details with { VisionDocumentId = document.Id }, changes);
            created = true;
        }

        var sections = flow.Details.VisionDocumentId is { } documentId
            ? (await parts.Grains.GetGrain<IVisionDocumentGrain>(documentId).Get()).Sections
            : [];
        var items = proposals.Select(p => new BoardImport(AreaHeadings.Find(sections, s => s.Heading, p.AreaHeading)?.Id, p.Text)).ToList();
        if (items.Count > 0)
        {
            // Proposals from a record were gathered openly already: they come in visible, whatever the brainstorm setting.
            changes.AddRange(await parts.Board.Import(items, by.ParticipantId));
        }

        return (items.Count, items.Count(i => i.AreaId is not null), created);
    }
}
