using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;

namespace CommunityPlanning.Web.Imports;

/// <summary>A group of proposals and the area of the meeting's vision it will go under (null: not placed).</summary>
public sealed record PlacedProposalGroup(int LineNumber, string? Heading, string? AreaHeading, IReadOnlyList<ProposalItem> Items);

/// <summary>
/// What saving a record into a meeting would do: create the vision document (only if the meeting has none) and
/// put each group of proposals under the area of the same heading, in the meeting's existing vision or the new
/// one. Headings that match no area are listed with the unplaced lines (reason <c>unknown_area</c>).
/// </summary>
public sealed record VisionImportPreview(
    VisionRecord Record,
    bool CreatesDocument,
    string? ExistingDocumentTitle,
    IReadOnlyList<PlacedProposalGroup> Groups,
    IReadOnlyList<UnplacedLine> Unplaced)
{
    public static VisionImportPreview Of(VisionRecord record, VisionDocumentDetails? existing)
    {
        var areas = existing is not null ? existing.Sections.Select(s => s.Heading).ToList() : record.Areas.Select(a => a.Heading).ToList();
        var groups = record.ProposalGroups
            .Select(g => new PlacedProposalGroup(g.LineNumber, g.Heading, AreaHeadings.Find(areas, a => a, g.Heading), g.Items))
            .ToList();
        var unknown = groups.Where(g => g.Heading is not null && g.AreaHeading is null)
            .Select(g => new UnplacedLine(g.LineNumber, g.Heading!, "unknown_area"));
        return new VisionImportPreview(record, existing is null && record.Areas.Count > 0, existing?.Title, groups,
            [.. record.Unplaced.Concat(unknown).OrderBy(u => u.LineNumber)]);
    }

    /// <summary>What the meeting grain is asked to save; a record without a title takes the meeting's.</summary>
    public static VisionImport ToImport(VisionRecord record, string meetingTitle) => new(
        record.Areas.Count > 0
            ? new VisionDocumentDraft(record.Title ?? meetingTitle, [.. record.Areas.Select(a => new VisionSectionDraft(a.Heading, a.Text))])
            : null,
        [.. record.ProposalGroups.SelectMany(g => g.Items.Select(i => new ImportedProposal(g.Heading, i.Text)))]);
}
