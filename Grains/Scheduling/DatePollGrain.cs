using CommunityPlanning.Common;
using CommunityPlanning.Hosting;
using CommunityPlanning.Meetings;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Scheduling;

/// <summary>A working group's date poll (<see cref="IDatePollGrain"/>); its rules in <see cref="DatePollRules"/>.</summary>
public sealed class DatePollGrain(
    [PersistentState("date-poll", GrainStorage.Name)] IPersistentState<DatePollState> state,
    TimeProvider time) : Grain, IDatePollGrain
{
    private DatePollState Poll => state.State;

    private IWorkingGroupGrain Group => GrainFactory.GetGrain<IWorkingGroupGrain>(this.GetPrimaryKey());

    public async Task<DatePollView> Start(Actor actor, DatePollDraft draft)
    {
        await Group.AuthorizeManager(actor);
        await Begin(draft);
        return DatePollRules.View(Poll, await Group.Get());
    }

    public async Task<DatePollView?> Get(Actor actor)
    {
        await Group.AuthorizeManager(actor);
        return HasPoll ? DatePollRules.View(Poll, await Group.Get()) : null;
    }

    public async Task<string> IssueLink(Actor actor, Guid memberId)
    {
        await Group.AuthorizeManager(actor);
        RequireOpen();
        var group = await Group.Get();
        if (!group.Members.Any(m => m.Id == memberId))
        {
            throw new DomainException(ErrorCodes.NotFound, "member");
        }

        var token = InviteTokens.Create();
        Forget(memberId);
        Poll.Links[memberId] = InviteTokens.Hash(token);
        await state.WriteStateAsync();
        return token;
    }

    public async Task<DatePollView> RevokeLink(Actor actor, Guid memberId)
    {
        await Group.AuthorizeManager(actor);
        RequireExists();
        if (Forget(memberId))
        {
            await state.WriteStateAsync();
        }

        return DatePollRules.View(Poll, await Group.Get());
    }

    public async Task<DatePollView> Choose(Actor actor, Guid optionId)
    {
        await Group.AuthorizeManager(actor);
        return DatePollRules.View(Poll, await Decide(optionId, planned => Group.AddPlannedMeeting(actor, planned)));
    }

    public async Task<DatePollView> Close(Actor actor)
    {
        await Group.AuthorizeManager(actor);
        RequireOpen();
        Poll.Status = DatePollStatus.Closed;
        await state.WriteStateAsync();
        await Tell();
        return DatePollRules.View(Poll, await Group.Get());
    }

    public async Task<DatePollLinkView> ViewByLink(string linkHash) =>
        DatePollRules.LinkView(Poll, await Group.Get(), Holder(linkHash));

    public async Task<DatePollLinkView> AnswerByLink(string linkHash, IReadOnlyList<DateOptionAnswer> answers)
    {
        var memberId = Holder(linkHash);
        await Answer(memberId, answers);
        return DatePollRules.LinkView(Poll, await Group.Get(), memberId);
    }

    public async Task<MeetingDatePoll> ViewInMeeting(Guid meetingId, Actor actor)
    {
        var viewer = await GrainFactory.GetGrain<IMeetingRosterGrain>(meetingId).Authorize(actor, MeetingRole.Observer);
        if (DatePollWatchers.Watch(Poll, meetingId, time.GetUtcNow()) && HasPoll)
        {
            // Before the group's first poll the meeting is noted in memory only: storing it would make a poll of nothing.
            await state.WriteStateAsync();
        }

        var member = viewer.Role >= MeetingRole.Participant ? await MemberOf(viewer) : null;
        return new MeetingDatePoll(
            HasPoll ? DatePollRules.Tallied(Poll) : null,
            HasPoll && member is { } id ? DatePollRules.MemberAnswers(Poll, id) : [],
            member is not null);
    }

    public async Task ApplyFromMeeting(Guid meetingId, RosterEntry by, MeetingCommand command)
    {
        switch (command)
        {
            case StartDatePoll start:
                await Begin(new DatePollDraft(start.Options, start.Place), meetingId);
                break;
            case AnswerDatePoll answer:
                RequireOpen();
                await Answer(await MemberOf(by) ?? throw new DomainException(DatePollErrorCodes.NotMember), answer.Answers, meetingId);
                break;
            case ChooseDate choose:
                await Decide(choose.OptionId, planned => Group.AddPlannedMeetingOf(meetingId, planned), meetingId);
                break;
            default:
                throw new ArgumentException($"not a date poll command: {command.GetType().Name}", nameof(command));
        }
    }

    /// <summary>A new poll: it starts clean (the previous poll's answers and links go with it); the meetings watching stay.</summary>
    private async Task Begin(DatePollDraft draft, Guid? fromMeeting = null)
    {
        if (HasPoll && Poll.Status == DatePollStatus.Open)
        {
            throw new DomainException(DatePollErrorCodes.AlreadyOpen);
        }

        var options = DatePollRules.Options(draft.Options, time.GetUtcNow());
        state.State = new DatePollState
        {
            Id = Guid.NewGuid(),
            Place = TextRules.OptionalName(draft.Place, TextRules.PlaceMaxLength),
            Options = options,
            OptionIds = [.. options.Select(_ => Guid.NewGuid())],
            Meetings = Poll.Meetings,
        };
        await Store(fromMeeting);
    }

    /// <summary>A member's answers, replacing their earlier ones.</summary>
    private async Task Answer(Guid memberId, IReadOnlyList<DateOptionAnswer> answers, Guid? fromMeeting = null)
    {
        Poll.Answers[memberId] = DatePollRules.Answers(Poll, answers);
        await Store(fromMeeting);
    }

    /// <summary>
    /// Chooses a date, the same whoever chooses (the group's page or a meeting): the poll is stored as chosen first, so
    /// no answer comes after the choice; should the group not be reached, the poll shows the chosen date and the
    /// manager adds it to the schedule by hand.
    /// </summary>
    private async Task<WorkingGroupDetails> Decide(Guid optionId, Func<PlannedMeeting, Task<WorkingGroupDetails>> addToSchedule, Guid? fromMeeting = null)
    {
        RequireOpen();
        var index = Poll.OptionIds.IndexOf(optionId);
        if (index < 0)
        {
            throw new DomainException(DatePollErrorCodes.UnknownOption);
        }

        var option = Poll.Options[index];
        Poll.Status = DatePollStatus.Chosen;
        Poll.ChosenId = optionId;
        await Store(fromMeeting);
        return await addToSchedule(new PlannedMeeting(option.Date, option.Time, Poll.Place));
    }

    /// <summary>Stores the poll (noting the meeting the change came from), then tells the meetings watching it.</summary>
    private async Task Store(Guid? fromMeeting)
    {
        if (fromMeeting is { } meetingId)
        {
            DatePollWatchers.Watch(Poll, meetingId, time.GetUtcNow());
        }

        await state.WriteStateAsync();
        await Tell();
    }

    /// <summary>Publishes the poll as everyone sees it to each meeting watching; the feeds call no grain back.</summary>
    private Task Tell()
    {
        var poll = DatePollRules.Tallied(Poll);
        return Task.WhenAll(DatePollWatchers.Watching(Poll, time.GetUtcNow()).Select(id =>
            GrainFactory.GetGrain<IMeetingFeedGrain>(id).Publish([new DatePollChanged(id, 0, poll)])));
    }

    /// <summary>The group member a meeting's seat is, if the facilitator linked it to a member still in the group.</summary>
    private async Task<Guid?> MemberOf(RosterEntry seat) =>
        seat.MemberId is { } id && (await Group.Get()).Members.Any(m => m.Id == id) ? id : null;

    /// <summary>The member whose link this is, if it is still in force.</summary>
    private Guid Holder(string linkHash)
    {
        if (Poll.RevokedLinks.Contains(linkHash))
        {
            throw new DomainException(DatePollErrorCodes.LinkRevoked);
        }

        var holder = Poll.Links.FirstOrDefault(l => l.Value == linkHash);
        if (holder.Value is null)
        {
            throw new DomainException(DatePollErrorCodes.LinkInvalid);
        }

        return Poll.Status == DatePollStatus.Open ? holder.Key : throw new DomainException(DatePollErrorCodes.LinkExpired);
    }

    /// <summary>Ends a member's link in force, if any.</summary>
    private bool Forget(Guid memberId)
    {
        if (!Poll.Links.Remove(memberId, out var previous))
        {
            return false;
        }

        Poll.RevokedLinks.Add(previous);
        return true;
    }

    /// <summary>Whether the group ever had a poll (the state may hold only the meetings watching).</summary>
    private bool HasPoll => state.RecordExists && Poll.Id != Guid.Empty;

    private void RequireExists()
    {
        if (!HasPoll)
        {
            throw new DomainException(ErrorCodes.NotFound);
        }
    }

    private void RequireOpen()
    {
        RequireExists();
        DatePollRules.RequireOpen(Poll);
    }
}
