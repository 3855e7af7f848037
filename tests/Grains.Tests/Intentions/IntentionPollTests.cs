using CommunityPlanning.Common;
using CommunityPlanning.Intentions;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.Voting;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Tests.Intentions;

/// <summary>
/// Polls about development intentions through the meeting grain: recusal of members with an interest in the
/// provider, the quorum of the group's members, block decisions, and what the intentions are told or refuse.
/// </summary>
public sealed class IntentionPollTests(IntentionClusterFixture fixture) : IClassFixture<IntentionClusterFixture>
{
    private const string DomovIco = "25465015";
    private const string CentrumIco = "44224401";
    private const string PoradnaIco = "70883947";

    private sealed record Seat(Actor Actor, RosterEntry Entry);

    private sealed record World(MeetingWorld Meeting, Dictionary<string, GroupMember> Members, Dictionary<string, Seat> Seats)
    {
        public IMeetingGrain Grain => Meeting.Grain;

        public Actor Facilitator => Meeting.Facilitator;
    }

    /// <summary>
    /// A group of five members (Adam works for the home for the elderly, Bára declared an interest in it by name,
    /// Cyril in the counselling centre by IČO), each connected to the meeting on a seat linked to them, except Eva.
    /// </summary>
    private async Task<World> CreateAsync()
    {
        var meeting = await MeetingWorld.CreateAsync(fixture.Client);
        var group = fixture.Client.GetGrain<IWorkingGroupGrain>(meeting.GroupId);
        GroupMember[] drafts =
        [
            new("Adam", "Domov pro seniory Harcov", DomovIco),
            new("Bára", "Diakonie", null, [new DeclaredInterest(null, "domov  pro seniory HARCOV")]),
            new("Cyril", null, null, [new DeclaredInterest(PoradnaIco, null)]),
            new("Dana", "Město"),
            new("Eva", "Charita", CentrumIco),
        ];
        foreach (var draft in drafts)
        {
            await group.AddMember(meeting.Facilitator, draft);
        }

        var members = (await group.Get()).Members.ToDictionary(m => m.Name);
        var seats = new Dictionary<string, Seat>();
        foreach (var name in new[] { "Adam", "Bára", "Cyril", "Dana" })
        {
            var (actor, entry) = await meeting.AdmitAsync(MeetingRole.Participant, name);
            await meeting.Grain.Connect(actor, "web-a", $"conn-{name}");
            await meeting.Grain.Execute(meeting.Facilitator, new SetSeatMember(entry.ParticipantId, members[name].Id));
            seats[name] = new Seat(actor, entry);
        }

        return new World(meeting, members, seats);
    }

    private async Task<Guid> IntentionAsync(string provider, string ico, string service, string? refuseWith = null)
    {
        var id = Guid.NewGuid();
        await fixture.Client.GetGrain<IStandInIntention>(id).Set(new IntentionSubject(id, Guid.NewGuid(), provider, ico, service, Guid.NewGuid()), refuseWith);
        return id;
    }

    private static async Task<AgendaItem> AddItemAsync(World world, params Guid[] intentionIds)
    {
        await world.Grain.Execute(world.Facilitator, new AddIntentionItem(intentionIds, 15));
        return (await world.Grain.GetSnapshot(world.Facilitator)).Agenda.Items[^1];
    }

    private static async Task<PollView> CreatePollAsync(World world, AgendaItem item, IntentionPollKind kind, params Guid[] intentionIds)
    {
        await world.Grain.Execute(world.Facilitator, new CreateIntentionPoll(item.Id, intentionIds, kind));
        return (await world.Grain.GetSnapshot(world.Facilitator)).Polls[^1];
    }

    private static async Task<PollView> PollAsync(World world, Guid pollId) =>
        (await world.Grain.GetSnapshot(world.Facilitator)).Polls.Single(p => p.Id == pollId);

