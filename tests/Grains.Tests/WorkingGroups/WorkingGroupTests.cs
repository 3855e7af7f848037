using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.WorkingGroups;

public sealed class WorkingGroupTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task A_group_holds_its_meetings_and_vision_documents_and_is_listed()
    {
        var organizer = NewOrganizer();
        var id = Guid.NewGuid();
        var group = fixture.Client.GetGrain<IWorkingGroupGrain>(id);
        await group.Create(organizer, new WorkingGroupDraft("Pracovní skupina pro seniory", TargetGroup.Seniors, null));

        var document = await group.CreateVisionDocument(organizer, new VisionDocumentDraft(
            "Vize sociálních služeb Libereckého kraje",
            [new VisionSectionDraft("Uživatelé služeb v sociální oblasti", "Lidé ve znevýhodněné životní situaci vědí, na koho se obrátit.")]));
        var meeting = await group.CreateMeeting(organizer, new MeetingDraft(
            "Setkání", new DateTime(2026, 5, 26, 13, 0, 0), "Liberec", "https://meet.example/kpss", document.Id));

        var details = await group.Get();
        Assert.Equal([meeting.Id], details.MeetingIds);
        Assert.Equal([document.Id], details.VisionDocumentIds);
        Assert.Equal(organizer.AccountId, meeting.FacilitatorAccountId);
        Assert.Equal(new DateTimeOffset(2026, 5, 26, 13, 0, 0, TimeSpan.FromHours(2)), meeting.StartsAt);
        Assert.Contains(await fixture.Client.GetGrain<IWorkingGroupDirectoryGrain>(0).List(organizer), g => g.Id == id);
        Assert.Equal("Uživatelé služeb v sociální oblasti",
            (await fixture.Client.GetGrain<IVisionDocumentGrain>(document.Id).Get()).Sections.Single().Heading);
    }

    [Fact]
    public async Task Winter_meetings_are_at_plus_one_hour_and_a_skipped_spring_hour_is_refused()
    {
        var organizer = NewOrganizer();
        var group = fixture.Client.GetGrain<IWorkingGroupGrain>(Guid.NewGuid());
        await group.Create(organizer, new WorkingGroupDraft("Řídicí skupina", TargetGroup.Steering, null));

        var winter = await group.CreateMeeting(organizer, new MeetingDraft("Zimní", new DateTime(2026, 12, 1, 9, 30, 0), null, null, null));
        Assert.Equal(TimeSpan.FromHours(1), winter.StartsAt.Offset);
        await AssertRefused(ErrorCodes.InvalidValue,
            () => group.CreateMeeting(organizer, new MeetingDraft("Jarní", new DateTime(2027, 3, 28, 2, 30, 0), null, null, null)));
    }

    [Fact]
    public async Task A_meeting_known_only_by_its_day_starts_at_midnight_and_its_minutes_say_the_time_is_unknown()
    {
        var organizer = NewOrganizer();
        var group = fixture.Client.GetGrain<IWorkingGroupGrain>(Guid.NewGuid());
        await group.Create(organizer, new WorkingGroupDraft("Řídicí skupina", TargetGroup.Steering, null));

        var meeting = await group.CreateMeeting(organizer, new MeetingDraft("Jednání", new DateTime(2026, 9, 9, 10, 15, 0), null, null, null, TimeUnknown: true));
        var timed = await group.CreateMeeting(organizer, new MeetingDraft("Jednání", new DateTime(2026, 9, 10, 10, 15, 0), null, null, null));

        Assert.True(meeting.TimeUnknown);
        Assert.Equal(new DateTimeOffset(2026, 9, 9, 0, 0, 0, TimeSpan.FromHours(2)), meeting.StartsAt);
        Assert.True((await fixture.Client.GetGrain<IMeetingGrain>(meeting.Id).GetMinutes(organizer, null)).Content.TimeUnknown);
        Assert.False(timed.TimeUnknown);
        Assert.False((await fixture.Client.GetGrain<IMeetingGrain>(timed.Id).GetMinutes(organizer, null)).Content.TimeUnknown);
    }

    [Fact]
    public async Task Participants_cannot_create_groups_and_bad_input_changes_nothing()
    {
        var participant = Actor.Participant(Guid.NewGuid(), "Jana");
        var id = Guid.NewGuid();
        var group = fixture.Client.GetGrain<IWorkingGroupGrain>(id);
        await AssertRefused(ErrorCodes.Forbidden, () => group.Create(participant, new WorkingGroupDraft("Skupina", TargetGroup.Other, null)));
        await AssertRefused(ErrorCodes.Required, () => group.Create(NewOrganizer(), new WorkingGroupDraft("   ", TargetGroup.Other, null)));
        await AssertRefused(ErrorCodes.TooLong, () => group.Create(NewOrganizer(), new WorkingGroupDraft(new string('x', 201), TargetGroup.Other, null)));
        await AssertRefused(ErrorCodes.InvalidValue, () => group.Create(NewOrganizer(), new WorkingGroupDraft("Skupina", (TargetGroup)99, null)));
        await AssertRefused(ErrorCodes.NotFound, () => group.Get());
        Assert.DoesNotContain(await fixture.Client.GetGrain<IWorkingGroupDirectoryGrain>(0).List(NewAdministrator()), g => g.Id == id);
    }

    [Fact]
    public async Task Only_the_manager_or_an_administrator_changes_members_and_schedule()
    {
        var manager = NewOrganizer();
        var group = fixture.Client.GetGrain<IWorkingGroupGrain>(Guid.NewGuid());
        await group.Create(manager, new WorkingGroupDraft("Skupina", TargetGroup.Addiction, null));

        await AssertRefused(ErrorCodes.Forbidden, () => group.AddMember(NewOrganizer("Jiný"), new GroupMember("Jana", null)));
        await group.AddMember(manager, new GroupMember("Jana Nováková", "Centrum pro seniory"));
        await group.AddMember(Actor.Organizer(Guid.NewGuid(), true, "Admin"), new GroupMember("Petr Svoboda", null));
        var details = await group.SetSchedule(manager, [
            new PlannedMeeting(new DateOnly(2027, 2, 10), new TimeOnly(13, 0), "Liberec"),
            new PlannedMeeting(new DateOnly(2027, 1, 13), new TimeOnly(13, 0), "Liberec"),
        ]);

        Assert.Equal(["Jana Nováková", "Petr Svoboda"], details.Members.Select(m => m.Name));
        Assert.Equal(new DateOnly(2027, 1, 13), details.Schedule[0].Date);
    }

    [Fact]
    public async Task A_meeting_cannot_use_another_groups_document_or_a_video_call_link_that_is_not_https()
    {
        var organizer = NewOrganizer();
        var group = fixture.Client.GetGrain<IWorkingGroupGrain>(Guid.NewGuid());
        await group.Create(organizer, new WorkingGroupDraft("Skupina", TargetGroup.MentalHealth, null));

        await AssertRefused(ErrorCodes.NotFound,
            () => group.CreateMeeting(organizer, new MeetingDraft("S", new DateTime(2026, 6, 1, 10, 0, 0), null, null, Guid.NewGuid())));
        await AssertRefused(ErrorCodes.VideoCallInvalid,
            () => group.CreateMeeting(organizer, new MeetingDraft("S", new DateTime(2026, 6, 1, 10, 0, 0), null, "javascript:alert(1)", null)));
        await AssertRefused(ErrorCodes.VideoCallInvalid,
            () => group.CreateMeeting(organizer, new MeetingDraft("S", new DateTime(2026, 6, 1, 10, 0, 0), null, "http://meet.example.cz/kpss", null)));
        Assert.Empty((await group.Get()).MeetingIds);
    }
}
