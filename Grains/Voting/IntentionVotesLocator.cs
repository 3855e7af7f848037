using CommunityPlanning.Intentions;

namespace CommunityPlanning.Voting;

/// <summary>
/// Where the meeting side finds an intention. A service rather than a direct <c>GetGrain</c> so grain tests can
/// put a stand-in intention there (the procedure's own grain is another feature's).
/// </summary>
public interface IIntentionVotesLocator
{
    IIntentionVotes Find(Guid intentionId);
}

public sealed class IntentionVotesLocator(IGrainFactory grains) : IIntentionVotesLocator
{
    public IIntentionVotes Find(Guid intentionId) => grains.GetGrain<IIntentionVotes>(intentionId);
}