    [Fact]
    public async Task Members_with_an_interest_are_recused_when_the_poll_is_made_and_the_facilitator_adjusts_with_the_quorum_following()
    {
        var world = await CreateAsync();
        var intention = await IntentionAsync("Domov pro seniory Harcov", DomovIco, "Domov pro seniory");
        var item = await AddItemAsync(world, intention);
        Assert.Equal("Rozvojový záměr: Domov pro seniory Harcov – Domov pro seniory", item.Title);
        Assert.Equal([intention], item.Intentions!.Select(i => i.IntentionId));

        var poll = await CreatePollAsync(world, item, IntentionPollKind.Opinion, intention);
        var subject = poll.Intention!;
        Assert.Equal(
            [("Adam", RecusalReason.Organization), ("Bára", RecusalReason.DeclaredInterest)],
            subject.RecusedMembers.Select(m => (m.Name, m.Reason)));
        Assert.Equal((5, 2), (subject.Members, subject.Quorum)); // more than half of the 3 not recused
        Assert.Equal(2, poll.Draft.Quorum);
        Assert.True(poll.Draft.StandardOptions);
        Assert.Equal(new[] { world.Seats["Adam"].Entry.ParticipantId, world.Seats["Bára"].Entry.ParticipantId }.Order(), poll.Recused.Order());

        await world.Grain.Execute(world.Facilitator, new OpenPoll(poll.Id));
        await TestActors.AssertRefused(ErrorCodes.PollNotEligible, () => world.Grain.CastVote(world.Seats["Adam"].Actor, poll.Id, [1, 0, 0], null));

        // Bára's interest is in another home of the same name, says the facilitator: she votes, the quorum rises.
        await world.Grain.Execute(world.Facilitator, new RecuseMember(poll.Id, world.Members["Bára"].Id!.Value, false));
        poll = await PollAsync(world, poll.Id);
        Assert.Equal(["Adam"], poll.Intention!.RecusedMembers.Select(m => m.Name));
        Assert.Equal(3, poll.Intention.Quorum);
        Assert.DoesNotContain(world.Seats["Bára"].Entry.ParticipantId, poll.Recused);
        await world.Grain.CastVote(world.Seats["Bára"].Actor, poll.Id, [1, 0, 0], null);

        // Recusing Dana's seat recuses the member Dana: the quorum counts members, not seats.
        await world.Grain.Execute(world.Facilitator, new RecuseVoter(poll.Id, world.Seats["Dana"].Entry.ParticipantId, true));
        poll = await PollAsync(world, poll.Id);
        Assert.Equal([("Adam", RecusalReason.Organization), ("Dana", RecusalReason.Facilitator)], poll.Intention!.RecusedMembers.Select(m => (m.Name, m.Reason)));
        Assert.Equal(2, poll.Intention.Quorum);
    }

    [Fact]
    public async Task The_public_sees_recused_members_by_their_organisation_unless_they_chose_their_name_and_members_see_names()
    {
        var world = await CreateAsync();
        var group = fixture.Client.GetGrain<IWorkingGroupGrain>(world.Meeting.GroupId);
        var bara = world.Members["Bára"];
        await group.UpdateMember(world.Facilitator, bara.Id!.Value, bara with { ShowName = true });
        Assert.True((await group.Get()).Members.Single(m => m.Id == bara.Id).ShowName);
        var intention = await IntentionAsync("Domov pro seniory Harcov", DomovIco, "Domov pro seniory");
        var poll = await CreatePollAsync(world, await AddItemAsync(world, intention), IntentionPollKind.Opinion, intention);
        await world.Grain.Execute(world.Facilitator, new RecuseMember(poll.Id, world.Members["Dana"].Id!.Value, true));
        var (observer, _) = await world.Meeting.AdmitAsync(MeetingRole.Observer, "Občanka Věra");

        var seen = (await world.Grain.GetSnapshot(observer)).Polls.Single(p => p.Id == poll.Id).Intention!;
        Assert.Equal(["Domov pro seniory Harcov", "Bára", "Město"], seen.RecusedMembers.Select(m => m.Name));
        Assert.Equal(["Adam", "Bára", "Dana"], (await PollAsync(world, poll.Id)).Intention!.RecusedMembers.Select(m => m.Name));
    }

    [Fact]
    public async Task An_opinion_entered_for_a_member_is_theirs_and_kept_in_the_moderation_log_as_an_opinion()
    {
        var world = await CreateAsync();
        var intention = await IntentionAsync("Centrum Harcov", CentrumIco, "Odborné sociální poradenství");
        var poll = await CreatePollAsync(world, await AddItemAsync(world, intention), IntentionPollKind.Opinion, intention);
        await world.Grain.Execute(world.Facilitator, new OpenPoll(poll.Id));
        var dana = world.Seats["Dana"].Entry;
        await world.Grain.CastVote(world.Facilitator, poll.Id, [1, 0, 0], null, dana.ParticipantId);

        Assert.Contains(dana.ParticipantId, (await PollAsync(world, poll.Id)).VoterIds);
        var recorded = (await world.Grain.GetSnapshot(world.Facilitator)).Moderation[^1];
        Assert.Equal((ModerationAction.OpinionEnteredOnBehalf, dana.ParticipantId, "Dana"), (recorded.Action, recorded.TargetId, recorded.TargetName));
    }

