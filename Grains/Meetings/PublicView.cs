using CommunityPlanning.Records;
using CommunityPlanning.Voting;

namespace CommunityPlanning.Meetings;

/// <summary>
/// What the public (observers, the public link) sees of the people in a meeting: each participant and facilitator
/// by their name only when they chose so (<see cref="RosterEntry.ShowName"/>), otherwise by the role and organisation
/// they wrote (<see cref="RosterEntry.PublicRole"/>, empty when they wrote none: clients then say what kind of
/// attendee it is); observers by no name at all. Applied on the server to the snapshot an observer gets and to every
/// event relayed to an observer's connection, so no client ever holds a name it may not show.
/// </summary>
public static class PublicView
{
    /// <summary>The name the public sees for a person ("" when none).</summary>
    public static string Label(RosterEntry entry) =>
        entry.Role == MeetingRole.Observer ? "" : entry.ShowName ? entry.DisplayName : entry.PublicRole ?? "";

    public static RosterEntry Entry(RosterEntry entry) => entry with { DisplayName = Label(entry) };

    /// <summary>An observer's snapshot: every name as the public sees it (their own entry stays theirs).</summary>
    public static MeetingSnapshot Snapshot(MeetingSnapshot snapshot)
    {
        var people = snapshot.Roster.ToDictionary(e => e.ParticipantId);
        var label = Labels(people.GetValueOrDefault);
        return snapshot with
        {
            Details = Details(snapshot.Details, people.Values),
            Roster = [.. snapshot.Roster.Select(Entry)],
            Moderation = [.. snapshot.Moderation.Select(r => Moderation(r, label))],
            Polls = [.. snapshot.Polls.Select(p => Poll(p, label))],
            Board = Board(snapshot.Board, label),
            Minutes = Minutes(snapshot.Minutes),
        };
    }

    /// <summary>
    /// An event as the public gets it; <paramref name="find"/> knows the participants and facilitators (observers and
    /// anyone unknown get no name). Events stay in the stream, so the sequence has no gap.
    /// </summary>
    public static MeetingEvent Event(MeetingEvent e, Func<Guid, RosterEntry?> find, IEnumerable<RosterEntry> people) => e switch
    {
        RosterChanged c => c with { Entry = Entry(c.Entry) },
        SeatsMerged c => c with { Kept = Entry(c.Kept) },
        MeetingUpdated c => c with { Details = Details(c.Details, people) },
        ModerationRecorded c => c with { Record = Moderation(c.Record, Labels(find)) },
        PollChanged c => c with { Poll = Poll(c.Poll, Labels(find)) },
        BoardChanged c => c with { Board = Board(c.Board, Labels(find)) },
        MinutesChanged c => c with { Minutes = Minutes(c.Minutes) },
        _ => e,
    };

    public static Func<Guid, string> Labels(Func<Guid, RosterEntry?> find) => id => find(id) is { } entry ? Label(entry) : "";

    /// <summary>The one leading the meeting: the lead, else the organizer's own seat.</summary>
    private static MeetingDetails Details(MeetingDetails details, IEnumerable<RosterEntry> people)
    {
        var lead = people.FirstOrDefault(e => e.ParticipantId == details.LeadParticipantId)
            ?? people.FirstOrDefault(e => e.AccountId == details.FacilitatorAccountId && e.Role == MeetingRole.Facilitator);
        return details with { FacilitatorName = lead is null ? "" : Label(lead) };
    }

    /// <summary>People by their public label; a poll named as a target keeps its question.</summary>
    private static ModerationRecord Moderation(ModerationRecord r, Func<Guid, string> label)
    {
        var aboutPoll = r.Action is ModerationAction.PollResultWithheld or ModerationAction.PollResultPublishedBelowMinimum;
        return r with
        {
            ByName = label(r.ByParticipantId),
            TargetName = aboutPoll || r.TargetId is not { } target ? r.TargetName : label(target),
            MergedName = r.MergedId is { } merged ? label(merged) : r.MergedName,
        };
    }

    /// <summary>Ballots' names and markers by the people's public labels; recused group members by their own choice.</summary>
    public static PollView Poll(PollView poll, Func<Guid, string> label) => poll with
    {
        Intention = poll.Intention is { } intention
            ? intention with { RecusedMembers = [.. intention.RecusedMembers.Select(m => m with { Name = m.PublicName })] }
            : null,
        Result = poll.Result is { } result
            ? result with { Named = [.. result.Named.Select(b => b with { Name = label(b.ParticipantId), OnBehalf = Marker(b.OnBehalf, label) })] }
            : null,
        LowTurnout = poll.LowTurnout is { } low ? low with { ByName = label(low.ByParticipantId) } : null,
    };

    /// <summary>The board's on-behalf markers (proposals, rankings) with the names the public sees.</summary>
    public static BoardView Board(BoardView board, Func<Guid, string> label) => board with
    {
        Proposals = [.. board.Proposals.Select(p => p with { OnBehalf = Markers(p.OnBehalf, label) })],
        Rankings = [.. board.Rankings.Select(r => Ranking(r, label))],
    };

    /// <summary>A ranking's on-behalf markers (its own and its entries') with the names the public sees.</summary>
    public static ProposalRanking Ranking(ProposalRanking ranking, Func<Guid, string> label) => ranking with
    {
        OnBehalf = Markers(ranking.OnBehalf, label),
        Entries = [.. ranking.Entries.Select(e => e with { OnBehalf = Markers(e.OnBehalf, label) })],
    };

    private static OnBehalf? Marker(OnBehalf? marker, Func<Guid, string> label) =>
        marker is null ? null : marker with { ForName = label(marker.ForId), ByName = label(marker.ById) };

    private static IReadOnlyList<OnBehalf>? Markers(IReadOnlyList<OnBehalf>? markers, Func<Guid, string> label) =>
        markers is null ? null : [.. markers.Select(m => Marker(m, label)!)];

    /// <summary>Who approved a version is a facilitator's name, kept without their seat: the public sees none.</summary>
    private static MinutesInfo Minutes(MinutesInfo minutes) =>
        minutes with { Versions = [.. minutes.Versions.Select(v => v with { ApprovedByName = "" })] };
}
