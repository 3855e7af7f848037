using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Scheduling;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.Scheduling;

public sealed class DatePollGrainTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static readonly DateOnly NextYear = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1);

    private static DateOptionDraft At(int day, int hour) => new(NextYear.AddDays(day), new TimeOnly(hour, 0));

    [Fact]
    public async Task Answers_are_counted_and_the_best_date_is_the_most_yes_then_the_most_if_need_be()
    {
        var (manager, group, members) = await Group("Ema", "Filip", "Hana");
        var poll = fixture.Client.GetGrain<IDatePollGrain>(group);
        var view = await poll.Start(manager, new DatePollDraft([At(2, 14), At(1, 9), At(3, 10)], "Zasedací místnost 2"));
        Assert.Equal([At(1, 9).Date, At(2, 14).Date, At(3, 10).Date], view.Options.Select(o => o.Date));
        Assert.Empty(view.Best);
        var (first, second, third) = (view.Options[0].Id, view.Options[1].Id, view.Options[2].Id);

        var links = await Task.WhenAll(members.Select(m => poll.IssueLink(manager, m)));
        await poll.AnswerByLink(InviteTokens.Hash(links[0]), [new(first, DateAnswer.Yes), new(second, DateAnswer.Yes), new(third, DateAnswer.No)]);
        await poll.AnswerByLink(InviteTokens.Hash(links[1]), [new(first, DateAnswer.IfNeedBe), new(second, DateAnswer.Yes)]);
        var seen = await poll.AnswerByLink(InviteTokens.Hash(links[2]), [new(first, DateAnswer.Yes), new(second, DateAnswer.No)]);

        // first: 2 yes 1 if need be; second: 2 yes; third: 1 no.
        Assert.Equal([first], seen.Best);
        Assert.Equal("Hana", seen.MemberName);
        Assert.Equal([new DateOptionTally(first, At(1, 9).Date, At(1, 9).Time, 2, 1, 0)], seen.Options.Take(1));
        Assert.Equal((0, 0, 1), (seen.Options[2].Yes, seen.Options[2].IfNeedBe, seen.Options[2].No));

        // Changing one's answers replaces them: now the first two have two yes each, and both are shown.
        await poll.AnswerByLink(InviteTokens.Hash(links[1]), [new(first, DateAnswer.No), new(second, DateAnswer.Yes)]);
        var tied = await poll.Get(manager);
        Assert.Equal([first, second], tied!.Best);
        Assert.Equal([new DateOptionAnswer(first, DateAnswer.No), new DateOptionAnswer(second, DateAnswer.Yes)],
            tied.Members.Single(m => m.Name == "Filip").Answers);
        Assert.All(tied.Members, m => Assert.True(m.HasLink));
    }

    [Fact]
    public async Task Choosing_a_date_adds_it_to_the_schedule_and_ends_the_links_and_the_answers()
    {
        var (manager, group, members) = await Group("Ema");
        var poll = fixture.Client.GetGrain<IDatePollGrain>(group);
        var view = await poll.Start(manager, new DatePollDraft([At(5, 16), At(6, 9)], "Liberec, Nám. Dr. E. Beneše 1"));
        var hash = InviteTokens.Hash(await poll.IssueLink(manager, members[0]));

        var chosen = await poll.Choose(manager, view.Options[1].Id);

        Assert.Equal(DatePollStatus.Chosen, chosen.Status);
        Assert.Equal(view.Options[1].Id, chosen.ChosenId);
        Assert.Contains(new PlannedMeeting(At(6, 9).Date, new TimeOnly(9, 0), "Liberec, Nám. Dr. E. Beneše 1"),
            (await fixture.Client.GetGrain<IWorkingGroupGrain>(group).Get()).Schedule);
        await AssertRefused(DatePollErrorCodes.LinkExpired, () => poll.AnswerByLink(hash, [new(view.Options[0].Id, DateAnswer.Yes)]));
        await AssertRefused(DatePollErrorCodes.LinkExpired, () => poll.ViewByLink(hash));
        await AssertRefused(DatePollErrorCodes.Closed, () => poll.Choose(manager, view.Options[0].Id));
        await AssertRefused(DatePollErrorCodes.Closed, () => poll.IssueLink(manager, members[0]));

        // The next poll starts clean, and the old link means nothing to it.
        var next = await poll.Start(manager, new DatePollDraft([At(40, 10)], null));
        Assert.All(next.Options, o => Assert.Equal((0, 0, 0), (o.Yes, o.IfNeedBe, o.No)));
        await AssertRefused(DatePollErrorCodes.LinkInvalid, () => poll.ViewByLink(hash));
    }

    [Fact]
    public async Task A_revoked_or_replaced_link_is_refused_as_such_and_an_unknown_one_as_invalid()
    {
        var (manager, group, members) = await Group("Ema");
        var poll = fixture.Client.GetGrain<IDatePollGrain>(group);
        var option = (await poll.Start(manager, new DatePollDraft([At(1, 10)], null))).Options[0].Id;
        var first = InviteTokens.Hash(await poll.IssueLink(manager, members[0]));
        var second = InviteTokens.Hash(await poll.IssueLink(manager, members[0]));

        await AssertRefused(DatePollErrorCodes.LinkRevoked, () => poll.ViewByLink(first));
        Assert.Equal("Ema", (await poll.ViewByLink(second)).MemberName);

        var revoked = await poll.RevokeLink(manager, members[0]);
        Assert.False(revoked.Members.Single().HasLink);
        await AssertRefused(DatePollErrorCodes.LinkRevoked, () => poll.AnswerByLink(second, [new(option, DateAnswer.Yes)]));
        await AssertRefused(DatePollErrorCodes.LinkInvalid, () => poll.ViewByLink(InviteTokens.Hash(InviteTokens.Create())));
        Assert.Equal(0, (await poll.Get(manager))!.Options[0].Yes);
    }

    [Fact]
    public async Task Bad_proposals_and_answers_are_refused_and_change_nothing()
    {
        var (manager, group, members) = await Group("Ema");
        var poll = fixture.Client.GetGrain<IDatePollGrain>(group);
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);

        await AssertRefused(DatePollErrorCodes.Past, () => poll.Start(manager, new DatePollDraft([At(1, 10), new(yesterday, new TimeOnly(10, 0))], null)));
        await AssertRefused(DatePollErrorCodes.TooManyOptions, () => poll.Start(manager, new DatePollDraft([.. Enumerable.Range(1, 20).Select(d => At(d, 10))], null)));
        await AssertRefused(DatePollErrorCodes.Duplicate, () => poll.Start(manager, new DatePollDraft([At(1, 10), At(1, 10)], null)));
        await AssertRefused(ErrorCodes.Required, () => poll.Start(manager, new DatePollDraft([], null)));
        await AssertRefused(ErrorCodes.Forbidden, () => poll.Start(NewOrganizer("Cizí"), new DatePollDraft([At(1, 10)], null)));
        Assert.Null(await poll.Get(manager));

        var view = await poll.Start(manager, new DatePollDraft([At(1, 10), At(2, 10)], null));
        await AssertRefused(DatePollErrorCodes.AlreadyOpen, () => poll.Start(manager, new DatePollDraft([At(3, 10)], null)));
        var hash = InviteTokens.Hash(await poll.IssueLink(manager, members[0]));
        var option = view.Options[0].Id;
        await AssertRefused(DatePollErrorCodes.UnknownOption, () => poll.AnswerByLink(hash, [new(Guid.NewGuid(), DateAnswer.Yes)]));
        await AssertRefused(DatePollErrorCodes.Duplicate, () => poll.AnswerByLink(hash, [new(option, DateAnswer.Yes), new(option, DateAnswer.No)]));
        await AssertRefused(ErrorCodes.InvalidValue, () => poll.AnswerByLink(hash, [new(option, (DateAnswer)7)]));
        await AssertRefused(DatePollErrorCodes.UnknownOption, () => poll.Choose(manager, Guid.NewGuid()));
        await AssertRefused(ErrorCodes.NotFound, () => poll.IssueLink(manager, Guid.NewGuid()));
        await AssertRefused(ErrorCodes.Forbidden, () => poll.Choose(NewOrganizer("Cizí"), option));

        var unchanged = await poll.Get(manager);
        Assert.Equal(DatePollStatus.Open, unchanged!.Status);
        Assert.Empty(unchanged.Members.Single().Answers);

        await poll.Close(manager);
        await AssertRefused(DatePollErrorCodes.LinkExpired, () => poll.AnswerByLink(hash, [new(option, DateAnswer.Yes)]));
        Assert.DoesNotContain((await fixture.Client.GetGrain<IWorkingGroupGrain>(group).Get()).Schedule, p => p.Date == At(1, 10).Date);
    }

    private async Task<(Actor Manager, Guid Group, Guid[] Members)> Group(params string[] names)
    {
        var manager = NewOrganizer();
        var id = Guid.NewGuid();
        var group = fixture.Client.GetGrain<IWorkingGroupGrain>(id);
        await group.Create(manager, new WorkingGroupDraft("Pracovní skupina pro seniory", TargetGroup.Seniors, null));
        foreach (var name in names)
        {
            await group.AddMember(manager, new GroupMember(name, "Charita"));
        }

        return (manager, id, [.. (await group.Get()).Members.Select(m => m.Id!.Value)]);
    }
}
