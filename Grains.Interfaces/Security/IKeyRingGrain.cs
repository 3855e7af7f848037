namespace CommunityPlanning.Security;

/// <summary>
/// The ASP.NET Core Data Protection key ring, kept in grain storage so that every web server of a cluster
/// reads the same keys: a cookie or participant ticket issued by one server is valid on all.
/// </summary>
[Alias("cp.IKeyRingGrain")]
public interface IKeyRingGrain : IGrainWithStringKey
{
    [Alias("GetElements")]
    Task<IReadOnlyList<string>> GetElements();

    [Alias("StoreElement")]
    Task StoreElement(string xml);

    /// <summary>Replaces a stored element by another (a key's secret encrypted); false when it is not stored (any more).</summary>
    [Alias("ReplaceElement")]
    Task<bool> ReplaceElement(string stored, string replacement);
}
