using CommunityPlanning.Common;

namespace CommunityPlanning.WorkingGroups;

/// <summary>What a member's entry must look like: a name, an optional organisation with a valid IČO, a few declared interests, and whether the public sees the name.</summary>
public static class MemberRules
{
    public const int MaxInterests = 20;

    /// <summary>The member as stored under <paramref name="id"/>; a wrong IČO is <c>validation.invalid_value</c> ("ico").</summary>
    public static GroupMember Validated(GroupMember member, Guid id)
    {
        var interests = member.Interests ?? [];
        if (interests.Count > MaxInterests)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {MaxInterests} interests");
        }

        return new GroupMember(
            TextRules.Name(member.Name),
            TextRules.OptionalName(member.Organization),
            OptionalIco(member.Ico),
            [.. interests.Select(Interest).DistinctBy(i => (i.Ico, i.Name?.ToUpperInvariant()))],
            id,
            member.ShowName);
    }

    private static DeclaredInterest Interest(DeclaredInterest interest)
    {
        var valid = new DeclaredInterest(OptionalIco(interest.Ico), TextRules.OptionalName(interest.Name));
        return valid is { Ico: null, Name: null } ? throw new DomainException(ErrorCodes.Required, "interest: IČO or name") : valid;
    }

    private static string? OptionalIco(string? value)
    {
        var ico = Ico.Normalize(value);
        return ico is null || Ico.IsValid(ico) ? ico : throw new DomainException(ErrorCodes.InvalidValue, "ico");
    }
}
