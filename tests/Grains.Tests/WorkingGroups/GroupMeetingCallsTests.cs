using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.Tests.Storage;
using CommunityPlanning.WorkingGroups;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.WorkingGroups;

/// <summary>
/// A group and its meetings call each other (meetings ask the group whether an organizer manages it and read it for
/// the minutes; the group tells its meetings who stopped managing it), so neither may wait for the other inside its
/// own turn. Each test lines the two calls up: the group in <c>SetManagers</c>, taking a manager off, while a meeting
/// waits for the group. When the group waited for its meetings too, neither call ever returned.
/// </summary>
public sealed class GroupMeetingCallsTests(GroupMeetingCallsTests.Fixture fixture) : IClassFixture<GroupMeetingCallsTests.Fixture>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private static readonly MeetingDraft Draft = new("Setkání", new DateTime(2026, 12, 9, 13, 0, 0), "Liberec", null, null);

    [Theory]
    [InlineData(nameof(IWorkingGroupGrain.IsManager))]
    [InlineData(nameof(IWorkingGroupGrain.Get))]
    public async Task A_manager_taken_off_while_a_meeting_waits_for_the_group_loses_the_meeting_and_nothing_hangs(string meetingCallsGroup)
    {
        var (leaving, staying, administrator) = (NewOrganizer("Odcházející"), NewOrganizer("Zůstávající"), NewAdministrator());
        var group = fixture.Client.GetGrain<IWorkingGroupGrain>(Guid.NewGuid());
        await group.Create(leaving, new WorkingGroupDraft("Pracovní skupina pro seniory", TargetGroup.Seniors, null));
        await group.SetManagers(administrator, [new(leaving.AccountId!.Value, "Odcházející"), new(staying.AccountId!.Value, "Zůstávající")]);
        var meeting = fixture.Client.GetGrain<IMeetingGrain>((await group.CreateMeeting(leaving, Draft)).Id);
        var leavingSeat = await meeting.Authorize(leaving, MeetingRole.Facilitator);
        var observer = new RecordingObserver();
        await meeting.Subscribe("web-a", fixture.Client.CreateObjectReference<IMeetingObserver>(observer), []);

        var armed = fixture.Gate.Arm(meetingCallsGroup);
        var setting = group.SetManagers(administrator, [new(staying.AccountId!.Value, "Zůstávající")]);
        await armed.GroupBusy.Task.WaitAsync(Bound);
        Task meetingWaiting = meetingCallsGroup == nameof(IWorkingGroupGrain.IsManager)
            ? meeting.Authorize(staying, MeetingRole.Facilitator) // a manager the meeting does not know yet: it asks the group
            : meeting.GetMinutes(leaving, null);                   // the live minutes: it reads the group's name and schedule
        await armed.MeetingWaits.Task.WaitAsync(Bound);
        armed.Released.SetResult();

        await Task.WhenAll(setting, meetingWaiting).WaitAsync(Bound);
        await observer.WaitFor<RosterChanged>(r => r.Entry.ParticipantId == leavingSeat.ParticipantId && r.Entry.Removed);
        await AssertRefused(ErrorCodes.ParticipantRemoved, () => meeting.Authorize(leaving, MeetingRole.Observer));
        Assert.Equal(MeetingRole.Facilitator, (await meeting.Authorize(staying, MeetingRole.Facilitator)).Role);
    }

    /// <summary>A cluster of one silo with the <see cref="CallGate"/>.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private readonly SqliteTestDatabase _database = new();
        private InProcessTestCluster _cluster = null!;

        public CallGate Gate { get; } = new();

        public IClusterClient Client => _cluster.Client;

        public async Task InitializeAsync() =>
            _cluster = await AdoNetCluster.StartAsync(_database.Settings, $"tests-{Guid.NewGuid():N}", configure: services =>
            {
                services.AddSingleton<IIncomingGrainCallFilter>(Gate);
                services.AddSingleton<IOutgoingGrainCallFilter>(Gate);
            });

        public async Task DisposeAsync()
        {
            await _cluster.DisposeAsync();
            await _database.DisposeAsync();
        }
    }
}
