using System.Xml.Linq;
using CommunityPlanning.Security;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CommunityPlanning.Web.Security;

/// <summary>
/// Data Protection keys in grain storage: every web server of a cluster decrypts the same cookies and
/// participant tickets, and keys survive restarts. The interface is synchronous; it is called rarely
/// (key ring refresh, about once a day, and key creation).
/// </summary>
public sealed class GrainXmlRepository(IGrainFactory grains) : IXmlRepository
{
    /// <summary>The key of the one <see cref="IKeyRingGrain"/>.</summary>
    public const string GrainKey = "data-protection";

    private IKeyRingGrain KeyRing => grains.GetGrain<IKeyRingGrain>(GrainKey);

    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. KeyRing.GetElements().GetAwaiter().GetResult().Select(XElement.Parse)];

    public void StoreElement(XElement element, string friendlyName) =>
        KeyRing.StoreElement(element.ToString(SaveOptions.DisableFormatting)).GetAwaiter().GetResult();
}
