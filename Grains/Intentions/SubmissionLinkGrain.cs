using CommunityPlanning.Common;
using CommunityPlanning.Hosting;

namespace CommunityPlanning.Intentions;

public sealed class SubmissionLinkGrain(
    [PersistentState("submission-link", GrainStorage.Name)] IPersistentState<SubmissionLinkState> state) : Grain, ISubmissionLinkGrain
{
    public async Task Register(Guid intentionId)
    {
        if (state.RecordExists)
        {
            throw new DomainException(ErrorCodes.AlreadyExists);
        }

        state.State.IntentionId = intentionId;
        await state.WriteStateAsync();
    }

    public Task<Guid> Resolve() =>
        state.State.IntentionId is { } id ? Task.FromResult(id) : throw new DomainException(IntentionErrorCodes.LinkInvalid);
}

[GenerateSerializer, Alias("cp.SubmissionLinkState")]
public sealed class SubmissionLinkState
{
    [Id(0)] public Guid? IntentionId { get; set; }
}
