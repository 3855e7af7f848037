using CommunityPlanning.Common;
using CommunityPlanning.Voting;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlanning.Meetings;

/// <summary>
/// The polls are the ballot box's (<see cref="IMeetingPollsGrain"/>); here: who may, and who may vote now. The meeting
/// is not reentrant, so the roster and presence it passes (<see cref="Electorate"/>) stay as they are until the ballot
/// box has stored the ballot.
/// </summary>
public sealed partial class MeetingGrain
{
    private IMeetingPollsGrain Polls => GrainFactory.GetGrain<IMeetingPollsGrain>(Id);

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

        var cast = await Polls.Vote(voter.ParticipantId, pollId, values, receipt, Electorate());
        events.AddRange(cast.Events);
        return new VoteReceipt(pollId, cast.Receipt, await Publish(events));
    }

    public async Task<IReadOnlyList<int>?> GetBallot(Actor actor, Guid pollId, string? receipt)
    {
        var voter = Usable(Find(actor));
        return await Polls.GetBallot(voter.ParticipantId, pollId, receipt);
    }

    private async Task ApplyPoll(RosterEntry by, MeetingCommand command, List<MeetingEvent> events)
    {
        switch (command)
        {
            case SetVotingRight c:
                var entry = Member(c.ParticipantId);
                Replace(entry with { NoVotingRight = !c.CanVote }, events);
                break;
            default:
                if (command is RecuseVoter recuse)
                {
                    Member(recuse.ParticipantId);
                }

                var change = await Polls.Apply(by, command, state.State.Agenda.CurrentItemId, Electorate());
                events.AddRange(change.Events);
                if (change.Recorded is { } recorded)
                {
                    Record(recorded, events);
                }

                events.AddRange(await Intentions.After(command, change, state.State.Roster, Electorate()));

                break;
        }
    }

    private IntentionVoting Intentions => new(GrainFactory, ServiceProvider.GetRequiredService<IIntentionVotesLocator>(), Id, Details.WorkingGroupId, Polls);

    /// <summary>Items and polls about development intentions (<see cref="IntentionVoting"/>); a seat linked to a member is the roster's.</summary>
    private async Task ApplyIntentions(RosterEntry by, MeetingCommand command, List<MeetingEvent> events)
    {
        switch (command)
        {
            case AddIntentionItem c:
                SetAgenda(await WithMinutesSections(await Intentions.AddItem(state.State.Agenda, c)), events);
                break;
            case SetSeatMember c:
                var seat = Member(c.ParticipantId) with { MemberId = await Intentions.RequireMember(c.MemberId) };
                Replace(seat, events);
                events.AddRange(await Intentions.SeatLinked(seat, Electorate()));
                break;
            default:
                events.AddRange(await Intentions.Apply(by, command, state.State.Agenda, state.State.Roster, Electorate()));
                break;
        }
    }

    /// <summary>Every participant and facilitator with their name, and whether they may vote now (before any recusal).</summary>
    private Electorate Electorate() =>
        new([.. state.State.Roster.Where(e => e.Role >= MeetingRole.Participant).Select(e => new Elector(e.ParticipantId, e.DisplayName, MayVote(e)))]);

    /// <summary>Participants and facilitators with voting right, present online or in the room.</summary>
    private bool MayVote(RosterEntry e) =>
        e.Role >= MeetingRole.Participant && !e.Removed && !e.Muted && !e.NoVotingRight
        && (_presence.IsPresent(e.ParticipantId) || e.Attendance == Attendance.Present);
}
