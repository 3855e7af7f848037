using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Plans;

namespace CommunityPlanning.Voting;

/// <summary>The rules of the proposals board: hidden brainstorm, merging without double counting, dots, rankings.</summary>
public static class ProposalBoard
{
    public const int MaxProposals = 2_000;
    public const int TextMaxLength = 2_000;
    public const int MaxDotsPerVoter = 100;

    /// <summary>A proposal of <paramref name="author"/>, or of the person it was entered for (<paramref name="onBehalf"/>).</summary>
    public static ProposalState Add(BoardState board, Guid? areaId, string? text, Guid author, DateTimeOffset now, OnBehalf? onBehalf = null)
    {
        var added = AddAll(board, [(areaId, text)], onBehalf?.ForId ?? author, now, board.Brainstorm)[0];
        if (onBehalf is not null)
        {
            added.OnBehalf.Add(onBehalf);
        }

        return added;
    }

    /// <summary>Adds several proposals at once (an imported record): all are checked before any is added.</summary>
    public static IReadOnlyList<ProposalState> AddAll(
        BoardState board, IReadOnlyList<(Guid? AreaId, string? Text)> items, Guid author, DateTimeOffset now, bool hidden)
    {
        var texts = Validate(board, [.. items.Select(i => i.Text)]);
        var added = items.Select((item, i) => new ProposalState
        {
            Id = Guid.NewGuid(), AreaId = item.AreaId, Text = texts[i], AuthorIds = [author], Hidden = hidden, CreatedAt = now,
        }).ToList();
        board.Proposals.AddRange(added);
        return added;
    }

    /// <summary>The texts as they would be stored, if there is room for all of them; else the refusal.</summary>
    public static IReadOnlyList<string> Validate(BoardState board, IReadOnlyList<string?> texts)
    {
        if (board.Proposals.Count + texts.Count > MaxProposals)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {MaxProposals} proposals");
        }

