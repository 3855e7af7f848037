using CommunityPlanning.Common;
using CommunityPlanning.Intentions;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.Voting;
using static CommunityPlanning.Tests.Infrastructure.TestActors;
using static CommunityPlanning.Tests.Intentions.IntentionSetup;

namespace CommunityPlanning.Tests.Intentions;

/// <summary>The coordinator's and the meetings' steps: only along the procedure, by the right people and meetings; refusals change nothing.</summary>
public sealed class IntentionProcedureTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private Task<IntentionSetup> SetupAsync() => IntentionSetup.CreateAsync(fixture.Client, fixture.Clock);

    [Fact]
    public async Task An_intention_goes_from_submission_to_realisation_with_every_step_in_its_trail()
    {
        var setup = await SetupAsync();
        var (intention, _) = await setup.InWorkingGroupAsync();
        var id = intention.GetPrimaryKey();

        var subject = await intention.GetSubject();
        Assert.Equal(("Domov U Jezírka, o. p. s.", ValidIco, "Pečovatelská služba Jezírko", setup.GroupId),
            (subject.ProviderName, subject.ProviderIco, subject.ServiceName, subject.WorkingGroupId));

        await intention.RecordOpinion(Vote(setup.GroupMeetingId, [id], VerdictOutcome.Adopted, true, "Petr Novák"));
        await intention.RecordStatement(setup.Admin, new StatementDraft("Oddělení sociální péče doporučuje.", new DateOnly(2027, 2, 20)));
        await intention.AttachToStatement(setup.Admin, new AttachmentUpload("vyjádření.pdf", Pdf()));
        await intention.RecordDecision(Vote(setup.SteeringMeetingId, [id], VerdictOutcome.Chosen), SteeringDecision.Approved);
        await intention.RecordOutcome(setup.Admin, RegionOutcome.TemporaryNetwork);
        var done = await intention.RecordRealisation(setup.Admin, true);

        Assert.Equal(IntentionState.Realised, done.State);
        Assert.Equal(GroupOpinion.Recommending, done.Opinion!.Opinion);
        Assert.Equal(["Petr Novák"], done.Opinion.Vote.Recused);
        Assert.Equal(SteeringDecision.Approved, done.Decision!.Decision);
        Assert.Equal(("vyjádření.pdf", RegionOutcome.TemporaryNetwork), (done.Statement!.Attachment!.FileName, done.Outcome));
        Assert.Equal(Pdf(), (await intention.ReadAttachment(setup.Admin, done.Statement.Attachment.Id)).Content);
        Assert.Equal(
        [
            IntentionAction.Created, IntentionAction.LinkIssued, IntentionAction.Submitted, IntentionAction.MarkedComplete, IntentionAction.AssignedToGroup,
            IntentionAction.OpinionRecorded, IntentionAction.StatementRecorded, IntentionAction.AttachmentAdded, IntentionAction.DecisionRecorded,
            IntentionAction.OutcomeRecorded, IntentionAction.RealisationRecorded,
        ], done.History.Select(h => h.Action));
        var opinion = done.History.Single(h => h.Action == IntentionAction.OpinionRecorded);
        Assert.Equal((HistoryActor.Meeting, setup.GroupMeetingId.ToString(), IntentionState.OpinionGiven), (opinion.Kind, opinion.By, opinion.State));
        Assert.Contains("Recommending 7:2:1", opinion.Detail);
        Assert.Contains("recused: Petr Novák", opinion.Detail);
        Assert.Equal("Pracovní skupina pro seniory", done.History.Single(h => h.Action == IntentionAction.AssignedToGroup).Detail);
    }

    [Fact]
    public async Task Steps_out_of_order_are_refused_and_change_nothing()
    {
        var setup = await SetupAsync();
        var (draft, _, _) = await setup.AddAsync();
        var id = draft.GetPrimaryKey();
        var before = Json(await draft.Get(setup.Admin));

        await AssertRefused(IntentionErrorCodes.InvalidTransition, () => draft.MarkComplete(setup.Admin));
        await AssertRefused(IntentionErrorCodes.InvalidTransition, () => draft.ReturnForCompletion(setup.Admin, "Doplňte."));
        await AssertRefused(IntentionErrorCodes.InvalidTransition, () => draft.AssignWorkingGroup(setup.Admin, setup.GroupId));
        await AssertRefused(IntentionErrorCodes.InvalidTransition, () => draft.RecordStatement(setup.Admin, new StatementDraft("Text.", new DateOnly(2027, 2, 1))));
        await AssertRefused(IntentionErrorCodes.InvalidTransition, () => draft.RecordOutcome(setup.Admin, RegionOutcome.BasicNetwork));
        await AssertRefused(IntentionErrorCodes.InvalidTransition, () => draft.RecordRealisation(setup.Admin, true));
        await AssertRefused(IntentionErrorCodes.InvalidTransition, () => draft.RecordOpinion(Vote(setup.GroupMeetingId, [id], VerdictOutcome.Adopted)));
        await AssertRefused(IntentionErrorCodes.InvalidTransition, () => draft.RecordDecision(Vote(setup.SteeringMeetingId, [id], VerdictOutcome.Chosen), SteeringDecision.Approved));
        Assert.Equal(before, Json(await draft.Get(setup.Admin)));

        var (waiting, _) = await setup.InWorkingGroupAsync();
        var waitingId = waiting.GetPrimaryKey();
        var beforeOpinion = Json(await waiting.Get(setup.Admin));
        await AssertRefused(IntentionErrorCodes.NotReady, () => waiting.RecordDecision(Vote(setup.SteeringMeetingId, [waitingId], VerdictOutcome.Chosen), SteeringDecision.Approved));
        await AssertRefused(IntentionErrorCodes.InvalidTransition, () => waiting.MarkComplete(setup.Admin));
        await AssertRefused(IntentionErrorCodes.WrongGroup, () => waiting.AssignWorkingGroup(setup.Admin, Guid.NewGuid()));
        await AssertRefused(ErrorCodes.Forbidden, () => waiting.RecordOutcome(setup.Manager, RegionOutcome.BasicNetwork));
        await AssertRefused(ErrorCodes.Forbidden, () => waiting.RecordStatement(setup.Manager, new StatementDraft("Text.", new DateOnly(2027, 2, 1))));
        Assert.Equal(beforeOpinion, Json(await waiting.Get(setup.Admin)));
    }

    [Fact]
    public async Task Opinions_come_only_from_the_groups_meetings_and_a_missed_quorum_gives_none()
    {
        var setup = await SetupAsync();
        var (intention, _) = await setup.InWorkingGroupAsync();
        var id = intention.GetPrimaryKey();
        var before = Json(await intention.Get(setup.Admin));

        await AssertRefused(IntentionErrorCodes.WrongMeeting, () => intention.RecordOpinion(Vote(setup.SteeringMeetingId, [id], VerdictOutcome.Adopted)));
        await AssertRefused(IntentionErrorCodes.WrongMeeting, () => intention.RecordOpinion(Vote(Guid.NewGuid(), [id], VerdictOutcome.Adopted)));
        await AssertRefused(ErrorCodes.InvalidValue, () => intention.RecordOpinion(Vote(setup.GroupMeetingId, [Guid.NewGuid()], VerdictOutcome.Adopted)));
        Assert.Equal(before, Json(await intention.Get(setup.Admin)));

        await intention.RecordOpinion(Vote(setup.GroupMeetingId, [id], VerdictOutcome.NoQuorum, quorum: false, "Jana Nováková"));
        var noQuorum = await intention.Get(setup.Admin);
        Assert.Equal((IntentionState.InWorkingGroup, (RecordedVote?)null), (noQuorum.State, noQuorum.Opinion));
        Assert.Contains("no quorum", noQuorum.History[^1].Detail);

        var against = Vote(setup.GroupMeetingId, [id], VerdictOutcome.Rejected);
        await intention.RecordOpinion(against);
        await intention.RecordOpinion(against);
        var given = await intention.Get(setup.Admin);
        Assert.Equal((IntentionState.OpinionGiven, GroupOpinion.NotRecommending), (given.State, given.Opinion!.Opinion));
        Assert.Equal(2, given.History.Count(h => h.Action == IntentionAction.OpinionRecorded));

        // A recorded opinion is corrected only by a new one, which the trail keeps beside the first.
        await intention.RecordOpinion(Vote(setup.GroupMeetingId, [id], VerdictOutcome.Adopted));
        var corrected = await intention.Get(setup.Admin);
        Assert.Equal(GroupOpinion.Recommending, corrected.Opinion!.Opinion);
        Assert.Equal(3, corrected.History.Count(h => h.Action == IntentionAction.OpinionRecorded));
    }

    [Fact]
    public async Task Decisions_come_only_from_the_steering_meeting_and_are_corrected_by_a_new_recorded_one()
    {
        var setup = await SetupAsync();
        var (first, _) = await setup.InWorkingGroupAsync("Centrum Jana");
        var (second, secondHash) = await setup.InWorkingGroupAsync("Spolek Naděje");
        Guid[] block = [first.GetPrimaryKey(), second.GetPrimaryKey()];
        foreach (var intention in new[] { first, second })
        {
            await intention.RecordOpinion(Vote(setup.GroupMeetingId, [intention.GetPrimaryKey()], VerdictOutcome.Adopted));
        }

        await AssertRefused(IntentionErrorCodes.NotReady, () => first.RecordDecision(Vote(setup.SteeringMeetingId, block, VerdictOutcome.Chosen), SteeringDecision.Approved));
        foreach (var intention in new[] { first, second })
        {
            await intention.RecordStatement(setup.Admin, new StatementDraft("Bez připomínek.", new DateOnly(2027, 2, 25)));
        }

        await AssertRefused(IntentionErrorCodes.WrongMeeting, () => first.RecordDecision(Vote(setup.GroupMeetingId, block, VerdictOutcome.Chosen), SteeringDecision.Approved));
        await first.RecordDecision(Vote(setup.SteeringMeetingId, block, VerdictOutcome.Chosen, quorum: false), SteeringDecision.Approved);
        Assert.Equal(IntentionState.OpinionGiven, (await first.Get(setup.Admin)).State);

        var blockVote = Vote(setup.SteeringMeetingId, block, VerdictOutcome.Chosen);
        await first.RecordDecision(blockVote, SteeringDecision.Approved);
        await second.RecordDecision(blockVote, SteeringDecision.Returned);
        Assert.Contains("block of 2", (await first.Get(setup.Admin)).History[^1].Detail);
        var returned = await second.GetSubmission(secondHash);
        Assert.Equal((IntentionState.ReturnedForCompletion, true), (returned.State, returned.Editable));

        await first.RecordDecision(Vote(setup.SteeringMeetingId, [block[0]], VerdictOutcome.Chosen), SteeringDecision.Rejected);
        var corrected = await first.Get(setup.Admin);
        Assert.Equal((IntentionState.Rejected, SteeringDecision.Rejected), (corrected.State, corrected.Decision!.Decision));
        Assert.Equal(3, corrected.History.Count(h => h.Action == IntentionAction.DecisionRecorded));
        await AssertRefused(IntentionErrorCodes.InvalidTransition, () => first.RecordOutcome(setup.Admin, RegionOutcome.BasicNetwork));
        await AssertRefused(IntentionErrorCodes.InvalidTransition, () => first.RecordStatement(setup.Admin, new StatementDraft("Pozdě.", new DateOnly(2027, 3, 9))));
    }

    [Fact]
    public async Task The_groups_managers_read_what_was_submitted_to_their_group_and_nobody_else_but_the_coordinator()
    {
        var setup = await SetupAsync();
        var (draft, _, _) = await setup.AddAsync();
        var (submitted, _) = await setup.InWorkingGroupAsync();

        Assert.Equal(IntentionState.InWorkingGroup, (await submitted.Get(setup.Manager)).State);
        await AssertRefused(ErrorCodes.Forbidden, () => submitted.Get(NewOrganizer("Jiný organizátor")));
        await AssertRefused(ErrorCodes.Forbidden, () => submitted.Get(Actor.Participant(Guid.NewGuid(), "Host")));
        await AssertRefused(ErrorCodes.Forbidden, () => draft.Get(setup.Manager));
        Assert.Equal(IntentionState.Draft, (await draft.Get(setup.Admin)).State);

        await submitted.AssignWorkingGroup(setup.Admin, setup.OtherGroupId);
        await AssertRefused(ErrorCodes.Forbidden, () => submitted.Get(setup.Manager));
    }

    [Fact]
    public async Task A_call_is_opened_by_an_administrator_for_existing_groups_and_a_steering_meeting()
    {
        var setup = await SetupAsync();
        var deadline = new DateTime(2027, 1, 31, 23, 59, 0);
        var draft = new IntentionCallDraft(2027, "Výzva 2027", deadline, [setup.GroupId], setup.SteeringMeetingId);
        var call = fixture.Client.GetGrain<IIntentionCallGrain>(Guid.NewGuid());

        await AssertRefused(ErrorCodes.Forbidden, () => call.Open(setup.Manager, draft));
        await AssertRefused(ErrorCodes.Required, () => call.Open(setup.Admin, draft with { WorkingGroupIds = [] }));
        await AssertRefused(ErrorCodes.NotFound, () => call.Open(setup.Admin, draft with { WorkingGroupIds = [Guid.NewGuid()] }));
        await AssertRefused(ErrorCodes.NotFound, () => call.Open(setup.Admin, draft with { SteeringMeetingId = Guid.NewGuid() }));
        await AssertRefused(ErrorCodes.NotFound, () => call.Get());

        var opened = await call.Open(setup.Admin, draft);
        Assert.Equal(new DateTimeOffset(deadline, TimeSpan.FromHours(1)), opened.Deadline);
        Assert.Equal([new CallGroup(setup.GroupId, "Pracovní skupina pro seniory")], opened.WorkingGroups);
        await AssertRefused(ErrorCodes.AlreadyExists, () => call.Open(setup.Admin, draft));
        Assert.Contains(await fixture.Client.GetGrain<IIntentionCallDirectoryGrain>(0).List(), c => c.Id == opened.Id && !c.Closed);
    }
}
