using CommunityPlanning.Documents;
using CommunityPlanning.Web.Documents;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>One message the relay sent a read-only client: composed changes, or the document's snapshot.</summary>
public sealed record ViewerArrival(TextChangesMessage? Changes, DocumentSnapshot? Snapshot);

/// <summary>
/// What a read-only client of a document was sent, in arrival order: the snapshot it opened the document with,
/// then every <c>textChanges</c> and <c>documentSnapshot</c>. Whether that adds up to the document is checked
/// afterwards, against the edits the editors got (Documents/RelayChecks).
/// </summary>
public sealed class ViewerLog
{
    private readonly Lock _gate = new();
    private readonly List<ViewerArrival> _arrivals = [];
    private DocumentSnapshot? _opened;

    /// <summary>The answer to <c>OpenDocument</c>: where the client's copy starts.</summary>
    public DocumentSnapshot Opened
    {
        get { lock (_gate) { return _opened ?? throw new InvalidOperationException("the document was not opened"); } }
        set { lock (_gate) { _opened = value; } }
    }

    public IReadOnlyList<ViewerArrival> Arrivals { get { lock (_gate) { return [.. _arrivals]; } } }

    public void Add(TextChangesMessage changes)
    {
        lock (_gate)
        {
            _arrivals.Add(new(changes, null));
        }
    }

    public void Add(DocumentSnapshot snapshot)
    {
        lock (_gate)
        {
            _arrivals.Add(new(null, snapshot));
        }
    }

    /// <summary>The latest revision of the section it was told of (whether nothing before it is missing is checked apart).</summary>
    public long Reached(Guid sectionId)
    {
        lock (_gate)
        {
            var reached = _opened?.Sections.Single(s => s.SectionId == sectionId).Revision ?? 0;
            foreach (var arrival in _arrivals)
            {
                var latest = arrival.Changes is { } changes
                    ? changes.Changes.Where(c => c.SectionId == sectionId).Select(c => c.ToRevision).DefaultIfEmpty(0).Max()
                    : arrival.Snapshot!.Sections.Single(s => s.SectionId == sectionId).Revision;
                reached = Math.Max(reached, latest);
            }

            return reached;
        }
    }
}
