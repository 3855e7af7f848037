using CommunityPlanning.Meetings;

namespace CommunityPlanning.Voting;

/// <summary>
/// The words of intention items and polls, stored in Czech like every programme item and question (the minutes are
/// Czech); the client names the decision options in the viewer's language by their order.
/// </summary>
public static class IntentionPollDrafts
{
    /// <summary>The steering group's options, in the order of <see cref="Intentions.SteeringDecision"/>.</summary>
    public static readonly IReadOnlyList<string> DecisionOptions = ["schválit", "zamítnout", "vrátit"];

    public static string ItemTitle(IReadOnlyList<IntentionRef> intentions) => Cut(intentions.Count == 1
        ? $"Rozvojový záměr: {Name(intentions[0])}"
        : $"Rozvojové záměry: {string.Join("; ", intentions.Select(Name))}", AgendaEditing.TitleMaxLength);

    public static PollDraft Draft(IntentionPollKind kind, IReadOnlyList<IntentionRef> intentions, int quorum) => kind switch
    {
        IntentionPollKind.Opinion => new PollDraft(
            Cut($"Stanovisko k rozvojovému záměru: {Name(intentions[0])}", PollRules.QuestionMaxLength),
            PollKind.YesNoAbstain, StandardOpinions.Czech, Secret: false, LiveResults: true, Quorum: quorum),
        _ => new PollDraft(
            Cut(intentions.Count == 1
                ? $"Rozhodnutí o rozvojovém záměru: {Name(intentions[0])}"
                : $"Blokové rozhodnutí o rozvojových záměrech: {string.Join("; ", intentions.Select(Name))}", PollRules.QuestionMaxLength),
            PollKind.SingleChoice, DecisionOptions, Secret: false, LiveResults: true, Quorum: quorum),
    };

    private static string Name(IntentionRef i) => $"{i.ProviderName} – {i.ServiceName}";

    private static string Cut(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