        return [.. texts.Select(Text)];
    }

    public static void Edit(BoardState board, Guid proposalId, string? text) => Find(board, proposalId).Text = Text(text);

    public static void Move(BoardState board, Guid proposalId, Guid? areaId) => Find(board, proposalId).AreaId = areaId;

    /// <summary>Links a proposal to a plan objective (null: unlinks); only its authors or a facilitator.</summary>
    public static void Link(BoardState board, Guid proposalId, ObjectiveLink? objective, Guid by, bool facilitator)
    {
        var proposal = Find(board, proposalId);
        if (!facilitator && !proposal.AuthorIds.Contains(by))
        {
            throw new DomainException(ErrorCodes.Forbidden);
        }

        proposal.Objective = objective;
    }

    /// <summary>
    /// Merges a duplicate into a target: authors joined, the source's history kept; a voter who put dots on both
    /// keeps the larger number on the target (the same support is not counted twice), the rest returns to them.
    /// </summary>
    public static void Merge(BoardState board, Guid targetId, Guid sourceId)
    {
        if (targetId == sourceId)
        {
            throw new DomainException(ErrorCodes.InvalidValue, "a proposal cannot merge into itself");
        }

        var target = Find(board, targetId);
        var source = Find(board, sourceId);
        foreach (var author in source.AuthorIds.Where(a => !target.AuthorIds.Contains(a)))
        {
            target.AuthorIds.Add(author);
        }

        target.MergedFrom.AddRange([source.Id, .. source.MergedFrom]);
        target.Hidden &= source.Hidden;
        target.Objective ??= source.Objective;
        target.OnBehalf.AddRange(source.OnBehalf);
        var merged = board.Dots
            .Where(d => d.ProposalId == targetId || d.ProposalId == sourceId)
            .GroupBy(d => d.VoterId)
            .Select(g => g.MaxBy(d => d.Dots)! with { ProposalId = targetId })
            .ToList();
        board.Dots.RemoveAll(d => d.ProposalId == targetId || d.ProposalId == sourceId);
        board.Dots.AddRange(merged);
        board.Proposals.Remove(source);
    }

    public static void Remove(BoardState board, Guid proposalId)
    {
        board.Proposals.Remove(Find(board, proposalId));
        board.Dots.RemoveAll(d => d.ProposalId == proposalId);
    }

    public static void Reveal(BoardState board)
    {
        foreach (var proposal in board.Proposals)
        {
            proposal.Hidden = false;
        }
    }

    public static void Start(BoardState board, int dotsPerVoter, bool showTotals = false)
    {
        if (board.RoundDots is not null)
        {
            throw new DomainException(ErrorCodes.InvalidValue, "a round is open already");
        }

        if (dotsPerVoter is < 1 or > MaxDotsPerVoter)
        {
            throw new DomainException(ErrorCodes.InvalidValue, $"dots 1–{MaxDotsPerVoter}");
        }

        board.RoundDots = dotsPerVoter;
        board.ShowTotals = showTotals;
        board.Dots.Clear();
    }

    /// <summary>
    /// Replaces a voter's dots: at most the round's dots in all, only on visible proposals; <paramref name="onBehalf"/>
    /// marks them as entered for the voter.
    /// </summary>
    public static void Place(BoardState board, Guid voterId, IReadOnlyList<DotPlacement>? placements, OnBehalf? onBehalf = null)
    {
        var dots = board.RoundDots ?? throw new DomainException(ErrorCodes.PollNotOpen, "no prioritisation round is open");
        var list = placements ?? [];
        if (list.Any(p => p is null || p.Dots < 0) || list.Select(p => p.ProposalId).Distinct().Count() != list.Count)
        {
            throw new DomainException(ErrorCodes.BallotInvalid, "one placement per proposal, none negative");
        }

        if (list.Sum(p => (long)p.Dots) is var placed && placed > dots)
        {
            throw new DomainException(ErrorCodes.TooManyDots, $"{placed} dots placed, each voter has {dots}");
        }

        foreach (var placement in list)
        {
            if (Find(board, placement.ProposalId).Hidden)
            {
                throw new DomainException(ErrorCodes.BallotInvalid, "hidden proposals are not voted on");
            }
        }

        board.Dots.RemoveAll(d => d.VoterId == voterId);
        board.Dots.AddRange(list.Where(p => p.Dots > 0).Select(p => new DotAllocation(voterId, p.ProposalId, p.Dots, onBehalf)));
    }

    /// <summary>Closes the round: the ranking per area and overall (most dots, then most voters, then the earlier).</summary>
    public static ProposalRanking Close(BoardState board, DateTimeOffset now, Guid? agendaItemId)
    {
        var dots = board.RoundDots ?? throw new DomainException(ErrorCodes.PollNotOpen, "no prioritisation round is open");
        var totals = Totals(board);
        var ordered = board.Proposals.Where(p => !p.Hidden)
            .Select(p => (Proposal: p, totals.GetValueOrDefault(p.Id).Dots, totals.GetValueOrDefault(p.Id).Voters))
            .OrderByDescending(x => x.Dots).ThenByDescending(x => x.Voters).ThenBy(x => x.Proposal.CreatedAt)
            .ToList();
        var inArea = new Dictionary<Guid, int>();
        var entries = ordered.Select((x, i) =>
        {
            var key = x.Proposal.AreaId ?? Guid.Empty;
            inArea[key] = inArea.GetValueOrDefault(key) + 1;
            return new RankedProposal(x.Proposal.Id, x.Proposal.AreaId, x.Proposal.Text, x.Dots, x.Voters, inArea[key], i + 1, [.. x.Proposal.OnBehalf]);
        }).ToList();
        var entered = board.Dots.Where(d => d.OnBehalf is not null).ToList();
        var ranking = new ProposalRanking(board.Rankings.Count + 1, now, dots, board.Dots.Select(d => d.VoterId).Distinct().Count(), entries, agendaItemId,
            entered.Sum(d => d.Dots), [.. entered.Select(d => d.OnBehalf!).Distinct()]);
        board.Rankings.Add(ranking);
        board.RoundDots = null;
        return ranking;
    }

    /// <summary>The board as one person sees it: hidden proposals in full only to their authors and facilitators.</summary>
    public static BoardView View(BoardState board, Guid? viewer, bool facilitator)
    {
        var hideTotals = board.RoundDots is not null && !board.ShowTotals && !facilitator;
        var totals = hideTotals ? [] : Totals(board);
        return new(
            board.Brainstorm,
            [.. board.Proposals.Select(p =>
            {
                var visible = !p.Hidden || facilitator || (viewer is { } v && p.AuthorIds.Contains(v));
                var (dots, voters) = totals.GetValueOrDefault(p.Id);
                return new ProposalView(p.Id, p.AreaId, visible ? p.Text : null, visible ? [.. p.AuthorIds] : [], p.Hidden, p.CreatedAt,
                    [.. p.MergedFrom], dots, voters, visible ? p.Objective : null,
                    visible ? [.. p.OnBehalf] : []);
            })],
            board.RoundDots,
            viewer is { } id ? board.Dots.Where(d => d.VoterId == id).ToDictionary(d => d.ProposalId, d => d.Dots) : new Dictionary<Guid, int>(),
            [.. board.Rankings],
            hideTotals,
            board.RoundDots is not null && board.ShowTotals);
    }

    /// <summary>Dots and voters per proposal (one allocation per voter and proposal).</summary>
    private static Dictionary<Guid, (long Dots, int Voters)> Totals(BoardState board) =>
        board.Dots.GroupBy(d => d.ProposalId).ToDictionary(g => g.Key, g => (g.Sum(d => (long)d.Dots), g.Count()));

    private static string Text(string? text)
    {
        var value = TextRules.MultilineText(text, TextMaxLength);
        return string.IsNullOrWhiteSpace(value) ? throw new DomainException(ErrorCodes.Required, "text") : value;
    }

    private static ProposalState Find(BoardState board, Guid proposalId) =>
        board.Proposals.Find(p => p.Id == proposalId) ?? throw new DomainException(ErrorCodes.NotFound, "proposal");
}
