using CommunityPlanning.Common;
using CommunityPlanning.Hosting;

namespace CommunityPlanning.Documents;

public sealed class VisionDocumentGrain(
    [PersistentState("vision", GrainStorage.Name)] IPersistentState<VisionDocumentState> state,
    TimeProvider time) : Grain, IVisionDocumentGrain
{
    public async Task<VisionDocumentDetails> Create(Guid workingGroupId, VisionDocumentDraft draft)
    {
        if (state.RecordExists)
        {
            throw new DomainException(ErrorCodes.AlreadyExists);
        }

        var valid = VisionDocumentRules.Validate(draft);
        state.State = new VisionDocumentState
        {
            WorkingGroupId = workingGroupId,
            Title = valid.Title,
            Sections = [.. valid.Sections.Select(s => new VisionSection(Guid.NewGuid(), s.Heading, s.Text))],
            CreatedAt = time.GetUtcNow(),
        };
        await state.WriteStateAsync();
        return Details();
    }

    public Task<VisionDocumentDetails> Get() =>
        state.RecordExists ? Task.FromResult(Details()) : throw new DomainException(ErrorCodes.NotFound);

    private VisionDocumentDetails Details() =>
        new(this.GetPrimaryKey(), state.State.WorkingGroupId, state.State.Title, [.. state.State.Sections], state.State.CreatedAt);
}
