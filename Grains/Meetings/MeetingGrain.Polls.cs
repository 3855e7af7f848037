using CommunityPlanning.Common;
using CommunityPlanning.Voting;

namespace CommunityPlanning.Meetings;

/// <summary>Polls: set up, opened and closed by the facilitator; voted on by the eligible; counted exactly.</summary>
public sealed partial class MeetingGrain
{
    public const int MaxPolls = 500;

    public async Task<VoteReceipt> CastVote(Actor actor, Guid pollId, IReadOnlyList<int> values, string? receipt)
    {
        var events = new List<MeetingEvent>();
        var voter = Usable(await ResolveAsync(actor, events));
        if (voter.Role < MeetingRole.Participant)
        {
            throw new DomainException(ErrorCodes.Forbidden);
        }

        RequireNotEnded();
        if (voter.Muted)
        {
            throw new DomainException(ErrorCodes.ParticipantMuted);
        }

        var poll = Poll(pollId);
        if (poll.Phase != PollPhase.Open)
        {
            throw new DomainException(ErrorCodes.PollNotOpen);
        }

        if (!MayVote(voter, poll.Recused))
        {
            throw new DomainException(ErrorCodes.PollNotEligible);
        }

        var ballot = PollRules.Ballot(poll.Draft, values);
        var voted = poll.Voters.Contains(voter.ParticipantId);
        if (!poll.Draft.Secret)
        {
            poll.Named.RemoveAll(v => v.ParticipantId == voter.ParticipantId);
            PollState.InsertSorted(poll.Named, new NamedVote(voter.ParticipantId, ballot), v => v.ParticipantId);
            receipt = null;
        }
        else if (receipt is not null)
        {
            // Changing a secret vote: the receipt finds the ballot; nothing else could.
            var key = InviteTokens.Hash(receipt);
            var index = poll.Secret.FindIndex(b => b.Key == key);
            if (!voted || index < 0)
            {
                throw new DomainException(ErrorCodes.ReceiptInvalid);
            }

            poll.Secret[index] = new SecretVote(key, ballot);
        }
        else if (voted)
        {
            throw new DomainException(ErrorCodes.PollAlreadyVoted);
        }
        else
        {
            receipt = InviteTokens.Create();
            PollState.InsertSorted(poll.Secret, new SecretVote(InviteTokens.Hash(receipt), ballot), b => b.Key);
        }

        if (!voted)
        {
            PollState.InsertSorted(poll.Voters, voter.ParticipantId, id => id);
        }

        events.Add(new PollChanged(Id, 0, View(poll)));
        return new VoteReceipt(pollId, receipt, await Publish(events));
    }

    public Task<IReadOnlyList<int>?> GetBallot(Actor actor, Guid pollId, string? receipt)
    {
        var voter = Usable(Find(actor));
        var poll = Poll(pollId);
        int[]? values = poll.Draft.Secret
            ? receipt is null ? null : poll.Secret.Find(b => b.Key == InviteTokens.Hash(receipt))?.Values
            : poll.Named.Find(v => v.ParticipantId == voter.ParticipantId)?.Values;
        return Task.FromResult<IReadOnlyList<int>?>(values);
    }

