using CommunityPlanning.Documents;
using CommunityPlanning.Web.Common;
using CommunityPlanning.Web.Meetings;

namespace CommunityPlanning.Web.Documents;

/// <summary>
/// This web server's subscriptions to the documents its clients have open: one per document
/// (<see cref="Relay{TObserver,TFanOut}"/>: renewed on a timer, removed with the document's last local connection),
/// relaying edits, carets and locks in order to each local connection that has it open (in rounds, see
/// <see cref="DocumentFanOut"/> and <see cref="RelayPump"/>; each connection through its own <see cref="ConnectionOutbox"/>).
/// </summary>
public sealed class DocumentRelay(
    IGrainFactory grains, HubConnections<MeetingHub> connections, MeetingRelay meetings, RelaySettings settings, RelayTally tally, ILogger<DocumentRelay> logger)
    : Relay<IDocumentObserver, DocumentFanOut>(grains, logger)
{
    /// <param name="viewer">The connection cannot edit the document: it gets composed changes instead of every edit.</param>
    public Task Open(Guid documentId, string connectionId, bool viewer)
    {
        var connection = connections.Find(connectionId) ?? throw new InvalidOperationException($"connection {connectionId} is not open");
        return HoldAsync(documentId, connectionId, fanOut =>
        {
            fanOut.Add(connection, viewer);
            return Task.FromResult(true);
        });
    }

    /// <summary>
    /// Completes once the event of a revision has been handed to every local connection of the document,
    /// so an author's acknowledgement never overtakes the edits sequenced before it (or its own event).
    /// Gives up after <paramref name="timeout"/>: the client then notices the gap and asks for the edits.
    /// </summary>
    public Task RelayedAsync(Guid documentId, Guid sectionId, long revision, TimeSpan timeout) =>
        Find(documentId) is { } fanOut
            ? fanOut.RelayedAsync(sectionId, revision).WaitAsync(timeout).ContinueWith(_ => { }, TaskScheduler.Default)
            : Task.CompletedTask;

    public Task Close(Guid documentId, string connectionId) => LetGoAsync(documentId, connectionId);

    /// <summary>The outboxes of a document's local connections, for looking at how far behind each is.</summary>
    internal IReadOnlyList<ConnectionOutbox> Outboxes(Guid documentId) => Find(documentId)?.Outboxes ?? [];

    protected override DocumentFanOut NewFanOut(Guid id) => new(() => Grain(id).Open(), settings.MaxQueuedRounds, tally.Documents, Logger);

    protected override Task Subscribe(Guid id, IDocumentObserver reference, DocumentFanOut fanOut) =>
        Grain(id).Subscribe(meetings.ServerId, reference);

    protected override Task Unsubscribe(Guid id) => Grain(id).Unsubscribe(meetings.ServerId);

    private IVisionDocumentGrain Grain(Guid documentId) => Grains.GetGrain<IVisionDocumentGrain>(documentId);
}
