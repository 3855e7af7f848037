using CommunityPlanning.Common;
using CommunityPlanning.Intentions;
using CommunityPlanning.Meetings;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Voting;

/// <summary>
/// The meeting's side of development intentions: items linked to intentions, their polls with recusals by member
/// and the quorum of the group's members, and the hand-off of a closed result to the intentions. The meeting has
/// authorized the facilitator and passes its agenda, roster and electorate; the polls stay the ballot box's.
/// </summary>
public sealed class IntentionVoting(IGrainFactory grains, IIntentionVotesLocator intentions, Guid meetingId, Guid groupId, IMeetingPollsGrain polls)
{
    public const int MaxIntentionsPerItem = 50;

    private IWorkingGroupGrain Group => grains.GetGrain<IWorkingGroupGrain>(groupId);

    /// <summary>The agenda with a new item for the intentions at its end.</summary>
    public async Task<Agenda> AddItem(Agenda agenda, AddIntentionItem c)
    {
        var ids = (c.IntentionIds ?? []).Distinct().ToList();
        if (ids.Count is 0 or > MaxIntentionsPerItem)
        {
            throw new DomainException(ErrorCodes.InvalidValue, $"1–{MaxIntentionsPerItem} intentions");
        }

        var refs = new List<IntentionRef>();
        foreach (var id in ids)
        {
            var s = await Subject(id);
            refs.Add(new IntentionRef(s.IntentionId, s.ProviderName, s.ProviderIco, s.ServiceName));
        }

        var itemId = Guid.NewGuid();
        var added = AgendaEditing.Add(agenda, new AgendaItemDraft(IntentionPollDrafts.ItemTitle(refs), null, c.PlannedMinutes, AgendaItemKind.Vote), null, itemId);
        return added with { Items = [.. added.Items.Select(i => i.Id == itemId ? i with { Intentions = refs } : i)] };
    }

    /// <summary>The intention's subject; its refusal as it is, and an intention that cannot be asked as <c>intention.unavailable</c>.</summary>
    private async Task<IntentionSubject> Subject(Guid id)
    {
        try
        {
            return await intentions.Find(id).GetSubject();
        }
        catch (Exception e) when (e is not DomainException)
        {
            throw new DomainException(ErrorCodes.IntentionUnavailable, e.GetType().Name);
        }
    }

    /// <summary>The member a seat is to be linked to, checked against the group (null: unlinked).</summary>
    public async Task<Guid?> RequireMember(Guid? memberId)
    {
        if (memberId is { } id && !(await Group.Get()).Members.Any(m => m.Id == id))
        {
            throw new DomainException(ErrorCodes.NotFound, "member");
        }

        return memberId;
    }

    /// <summary><see cref="CreateIntentionPoll"/> or <see cref="RecuseMember"/>.</summary>
    public Task<IReadOnlyList<MeetingEvent>> Apply(RosterEntry by, MeetingCommand command, Agenda agenda, IReadOnlyList<RosterEntry> roster, Electorate electorate) =>
        command switch
        {
            CreateIntentionPoll c => Create(by, c, agenda, roster, electorate),
            RecuseMember c => Recuse(c.PollId, c.MemberId, c.Recused, roster, electorate),
            _ => throw new ArgumentException($"not an intention command: {command.GetType().Name}", nameof(command)),
        };

    /// <summary>A seat now linked to a member: recused in the open intention polls that member is recused from.</summary>
    public async Task<IReadOnlyList<MeetingEvent>> SeatLinked(RosterEntry seat, Electorate electorate)
    {
        var events = new List<MeetingEvent>();
        foreach (var poll in await NotClosed(electorate))
        {
            if (poll.Intention!.RecusedMembers.Any(m => m.MemberId == seat.MemberId))
            {
                events.AddRange((await polls.SetIntention(poll.Id, poll.Intention, [seat.ParticipantId], [], electorate)).Events);
            }
        }

        return events;
    }

    /// <summary>
    /// After a poll command of the ballot box: a recused seat that is a member recuses the member (quorum follows);
    /// an opening poll recuses the seats of its recused members that came since; a closed one is handed to its intentions.
    /// </summary>
    public async Task<IReadOnlyList<MeetingEvent>> After(MeetingCommand command, PollsChange change, IReadOnlyList<RosterEntry> roster, Electorate electorate)
    {
        if (change.Events.OfType<PollChanged>().Select(e => e.Poll).FirstOrDefault(p => p.Intention is not null) is not { Intention: { } intention } poll)
        {
            return [];
        }

        return command switch
        {
            RecuseVoter c when roster.FirstOrDefault(e => e.ParticipantId == c.ParticipantId)?.MemberId is { } memberId
                && intention.RecusedMembers.Any(m => m.MemberId == memberId) != c.Recused =>
                await Recuse(poll.Id, memberId, c.Recused, roster, electorate),
            OpenPoll => (await polls.SetIntention(poll.Id, intention, SeatsOf(intention.RecusedMembers, roster), [], electorate)).Events,
            ClosePoll => await HandOff(poll, intention, roster, electorate),
            _ => [],
        };
    }

