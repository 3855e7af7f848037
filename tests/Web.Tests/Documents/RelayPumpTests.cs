using CommunityPlanning.Web.Documents;

namespace CommunityPlanning.Web.Tests.Documents;

/// <summary>When a relay round may leave: the viewers' groups take turns instead of leaving together.</summary>
public sealed class RelayPumpTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan Slot = Interval / 8;

    private static TimeSpan Ms(double milliseconds) => TimeSpan.FromMilliseconds(milliseconds);

    [Fact]
    public void Busy_groups_leave_in_turn_each_at_its_own_place_in_the_interval()
    {
        // All eight groups start from the same quiet moment, as they do when typing begins.
        var start = Ms(10_003.7);
        var rounds = Enumerable.Range(0, 8).Select(group =>
        {
            var first = RelayPump.NextRound(TimeSpan.MinValue / 2, Interval, start, group, 8);
            var second = RelayPump.NextRound(start, Interval, start, group, 8);
            var third = RelayPump.NextRound(second, Interval, second, group, 8);
            return (First: first, Second: second, Third: third);
        }).ToList();

        Assert.All(rounds, r => Assert.True(r.First <= start)); // the first keystroke after a quiet spell leaves at once
        Assert.Equal(
            Enumerable.Range(0, 8).Select(g => (Slot * g).Ticks),
            rounds.Select(r => r.Second.Ticks % Interval.Ticks));
        Assert.All(rounds, r => Assert.Equal(Interval, r.Third - r.Second));
        Assert.All(rounds, r => Assert.InRange(r.Second - start, Interval - Slot, 2 * Interval));
    }

    [Fact]
    public void A_round_that_left_late_by_less_than_a_slot_keeps_the_group_on_its_place()
    {
        var onPlace = Ms(20_000) + Slot * 3;
        var late = onPlace + Ms(2.5);

        Assert.Equal(onPlace + Interval, RelayPump.NextRound(late, Interval, late, phase: 3, phases: 8));
    }

    [Fact]
    public void A_group_never_sends_more_often_than_the_interval_less_one_slot()
    {
        for (var last = Ms(30_000); last < Ms(30_100); last += Ms(0.7))
        {
            var next = RelayPump.NextRound(last, Interval, last, phase: 5, phases: 8);
            Assert.InRange(next - last, Interval - Slot, 2 * Interval);
        }
    }

    [Fact]
    public void One_group_sends_an_interval_after_its_last_round_or_at_once_after_a_quiet_spell()
    {
        var last = Ms(40_001.3);

        Assert.Equal(last + Interval, RelayPump.NextRound(last, Interval, last + Ms(1), phase: 0, phases: 1));
        Assert.Equal(last + Interval, RelayPump.NextRound(last, Interval, last + Ms(80), phase: 0, phases: 1));
    }
}
