using CommunityPlanning.Audience;
using System.Text.Json;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Plans;
using CommunityPlanning.Records;
using CommunityPlanning.Scheduling;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Documents;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Scheduling;
using static CommunityPlanning.Web.Tests.Authorization.AuthorizationTable;

namespace CommunityPlanning.Web.Tests.Authorization;

/// <summary>
/// Valid arguments for every MeetingHub method of <see cref="AuthorizationTable"/>: each arranges what its call needs
/// (as the world's facilitator, and on the caller's connection what the caller would do first), so "allowed" can
/// really succeed and a refusal is the role's, not a missing target's.
/// </summary>
public static class HubExercises
{
    public static readonly IReadOnlyDictionary<string, HubExercise> All = new Dictionary<string, HubExercise>
    {
        [nameof(MeetingHub.JoinMeeting)] = new(c => Args(new JoinMeetingRequest(c.MeetingId, c.Ticket)), Worlds.Shared, JoinFirst: false),
        [nameof(MeetingHub.LeaveMeeting)] = Shared(c => Args(c.MeetingId)),
        [nameof(MeetingHub.GetServerTime)] = Shared(_ => Args()),
        [nameof(MeetingHub.GetSnapshot)] = Shared(c => Args(c.MeetingId)),
        [nameof(MeetingHub.GetAudience)] = Shared(c => Args(c.MeetingId)),
        [nameof(MeetingHub.GetVisionDocument)] = Shared(c => Args(c.MeetingId)),
        [nameof(MeetingHub.ChangePhase)] = new(c => Args(c.MeetingId, MeetingPhase.Live), Worlds.FreshAfterAllowed),

        [nameof(MeetingHub.OpenDocument)] = Shared(c => Args(c.MeetingId)),
        [nameof(MeetingHub.OpenMinutes)] = Shared(c => Args(c.MeetingId)),
        [nameof(MeetingHub.SubmitEdit)] = Own(async c =>
        {
            var section = await OpenedSectionAsync(c);
            var operation = JsonDocument.Parse($"[{section.Text.Length},\" a dál\"]").RootElement.Clone();
            return [c.MeetingId, new EditRequest(section.SectionId, section.Revision, operation, World.Unique("op"))];
        }),
        [nameof(MeetingHub.GetEdits)] = Shared(async c => [c.MeetingId, new EditsRequest(c.World.SectionId, (await OpenedSectionAsync(c)).Revision)]),
        // A caret is passed on to the others, never stored.
        [nameof(MeetingHub.MoveCaret)] = Shared(async c => [c.MeetingId, new CaretRequest(c.World.SectionId, 0, 4, (await OpenedSectionAsync(c)).Revision)]),
        [nameof(MeetingHub.SetLock)] = Own(async c =>
        {
            await OpenedSectionAsync(c);
            return [c.MeetingId, new LockRequest(c.World.OtherSectionId, true)];
        }),
        [nameof(MeetingHub.GetComments)] = Shared(async c =>
        {
            await OpenedSectionAsync(c);
            return [c.MeetingId];
        }),
        [nameof(MeetingHub.AddComment)] = Own(async c =>
        {
            var section = await OpenedSectionAsync(c);
            return [c.MeetingId, new CommentDraft(section.SectionId, 0, 4, section.Revision, "Jaké služby?")];
        }),
        [nameof(MeetingHub.ReplyToComment)] = Own(async c =>
        {
            await OpenedSectionAsync(c);
            return [c.MeetingId, new ReplyRequest(await c.World.AddCommentAsync(), "Doplníme.")];
        }),
        [nameof(MeetingHub.SetCommentStatus)] = Own(async c =>
        {
            await OpenedSectionAsync(c);
            return [c.MeetingId, new CommentStatusRequest(await c.World.AddCommentAsync(), CommentStatus.Resolved)];
        }),
        [nameof(MeetingHub.GetHistory)] = Shared(async c =>
        {
            await OpenedSectionAsync(c);
            return [c.MeetingId, new HistoryRequest(c.World.SectionId, long.MaxValue, 10)];
        }),
        [nameof(MeetingHub.GetVersion)] = Shared(async c =>
        {
            await OpenedSectionAsync(c);
            return [c.MeetingId, new VersionRequest(c.World.SectionId, 0)];
        }),
        [nameof(MeetingHub.RestoreVersion)] = Own(async c =>
        {
            await OpenedSectionAsync(c);
            return [c.MeetingId, new VersionRequest(c.World.SectionId, 0)];
        }),
        [nameof(MeetingHub.AdoptWording)] = Own(async c =>
        {
            await OpenedSectionAsync(c);
            return [c.MeetingId];
        }),
        [nameof(MeetingHub.GetAdoptedWordings)] = Shared(async c =>
        {
            await OpenedSectionAsync(c);
            return [c.MeetingId];
        }),
        [nameof(MeetingHub.GetPlans)] = Shared(c => Args(c.MeetingId)),

        [Execute<AddAgendaItem>()] = Own(c => Args(c.MeetingId, new AddAgendaItem(new AgendaItemDraft("Různé", null, 5, AgendaItemKind.Other), null))),
        [Execute<UpdateAgendaItem>()] = Own(async c =>
            [c.MeetingId, new UpdateAgendaItem(await c.World.AddAgendaItemAsync(), new AgendaItemDraft("Diskuse o vizi", "Petra Hybnerová", 20, AgendaItemKind.Discussion))]),
        [Execute<RemoveAgendaItem>()] = Own(async c => [c.MeetingId, new RemoveAgendaItem(await c.World.AddAgendaItemAsync())]),
        [Execute<MoveAgendaItem>()] = Own(async c => [c.MeetingId, new MoveAgendaItem(await c.World.AddAgendaItemAsync(), 0)]),
        [Execute<SetCurrentAgendaItem>()] = Own(async c => [c.MeetingId, new SetCurrentAgendaItem(await c.World.AddAgendaItemAsync())]),
        // Ten minutes: no countdown finishes (and changes the meeting by itself) while a cell runs.
        [Execute<StartTimer>()] = Own(c => Args(c.MeetingId, new StartTimer(600, "Diskuse"))),
        [Execute<PauseTimer>()] = Own(async c =>
        {
            await c.World.RunAsync(new StartTimer(600, "Diskuse"));
            return [c.MeetingId, new PauseTimer()];
        }),
        [Execute<ResumeTimer>()] = Own(async c =>
        {
            await c.World.RunAsync(new StartTimer(600, "Diskuse"));
            await c.World.RunAsync(new PauseTimer());
            return [c.MeetingId, new ResumeTimer()];
        }),
        [Execute<ExtendTimer>()] = Own(async c =>
        {
            await c.World.RunAsync(new StartTimer(600, "Diskuse"));
            return [c.MeetingId, new ExtendTimer(60)];
        }),
        [Execute<ResetTimer>()] = Own(async c =>
        {
            await c.World.RunAsync(new StartTimer(600, "Diskuse"));
            return [c.MeetingId, new ResetTimer()];
        }),
        [Execute<ClearTimer>()] = Own(async c =>
        {
            await c.World.RunAsync(new StartTimer(600, "Diskuse"));
            return [c.MeetingId, new ClearTimer()];
        }),
        [Execute<RaiseHand>()] = Own(c => Args(c.MeetingId, new RaiseHand())),
        [Execute<LowerHand>()] = Own(async c =>
        {
            await c.TryAsCallerAsync(new RaiseHand());
            return [c.MeetingId, new LowerHand(null)];
        }),
        [Execute<ReorderSpeakers>()] = Own(async c =>
        {
            await c.World.RunAsync(new RaiseHand());
            return [c.MeetingId, new ReorderSpeakers([.. (await c.World.SnapshotAsync()).Speakers.Queue.Select(h => h.ParticipantId).Reverse()])];
        }),
        [Execute<GiveFloor>()] = Own(c => Args(c.MeetingId, new GiveFloor(c.World.Participant.ParticipantId))),
        // The speaker ends their own turn; for everyone else the floor is the world's participant's.
        [Execute<EndFloor>()] = Own(async c =>
        {
            var speaker = c.Role == Role.Participant ? c.You!.ParticipantId : c.World.Participant.ParticipantId;
            await c.World.RunAsync(new GiveFloor(speaker));
            return [c.MeetingId, new EndFloor()];
        }),
        [Execute<SetSpeakingLimit>()] = Own(c => Args(c.MeetingId, new SetSpeakingLimit(120))),
        [Execute<SetFocus>()] = Own(c => Args(c.MeetingId, new SetFocus(FocusKind.Section, c.World.SectionId))),
        [Execute<BlankRoomScreen>()] = Own(c => Args(c.MeetingId, new BlankRoomScreen(true))),
        [nameof(MeetingHub.GetJoinCard)] = Shared(c => Args(c.MeetingId)),
        [Execute<MuteParticipant>()] = Own(async c => [c.MeetingId, new MuteParticipant(await c.World.AddRoomAttendeeAsync(), true)]),
        [Execute<RemoveParticipant>()] = Own(async c => [c.MeetingId, new RemoveParticipant(await c.World.AddRoomAttendeeAsync(), RevokeInvite: false)]),
        [Execute<ReadmitParticipant>()] = Own(async c =>
        {
            var removed = await c.World.AddRoomAttendeeAsync();
            await c.World.RunAsync(new RemoveParticipant(removed, RevokeInvite: false));
            return [c.MeetingId, new ReadmitParticipant(removed)];
        }),
        [Execute<MergeSeats>()] = Own(async c => [c.MeetingId, new MergeSeats(await c.World.AddRoomAttendeeAsync(), await c.World.AddRoomAttendeeAsync())]),
        [Execute<SetArrivalsClosed>()] = Own(c => Args(c.MeetingId, new SetArrivalsClosed(true))),
        [Execute<HandOverLead>()] = Own(c => Args(c.MeetingId, new HandOverLead(c.World.FacilitatorId))),
        [Execute<MarkAttendance>()] = Own(c => Args(c.MeetingId, new MarkAttendance(c.World.Participant.ParticipantId, Attendance.Excused))),
        [Execute<SetAttendeeKind>()] = Own(c => Args(c.MeetingId, new SetAttendeeKind(c.World.Participant.ParticipantId, AttendeeKind.Staff))),
        [Execute<AddRoomAttendee>()] = Own(c => Args(c.MeetingId, new AddRoomAttendee("Hana Dvořáková", AttendeeKind.Member))),
        [Execute<SetHybrid>()] = Own(c => Args(c.MeetingId, new SetHybrid("https://meet.example.org/kpss-seniori", "zasedací místnost 2. patro"))),
        [nameof(MeetingHub.GetVideoCall)] = Shared(c => Args(c.MeetingId)),

        [Execute<CreatePoll>()] = Own(c => Args(c.MeetingId, new CreatePoll(
            new PollDraft("Stanovisko k záměru", PollKind.YesNoAbstain, ["doporučuji", "nedoporučuji", "zdržuji se"], Secret: false, LiveResults: false)))),
        [Execute<OpenPoll>()] = Own(async c => [c.MeetingId, new OpenPoll(await c.World.CreatePollAsync())]),
        [Execute<ClosePoll>()] = Own(async c => [c.MeetingId, new ClosePoll(await OpenPollAsync(c))]),
        [Execute<RecuseVoter>()] = Own(async c => [c.MeetingId, new RecuseVoter(await c.World.CreatePollAsync(), c.World.Participant.ParticipantId, true)]),
        [Execute<SetVotingRight>()] = Own(c => Args(c.MeetingId, new SetVotingRight(c.World.Participant.ParticipantId, false))),
        [Execute<AddIntentionItem>()] = Own(c => Args(c.MeetingId, new AddIntentionItem([c.World.IntentionId], 15))),
        [Execute<CreateIntentionPoll>()] = Own(async c =>
            [c.MeetingId, new CreateIntentionPoll(await c.World.AddIntentionItemAsync(), [c.World.IntentionId], IntentionPollKind.Opinion)]),
        [Execute<RecuseMember>()] = Own(async c => [c.MeetingId, new RecuseMember(await c.World.CreateIntentionPollAsync(), c.World.MemberId, true)]),
        [Execute<SetSeatMember>()] = Own(c => Args(c.MeetingId, new SetSeatMember(c.World.Participant.ParticipantId, c.World.MemberId))),
        // The caller is present (its connection joined), so it may vote.
        [nameof(MeetingHub.CastVote)] = Own(async c => [c.MeetingId, new VoteRequest(await OpenPollAsync(c), [1, 0, 0], null)]),
        [nameof(MeetingHub.GetBallot)] = Shared(c => Args(c.MeetingId, new BallotRequest(c.World.DraftPollId, null))),
        [nameof(MeetingHub.GetBoard)] = Shared(c => Args(c.MeetingId)),
        // Questions from the audience: each role asks in a world of its own (so no rate limit is shared).
        [nameof(MeetingHub.GetQuestions)] = Shared(c => Args(c.MeetingId)),
        [nameof(MeetingHub.AskQuestion)] = Own(c => Args(c.MeetingId, new QuestionDraft("Kdy bude hotová studie?", Named: false))),
        [nameof(MeetingHub.UpvoteQuestion)] = Own(async c => [c.MeetingId, await c.World.ReleasedQuestionAsync()]),
        [Execute<SetQuestionState>()] = Own(async c => [c.MeetingId, new SetQuestionState(await c.World.AskedQuestionAsync(), QuestionState.Released)]),
        [Execute<MergeQuestions>()] = Own(async c => [c.MeetingId, new MergeQuestions(await c.World.AskedQuestionAsync(), await c.World.AskedQuestionAsync())]),
        [Execute<SetQuestionModerator>()] = Own(c => Args(c.MeetingId, new SetQuestionModerator(c.World.Participant.ParticipantId, true))),
        [Execute<SetPublicName>()] = Own(c => Args(c.MeetingId, new SetPublicName(ShowName: true, "pečující, Domov Pohoda"))),
        [Execute<SetQuestionsInMinutes>()] = Own(c => Args(c.MeetingId, new SetQuestionsInMinutes(true))),
        [Execute<AllowProxy>()] = Own(c => Args(c.MeetingId, new AllowProxy(c.World.Participant.ParticipantId, true))),

        // Quick polls of the room: a world of its own each (a person's answers and reactions are limited), open to the audience.
        [nameof(MeetingHub.GetWordCloud)] = Shared(c => Args(c.MeetingId)),
        [nameof(MeetingHub.SubmitWord)] = Own(async c =>
        {
            await c.World.OpenWordCloudAsync();
            return [c.MeetingId, "bezbariérovost"];
        }),
        [nameof(MeetingHub.React)] = Own(async c =>
        {
            await c.World.RunAsync(new SetAudienceReactions(true));
            return [c.MeetingId, Reaction.Clap];
        }),
        [Execute<OpenWordCloud>()] = Own(c => Args(c.MeetingId, new OpenWordCloud("Co vám chybí? Jedním slovem."))),
        [Execute<CloseWordCloud>()] = Own(async c =>
        {
            await c.World.OpenWordCloudAsync();
            return [c.MeetingId, new CloseWordCloud()];
        }),
        [Execute<SetWordHidden>()] = Own(c => Args(c.MeetingId, new SetWordHidden("nevhodné", true))),
        [Execute<SetAudienceInput>()] = Own(c => Args(c.MeetingId, new SetAudienceInput(true))),
        [Execute<SetAudienceReactions>()] = Own(c => Args(c.MeetingId, new SetAudienceReactions(true))),
        [Execute<SetWordCloudInMinutes>()] = Own(c => Args(c.MeetingId, new SetWordCloudInMinutes(true))),
        [Execute<AddProposal>()] = Own(c => Args(c.MeetingId, new AddProposal(c.World.SectionId, "Sdílená databáze volných kapacit"))),
        [Execute<EditProposal>()] = Own(async c => [c.MeetingId, new EditProposal(await c.World.AddProposalAsync(), "Podpora pečujících")]),
        [Execute<MoveProposal>()] = Own(async c => [c.MeetingId, new MoveProposal(await c.World.AddProposalAsync(), c.World.OtherSectionId)]),
        [Execute<MergeProposals>()] = Own(async c => [c.MeetingId, new MergeProposals(await c.World.AddProposalAsync(), await c.World.AddProposalAsync())]),
        [Execute<RemoveProposal>()] = Own(async c => [c.MeetingId, new RemoveProposal(await c.World.AddProposalAsync())]),
        // Its author links a proposal (the participant's own), a facilitator any.
        [Execute<LinkProposal>()] = Own(async c =>
        {
            var proposal = await c.World.AddProposalAsync(c.Role == Role.Participant ? c.Caller : null);
            return [c.MeetingId, new LinkProposal(proposal, new ObjectiveLink(c.World.PlanId, c.World.ObjectiveId))];
        }),
        [Execute<SetBrainstorm>()] = Own(c => Args(c.MeetingId, new SetBrainstorm(true))),
        [Execute<RevealProposals>()] = Own(c => Args(c.MeetingId, new RevealProposals())),
        [Execute<StartPrioritisation>()] = Own(async c =>
        {
            if ((await c.World.SnapshotAsync()).Board.RoundDots is not null)
            {
                await c.World.RunAsync(new ClosePrioritisation());
            }

            return [c.MeetingId, new StartPrioritisation(3)];
        }),
        [Execute<PlaceDots>()] = Own(async c => [c.MeetingId, new PlaceDots([new DotPlacement(await ProposalInOpenRoundAsync(c), 2)])]),
        [Execute<ClosePrioritisation>()] = Own(async c =>
        {
            await ProposalInOpenRoundAsync(c);
            return [c.MeetingId, new ClosePrioritisation()];
        }),

        [Execute<AddActionItem>()] = Own(c => Args(c.MeetingId, new AddActionItem(new ActionItemDraft("Oslovit zástupce pečujících", "Kateřina Marcinková", null, null)))),
        [Execute<UpdateActionItem>()] = Own(async c =>
            [c.MeetingId, new UpdateActionItem(await c.World.AddActionItemAsync(), new ActionItemDraft("Oslovit pečující", "Lucie Hrubá", new DateOnly(2026, 12, 15), null))]),
        [Execute<SetActionItemStatus>()] = Own(async c => [c.MeetingId, new SetActionItemStatus(await c.World.AddActionItemAsync(), ActionItemStatus.Done)]),
        [Execute<RemoveActionItem>()] = Own(async c => [c.MeetingId, new RemoveActionItem(await c.World.AddActionItemAsync())]),
        [Execute<CarryOverActionItems>()] = Own(c => Args(c.MeetingId, new CarryOverActionItems())),
        [Execute<SetMinutesFooter>()] = Own(c => Args(c.MeetingId, new SetMinutesFooter(new MinutesFooter("Lucie Hrubá", "V Liberci")))),
        [Execute<ApproveMinutes>()] = Own(c => Args(c.MeetingId, new ApproveMinutes())),
        // The second of two items continues the first (one programme item written in two blocks).
        [Execute<SetMinutesItemContinues>()] = Own(async c =>
        {
            await c.World.AddAgendaItemAsync();
            return [c.MeetingId, new SetMinutesItemContinues(await c.World.AddAgendaItemAsync(), true)];
        }),
        [Execute<SyncNotedTasks>()] = Own(c => Args(c.MeetingId, new SyncNotedTasks())),

        // Finding the next date: the world's group's poll, open (or not, for a new one); an answering seat is the world's member.
        [nameof(MeetingHub.GetDatePoll)] = Shared(c => Args(c.MeetingId)),
        [Execute<StartDatePoll>()] = Own(async c =>
        {
            await DatePollArrange.NoneOpenAsync(c.World.Cast.Grains, c.World.Cast.AdminActor, c.World.GroupId);
            return [c.MeetingId, new StartDatePoll(DatePollArrange.Draft().Options, "Komunitní centrum")];
        }),
        [Execute<AnswerDatePoll>()] = Own(async c =>
        {
            var poll = await DatePollArrange.OpenAsync(c.World.Cast.Grains, c.World.Cast.AdminActor, c.World.GroupId);
            if (c.You is { Role: not MeetingRole.Observer } seat)
            {
                await c.World.RunAsync(new SetSeatMember(seat.ParticipantId, c.World.MemberId));
            }

            return [c.MeetingId, new AnswerDatePoll([new DateOptionAnswer(poll.Options[0].Id, DateAnswer.Yes)])];
        }),
        [Execute<ChooseDate>()] = Own(async c =>
            [c.MeetingId, new ChooseDate((await DatePollArrange.OpenAsync(c.World.Cast.Grains, c.World.Cast.AdminActor, c.World.GroupId)).Options[0].Id)]),
    };