    private async Task<IReadOnlyList<MeetingEvent>> Create(RosterEntry by, CreateIntentionPoll c, Agenda agenda, IReadOnlyList<RosterEntry> roster, Electorate electorate)
    {
        var item = agenda.Items.FirstOrDefault(i => i.Id == c.AgendaItemId && i.Intentions is { Count: > 0 })
            ?? throw new DomainException(ErrorCodes.NotFound, "agenda item with intentions");
        var ids = (c.IntentionIds ?? []).ToHashSet();
        var refs = item.Intentions!.Where(i => ids.Contains(i.IntentionId)).ToList();
        if (refs.Count == 0 || refs.Count != ids.Count)
        {
            throw new DomainException(ErrorCodes.InvalidValue, "intentions of this item");
        }

        var kind = TextRules.Defined(c.Kind);
        if (kind == IntentionPollKind.Opinion && refs.Count != 1)
        {
            throw new DomainException(ErrorCodes.InvalidValue, "an opinion is given on one intention");
        }

        var members = (await Group.Get()).Members;
        var recused = IntentionInterests.Proposed(members, refs);
        var intention = new IntentionPoll(kind, item.Id, refs, members.Count, recused, IntentionPoll.QuorumOf(members.Count, recused.Count), []);
        var created = await polls.Apply(by, new CreatePoll(IntentionPollDrafts.Draft(kind, refs, intention.Quorum)), agenda.CurrentItemId, electorate);
        var pollId = created.Events.OfType<PollChanged>().Single().Poll.Id;
        var linked = await polls.SetIntention(pollId, intention, SeatsOf(recused, roster), [], electorate);
        return [.. created.Events, .. linked.Events];
    }

    private async Task<IReadOnlyList<MeetingEvent>> Recuse(Guid pollId, Guid memberId, bool recused, IReadOnlyList<RosterEntry> roster, Electorate electorate)
    {
        var poll = (await polls.Get(electorate)).FirstOrDefault(p => p.Id == pollId) ?? throw new DomainException(ErrorCodes.NotFound, "poll");
        var intention = poll.Intention ?? throw new DomainException(ErrorCodes.InvalidValue, "not a poll about intentions");
        var member = (await Group.Get()).Members.FirstOrDefault(m => m.Id == memberId) ?? throw new DomainException(ErrorCodes.NotFound, "member");
        var others = intention.RecusedMembers.Where(m => m.MemberId != memberId).ToList();
        IReadOnlyList<RecusedMember> next = recused
            ? [.. others, intention.RecusedMembers.FirstOrDefault(m => m.MemberId == memberId) ?? RecusedMember.Of(member, RecusalReason.Facilitator)]
            : others;
        var seats = SeatsOf([RecusedMember.Of(member, RecusalReason.Facilitator)], roster);
        var updated = intention with { RecusedMembers = next, Quorum = IntentionPoll.QuorumOf(intention.Members, next.Count) };
        return (await polls.SetIntention(pollId, updated, recused ? seats : [], recused ? [] : seats, electorate)).Events;
    }

    /// <summary>
    /// Hands the closed result to each intention: the opinion to the one, a decision to each (a block decision names
    /// them all). A refusal is kept with its code; the result stays as it was closed.
    /// </summary>
    private async Task<IReadOnlyList<MeetingEvent>> HandOff(PollView poll, IntentionPoll intention, IReadOnlyList<RosterEntry> roster, Electorate electorate)
    {
        var ids = intention.Intentions.Select(i => i.IntentionId).ToList();
        var handoffs = new List<IntentionHandoff>();
        if (poll.Result?.Verdict is not { } verdict)
        {
            handoffs.AddRange(ids.Select(id => new IntentionHandoff(id, ErrorCodes.PollResultWithheld)));
        }
        else
        {
            var vote = new IntentionVote(meetingId, poll.Id, intention.AgendaItemId, ids, verdict, RecusedNames(poll, intention, roster),
                poll.Result.Valid, poll.ClosedAt ?? poll.Result.At, intention.Members, intention.Quorum);
            SteeringDecision? decision = verdict is { Outcome: VerdictOutcome.Chosen, Option: { } option } ? (SteeringDecision)option : null;
            foreach (var id in ids)
            {
                handoffs.Add(new IntentionHandoff(id, await Refusal(() => intention.Kind == IntentionPollKind.Opinion
                    ? intentions.Find(id).RecordOpinion(vote)
                    : intentions.Find(id).RecordDecision(vote, decision))));
            }
        }

        return (await polls.RecordHandoffs(poll.Id, handoffs, electorate)).Events;
    }

    private static async Task<string?> Refusal(Func<Task> record)
    {
        try
        {
            await record();
            return null;
        }
        catch (DomainException e)
        {
            return e.Code;
        }
        catch (Exception)
        {
            // The poll is closed and stored either way: the facilitator sees that the intention did not take it.
            return ErrorCodes.IntentionUnavailable;
        }
    }

    /// <summary>The recused members by name, then any other recused seat by its name.</summary>
    private static IReadOnlyList<string> RecusedNames(PollView poll, IntentionPoll intention, IReadOnlyList<RosterEntry> roster)
    {
        var members = intention.RecusedMembers.Select(m => m.MemberId).ToHashSet();
        var seats = roster.Where(e => poll.Recused.Contains(e.ParticipantId) && !(e.MemberId is { } id && members.Contains(id))).Select(e => e.DisplayName);
        return [.. intention.RecusedMembers.Select(m => m.Name), .. seats];
    }

    private static List<Guid> SeatsOf(IReadOnlyList<RecusedMember> members, IReadOnlyList<RosterEntry> roster)
    {
        var ids = members.Select(m => m.MemberId).ToHashSet();
        return [.. roster.Where(e => e.MemberId is { } id && ids.Contains(id) && !e.Removed).Select(e => e.ParticipantId)];
    }

    private async Task<IReadOnlyList<PollView>> NotClosed(Electorate electorate) =>
        [.. (await polls.Get(electorate)).Where(p => p.Intention is not null && p.Phase != PollPhase.Closed)];
}
