using Orleans.Concurrency;

namespace CommunityPlanning.Documents;

/// <summary>Implemented by each web server's relay for the documents its clients have open.</summary>
[Alias("cp.IDocumentObserver")]
public interface IDocumentObserver : IGrainObserver
{
    [Alias("OnEvent"), OneWay]
    Task OnEvent(DocumentEvent documentEvent);
}
