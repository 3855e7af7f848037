using CommunityPlanning.Common;
using CommunityPlanning.Hosting;
using CommunityPlanning.Meetings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace CommunityPlanning.Voting;

/// <summary>A meeting's ballot box (<see cref="IMeetingPollsGrain"/>): polls set up, opened and closed, voted on, counted exactly.</summary>
public sealed class MeetingPollsGrain(
    [PersistentState("polls", GrainStorage.Name)] IPersistentState<MeetingPollsState> state,
    [FromKeyedServices(GrainStorage.Name)] IGrainStorage storage,
    TimeProvider time,
    IOptions<VotingSettings> voting) : Grain, IMeetingPollsGrain
{
    public const int MaxPolls = 500;

    private Guid Id => this.GetPrimaryKey();

    private List<PollState> Polls => state.State.Polls;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!state.RecordExists && await LegacyMeetingPolls.ReadAsync(storage, GrainFactory, Id) is { Count: > 0 } legacy)
        {
            state.State.Polls = legacy;
            await state.WriteStateAsync();
        }
    }

    public Task TakeOver() => Task.CompletedTask; // activating did it

    public Task<IReadOnlyList<PollView>> Get(Electorate electorate) =>
        Task.FromResult<IReadOnlyList<PollView>>([.. Polls.Select(p => View(p, electorate))]);

    public Task<bool> Exists(Guid pollId) => Task.FromResult(Polls.Exists(p => p.Id == pollId));

    public async Task<PollsChange> Apply(RosterEntry by, MeetingCommand command, Guid? currentAgendaItemId, Electorate electorate)
    {
        var now = time.GetUtcNow();
        PollState changed;
        ModerationRecord? recorded = null;
        switch (command)
        {
            case CreatePoll c:
                if (Polls.Count >= MaxPolls)
                {
                    throw new DomainException(ErrorCodes.TooLong, $"at most {MaxPolls} polls");
                }

                changed = new PollState { Id = Guid.NewGuid(), Draft = PollRules.Validated(c.Poll), Phase = PollPhase.Draft, CreatedAt = now };
                Polls.Add(changed);
                break;
            case OpenPoll c:
                changed = Poll(c.PollId);
                if (changed.Phase != PollPhase.Draft)
                {
                    throw new DomainException(ErrorCodes.PollNotOpen, "only a new poll opens");
                }

                changed.Phase = PollPhase.Open;
                changed.OpenedAt = now;
                break;
            case ClosePoll c:
                changed = Poll(c.PollId);
                if (changed.Phase != PollPhase.Open)
                {
                    throw new DomainException(ErrorCodes.PollNotOpen);
                }

                var closed = changed;
                var lowTurnout = SecretTurnout.Decide(closed, voting.Value.SecretMinimumTurnout, c.BelowMinimum, by, now);
                closed.Phase = PollPhase.Closed;
                closed.ClosedAt = now;
                // A poll about intentions belongs to its item, wherever the meeting is when it closes.
                closed.AgendaItemId = closed.Intention?.AgendaItemId ?? currentAgendaItemId;
                SecretTurnout.Close(closed, lowTurnout, () => Result(closed, electorate, now, final: true));
                recorded = lowTurnout is null ? null : SecretTurnout.Recorded(lowTurnout, closed);
                break;
            case RecuseVoter c:
                changed = Recuse(c);
                break;
            default:
                throw new ArgumentException($"not a poll command: {command.GetType().Name}", nameof(command));
        }

        await state.WriteStateAsync();
        return new PollsChange([new PollChanged(Id, 0, View(changed, electorate))], recorded);
    }

    public async Task<VoteCast> Vote(Guid voterId, Guid pollId, IReadOnlyList<int> values, string? receipt, Electorate electorate, OnBehalf? onBehalf)
    {
        var poll = Poll(pollId);
        if (poll.Phase != PollPhase.Open)
        {
            throw new DomainException(ErrorCodes.PollNotOpen);
        }

        // The electorate is the meeting's as it stands while it waits for this call, so the ballot is stored against
        // exactly the eligibility it was checked with.
        if (!electorate.People.Any(e => e.ParticipantId == voterId && e.MayVote) || poll.Recused.Contains(voterId))
        {
            throw new DomainException(ErrorCodes.PollNotEligible);
        }

        var ballot = PollRules.Ballot(poll.Draft, values);
        var voted = poll.Voters.Contains(voterId);
        if (voted && (onBehalf is not null || poll.Named.Exists(v => v.ParticipantId == voterId && v.OnBehalf is not null)))
        {
            // One vote per person: a ballot entered for someone is neither entered twice nor changed afterwards.
            throw new DomainException(ErrorCodes.PollAlreadyVoted, "a ballot entered on someone's behalf is final");
        }

        if (!poll.Draft.Secret)
        {
            poll.Named.RemoveAll(v => v.ParticipantId == voterId);
            PollState.InsertSorted(poll.Named, new NamedVote(voterId, ballot, onBehalf), v => v.ParticipantId);
            receipt = null;
        }
        else if (onBehalf is not null)
        {
            // Keyed by a receipt nobody keeps: nothing can find this ballot again, and only a count says how it came.
            PollState.InsertSorted(poll.Secret, new SecretVote(InviteTokens.Hash(InviteTokens.Create()), ballot), b => b.Key);
            poll.SecretOnBehalf++;
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
            PollState.InsertSorted(poll.Voters, voterId, id => id);
        }

        await state.WriteStateAsync();
        return new VoteCast(receipt, [new PollChanged(Id, 0, View(poll, electorate))]);
    }

    public Task<IReadOnlyList<int>?> GetBallot(Guid voterId, Guid pollId, string? receipt)
    {
        var poll = Poll(pollId);
        int[]? values = poll.Draft.Secret
            ? receipt is null ? null : poll.Secret.Find(b => b.Key == InviteTokens.Hash(receipt))?.Values
            : poll.Named.Find(v => v.ParticipantId == voterId)?.Values;
        return Task.FromResult<IReadOnlyList<int>?>(values);
    }

    public async Task<IReadOnlyList<Guid>> MergeSeats(RosterEntry kept, Guid mergedId)
    {
        PollSeats.RequireMergeable(Polls.Where(p => p.Phase != PollPhase.Closed), kept.ParticipantId, mergedId);
        var changed = Polls.Where(p => PollSeats.Merge(p, kept, mergedId)).Select(p => p.Id).ToList();
        if (changed.Count > 0)
        {
            await state.WriteStateAsync();
        }

        return changed;
    }

    public async Task<PollsChange> SetIntention(Guid pollId, IntentionPoll intention, IReadOnlyList<Guid> recuse, IReadOnlyList<Guid> release, Electorate electorate)
    {
        var poll = Poll(pollId);
        if (poll.Phase == PollPhase.Closed)
        {
            throw new DomainException(ErrorCodes.PollNotOpen);
        }

        poll.Intention = intention;
        poll.Draft = poll.Draft with { Quorum = intention.Quorum };
        poll.Recused.RemoveAll(release.Contains);
        // Someone who already voted stays counted: a secret ballot could not be found to take it back.
        foreach (var seat in recuse.Where(s => !poll.Recused.Contains(s) && !poll.Voters.Contains(s)))
        {
            PollState.InsertSorted(poll.Recused, seat, id => id);
        }

        await state.WriteStateAsync();
        return new PollsChange([new PollChanged(Id, 0, View(poll, electorate))], null);
    }

    public async Task<PollsChange> RecordHandoffs(Guid pollId, IReadOnlyList<IntentionHandoff> handoffs, Electorate electorate)
    {
        var poll = Poll(pollId);
        if (poll is not { Phase: PollPhase.Closed, Intention: { } intention })
        {
            throw new DomainException(ErrorCodes.PollNotOpen, "a closed poll about intentions");
        }

        poll.Intention = intention with { Handoffs = handoffs };
        await state.WriteStateAsync();
        return new PollsChange([new PollChanged(Id, 0, View(poll, electorate))], null);
    }

    private PollState Recuse(RecuseVoter c)
    {
        var poll = Poll(c.PollId);
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

        return poll;
    }

    /// <summary>Counted against who may vote: the electorate without the recused, and everyone who voted.</summary>
    private static PollResult Result(PollState poll, Electorate electorate, DateTimeOffset at, bool final)
    {
        var eligible = electorate.People.Where(e => e.MayVote && !poll.Recused.Contains(e.ParticipantId)).Select(e => e.ParticipantId)
            .Union(poll.Voters).Count();
        IReadOnlyList<NamedBallot> named = [];
        if (!poll.Draft.Secret)
        {
            var names = electorate.People.ToDictionary(e => e.ParticipantId, e => e.DisplayName);
            named = [.. poll.Named.Select(v => new NamedBallot(v.ParticipantId, names.GetValueOrDefault(v.ParticipantId, ""), v.Values, v.OnBehalf))];
        }

        var onBehalf = poll.Draft.Secret ? poll.SecretOnBehalf : poll.Named.Count(v => v.OnBehalf is not null);
        return PollCounting.Count(poll.Draft, poll.Ballots, eligible, at, final, named, onBehalf);
    }

    /// <summary>The poll as everyone may see it: results only when closed, or live in a named poll that shows them.</summary>
    private PollView View(PollState poll, Electorate electorate)
    {
        var result = poll.Result ?? (poll.Phase == PollPhase.Open && poll.Draft.LiveResults ? Result(poll, electorate, time.GetUtcNow(), final: false) : null);
        return new PollView(poll.Id, poll.Draft, poll.Phase, poll.CreatedAt, poll.OpenedAt, poll.ClosedAt, [.. poll.Voters], [.. poll.Recused], result, poll.AgendaItemId,
            poll.Draft.Secret ? voting.Value.SecretMinimumTurnout : null, poll.LowTurnout, poll.Intention);
    }

    private PollState Poll(Guid pollId) =>
        Polls.Find(p => p.Id == pollId) ?? throw new DomainException(ErrorCodes.NotFound, "poll");
}
