using CommunityPlanning.Common;

namespace CommunityPlanning.Documents;

/// <summary>A document's outline: its title and its sections in order, with their headings and starting texts.</summary>
public static class DocumentOutline
{
    public static VisionDocumentState New(Guid workingGroupId, VisionDocumentDraft draft, DateTimeOffset now)
    {
        var valid = VisionDocumentRules.Validate(draft);
        return new VisionDocumentState
        {
            WorkingGroupId = workingGroupId,
            Title = valid.Title,
            Sections = [.. valid.Sections.Select(s => Section(Guid.NewGuid(), s.Heading, s.Text, now))],
            CreatedAt = now,
            EditLogVersion = VisionDocumentState.CurrentEditLogVersion,
        };
    }

    /// <summary>
    /// Adds the sections that are missing and renames the others; sections not listed stay. Everything is checked
    /// before anything changes. Returns the added sections and whether anything changed.
    /// </summary>
    public static (IReadOnlyList<SectionState> Added, bool Changed) Ensure(VisionDocumentState document, IReadOnlyList<VisionSection> sections, DateTimeOffset now)
    {
        var valid = sections.Select(s => new VisionSection(s.Id, TextRules.Name(s.Heading, TextRules.TitleMaxLength), TextRules.MultilineText(s.Text, TextRules.SectionTextMaxLength))).ToList();
        var missing = valid.Where(s => !document.Sections.Exists(x => x.Id == s.Id)).DistinctBy(s => s.Id).ToList();
        if (document.Sections.Count + missing.Count > VisionDocumentRules.MaxSectionsAdded)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {VisionDocumentRules.MaxSectionsAdded} sections");
        }

        var renamed = false;
        foreach (var s in valid)
        {
            if (document.Sections.Find(x => x.Id == s.Id) is { } existing && existing.Heading != s.Heading)
            {
                existing.Heading = s.Heading;
                renamed = true;
            }
        }

        List<SectionState> added = [.. missing.Select(s => Section(s.Id, s.Heading, s.Text, now))];
        document.Sections.AddRange(added);
        return (added, renamed || added.Count > 0);
    }

    private static SectionState Section(Guid id, string heading, string text, DateTimeOffset now) =>
        new() { Id = id, Heading = heading, SnapshotText = text, InitialText = text, AddedAt = now };
}
