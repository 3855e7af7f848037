using CommunityPlanning.Common;
using CommunityPlanning.Meetings;

namespace CommunityPlanning.Tests.Meetings;

/// <summary>The pure rules of agenda, countdown and speakers, without a cluster.</summary>
public sealed class FacilitationRulesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static AgendaItemDraft Draft(string title) => new(title, null, 10, AgendaItemKind.Discussion);

    [Fact]
    public void Time_counts_only_for_the_current_item_and_only_while_live()
    {
        var agenda = AgendaEditing.Add(Agenda.Empty, Draft("A"), null, Guid.NewGuid());
        agenda = AgendaEditing.Add(agenda, Draft("B"), null, Guid.NewGuid());
        var (a, b) = (agenda.Items[0].Id, agenda.Items[1].Id);

        agenda = AgendaEditing.SetCurrent(agenda, a, T0, live: false);
        Assert.Null(agenda.CurrentSince);
        agenda = AgendaEditing.Start(agenda, T0.AddMinutes(1));
        agenda = AgendaEditing.SetCurrent(agenda, b, T0.AddMinutes(4), live: true);
        agenda = AgendaEditing.SetCurrent(agenda, a, T0.AddMinutes(6), live: true);
        agenda = AgendaEditing.Book(agenda, T0.AddMinutes(7));

        Assert.Equal([4 * 60_000L, 2 * 60_000L], agenda.Items.Select(i => i.SpentMs));
        Assert.Null(agenda.CurrentSince);
        Assert.Equal(a, agenda.CurrentItemId);
    }

    [Fact]
    public void Removing_the_current_item_leaves_none_current_and_moving_keeps_every_item()
    {
        var ids = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).ToList();
        var agenda = ids.Aggregate(Agenda.Empty, (g, id) => AgendaEditing.Add(g, Draft(id.ToString()), null, id));
        agenda = AgendaEditing.Move(agenda, ids[0], 3);
        Assert.Equal([ids[1], ids[2], ids[3], ids[0]], agenda.Items.Select(i => i.Id));
        agenda = AgendaEditing.SetCurrent(agenda, ids[2], T0, live: true);
        agenda = AgendaEditing.Remove(agenda, ids[2], T0.AddMinutes(1));
        Assert.Null(agenda.CurrentItemId);
        Assert.Equal([ids[1], ids[3], ids[0]], agenda.Items.Select(i => i.Id));
        Assert.Equal(ErrorCodes.InvalidValue, Assert.Throws<DomainException>(() => AgendaEditing.Move(agenda, ids[1], 3)).Code);
    }

    [Fact]
    public void A_countdown_pauses_with_what_was_left_and_resumes_from_it()
    {
        var timer = Countdown.Start(300, "Diskuse", null, T0);
        Assert.Equal(T0.AddMinutes(5), timer.EndsAt);
        timer = Countdown.Pause(timer, T0.AddSeconds(100));
        Assert.Equal((200_000L, false), (timer.RemainingMs, timer.Running));
        Assert.Equal(timer, Countdown.Pause(timer, T0.AddSeconds(500))); // pausing twice changes nothing
        timer = Countdown.Resume(timer, T0.AddSeconds(1000));
        Assert.Equal(T0.AddSeconds(1200), timer.EndsAt);
        Assert.Null(Countdown.FinishIfDue(timer, T0.AddSeconds(1199)));
        var finished = Countdown.FinishIfDue(timer, T0.AddSeconds(1200))!;
        Assert.Equal((true, 0L, false), (finished.Finished, finished.RemainingMs, finished.Running));
        Assert.Equal(finished, Countdown.Resume(finished, T0.AddSeconds(1300))); // a finished one needs more time first
        var extended = Countdown.Extend(finished, 30, T0.AddSeconds(1300));
        Assert.Equal((T0.AddSeconds(1330), 330_000L), (extended.EndsAt!.Value, extended.DurationMs));
        Assert.Equal(ErrorCodes.InvalidValue, Assert.Throws<DomainException>(() => Countdown.Extend(extended, Countdown.MaxSeconds, T0)).Code);
    }

    [Fact]
    public void The_floor_takes_the_speaker_off_the_queue_and_each_turn_is_kept_with_its_length()
    {
        var (jana, petr, eva) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var speakers = SpeakerQueue.Raise(Speakers.Empty, jana, T0);
        speakers = SpeakerQueue.Raise(speakers, petr, T0.AddSeconds(1));
        speakers = SpeakerQueue.Give(speakers, petr, T0.AddSeconds(10));
        speakers = SpeakerQueue.Raise(speakers, petr, T0.AddSeconds(11)); // speaking already: no second hand
        speakers = SpeakerQueue.Give(speakers, eva, T0.AddSeconds(70)); // the facilitator gives it to someone without a hand
        speakers = SpeakerQueue.Without(speakers, eva, T0.AddSeconds(100));

        Assert.Equal([jana], speakers.Queue.Select(h => h.ParticipantId));
        Assert.Null(speakers.Floor);
        Assert.Equal([(petr, 60_000L), (eva, 30_000L)], speakers.Turns.Select(t => (t.ParticipantId, t.DurationMs)));
        Assert.Equal(ErrorCodes.InvalidValue, Assert.Throws<DomainException>(() => SpeakerQueue.Reorder(speakers, [jana, jana])).Code);
        Assert.Equal(ErrorCodes.InvalidValue, Assert.Throws<DomainException>(() => SpeakerQueue.SetLimit(speakers, 0)).Code);
    }
}