    [Fact]
    public async Task A_missed_quorum_is_handed_over_as_such_with_the_recused_names_under_its_item()
    {
        var world = await CreateAsync();
        var intention = await IntentionAsync("Domov pro seniory Harcov", DomovIco, "Domov pro seniory");
        var item = await AddItemAsync(world, intention);
        await world.Grain.Execute(world.Facilitator, new AddAgendaItem(new AgendaItemDraft("Různé", null, 5, AgendaItemKind.Other), null));
        var other = (await world.Grain.GetSnapshot(world.Facilitator)).Agenda.Items[^1];
        var poll = await CreatePollAsync(world, item, IntentionPollKind.Opinion, intention);
        await world.Grain.Execute(world.Facilitator, new RecuseMember(poll.Id, world.Members["Bára"].Id!.Value, false));
        await world.Grain.Execute(world.Facilitator, new OpenPoll(poll.Id));
        await world.Grain.Execute(world.Facilitator, new SetCurrentAgendaItem(other.Id));

        // Four members not recused: three are needed; two vote.
        await world.Grain.CastVote(world.Seats["Bára"].Actor, poll.Id, [1, 0, 0], null);
        await world.Grain.CastVote(world.Seats["Cyril"].Actor, poll.Id, [1, 0, 0], null);
        await world.Grain.Execute(world.Facilitator, new ClosePoll(poll.Id));

        var closed = await PollAsync(world, poll.Id);
        Assert.False(closed.Result!.Valid);
        Assert.Equal(VerdictOutcome.NoQuorum, closed.Result.Verdict!.Outcome);
        Assert.Equal(item.Id, closed.AgendaItemId); // under its item, though another one was current
        Assert.Equal([new IntentionHandoff(intention, null)], closed.Intention!.Handoffs);

        var told = Assert.Single(await fixture.Client.GetGrain<IStandInIntention>(intention).Recorded());
        Assert.True(told.Opinion);
        Assert.Equal((poll.Id, world.Meeting.Meeting.Id, item.Id), (told.Vote.PollId, told.Vote.MeetingId, told.Vote.AgendaItemId));
        Assert.False(told.Vote.QuorumMet);
        Assert.Equal(["Adam"], told.Vote.Recused);
        Assert.Equal((2L, 0L), (told.Vote.Verdict.For, told.Vote.Verdict.Against));
    }

    [Fact]
    public async Task A_block_decision_recuses_the_union_of_interests_and_is_recorded_on_each_intention_as_one_block()
    {
        var world = await CreateAsync();
        var domov = await IntentionAsync("Domov pro seniory Harcov", DomovIco, "Domov pro seniory");
        var poradna = await IntentionAsync("Poradna Liberec", PoradnaIco, "Odborné sociální poradenství");
        var centrum = await IntentionAsync("Denní centrum", "00262978", "Denní stacionář");
        var item = await AddItemAsync(world, domov, poradna, centrum);

        await TestActors.AssertRefused(ErrorCodes.InvalidValue, () => world.Grain.Execute(world.Facilitator, new CreateIntentionPoll(item.Id, [domov, poradna], IntentionPollKind.Opinion)));
        await TestActors.AssertRefused(ErrorCodes.InvalidValue, () => world.Grain.Execute(world.Facilitator, new CreateIntentionPoll(item.Id, [Guid.NewGuid()], IntentionPollKind.Decision)));

        var poll = await CreatePollAsync(world, item, IntentionPollKind.Decision, domov, poradna, centrum);
        Assert.True(poll.Intention!.IsBlock);
        Assert.Equal(IntentionPollDrafts.DecisionOptions, poll.Draft.Options);
        Assert.Equal(["Adam", "Bára", "Cyril"], poll.Intention.RecusedMembers.Select(m => m.Name));
        Assert.Equal(2, poll.Intention.Quorum); // more than half of the two not recused

        await world.Grain.Execute(world.Facilitator, new OpenPoll(poll.Id));
        await world.Grain.Connect(world.Facilitator, "web-a", "conn-facilitator");
        await world.Grain.CastVote(world.Seats["Dana"].Actor, poll.Id, [1, 0, 0], null);
        await world.Grain.CastVote(world.Facilitator, poll.Id, [1, 0, 0], null);
        await world.Grain.Execute(world.Facilitator, new ClosePoll(poll.Id));

        foreach (var id in new[] { domov, poradna, centrum })
        {
            var told = Assert.Single(await fixture.Client.GetGrain<IStandInIntention>(id).Recorded());
            Assert.False(told.Opinion);
            Assert.Equal(SteeringDecision.Approved, told.Decision);
            Assert.Equal([domov, poradna, centrum], told.Vote.IntentionIds);
            Assert.True(told.Vote.QuorumMet);
        }
    }

