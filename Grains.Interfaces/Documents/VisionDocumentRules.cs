using CommunityPlanning.Common;

namespace CommunityPlanning.Documents;

public static class VisionDocumentRules
{
    public const int MaxSections = 50;

    /// <summary>Sections added later (a meeting's minutes: one per agenda item, removed items' notes kept).</summary>
    public const int MaxSectionsAdded = 250;

    public static VisionDocumentDraft Validate(VisionDocumentDraft? draft)
    {
        if (draft is null)
        {
            throw new DomainException(ErrorCodes.Required);
        }

        var sections = draft.Sections ?? [];
        if (sections.Count > MaxSections)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {MaxSections} sections");
        }

        return new VisionDocumentDraft(
            TextRules.Name(draft.Title),
            [.. sections.Select(s => new VisionSectionDraft(
                TextRules.Name(s?.Heading),
                TextRules.MultilineText(s?.Text, TextRules.SectionTextMaxLength)))]);
    }
}
