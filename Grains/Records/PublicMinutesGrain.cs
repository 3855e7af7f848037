using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using Orleans.Concurrency;

namespace CommunityPlanning.Records;

/// <summary>
/// Serves the public version of approved minutes (<see cref="IPublicMinutesGrain"/>). It keeps nothing, so any silo
/// may answer many readers at once.
/// </summary>
[StatelessWorker]
public sealed class PublicMinutesGrain(IGrainFactory grains) : Grain, IPublicMinutesGrain
{
    public async Task<MinutesView> Get(Actor actor, int? version, UnnamedLabels unnamed)
    {
        var id = this.GetPrimaryKey();
        await grains.GetGrain<IMeetingGrain>(id).Authorize(actor, MeetingRole.Observer);
        var records = grains.GetGrain<IMeetingRecordsGrain>(id);
        var number = version ?? (await records.Get()).Minutes.Versions.LastOrDefault()?.Number ?? throw new DomainException(ErrorCodes.MinutesNotApproved);
        var approved = (await records.GetMinutes(number, null)).View;
        var roster = await grains.GetGrain<IMeetingRosterGrain>(id).View(everyone: true);
        return PublicMinutes.Relabel(approved, roster.Entries, unnamed);
    }
}