    [Fact]
    public async Task A_refusal_from_the_intention_is_kept_with_its_code_and_the_result_stays()
    {
        var world = await CreateAsync();
        var intention = await IntentionAsync("Denní centrum", "00262978", "Denní stacionář", refuseWith: "intention.not_awaiting_opinion");
        var item = await AddItemAsync(world, intention);
        var poll = await CreatePollAsync(world, item, IntentionPollKind.Opinion, intention);
        Assert.Empty(poll.Intention!.RecusedMembers);
        await world.Grain.Execute(world.Facilitator, new OpenPoll(poll.Id));
        foreach (var name in new[] { "Adam", "Bára", "Cyril" })
        {
            await world.Grain.CastVote(world.Seats[name].Actor, poll.Id, [0, 1, 0], null);
        }

        await world.Grain.Execute(world.Facilitator, new ClosePoll(poll.Id));

        var closed = await PollAsync(world, poll.Id);
        Assert.Equal(PollPhase.Closed, closed.Phase);
        Assert.Equal(VerdictOutcome.Rejected, closed.Result!.Verdict!.Outcome);
        Assert.Equal([new IntentionHandoff(intention, "intention.not_awaiting_opinion")], closed.Intention!.Handoffs);
        Assert.Empty(await fixture.Client.GetGrain<IStandInIntention>(intention).Recorded());
    }

    [Fact]
    public async Task A_seat_linked_to_a_recused_member_later_is_recused_and_unknown_members_are_refused()
    {
        var world = await CreateAsync();
        var intention = await IntentionAsync("Charita", CentrumIco, "Terénní služba");
        var item = await AddItemAsync(world, intention);
        var poll = await CreatePollAsync(world, item, IntentionPollKind.Opinion, intention);
        Assert.Equal(["Eva"], poll.Intention!.RecusedMembers.Select(m => m.Name));
        Assert.Empty(poll.Recused);

        var (_, eva) = await world.Meeting.AdmitAsync(MeetingRole.Participant, "Eva N.");
        await TestActors.AssertRefused(ErrorCodes.NotFound, () => world.Grain.Execute(world.Facilitator, new SetSeatMember(eva.ParticipantId, Guid.NewGuid())));
        await world.Grain.Execute(world.Facilitator, new SetSeatMember(eva.ParticipantId, world.Members["Eva"].Id!.Value));

        var snapshot = await world.Grain.GetSnapshot(world.Facilitator);
        Assert.Equal(world.Members["Eva"].Id!.Value, snapshot.Roster.Single(e => e.ParticipantId == eva.ParticipantId).MemberId);
        Assert.Equal([eva.ParticipantId], snapshot.Polls.Single(p => p.Id == poll.Id).Recused);
    }

    [Fact]
    public async Task A_member_carries_a_checked_ico_and_declared_interests_and_keeps_an_id_when_edited()
    {
        var world = await CreateAsync();
        var group = fixture.Client.GetGrain<IWorkingGroupGrain>(world.Meeting.GroupId);
        await TestActors.AssertRefused(ErrorCodes.InvalidValue, () => group.AddMember(world.Facilitator, new GroupMember("Filip", "Spolek", "12345678")));
        await TestActors.AssertRefused(ErrorCodes.Required, () => group.AddMember(world.Facilitator, new GroupMember("Filip", null, null, [new DeclaredInterest(" ", null)])));

        var dana = world.Members["Dana"];
        var updated = await group.UpdateMember(world.Facilitator, dana.Id!.Value, dana with { Ico = "442 24 401", Interests = [new DeclaredInterest(PoradnaIco, "Poradna")] });
        var stored = updated.Members.Single(m => m.Id == dana.Id);
        Assert.Equal((CentrumIco, "Poradna"), (stored.Ico, stored.Interests!.Single().Name));
        Assert.Equal(5, updated.Members.Count);
        await TestActors.AssertRefused(ErrorCodes.NotFound, () => group.UpdateMember(world.Facilitator, Guid.NewGuid(), dana));
        await TestActors.AssertRefused(ErrorCodes.Forbidden, () => group.UpdateMember(TestActors.NewOrganizer(), dana.Id!.Value, dana));
    }
}
