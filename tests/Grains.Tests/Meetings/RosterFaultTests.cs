using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.Voting;
using CommunityPlanning.WorkingGroups;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.Meetings;

/// <summary>
/// The roster when storage is slow or fails, or the meeting is busy: admissions arriving during a write are stored
/// together and acknowledged after it, a refused write acknowledges nothing, a merge that failed half-way completes
/// when asked again, and a document asks the roster, never the meeting, who may act on it.
/// </summary>
public sealed class RosterFaultTests(FaultyClusterFixture fixture) : IClassFixture<FaultyClusterFixture>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static Guid Id(Actor actor) => actor.ParticipantId!.Value;

    /// <summary>Asks until the condition holds (each answer is a grain call that returns at once), within <see cref="Bound"/>.</summary>
    private static async Task Until(Func<Task<bool>> condition)
    {
        using var bound = new CancellationTokenSource(Bound);
        while (!await condition())
        {
            await Task.Yield();
            bound.Token.ThrowIfCancellationRequested();
        }
    }

    [Fact]
    public async Task A_merge_whose_roster_write_failed_after_the_ballots_moved_completes_when_asked_again()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var g = world.Grain;
        await g.ChangePhase(world.Facilitator, MeetingPhase.Live);
        var (laptop, _) = await world.AdmitAsync(MeetingRole.Participant, "Jana Nováková");
        var (phone, _) = await world.AdmitAsync(MeetingRole.Participant, "Jana z telefonu");
        await g.Connect(phone, "web-a", "phone");
        await g.Execute(world.Facilitator, new CreatePoll(new PollDraft("Stanovisko", PollKind.SingleChoice, ["ano", "ne"], Secret: false, LiveResults: true)));
        var poll = (await g.GetSnapshot(world.Facilitator)).Polls.Single().Id;
        await g.Execute(world.Facilitator, new OpenPoll(poll));
        await g.CastVote(phone, poll, [1, 0], null);
        await g.Execute(phone, new RaiseHand());

        // The ballot box moves the phone's ballot to the laptop's seat, then the roster's write fails.
        fixture.Storage.FailWritesOf<MeetingPeopleState>();
        try
        {
            await AssertRefused(ErrorCodes.StorageUnavailable, () => g.Execute(world.Facilitator, new MergeSeats(Id(laptop), Id(phone))));
        }
        finally
        {
            fixture.Storage.Heal();
        }

        var between = await g.GetSnapshot(world.Facilitator);
        Assert.Contains(between.Roster, e => e.ParticipantId == Id(phone)); // not merged: nothing of the failed write is acknowledged
        Assert.Equal([Id(laptop)], between.Polls.Single().VoterIds);

        await g.Execute(world.Facilitator, new MergeSeats(Id(laptop), Id(phone)));

        await fixture.Cluster.DeactivateAsync((IAddressable)world.Roster);
        await fixture.Cluster.DeactivateAsync((IAddressable)g);
        var merged = await g.GetSnapshot(world.Facilitator);
        Assert.DoesNotContain(merged.Roster, e => e.ParticipantId == Id(phone));
        Assert.Equal([Id(laptop)], merged.Polls.Single().VoterIds);
        Assert.Equal([1, 0], merged.Polls.Single().Result!.Options.Select(o => o.Count));
        Assert.Equal([Id(laptop)], merged.Speakers.Queue.Select(h => h.ParticipantId));
        Assert.Equal(ModerationAction.SeatsMerged, merged.Moderation.Last().Action);
        Assert.Equal(Id(laptop), (await g.Authorize(phone, MeetingRole.Participant)).ParticipantId);
    }

    [Fact]
    public async Task Admissions_arriving_while_the_roster_is_written_are_stored_together_and_none_is_lost()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var invite = await world.Grain.CreateInvite(world.Facilitator, MeetingRole.Observer, null);
        var redeem = fixture.Client.GetGrain<IInviteGrain>(InviteTokens.Hash(invite.Token));
        var before = fixture.Storage.Writes(typeof(MeetingPeopleState));

        // The first admission's write is held; the others arrive meanwhile and wait for the next write.
        fixture.Storage.HoldNextWriteOf<MeetingPeopleState>();
        Task<Admission>[] arriving;
        try
        {
            arriving = [.. Enumerable.Range(1, 60).Select(i => redeem.Redeem($"Občan {i}"))];
            await fixture.Storage.Held.WaitAsync(Bound);
            await Until(async () => (await world.Grain.GetAudience(world.Facilitator)).Count == 60);
            Assert.Equal(0, arriving.Count(a => a.IsCompleted)); // none acknowledged before its write
        }
        finally
        {
            fixture.Storage.Release();
        }

        var admitted = await Task.WhenAll(arriving);
        Assert.Equal(2, fixture.Storage.Writes(typeof(MeetingPeopleState)) - before);
        Assert.Equal(60, admitted.Select(a => a.Entry.ParticipantId).Distinct().Count());

        // Every acknowledged admission was stored: the roster read back from storage holds them all, and the invite's count.
        await fixture.Cluster.DeactivateAsync((IAddressable)world.Roster);
        var audience = await world.Grain.GetAudience(world.Facilitator);
        Assert.Equal(admitted.Select(a => a.Entry.ParticipantId).Order(), audience.Select(a => a.Entry.ParticipantId).Order());
        Assert.Equal(60, (await world.Grain.ListInvites(world.Facilitator)).Single().Uses);
    }

    [Fact]
    public async Task Admissions_whose_write_failed_are_refused_and_none_of_them_is_on_the_roster()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var invite = await world.Grain.CreateInvite(world.Facilitator, MeetingRole.Observer, null);
        var redeem = fixture.Client.GetGrain<IInviteGrain>(InviteTokens.Hash(invite.Token));

        fixture.Storage.FailWritesOf<MeetingPeopleState>();
        Task<Admission>[] arriving;
        try
        {
            arriving = [.. Enumerable.Range(1, 20).Select(i => redeem.Redeem($"Občan {i}"))];
            foreach (var admission in arriving)
            {
                await Assert.ThrowsAsync<DomainException>(() => admission);
            }
        }
        finally
        {
            fixture.Storage.Heal();
        }

        Assert.All(arriving, a => Assert.True(a.IsFaulted));
        Assert.Empty(await world.Grain.GetAudience(world.Facilitator));
        var later = await redeem.Redeem("Občan 21");
        Assert.Equal("Občan 21", Assert.Single(await world.Grain.GetAudience(world.Facilitator)).Entry.DisplayName);
        Assert.Equal(MeetingRole.Observer, later.Entry.Role);
    }

    [Fact]
    public async Task A_document_authorizes_its_callers_while_the_meeting_is_busy()
    {
        var facilitator = NewOrganizer();
        var group = fixture.Client.GetGrain<IWorkingGroupGrain>(Guid.NewGuid());
        await group.Create(facilitator, new WorkingGroupDraft("Pracovní skupina pro seniory", TargetGroup.Seniors, null));
        var vision = await group.CreateVisionDocument(facilitator, new VisionDocumentDraft("Vize", [new VisionSectionDraft("Služby", "Text")]));
        var details = await group.CreateMeeting(facilitator, new MeetingDraft("Setkání", new DateTime(2026, 5, 26, 13, 0, 0), "Liberec", null, vision.Id));
        var world = new MeetingWorld(fixture.Client, facilitator, group.GetPrimaryKey(), details);
        var (participant, entry) = await world.AdmitAsync(MeetingRole.Participant);
        var document = fixture.Client.GetGrain<IVisionDocumentGrain>(vision.Id);

        // The meeting is held in a command of its own (as when it asks the document whether a section exists): the
        // document's question about the caller goes to the roster and is answered meanwhile.
        fixture.Hold.Hold();
        var busy = world.Grain.Execute(facilitator, new SetFocus(FocusKind.Section, vision.Sections[0].Id));
        try
        {
            await fixture.Hold.Holding.WaitAsync(Bound);
            var answered = await document.Authorize(new DocumentCaller(details.Id, participant), DocumentAccess.Contribute).WaitAsync(Bound);
            Assert.Equal(entry.ParticipantId, answered.ParticipantId);
        }
        finally
        {
            fixture.Hold.Release();
        }

        await busy;
        Assert.Equal(FocusKind.Section, (await world.Grain.GetSnapshot(facilitator)).Focus.Kind);
    }
}
