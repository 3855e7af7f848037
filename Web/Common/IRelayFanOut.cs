namespace CommunityPlanning.Web.Common;

/// <summary>
/// What a relay subscription does with its grain's events on this web server: the local connections and the loops
/// that send the events to them, in the grain's order (a meeting's one loop, a document's lanes). The same object is
/// the grain observer that takes the events in. It starts nothing when made; <see cref="Start"/> starts the loops
/// and <see cref="Complete"/> ends them, once the subscription's last connection has left.
/// </summary>
public interface IRelayFanOut
{
    /// <summary>Starts the loops and returns them; each ends after <see cref="Complete"/>.</summary>
    IReadOnlyList<Task> Start();

    /// <summary>Stops relaying to a connection; false if it was not here.</summary>
    bool Remove(string connectionId);

    /// <summary>Takes no more events: the loops end once they have sent what was queued.</summary>
    void Complete();
}
