using CommunityPlanning.Common;
using CommunityPlanning.Documents.Text;
using Orleans.Storage;

namespace CommunityPlanning.Documents;

/// <summary>
/// A document's past: the history of a section (grouped revisions), its text at any revision, and the archived
/// snapshots that make reading an old version quick. Reads the edit log and the archives; never changes the text.
/// </summary>
public sealed class DocumentHistory(EditLog log, IGrainStorage storage, Guid documentId, GrainId grainId)
{
    public const int MaxHistoryScan = 20_000;

    /// <summary>A page of the section's history, newest first, ending before <paramref name="beforeRevision"/>.</summary>
    public async Task<IReadOnlyList<HistoryEntry>> PageAsync(SectionState section, long currentRevision, DateTimeOffset createdAt,
        long beforeRevision, int maxEntries)
    {
        var upTo = Math.Min(beforeRevision - 1, currentRevision);
        if (upTo < 0)
        {
            return [];
        }

        var edits = await log.ReadRangeAsync(documentId, section.Id, Math.Max(0, upTo - MaxHistoryScan), upTo);
        var entries = HistoryGrouping.Group(edits);
        // The wording the section was created or imported with ends every answer, so it can always be restored.
        var addedAt = section.AddedAt ?? createdAt;
        return [.. entries.TakeLast(Math.Clamp(maxEntries, 1, 200)).Reverse(), new HistoryEntry(0, 0, [], addedAt, addedAt)];
    }

    /// <summary>The section's text at a revision: the nearest archived snapshot before it, and the log from there.</summary>
    public async Task<SectionVersion> VersionAsync(SectionState section, long currentRevision, long revision)
    {
        if (revision < 0 || revision > currentRevision)
        {
            throw new DomainException(ErrorCodes.RevisionUnknown);
        }

        var from = section.ArchivedSnapshots.LastOrDefault(r => r <= revision);
        var text = section.InitialText;
        if (from > 0)
        {
            var archive = new GrainState<SectionArchive>(new SectionArchive());
            await storage.ReadStateAsync(ArchiveName(section.Id, from), grainId, archive);
            text = archive.State!.Text;
        }

        var buffer = new TextBuffer(text);
        foreach (var edit in await log.ReadRangeAsync(documentId, section.Id, from, revision))
        {
            buffer.Apply(edit.Operation);
        }

        return new SectionVersion(section.Id, revision, buffer.ToString());
    }

    /// <summary>Archives the section's text at a revision, for <see cref="VersionAsync"/>.</summary>
    public Task ArchiveAsync(Guid sectionId, long revision, string text) =>
        storage.WriteStateAsync(ArchiveName(sectionId, revision), grainId, new GrainState<SectionArchive>(new SectionArchive { Text = text }));

    private static string ArchiveName(Guid sectionId, long revision) => $"vision-snap-{sectionId:N}-{revision}";
}
