using System.Collections.Concurrent;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Common;
using CommunityPlanning.Web.Meetings;
using Microsoft.AspNetCore.SignalR;

namespace CommunityPlanning.Web.Documents;

/// <summary>
/// This web server's subscriptions to the documents its clients have open: one grain observer per document,
/// renewed on a timer, relaying edits, carets and locks in order to the document's local SignalR group.
/// </summary>
public sealed class DocumentRelay(IGrainFactory grains, IHubContext<MeetingHub> hub, MeetingRelay meetings, ILogger<DocumentRelay> logger)
    : BackgroundService
{
    private readonly ConcurrentDictionary<Guid, Subscription> _subscriptions = new();

    public static string GroupName(Guid documentId) => $"document:{documentId:N}";

    public async Task Open(Guid documentId, string connectionId)
    {
        var subscription = _subscriptions.GetOrAdd(documentId, id => new Subscription(id, hub.Clients.Group(GroupName(id)), logger));
        await subscription.Gate.WaitAsync();
        try
        {
            if (subscription.Reference is null)
            {
                subscription.Reference = grains.CreateObjectReference<IDocumentObserver>(subscription);
                await Grain(documentId).Subscribe(meetings.ServerId, subscription.Reference);
            }

            subscription.Connections.Add(connectionId);
        }
        finally
        {
            subscription.Gate.Release();
        }
    }

    /// <summary>
    /// Completes once the <c>textEdited</c> event of a revision has been sent to the document's local group,
    /// so an author's acknowledgement never overtakes the edits sequenced before it (or its own event).
    /// Gives up after <paramref name="timeout"/>: the client then notices the gap and asks for the edits.
    /// </summary>
    public Task RelayedAsync(Guid documentId, Guid sectionId, long revision, TimeSpan timeout) =>
        _subscriptions.TryGetValue(documentId, out var subscription)
            ? subscription.RelayedAsync(sectionId, revision).WaitAsync(timeout).ContinueWith(_ => { }, TaskScheduler.Default)
            : Task.CompletedTask;

    public async Task Close(Guid documentId, string connectionId)
    {
        if (!_subscriptions.TryGetValue(documentId, out var subscription))
        {
            return;
        }

        await subscription.Gate.WaitAsync();
        try
        {
            if (subscription.Connections.Remove(connectionId) && subscription.Connections.Count == 0 && subscription.Reference is not null)
            {
                await Grain(documentId).Unsubscribe(meetings.ServerId);
                grains.DeleteObjectReference<IDocumentObserver>(subscription.Reference);
                subscription.Reference = null;
            }
        }
        finally
        {
            subscription.Gate.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(ObserverLease.RenewEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                foreach (var subscription in _subscriptions.Values)
                {
                    if (subscription.Reference is { } reference)
                    {
                        try
                        {
                            await Grain(subscription.DocumentId).Subscribe(meetings.ServerId, reference);
                        }
                        catch (Exception e)
                        {
                            logger.LogWarning(e, "Renewing the subscription to document {DocumentId} failed", subscription.DocumentId);
                        }
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private IVisionDocumentGrain Grain(Guid documentId) => grains.GetGrain<IVisionDocumentGrain>(documentId);

    private sealed class Subscription : IDocumentObserver
    {
        private readonly OrderedGroupSender<DocumentEvent> _sender;
        private readonly Dictionary<Guid, long> _relayed = [];
        private readonly List<(Guid Section, long Revision, TaskCompletionSource Done)> _waiting = [];

        public Subscription(Guid documentId, IClientProxy group, ILogger logger)
        {
            DocumentId = documentId;
            _sender = new(group, ToMessages, logger, Relayed);
        }

        public Guid DocumentId { get; }
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public HashSet<string> Connections { get; } = new(StringComparer.Ordinal);
        public IDocumentObserver? Reference { get; set; }

        public Task OnEvents(IReadOnlyList<DocumentEvent> events)
        {
            _sender.Enqueue(events);
            return Task.CompletedTask;
        }

        public Task RelayedAsync(Guid sectionId, long revision)
        {
            lock (_waiting)
            {
                if (_relayed.GetValueOrDefault(sectionId) >= revision)
                {
                    return Task.CompletedTask;
                }

                var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiting.Add((sectionId, revision, done));
                return done.Task;
            }
        }

        private void Relayed(DocumentEvent e)
        {
            if (e is not TextEdited { Edit: var edit })
            {
                return;
            }

            lock (_waiting)
            {
                _relayed[edit.SectionId] = Math.Max(_relayed.GetValueOrDefault(edit.SectionId), edit.Revision);
                foreach (var waiter in _waiting.Where(w => w.Section == edit.SectionId && w.Revision <= edit.Revision).ToList())
                {
                    waiter.Done.SetResult();
                    _waiting.Remove(waiter);
                }
            }
        }

        /// <summary>Consecutive edits travel as one <c>textEdits</c> message; everything else one by one, in order.</summary>
        private static IEnumerable<GroupMessage<DocumentEvent>> ToMessages(IReadOnlyList<DocumentEvent> events)
        {
            var edits = new List<DocumentEvent>();
            foreach (var e in events)
            {
                if (e is TextEdited)
                {
                    edits.Add(e);
                    continue;
                }

                if (edits.Count > 0)
                {
                    yield return Edits(edits);
                    edits = [];
                }

                yield return OrderedGroupSender<DocumentEvent>.One(e, ToMessage);
            }

            if (edits.Count > 0)
            {
                yield return Edits(edits);
            }
        }

        private static GroupMessage<DocumentEvent> Edits(List<DocumentEvent> edits) => new(
            ClientEvents.TextEdits,
            new TextEditsMessage(edits[0].DocumentId, [.. edits.Cast<TextEdited>().Select(t => TextEditedMessage.From(t.DocumentId, t.Edit))]),
            edits);

        private static (string, object)? ToMessage(DocumentEvent e) => e switch
        {
            CaretMoved c => (ClientEvents.CaretMoved, CaretMovedMessage.From(c)),
            LockChanged l => (ClientEvents.LockChanged, l),
            CommentChanged c => (ClientEvents.CommentChanged, c),
            WordingAdopted w => (ClientEvents.WordingAdopted, w),
            _ => null,
        };
    }
}
