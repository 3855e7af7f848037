using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Voting;

/// <summary>
/// Which members of a group have an interest in the providers of a poll's intentions: their own organisation (same
/// IČO, or the same name) or a declared interest (by IČO or name). For a block decision, the union over its providers.
/// </summary>
public static class IntentionInterests
{
    public static IReadOnlyList<RecusedMember> Proposed(IReadOnlyList<GroupMember> members, IReadOnlyList<IntentionRef> intentions) =>
        [.. members
            .Select(m => (Member: m, Reason: intentions.Select(i => ReasonOf(m, i)).Where(r => r is not null).Min()))
            .Where(x => x.Reason is not null)
            .Select(x => RecusedMember.Of(x.Member, x.Reason!.Value))];

    public static RecusalReason? ReasonOf(GroupMember member, IntentionRef intention)
    {
        if (SameIco(member.Ico, intention.ProviderIco) || SameName(member.Organization, intention.ProviderName))
        {
            return RecusalReason.Organization;
        }

        return (member.Interests ?? []).Any(i => SameIco(i.Ico, intention.ProviderIco) || SameName(i.Name, intention.ProviderName))
            ? RecusalReason.DeclaredInterest
            : null;
    }

    private static bool SameIco(string? a, string? b) => !string.IsNullOrEmpty(a) && a == b;

    private static bool SameName(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && Simple(a) == Simple(b);

    // People write "Diakonie ČCE – středisko" and "diakonie čce  – středisko": case and spacing do not tell providers apart.
    private static string Simple(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
