using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.WorkingGroups;

/// <summary>An organizer sees and touches only the groups they manage; administrators choose the managers.</summary>
public sealed class GroupManagerTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static readonly MeetingDraft Draft = new("Setkání", new DateTime(2026, 12, 9, 13, 0, 0), "Liberec", null, null);

    private async Task<(IWorkingGroupGrain Group, Guid Id)> GroupOf(Actor manager)
    {
        var id = Guid.NewGuid();
        var group = fixture.Client.GetGrain<IWorkingGroupGrain>(id);
        await group.Create(manager, new WorkingGroupDraft("Pracovní skupina pro seniory", TargetGroup.Seniors, null));
        return (group, id);
    }

    [Fact]
    public async Task An_organizer_who_does_not_manage_the_group_creates_nothing_in_it()
    {
        var (group, _) = await GroupOf(NewOrganizer());
        var outsider = NewOrganizer("Cizí organizátor");

        await AssertRefused(ErrorCodes.Forbidden, () => group.CreateMeeting(outsider, Draft));
        await AssertRefused(ErrorCodes.Forbidden,
            () => group.CreateVisionDocument(outsider, new VisionDocumentDraft("Vize", [new VisionSectionDraft("Oblast", "Text")])));
        await AssertRefused(ErrorCodes.Forbidden, () => group.AuthorizeManager(outsider));

        var details = await group.Get();
        Assert.Empty(details.MeetingIds);
        Assert.Empty(details.VisionDocumentIds);
    }

    [Fact]
    public async Task The_directory_lists_an_organizer_only_the_groups_they_manage()
    {
        var anna = NewOrganizer("Anna");
        var petr = NewOrganizer("Petr");
        var (_, annas) = await GroupOf(anna);
        var (_, petrs) = await GroupOf(petr);
        var directory = fixture.Client.GetGrain<IWorkingGroupDirectoryGrain>(0);

        var listed = (await directory.List(anna)).Select(g => g.Id).ToList();
        Assert.Contains(annas, listed);
        Assert.DoesNotContain(petrs, listed);
        Assert.Empty(await directory.List(Actor.Participant(Guid.NewGuid(), "Jana")));
        Assert.Contains(petrs, (await directory.List(NewAdministrator())).Select(g => g.Id));
    }

    [Fact]
    public async Task Administrators_set_the_managers_who_then_run_the_group_and_its_meetings()
    {
        var first = NewOrganizer("První");
        var (group, id) = await GroupOf(first);
        var meeting = fixture.Client.GetGrain<IMeetingGrain>((await group.CreateMeeting(first, Draft)).Id);
        var second = NewOrganizer("Druhá");

        await AssertRefused(ErrorCodes.Forbidden, () => group.SetManagers(first, [new GroupManager(second.AccountId!.Value, "Druhá")]));
        await AssertRefused(ErrorCodes.Forbidden, () => meeting.Authorize(second, MeetingRole.Observer));

        var details = await group.SetManagers(NewAdministrator(), [new(first.AccountId!.Value, "První"), new(second.AccountId!.Value, "Druhá")]);
        Assert.Equal(["První", "Druhá"], details.Managers.Select(m => m.DisplayName));
        Assert.Contains(id, (await fixture.Client.GetGrain<IWorkingGroupDirectoryGrain>(0).List(second)).Select(g => g.Id));
        Assert.Equal(MeetingRole.Facilitator, (await meeting.Authorize(second, MeetingRole.Facilitator)).Role);
        await group.CreateMeeting(second, Draft with { Title = "Druhé setkání" });
    }

    [Fact]
    public async Task A_manager_who_is_taken_off_the_group_loses_its_meetings_and_its_listing()
    {
        var first = NewOrganizer("První");
        var (group, id) = await GroupOf(first);
        var meeting = fixture.Client.GetGrain<IMeetingGrain>((await group.CreateMeeting(first, Draft)).Id);
        var seat = await meeting.Authorize(first, MeetingRole.Facilitator);
        var observer = new RecordingObserver();
        await meeting.Subscribe("web-a", fixture.Client.CreateObjectReference<IMeetingObserver>(observer), []);

        await group.SetManagers(NewAdministrator(), []);

        // The group tells its meetings without waiting for them; the meeting says when it has removed the seat.
        await observer.WaitFor<RosterChanged>(r => r.Entry.ParticipantId == seat.ParticipantId && r.Entry.Removed);
        await AssertRefused(ErrorCodes.ParticipantRemoved, () => meeting.Authorize(first, MeetingRole.Observer));
        await AssertRefused(ErrorCodes.Forbidden, () => group.CreateMeeting(first, Draft));
        Assert.DoesNotContain(id, (await fixture.Client.GetGrain<IWorkingGroupDirectoryGrain>(0).List(first)).Select(g => g.Id));

        // Made a manager again, they get their place back.
        await group.SetManagers(NewAdministrator(), [new(first.AccountId!.Value, "První")]);
        Assert.Equal(MeetingRole.Facilitator, (await meeting.Authorize(first, MeetingRole.Facilitator)).Role);
    }
}
