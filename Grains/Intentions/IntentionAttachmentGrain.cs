using CommunityPlanning.Common;
using CommunityPlanning.Hosting;

namespace CommunityPlanning.Intentions;

public sealed class IntentionAttachmentGrain(
    [PersistentState("intention-attachment", GrainStorage.Name)] IPersistentState<IntentionAttachmentState> state)
    : Grain, IIntentionAttachmentGrain
{
    public async Task Store(byte[] content)
    {
        if (state.RecordExists)
        {
            throw new DomainException(ErrorCodes.AlreadyExists);
        }

        state.State.Content = content;
        await state.WriteStateAsync();
    }

    public Task<byte[]> Read() =>
        state.RecordExists ? Task.FromResult(state.State.Content) : throw new DomainException(ErrorCodes.NotFound, "attachment");

    public Task Delete() => state.ClearStateAsync();
}

[GenerateSerializer, Alias("cp.IntentionAttachmentState")]
public sealed class IntentionAttachmentState
{
    [Id(0)] public byte[] Content { get; set; } = [];
}