    private static HubExercise Shared(Func<HubCell, Task<object?[]>> arrange) => new(arrange, Worlds.Shared);

    private static HubExercise Own(Func<HubCell, Task<object?[]>> arrange) => new(arrange, Worlds.Own);

    private static Task<object?[]> Args(params object?[] args) => Task.FromResult(args);

    /// <summary>Opens the vision document on the caller's connection, as a client does first; the section as it stands.</summary>
    private static async Task<SectionSnapshot> OpenedSectionAsync(HubCell c)
    {
        await c.TryAsCallerAsync(nameof(MeetingHub.OpenDocument));
        return (await c.World.DocumentAsync()).Sections.Single(s => s.SectionId == c.World.SectionId);
    }

    private static async Task<Guid> OpenPollAsync(HubCell c)
    {
        var poll = await c.World.CreatePollAsync();
        await c.World.RunAsync(new OpenPoll(poll));
        return poll;
    }

    /// <summary>A new proposal, with a prioritisation round open.</summary>
    private static async Task<Guid> ProposalInOpenRoundAsync(HubCell c)
    {
        var proposal = await c.World.AddProposalAsync();
        if ((await c.World.SnapshotAsync()).Board.RoundDots is null)
        {
            await c.World.RunAsync(new StartPrioritisation(3));
        }

        return proposal;
    }
}
