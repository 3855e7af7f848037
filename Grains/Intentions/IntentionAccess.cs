using CommunityPlanning.Common;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Intentions;

/// <summary>
/// Who may act on an intention: administrators (the KPSS coordinator) run the procedure, the provider holds the
/// current link, and a group's managers read what was submitted to their group.
/// </summary>
public static class IntentionAccess
{
    public static Guid RequireAdministrator(Actor actor) =>
        actor is { IsAdministrator: true, AccountId: { } id } ? id : throw new DomainException(ErrorCodes.Forbidden);

    /// <summary>The provider by the hash of the link they hold: only the current one, and only while the call is open.</summary>
    public static void RequireProvider(StoredIntention intention, string linkHash)
    {
        if (intention.LinkHash != linkHash)
        {
            throw new DomainException(IntentionErrorCodes.LinkRevoked);
        }

        if (intention.Terms.Closed)
        {
            throw new DomainException(IntentionErrorCodes.LinkExpired);
        }
    }

    public static async Task AuthorizeReader(IGrainFactory grains, StoredIntention intention, Actor actor)
    {
        if (actor.IsAdministrator && actor.AccountId is not null)
        {
            return;
        }

        // A group's managers read what was submitted to their group; drafts are the provider's until submitted.
        if (actor.AccountId is null || intention.State == IntentionState.Draft || intention.WorkingGroupId is not { } group)
        {
            throw new DomainException(ErrorCodes.Forbidden);
        }

        await grains.GetGrain<IWorkingGroupGrain>(group).AuthorizeManager(actor);
    }
}
