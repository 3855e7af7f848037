using CommunityPlanning.Meetings;
using CommunityPlanning.Records;

namespace CommunityPlanning.Tests.Records;

/// <summary>An approved version relabelled for the public by the roster as it is now (<see cref="PublicMinutes"/>).</summary>
public sealed class PublicMinutesTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 6, 17, 0, 0, TimeSpan.Zero);
    private static readonly UnnamedLabels Unnamed = new("člen(ka) skupiny", "host", "ORK (úřad)", "Facilitátor");

    private static readonly RosterEntry Lead = new(Guid.NewGuid(), "Eva Organizátorka", MeetingRole.Facilitator, Guid.NewGuid(), At);
    private static readonly RosterEntry Hidden = new(Guid.NewGuid(), "Marie Skrytá", MeetingRole.Participant, null, At, PublicRole: "pečující, Domov Pohoda");
    private static readonly RosterEntry Shown = new(Guid.NewGuid(), "Petr Veřejný", MeetingRole.Participant, null, At, ShowName: true);
    private static readonly RosterEntry Staff = new(Guid.NewGuid(), "Hana Dvořáková", MeetingRole.Participant, null, At, Kind: AttendeeKind.Staff);
    private static readonly RosterEntry Watcher = new(Guid.NewGuid(), "Soused Tajný", MeetingRole.Observer, null, At, ShowName: true);

    private static MinutesView Version(string facilitator, IReadOnlyList<string> present, IReadOnlyList<string> excused, string approvedBy) =>
        new(new MinutesContent(Guid.NewGuid(), "Skupina", "Setkání", At, null, facilitator, present, excused, 2, 1, [], [], [], [], [],
            new MinutesFooter("Lucie Hrubá", null), At, []), new MinutesVersionInfo(1, At, approvedBy));

    [Fact]
    public void Names_become_public_labels_and_the_kind_of_attendee_where_there_is_none()
    {
        var view = PublicMinutes.Relabel(
            Version(Lead.DisplayName, [Lead.DisplayName, Hidden.DisplayName, Shown.DisplayName, Staff.DisplayName], ["Jan Neznámý"], Lead.DisplayName),
            [Lead, Hidden, Shown, Staff, Watcher], Unnamed);

        Assert.Equal("Facilitátor", view.Content.Facilitator);
        Assert.Equal(["Facilitátor", "pečující, Domov Pohoda", "Petr Veřejný", "ORK (úřad)"], view.Content.Present);
        // A name the roster does not know is not printed: nobody chose to show it.
        Assert.Equal(["člen(ka) skupiny"], view.Content.Excused);
        Assert.Equal("Facilitátor", view.Approved!.ApprovedByName);
        Assert.Equal("Lucie Hrubá", view.Content.Footer.RecordedBy);
    }

    [Fact]
    public void A_removed_seat_does_not_lend_its_choice_to_the_present_person_of_the_same_name()
    {
        var removed = Shown with { ParticipantId = Guid.NewGuid(), Removed = true };
        var view = PublicMinutes.Relabel(Version("", [Hidden.DisplayName], [], ""), [removed with { DisplayName = Hidden.DisplayName }, Hidden], Unnamed);

        Assert.Equal(["pečující, Domov Pohoda"], view.Content.Present);
        Assert.Equal("", view.Content.Facilitator);
    }
}
