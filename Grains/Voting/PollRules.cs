using CommunityPlanning.Common;

namespace CommunityPlanning.Voting;

/// <summary>What a poll and a ballot must look like; the single place that decides it.</summary>
public static class PollRules
{
    public const int QuestionMaxLength = 500;
    public const int OptionMaxLength = 300;
    public const int MaxOptions = 100;
    public const int MaxDots = 100;
    public const int ScoreLimit = 100;

    public static PollDraft Validated(PollDraft? draft)
    {
        if (draft is null)
        {
            throw new DomainException(ErrorCodes.Required, "poll");
        }

        var kind = TextRules.Defined(draft.Kind);
        var options = (draft.Options ?? []).Select(o => TextRules.Name(o, OptionMaxLength)).ToList();
        var (least, most) = kind == PollKind.YesNoAbstain ? (3, 3) : (2, MaxOptions);
        if (options.Count < least || options.Count > most)
        {
            throw new DomainException(ErrorCodes.InvalidValue, $"{least}–{most} options");
        }

        if (options.Distinct(StringComparer.CurrentCultureIgnoreCase).Count() != options.Count)
        {
            throw new DomainException(ErrorCodes.InvalidValue, "options must differ");
        }

        if (draft.Secret && draft.LiveResults)
        {
            throw new DomainException(ErrorCodes.PollSecretLive);
        }

        Within(draft.Quorum, 1, 5_000, "quorum");
        var standard = StandardOpinions.Are(kind, options);
        var validated = draft with
        {
            Question = TextRules.Name(draft.Question, QuestionMaxLength),
            Kind = kind,
            Options = standard ? StandardOpinions.Czech : options,
            StandardOptions = standard,
            Majority = TextRules.Defined(draft.Majority),
            MaxChoices = kind == PollKind.MultipleChoice ? Required(draft.MaxChoices, 1, options.Count, "max choices") : null,
            Dots = kind == PollKind.DotVoting ? Required(draft.Dots, 1, MaxDots, "dots") : null,
            StackDots = kind == PollKind.DotVoting && draft.StackDots,
            ScoreMin = kind == PollKind.Score ? Required(draft.ScoreMin, -ScoreLimit, ScoreLimit, "score min") : null,
            ScoreMax = kind == PollKind.Score ? Required(draft.ScoreMax, -ScoreLimit, ScoreLimit, "score max") : null,
        };
        if (kind == PollKind.Score && validated.ScoreMin >= validated.ScoreMax)
        {
            throw new DomainException(ErrorCodes.InvalidValue, "score min below max");
        }

        return validated;
    }

    /// <summary>
    /// A ballot is one number per option: 1 or 0 for choices, dots given, rank (1 = first, 0 = not ranked), or
    /// the score. More dots than the poll gives is <c>poll.too_many_dots</c>; anything else <c>poll.ballot_invalid</c>.
    /// </summary>
    public static int[] Ballot(PollDraft poll, IReadOnlyList<int>? values)
    {
        if (values is null || values.Count != poll.Options.Count)
        {
            throw Invalid("one value per option");
        }

        var v = values.ToArray();
        if (poll.Kind == PollKind.DotVoting && v.Sum(x => (long)x) > poll.Dots)
        {
            throw new DomainException(ErrorCodes.TooManyDots, $"each voter has {poll.Dots} dots");
        }

        var valid = poll.Kind switch
        {
            PollKind.YesNoAbstain or PollKind.SingleChoice => v.All(x => x is 0 or 1) && v.Sum() == 1,
            PollKind.MultipleChoice => v.All(x => x is 0 or 1) && v.Sum() >= 1 && v.Sum() <= poll.MaxChoices,
            PollKind.DotVoting => v.All(x => x >= 0 && (poll.StackDots || x <= 1)) && v.Sum() >= 1 && v.Sum() <= poll.Dots,
            PollKind.Ranking => v.All(x => x >= 0 && x <= v.Length) && RanksAreContiguous(v),
            PollKind.Score => v.All(x => x >= poll.ScoreMin && x <= poll.ScoreMax),
            _ => false,
        };
        return valid ? v : throw Invalid(poll.Kind.ToString());
    }

    private static bool RanksAreContiguous(int[] v)
    {
        var ranks = v.Where(x => x > 0).Order().ToArray();
        return ranks.Length > 0 && ranks.Select((r, i) => r == i + 1).All(ok => ok);
    }

    private static int Required(int? value, int min, int max, string what) =>
        value is { } v && v >= min && v <= max ? v : throw new DomainException(ErrorCodes.InvalidValue, $"{what} {min}–{max}");

    private static void Within(int? value, int min, int max, string what)
    {
        if (value is { } v && (v < min || v > max))
        {
            throw new DomainException(ErrorCodes.InvalidValue, $"{what} {min}–{max}");
        }
    }

    private static DomainException Invalid(string detail) => new(ErrorCodes.BallotInvalid, detail);
}
