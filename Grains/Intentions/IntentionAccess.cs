using CommunityPlanning.Common;

namespace CommunityPlanning.Intentions;

/// <summary>Who runs the procedure: administrators (the KPSS coordinator) only.</summary>
public static class IntentionAccess
{
    public static Guid RequireAdministrator(Actor actor) =>
        actor is { IsAdministrator: true, AccountId: { } id } ? id : throw new DomainException(ErrorCodes.Forbidden);
}
