using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.Documents;

/// <summary>The document grain decides who may act on it through a meeting: vision or minutes, and the comment rules.</summary>
public sealed class DocumentAuthorizationTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    /// <summary>A meeting that uses a vision document, with its minutes opened, and a participant and an observer in it.</summary>
    private sealed record World(
        IClusterClient Client, Guid MeetingId, Actor Facilitator, Actor Participant, Actor Observer,
        IVisionDocumentGrain Vision, IVisionDocumentGrain Minutes)
    {
        public IMeetingGrain Meeting => Client.GetGrain<IMeetingGrain>(MeetingId);

        public Task<RosterEntry> As(Actor actor, IVisionDocumentGrain document, DocumentAccess access) =>
            document.Authorize(new DocumentCaller(MeetingId, actor), access);

        public static async Task<World> CreateAsync(IClusterClient client)
        {
            var facilitator = NewOrganizer();
            var group = client.GetGrain<IWorkingGroupGrain>(Guid.NewGuid());
            await group.Create(facilitator, new WorkingGroupDraft("Pracovní skupina pro seniory", TargetGroup.Seniors, null));
            var vision = await group.CreateVisionDocument(facilitator, new VisionDocumentDraft("Vize", [new VisionSectionDraft("Služby", "Text")]));
            var details = await group.CreateMeeting(facilitator, new MeetingDraft("Setkání", new DateTime(2026, 5, 26, 13, 0, 0), "Liberec", null, vision.Id));
            var meetings = new MeetingWorld(client, facilitator, group.GetPrimaryKey(), details);
            var (participant, _) = await meetings.AdmitAsync(MeetingRole.Participant);
            var (observer, _) = await meetings.AdmitAsync(MeetingRole.Observer, "Karel Veselý");
            var minutes = await meetings.Grain.OpenMinutes(facilitator);
            return new World(client, details.Id, facilitator, participant, observer,
                client.GetGrain<IVisionDocumentGrain>(vision.Id), client.GetGrain<IVisionDocumentGrain>(minutes));
        }
    }

    [Fact]
    public async Task During_the_meeting_participants_edit_both_documents_and_observers_only_read()
    {
        var world = await World.CreateAsync(fixture.Client);
        foreach (var document in new[] { world.Vision, world.Minutes })
        {
            Assert.Equal(MeetingRole.Participant, (await world.As(world.Participant, document, DocumentAccess.Contribute)).Role);
            Assert.Equal(MeetingRole.Observer, (await world.As(world.Observer, document, DocumentAccess.Read)).Role);
            await AssertRefused(ErrorCodes.Forbidden, () => world.As(world.Observer, document, DocumentAccess.Contribute));
            await AssertRefused(ErrorCodes.Forbidden, () => world.As(world.Participant, document, DocumentAccess.Facilitate));
        }

        Assert.Equal(MeetingRole.Facilitator, (await world.As(world.Facilitator, world.Vision, DocumentAccess.Facilitate)).Role);
    }

    [Fact]
    public async Task After_the_end_only_facilitators_correct_the_minutes_and_nobody_edits_the_vision()
    {
        var world = await World.CreateAsync(fixture.Client);
        await world.Meeting.ChangePhase(world.Facilitator, MeetingPhase.Ended);

        Assert.Equal(MeetingRole.Facilitator, (await world.As(world.Facilitator, world.Minutes, DocumentAccess.Contribute)).Role);
        await AssertRefused(ErrorCodes.MeetingEnded, () => world.As(world.Participant, world.Minutes, DocumentAccess.Contribute));
        await AssertRefused(ErrorCodes.MeetingEnded, () => world.As(world.Facilitator, world.Vision, DocumentAccess.Contribute));
        await AssertRefused(ErrorCodes.MeetingEnded, () => world.As(world.Participant, world.Vision, DocumentAccess.Contribute));
    }

    [Fact]
    public async Task A_muted_participant_edits_neither_document()
    {
        var world = await World.CreateAsync(fixture.Client);
        var participantId = (await world.Meeting.Authorize(world.Participant, MeetingRole.Participant)).ParticipantId;
        await world.Meeting.Execute(world.Facilitator, new MuteParticipant(participantId, true));

        await AssertRefused(ErrorCodes.ParticipantMuted, () => world.As(world.Participant, world.Vision, DocumentAccess.Contribute));
        await AssertRefused(ErrorCodes.ParticipantMuted, () => world.As(world.Participant, world.Minutes, DocumentAccess.Contribute));
        await world.As(world.Participant, world.Vision, DocumentAccess.Read);
    }

    [Fact]
    public async Task A_document_answers_only_for_a_meeting_that_uses_it()
    {
        var world = await World.CreateAsync(fixture.Client);
        var other = await World.CreateAsync(fixture.Client);

        await AssertRefused(ErrorCodes.Forbidden, () => other.As(other.Facilitator, world.Vision, DocumentAccess.Read));
        await AssertRefused(ErrorCodes.Forbidden, () => other.As(other.Facilitator, world.Minutes, DocumentAccess.Contribute));
    }

    [Fact]
    public async Task Only_a_facilitator_marks_a_comment_incorporated()
    {
        var world = await World.CreateAsync(fixture.Client);
        var participant = await world.As(world.Participant, world.Vision, DocumentAccess.Contribute);
        var facilitator = await world.As(world.Facilitator, world.Vision, DocumentAccess.Contribute);
        var sectionId = (await world.Vision.Open()).Sections[0].SectionId;
        var comment = await world.Vision.AddComment(new DocumentAuthor(participant.ParticipantId, participant.DisplayName),
            new CommentDraft(sectionId, 0, 4, 0, "Připomínka"));

        await AssertRefused(ErrorCodes.Forbidden, () => world.Vision.SetCommentStatus(participant, comment.Id, CommentStatus.Incorporated));
        Assert.Equal(CommentStatus.Open, (await world.Vision.GetComments()).Single().Status);
        Assert.Equal(CommentStatus.Resolved, (await world.Vision.SetCommentStatus(participant, comment.Id, CommentStatus.Resolved)).Status);
        Assert.Equal(CommentStatus.Incorporated, (await world.Vision.SetCommentStatus(facilitator, comment.Id, CommentStatus.Incorporated)).Status);
    }
}
