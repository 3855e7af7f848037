using CommunityPlanning.Common;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Scheduling;

/// <summary>What a date poll may be, how its answers count and which date is best.</summary>
public static class DatePollRules
{
    /// <summary>The proposed dates, checked: some, not too many, each in the future, none twice.</summary>
    public static List<DateOptionDraft> Options(IReadOnlyList<DateOptionDraft>? options, DateTimeOffset now)
    {
        if (options is null || options.Count == 0)
        {
            throw new DomainException(ErrorCodes.Required, "options");
        }

        if (options.Count > DatePollLimits.MaxOptions)
        {
            throw new DomainException(DatePollErrorCodes.TooManyOptions, $"at most {DatePollLimits.MaxOptions} dates");
        }

        if (options.Distinct().Count() != options.Count)
        {
            throw new DomainException(DatePollErrorCodes.Duplicate);
        }

        if (options.Any(o => PragueTime.FromLocal(o.Date.ToDateTime(o.Time)) <= now))
        {
            throw new DomainException(DatePollErrorCodes.Past);
        }

        return [.. options.OrderBy(o => o.Date).ThenBy(o => o.Time)];
    }

    /// <summary>A member's answers, checked against the poll's dates (each at most once, of a known kind).</summary>
    public static Dictionary<Guid, DateAnswer> Answers(DatePollState poll, IReadOnlyList<DateOptionAnswer>? answers)
    {
        RequireOpen(poll);
        var checkedAnswers = new Dictionary<Guid, DateAnswer>();
        foreach (var answer in answers ?? [])
        {
            if (!poll.OptionIds.Contains(answer.OptionId))
            {
                throw new DomainException(DatePollErrorCodes.UnknownOption);
            }

            if (!checkedAnswers.TryAdd(answer.OptionId, TextRules.Defined(answer.Answer)))
            {
                throw new DomainException(DatePollErrorCodes.Duplicate);
            }
        }

        return checkedAnswers;
    }

    public static void RequireOpen(DatePollState poll)
    {
        if (poll.Status != DatePollStatus.Open)
        {
            throw new DomainException(DatePollErrorCodes.Closed);
        }
    }

    public static IReadOnlyList<DateOptionTally> Tallies(DatePollState poll) =>
    [
        .. poll.Options.Select((o, i) =>
        {
            var id = poll.OptionIds[i];
            int Count(DateAnswer kind) => poll.Answers.Values.Count(a => a.TryGetValue(id, out var given) && given == kind);
            return new DateOptionTally(id, o.Date, o.Time, Count(DateAnswer.Yes), Count(DateAnswer.IfNeedBe), Count(DateAnswer.No));
        }),
    ];

    /// <summary>The dates with the most yes, then the most if-need-be; every one of them when tied; none while nobody can come.</summary>
    public static IReadOnlyList<Guid> Best(IReadOnlyList<DateOptionTally> tallies)
    {
        var top = tallies.Where(t => t.Yes + t.IfNeedBe > 0).MaxBy(t => (t.Yes, t.IfNeedBe));
        return top is null ? [] : [.. tallies.Where(t => t.Yes == top.Yes && t.IfNeedBe == top.IfNeedBe).Select(t => t.Id)];
    }

    public static DatePollView View(DatePollState poll, WorkingGroupDetails group)
    {
        var tallies = Tallies(poll);
        var members = group.Members.Where(m => m.Id is not null).Select(m => new DatePollMember(
            m.Id!.Value, m.Name, MemberAnswers(poll, m.Id.Value), poll.Status == DatePollStatus.Open && poll.Links.ContainsKey(m.Id.Value)));
        return new DatePollView(poll.Id, poll.Status, poll.Place, tallies, Best(tallies), poll.ChosenId, [.. members]);
    }

    public static DatePollLinkView LinkView(DatePollState poll, WorkingGroupDetails group, Guid memberId)
    {
        var tallies = Tallies(poll);
        var name = group.Members.FirstOrDefault(m => m.Id == memberId)?.Name ?? "";
        return new DatePollLinkView(group.Name, name, poll.Status, poll.Place, tallies, Best(tallies), poll.ChosenId, MemberAnswers(poll, memberId));
    }

    /// <summary>The poll as everyone in a meeting sees it: counted, no one's answers.</summary>
    public static DatePollTallies Tallied(DatePollState poll)
    {
        var tallies = Tallies(poll);
        return new DatePollTallies(poll.Id, poll.Status, poll.Place, tallies, Best(tallies), poll.ChosenId);
    }

    public static IReadOnlyList<DateOptionAnswer> MemberAnswers(DatePollState poll, Guid memberId) =>
        poll.Answers.TryGetValue(memberId, out var answers)
            ? [.. poll.OptionIds.Where(answers.ContainsKey).Select(id => new DateOptionAnswer(id, answers[id]))]
            : [];
}
