namespace CommunityPlanning.Documents;

/// <summary>
/// Implemented by each web server's relay for the documents its clients have open; receives the
/// document's events in order. The grain sends the next batch only after this call returns.
/// </summary>
[Alias("cp.IDocumentObserver")]
public interface IDocumentObserver : IGrainObserver
{
    [Alias("OnEvents")]
    Task OnEvents(IReadOnlyList<DocumentEvent> events);
}
