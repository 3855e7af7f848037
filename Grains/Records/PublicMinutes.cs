using CommunityPlanning.Meetings;

namespace CommunityPlanning.Records;

/// <summary>
/// An approved version of the minutes as the public reads it, relabelled by the meeting's roster as it is now (a
/// person's choice to show their name applies to records approved before they made it): the facilitator, present and
/// excused by name (names are unique in a meeting), ballots and on-behalf markers by id, all through
/// <see cref="PublicView"/>; whoever shows neither name nor role, and any name the roster does not know, by the kind of
/// attendee (<see cref="UnnamedLabels"/>). Text the town writes itself stays as written: the notes, the responsible
/// person of a task ("Z: …"), the presenter of an item and who recorded the minutes. Questions from the audience are
/// already in the minutes with their public names.
/// </summary>
public static class PublicMinutes
{
    public static MinutesView Relabel(MinutesView view, IReadOnlyList<RosterEntry> roster, UnnamedLabels unnamed)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(unnamed);
        var byId = roster.ToDictionary(e => e.ParticipantId);
        // A removed seat may carry a name again taken by someone present: the one still in the meeting wins.
        var byName = roster.Where(e => e.Role != MeetingRole.Observer).OrderBy(e => e.Removed)
            .GroupBy(e => e.DisplayName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        string Shown(RosterEntry e) => PublicView.Label(e) is { Length: > 0 } label ? label : Unnamed(e, unnamed);
        string ById(Guid id) => byId.GetValueOrDefault(id) is { Role: not MeetingRole.Observer } e ? Shown(e) : "";
        string ByName(string name, string fallback) => byName.GetValueOrDefault(name) is { } e ? Shown(e) : fallback;

        var m = view.Content;
        var content = m with
        {
            Facilitator = m.Facilitator.Length == 0 ? "" : ByName(m.Facilitator, unnamed.Facilitator),
            Present = [.. m.Present.Select(n => ByName(n, unnamed.Member))],
            Excused = [.. m.Excused.Select(n => ByName(n, unnamed.Member))],
            Items = [.. m.Items.Select(i => i with
            {
                Polls = [.. i.Polls.Select(p => PublicView.Poll(p, ById))],
                Rankings = [.. i.Rankings.Select(r => PublicView.Ranking(r, ById))],
            })],
            OtherPolls = [.. m.OtherPolls.Select(p => PublicView.Poll(p, ById))],
            OtherRankings = [.. m.OtherRankings.Select(r => PublicView.Ranking(r, ById))],
        };
        var approved = view.Approved is { } v ? v with { ApprovedByName = ByName(v.ApprovedByName, unnamed.Facilitator) } : null;
        return new MinutesView(content, approved);
    }

    private static string Unnamed(RosterEntry e, UnnamedLabels unnamed) => e.Role == MeetingRole.Facilitator ? unnamed.Facilitator : e.Kind switch
    {
        AttendeeKind.Guest => unnamed.Guest,
        AttendeeKind.Staff => unnamed.Staff,
        _ => unnamed.Member,
    };
}
