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
        if (state.RecordExists && Poll.Status == DatePollStatus.Open)
        {
            throw new DomainException(DatePollErrorCodes.AlreadyOpen);
        }

        var options = DatePollRules.Options(draft.Options, time.GetUtcNow());
        // A new poll starts clean: the previous poll's answers and links go with it.
        state.State = new DatePollState
        {
            Id = Guid.NewGuid(),
            Place = TextRules.OptionalName(draft.Place, TextRules.PlaceMaxLength),
            Options = options,
            OptionIds = [.. options.Select(_ => Guid.NewGuid())],
        };
        await state.WriteStateAsync();
        return DatePollRules.View(Poll, await Group.Get());
    }

    public async Task<DatePollView?> Get(Actor actor)
    {
        await Group.AuthorizeManager(actor);
        return state.RecordExists ? DatePollRules.View(Poll, await Group.Get()) : null;
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
        RequireOpen();
        var index = Poll.OptionIds.IndexOf(optionId);
        if (index < 0)
        {
            throw new DomainException(DatePollErrorCodes.UnknownOption);
        }

        var option = Poll.Options[index];
        // The poll is stored as chosen first, so no answer comes after the choice; should the group not be reached,
        // the poll shows the chosen date and the manager adds it to the schedule by hand.
        Poll.Status = DatePollStatus.Chosen;
        Poll.ChosenId = optionId;
        await state.WriteStateAsync();
        var group = await Group.AddPlannedMeeting(actor, new PlannedMeeting(option.Date, option.Time, Poll.Place));
        return DatePollRules.View(Poll, group);
    }

    public async Task<DatePollView> Close(Actor actor)
    {
        await Group.AuthorizeManager(actor);
        RequireOpen();
        Poll.Status = DatePollStatus.Closed;
        await state.WriteStateAsync();
        return DatePollRules.View(Poll, await Group.Get());
    }

    public async Task<DatePollLinkView> ViewByLink(string linkHash) =>
        DatePollRules.LinkView(Poll, await Group.Get(), Holder(linkHash));

    public async Task<DatePollLinkView> AnswerByLink(string linkHash, IReadOnlyList<DateOptionAnswer> answers)
    {
        var memberId = Holder(linkHash);
        Poll.Answers[memberId] = DatePollRules.Answers(Poll, answers);
        await state.WriteStateAsync();
        return DatePollRules.LinkView(Poll, await Group.Get(), memberId);
    }

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

    private void RequireExists()
    {
        if (!state.RecordExists)
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
