using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace CommunityPlanning.Web.Security;

/// <summary>
/// Encrypts the secrets of a key element stored before the key ring had a certificate, the way Data Protection
/// writes a new key: each element marked <c>requiresEncryption</c> (the <c>masterKey</c>) becomes an
/// <c>encryptedSecret</c> naming the decryptor, around the encryptor's output. Data Protection reads such a key
/// as one it wrote itself.
/// </summary>
public static class PlaintextKeys
{
    private static readonly XNamespace DataProtection = "http://schemas.asp.net/2015/03/dataProtection";
    private static readonly XName RequiresEncryption = DataProtection + "requiresEncryption";
    private static readonly XName EncryptedSecret = DataProtection + "encryptedSecret";

    /// <summary>The element with its secrets encrypted, or null when it holds none in plain text.</summary>
    public static XElement? Encrypt(XElement element, IXmlEncryptor encryptor)
    {
        var copy = new XElement(element);
        var secrets = copy.Descendants().Where(e => (bool?)e.Attribute(RequiresEncryption) == true).ToList();
        if (secrets.Count == 0)
        {
            return null;
        }

        foreach (var secret in secrets)
        {
            var encrypted = encryptor.Encrypt(secret);
            secret.ReplaceWith(new XElement(EncryptedSecret,
                new XAttribute("decryptorType", encrypted.DecryptorType.AssemblyQualifiedName!),
                encrypted.EncryptedElement));
        }

        return copy;
    }
}
