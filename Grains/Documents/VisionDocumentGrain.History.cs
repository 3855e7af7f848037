using CommunityPlanning.Common;
using CommunityPlanning.Documents.Text;

namespace CommunityPlanning.Documents;

/// <summary>History: revisions, old versions, restoring one, and adopted wordings.</summary>
public sealed partial class VisionDocumentGrain
{
    public const int MaxHistoryScan = 20_000;
    public const int MaxAdoptions = 100;

    public async Task<IReadOnlyList<HistoryEntry>> GetHistory(Guid sectionId, long beforeRevision, int maxEntries)
    {
        RequireExists();
        var section = SectionState(sectionId);
        var upTo = Math.Min(beforeRevision - 1, _sections[section.Id].Revision);
        if (upTo < 0)
        {
            return [];
        }

        var edits = await log.ReadRangeAsync(this.GetPrimaryKey(), section.Id, Math.Max(0, upTo - MaxHistoryScan), upTo);
        var entries = HistoryGrouping.Group(edits);
        // The wording the section was created or imported with ends every answer, so it can always be restored.
        var addedAt = section.AddedAt ?? state.State.CreatedAt;
        return [.. entries.TakeLast(Math.Clamp(maxEntries, 1, 200)).Reverse(), new HistoryEntry(0, 0, [], addedAt, addedAt)];
    }

    public async Task<SectionVersion> GetVersion(Guid sectionId, long revision)
    {
        RequireExists();
        var section = SectionState(sectionId);
        if (revision < 0 || revision > _sections[section.Id].Revision)
        {
            throw new DomainException(ErrorCodes.RevisionUnknown);
        }

        var from = section.ArchivedSnapshots.LastOrDefault(r => r <= revision);
        var text = section.InitialText;
        if (from > 0)
        {
            var archive = new GrainState<SectionArchive>(new SectionArchive());
            await storage.ReadStateAsync(ArchiveName(section.Id, from), this.GetGrainId(), archive);
            text = archive.State!.Text;
        }

        var buffer = new TextBuffer(text);
        foreach (var edit in await log.ReadRangeAsync(this.GetPrimaryKey(), section.Id, from, revision))
        {
            buffer.Apply(edit.Operation);
        }

        return new SectionVersion(section.Id, revision, buffer.ToString());
    }

    public async Task<EditAck> RestoreVersion(Guid sectionId, long revision, DocumentAuthor author)
    {
        var old = await GetVersion(sectionId, revision);
        var editor = _sections[old.SectionId];
        var change = TextDifference.Between(editor.Text, old.Text);
        return await Sequence(new EditSubmission(old.SectionId, editor.Revision, change, $"{AcceptedEdit.ServerMadePrefix}{Guid.NewGuid():N}", author.ParticipantId));
    }

    public async Task<AdoptedWording> AdoptWording(DocumentAuthor author)
    {
        RequireExists();
        if (state.State.Adoptions.Count >= MaxAdoptions)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {MaxAdoptions} adopted wordings");
        }

        // Only what is written may be adopted.
        if (_pending.Count > 0 || _writing)
        {
            await WrittenAsync();
        }

        var wording = new AdoptedWording(
            state.State.Adoptions.Count + 1,
            time.GetUtcNow(),
            author.ParticipantId,
            author.DisplayName,
            [.. state.State.Sections.Select(s => new SectionVersion(s.Id, _sections[s.Id].Revision, _sections[s.Id].Text))]);
        state.State.Adoptions.Add(wording);
        await WriteStateAsync();
        Publish(new WordingAdopted(this.GetPrimaryKey(), wording));
        return wording;
    }

    public Task<IReadOnlyList<AdoptedWording>> GetAdoptedWordings()
    {
        RequireExists();
        return Task.FromResult<IReadOnlyList<AdoptedWording>>([.. state.State.Adoptions]);
    }
}
