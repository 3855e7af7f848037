using System.Xml.Linq;
using CommunityPlanning.Security;
using CommunityPlanning.Web.Security;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>What the key ring grain holds, as the database does.</summary>
public static class KeyRingAssert
{
    private static readonly XNamespace XmlEncryption = "http://www.w3.org/2001/04/xmlenc#";
    private static readonly XNamespace XmlSignature = "http://www.w3.org/2000/09/xmldsig#";

    public static async Task<IReadOnlyList<XElement>> KeysAsync(IGrainFactory grains) =>
        [.. (await grains.GetGrain<IKeyRingGrain>(GrainXmlRepository.GrainKey).GetElements()).Select(XElement.Parse).Where(e => e.Name == "key")];

    /// <summary>
    /// Every stored key's master key is only inside XML encryption (so not in the text at all), encrypted to the
    /// certificate given.
    /// </summary>
    public static async Task AllEncryptedAsync(IGrainFactory grains, byte[] certificate)
    {
        var keys = await KeysAsync(grains);
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            Assert.DoesNotContain(key.Descendants(), e => e.Name.LocalName == "masterKey");
            Assert.DoesNotContain("masterKey", key.ToString());
            var encrypted = Assert.Single(key.Descendants(XmlEncryption + "EncryptedData"));
            Assert.Equal(Convert.ToBase64String(certificate), encrypted.Descendants(XmlSignature + "X509Certificate").First().Value);
        }
    }
}
