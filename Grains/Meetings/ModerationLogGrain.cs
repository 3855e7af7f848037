using CommunityPlanning.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace CommunityPlanning.Meetings;

/// <summary>
/// A meeting's moderation log (<see cref="IModerationLogGrain"/>). A meeting stored before the log had a grain of its
/// own kept it in the meeting's state: the log reads it from there (read only, <see cref="StoredMeetingState"/>) on its
/// first activation, and the meeting clears its copy.
/// </summary>
public sealed class ModerationLogGrain(
    [PersistentState("moderation", GrainStorage.Name)] IPersistentState<ModerationLogState> state,
    [FromKeyedServices(GrainStorage.Name)] IGrainStorage storage) : Grain, IModerationLogGrain
{
    public const int MaxRecords = 5_000;

    private Guid Id => this.GetPrimaryKey();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!state.RecordExists && await StoredMeetingState.ReadAsync(storage, GrainFactory, Id) is { StoredModeration.Count: > 0 } meeting)
        {
            state.State.Records = meeting.StoredModeration;
            await state.WriteStateAsync();
        }
    }

    public async Task<IReadOnlyList<MeetingEvent>> Record(IReadOnlyList<ModerationRecord> records)
    {
        if (records.Count == 0)
        {
            return [];
        }

        var log = state.State.Records;
        log.AddRange(records);
        if (log.Count > MaxRecords)
        {
            log.RemoveRange(0, log.Count - MaxRecords);
        }

        await state.WriteStateAsync();
        return [.. records.Select(r => new ModerationRecorded(Id, 0, r))];
    }

    public Task<IReadOnlyList<ModerationRecord>> Get() => Task.FromResult<IReadOnlyList<ModerationRecord>>([.. state.State.Records]);
}
