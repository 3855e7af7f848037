using CommunityPlanning.Common;

namespace CommunityPlanning.Intentions;

/// <summary>An intention's attachments: checked (type by content, size, count), their bytes stored in a grain each.</summary>
public sealed class IntentionFiles(IGrainFactory grains, StoredIntention intention, TimeProvider time)
{
    /// <summary>Stores the file and describes it; the intention records the description.</summary>
    /// <param name="counted">Whether it is one of the form's attachments, of which there are at most <see cref="AttachmentRules.MaxCount"/>.</param>
    public async Task<IntentionAttachment> Add(AttachmentUpload upload, bool counted)
    {
        var name = TextRules.Name(Path.GetFileName(upload.FileName ?? ""), AttachmentRules.FileNameMaxLength);
        if (counted && intention.Attachments.Count >= AttachmentRules.MaxCount)
        {
            throw new DomainException(IntentionErrorCodes.AttachmentTooLarge, $"at most {AttachmentRules.MaxCount} attachments");
        }

        var type = AttachmentRules.Check(name, upload.Content ?? []);
        var id = Guid.NewGuid();
        await grains.GetGrain<IIntentionAttachmentGrain>(id).Store(upload.Content!);
        return new IntentionAttachment(id, name, type, upload.Content!.Length, time.GetUtcNow());
    }

    /// <summary>An attachment of the form or (for the coordinator and the group) of the statement.</summary>
    public async Task<AttachmentFile> Read(Guid attachmentId, bool includeStatement)
    {
        var attachment = intention.Attachments.Find(a => a.Id == attachmentId)
            ?? (includeStatement && intention.Statement?.Attachment is { } s && s.Id == attachmentId ? s : null)
            ?? throw new DomainException(ErrorCodes.NotFound, "attachment");
        return new AttachmentFile(attachment, await grains.GetGrain<IIntentionAttachmentGrain>(attachmentId).Read());
    }
}