    private void ApplyPoll(RosterEntry by, MeetingCommand command, DateTimeOffset now, List<MeetingEvent> events)
    {
        switch (command)
        {
            case CreatePoll c:
                if (state.State.Polls.Count >= MaxPolls)
                {
                    throw new DomainException(ErrorCodes.TooLong, $"at most {MaxPolls} polls");
                }

                var created = new PollState { Id = Guid.NewGuid(), Draft = PollRules.Validated(c.Poll), Phase = PollPhase.Draft, CreatedAt = now };
                state.State.Polls.Add(created);
                events.Add(new PollChanged(Id, 0, View(created)));
                break;
            case OpenPoll c:
                var opened = Poll(c.PollId);
                if (opened.Phase != PollPhase.Draft)
                {
                    throw new DomainException(ErrorCodes.PollNotOpen, "only a new poll opens");
                }

                opened.Phase = PollPhase.Open;
                opened.OpenedAt = now;
                events.Add(new PollChanged(Id, 0, View(opened)));
                break;
            case ClosePoll c:
                var closed = Poll(c.PollId);
                if (closed.Phase != PollPhase.Open)
                {
                    throw new DomainException(ErrorCodes.PollNotOpen);
                }

                var lowTurnout = SecretTurnout.Decide(closed, voting.Value.SecretMinimumTurnout, c.BelowMinimum, by, now);
                closed.Phase = PollPhase.Closed;
                closed.ClosedAt = now;
                closed.AgendaItemId = state.State.Agenda.CurrentItemId;
                SecretTurnout.Close(closed, lowTurnout, () => Result(closed, now, final: true));
                events.Add(new PollChanged(Id, 0, View(closed)));
                if (lowTurnout is not null)
                {
                    Record(SecretTurnout.Recorded(lowTurnout, closed), events);
                }

                break;
            case RecuseVoter c:
                var poll = Poll(c.PollId);
                Member(c.ParticipantId);
                if (poll.Phase == PollPhase.Closed)
                {
                    throw new DomainException(ErrorCodes.PollNotOpen);
                }

                if (c.Recused && poll.Voters.Contains(c.ParticipantId))
                {
                    // A secret ballot cannot be found to take it back, so nobody is recused after voting.
                    throw new DomainException(ErrorCodes.InvalidValue, "already voted");
                }

                poll.Recused.Remove(c.ParticipantId);
                if (c.Recused)
                {
                    PollState.InsertSorted(poll.Recused, c.ParticipantId, id => id);
                }

                events.Add(new PollChanged(Id, 0, View(poll)));
                break;
            case SetVotingRight c:
                var entry = Member(c.ParticipantId);
                Replace(entry with { NoVotingRight = !c.CanVote }, events);
                break;
        }
    }

    /// <summary>Participants and facilitators with voting right, not recused, present online or in the room.</summary>
    private bool MayVote(RosterEntry e, IReadOnlyCollection<Guid> recused) =>
        e.Role >= MeetingRole.Participant && !e.Removed && !e.Muted && !e.NoVotingRight && !recused.Contains(e.ParticipantId)
        && (_presence.IsPresent(e.ParticipantId) || e.Attendance == Attendance.Present);

    private PollResult Result(PollState poll, DateTimeOffset at, bool final)
    {
        var eligible = state.State.Roster.Where(e => MayVote(e, poll.Recused)).Select(e => e.ParticipantId).Union(poll.Voters).Count();
        IReadOnlyList<NamedBallot> named = poll.Draft.Secret
            ? []
            : [.. poll.Named.Select(v => new NamedBallot(v.ParticipantId, Member(v.ParticipantId).DisplayName, v.Values))];
        return PollCounting.Count(poll.Draft, poll.Ballots, eligible, at, final, named);
    }

    /// <summary>The poll as everyone may see it: results only when closed, or live in a named poll that shows them.</summary>
    private PollView View(PollState poll)
    {
        var result = poll.Result ?? (poll.Phase == PollPhase.Open && poll.Draft.LiveResults ? Result(poll, time.GetUtcNow(), final: false) : null);
        return new PollView(poll.Id, poll.Draft, poll.Phase, poll.CreatedAt, poll.OpenedAt, poll.ClosedAt, [.. poll.Voters], [.. poll.Recused], result, poll.AgendaItemId,
            poll.Draft.Secret ? voting.Value.SecretMinimumTurnout : null, poll.LowTurnout);
    }

    private PollState Poll(Guid pollId) =>
        state.State.Polls.Find(p => p.Id == pollId) ?? throw new DomainException(ErrorCodes.NotFound, "poll");
}
