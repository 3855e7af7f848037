namespace CommunityPlanning.Voting;

/// <summary>
/// The standard options of an opinion poll. A poll created with them in either language is stored with the Czech
/// labels and <see cref="PollDraft.StandardOptions"/>, so each viewer, the minutes and the CSV show them in their
/// own language (UI texts <c>poll.opinion.0</c>–<c>2</c>); other labels stay exactly as written.
/// </summary>
public static class StandardOpinions
{
    public static readonly IReadOnlyList<string> Czech = ["doporučuji", "nedoporučuji", "zdržuji se"];

    private static readonly IReadOnlyList<string> English = ["recommend", "do not recommend", "abstain"];

    public static bool Are(PollKind kind, IReadOnlyList<string> options) =>
        kind == PollKind.YesNoAbstain && (Same(options, Czech) || Same(options, English));

    private static bool Same(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count == b.Count && a.Zip(b).All(p => string.Equals(p.First, p.Second, StringComparison.CurrentCultureIgnoreCase));
}
