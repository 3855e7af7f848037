using CommunityPlanning.Meetings;
using CommunityPlanning.Voting;

namespace CommunityPlanning.Tests.Meetings;

/// <summary>What the public sees of the people in the events that name them (<see cref="PublicView"/>).</summary>
public sealed class PublicViewTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 6, 17, 0, 0, TimeSpan.Zero);
    private static readonly Guid MeetingId = Guid.NewGuid();

    private static readonly RosterEntry Facilitator = new(Guid.NewGuid(), "Eva Organizátorka", MeetingRole.Facilitator, Guid.NewGuid(), At);
    private static readonly RosterEntry Hidden = new(Guid.NewGuid(), "Marie Skrytá", MeetingRole.Participant, null, At, PublicRole: "pečující, Domov Pohoda");
    private static readonly RosterEntry Shown = new(Guid.NewGuid(), "Petr Veřejný", MeetingRole.Participant, null, At, ShowName: true, PublicRole: "ředitel, Diakonie");
    private static readonly RosterEntry Watcher = new(Guid.NewGuid(), "Soused Tajný", MeetingRole.Observer, null, At, ShowName: true);

    private static readonly Dictionary<Guid, RosterEntry> People = new[] { Facilitator, Hidden, Shown, Watcher }.ToDictionary(e => e.ParticipantId);

    private static MeetingEvent Public(MeetingEvent e) => PublicView.Event(e, People.GetValueOrDefault, People.Values);

    [Fact]
    public void Each_person_is_their_name_only_by_choice_else_role_and_organisation_and_an_observer_never()
    {
        Assert.Equal(("", "pečující, Domov Pohoda", "Petr Veřejný", ""), (PublicView.Label(Facilitator), PublicView.Label(Hidden), PublicView.Label(Shown), PublicView.Label(Watcher)));
        var changed = (RosterChanged)Public(new RosterChanged(MeetingId, 7, Watcher with { Removed = true }));
        Assert.Equal(("", true, 7L), (changed.Entry.DisplayName, changed.Entry.Removed, changed.Seq));
    }

    [Fact]
    public void The_moderation_log_names_people_publicly_and_keeps_a_poll_question()
    {
        var removed = (ModerationRecorded)Public(new ModerationRecorded(MeetingId, 1,
            new ModerationRecord(At, Shown.ParticipantId, Shown.DisplayName, ModerationAction.Removed, Watcher.ParticipantId, Watcher.DisplayName)));
        Assert.Equal(("Petr Veřejný", ""), (removed.Record.ByName, removed.Record.TargetName));
        var withheld = (ModerationRecorded)Public(new ModerationRecorded(MeetingId, 2,
            new ModerationRecord(At, Hidden.ParticipantId, Hidden.DisplayName, ModerationAction.PollResultWithheld, Guid.NewGuid(), "Souhlasíte?")));
        Assert.Equal(("pečující, Domov Pohoda", "Souhlasíte?"), (withheld.Record.ByName, withheld.Record.TargetName));
    }

    [Fact]
    public void Named_ballots_and_the_facilitator_are_named_as_the_public_sees_them_and_unknown_people_not_at_all()
    {
        var stranger = Guid.NewGuid();
        var result = new PollResult([], 3, 3, "", true, At, true,
            [new NamedBallot(Hidden.ParticipantId, Hidden.DisplayName, [0]), new NamedBallot(Shown.ParticipantId, Shown.DisplayName, [1]), new NamedBallot(stranger, "Někdo Neznámý", [0])]);
        var poll = new PollView(Guid.NewGuid(), new PollDraft("Souhlasíte?", PollKind.YesNoAbstain, ["ano", "ne", "zdržuji se"], false, true), PollPhase.Closed,
            At, At, At, [], [], result);
        var named = ((PollChanged)Public(new PollChanged(MeetingId, 3, poll))).Poll.Result!.Named.Select(b => b.Name);
        Assert.Equal(["pečující, Domov Pohoda", "Petr Veřejný", ""], named);

        var details = new MeetingDetails(MeetingId, Guid.NewGuid(), "Jednání", At, null, null, Facilitator.AccountId!.Value, Facilitator.DisplayName, MeetingPhase.Live, null, true);
        Assert.Equal("", ((MeetingUpdated)Public(new MeetingUpdated(MeetingId, 4, details))).Details.FacilitatorName);
        var led = details with { LeadParticipantId = Shown.ParticipantId, FacilitatorName = Shown.DisplayName };
        Assert.Equal("Petr Veřejný", ((MeetingUpdated)Public(new MeetingUpdated(MeetingId, 5, led))).Details.FacilitatorName);
    }
}
