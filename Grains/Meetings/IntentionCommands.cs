using CommunityPlanning.Voting;

namespace CommunityPlanning.Meetings;

/// <summary>
/// The facilitator's commands about development intentions (<see cref="IntentionVoting"/>): items linked to
/// intentions, their polls, recusals by member, and a seat linked to a member of the group (stored by the roster).
/// The meeting passes what they need of its agenda, roster and electorate.
/// </summary>
public sealed class IntentionCommands(MeetingFlow flow, MeetingParts parts, IIntentionVotesLocator intentions)
{
    public static bool Handles(MeetingCommand command) => command is AddIntentionItem or CreateIntentionPoll or RecuseMember or SetSeatMember;

    private IntentionVoting Voting => new(parts.Grains, intentions, flow.Details.Id, flow.Details.WorkingGroupId, parts.Polls);

    public async Task Apply(RosterEntry by, MeetingCommand command, MeetingChanges changes)
    {
        var voting = Voting;
        switch (command)
        {
            case AddIntentionItem c:
                var agenda = await voting.AddItem(flow.State.Agenda, c);
                await parts.Records.EnsureSections(agenda); // the minutes' section exists before anyone hears of the item
                flow.SetAgenda(agenda, changes);
                break;
            case SetSeatMember c:
                var linked = await parts.Roster.Apply(by, c with { MemberId = await voting.RequireMember(c.MemberId) });
                changes.AddRange(await voting.SeatLinked(linked.Entry, (await parts.Roster.View(everyone: true)).Electorate));
                break;
            default:
                var (entries, electorate) = await People();
                changes.AddRange(await voting.Apply(by, command, flow.State.Agenda, entries, electorate));
                break;
        }
    }

    /// <summary>What a poll command of the ballot box means for an intention poll (recusals at opening, the hand-off at closing).</summary>
    public async Task<IReadOnlyList<MeetingEvent>> AfterPoll(MeetingCommand command, PollsChange change)
    {
        var (entries, electorate) = await People();
        return await Voting.After(command, change, entries, electorate);
    }

    private async Task<(IReadOnlyList<RosterEntry> Entries, Electorate Electorate)> People()
    {
        var people = await parts.Roster.View(everyone: true);
        return (people.Entries, people.Electorate);
    }
}
