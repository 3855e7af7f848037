using System.Xml.Linq;
using CommunityPlanning.Security;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace CommunityPlanning.Web.Security;

/// <summary>
/// At start, after the silo or the cluster client: says how the key ring is protected when the operator should
/// act, and encrypts the keys stored before there was a certificate. Those are still read as they are; left in
/// plain text, the key in use would go on signing cookies readable from the database until it expires (90 days).
/// </summary>
internal sealed class KeyRingAtRest(
    KeyRingCertificate certificate,
    IOptions<KeyManagementOptions> keyManagement,
    IGrainFactory grains,
    ILogger<KeyRingAtRest> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Report();
        if (keyManagement.Value.XmlEncryptor is not { } encryptor)
        {
            return;
        }

        var keyRing = grains.GetGrain<IKeyRingGrain>(GrainXmlRepository.GrainKey);
        foreach (var stored in await keyRing.GetElements())
        {
            if (PlaintextKeys.Encrypt(XElement.Parse(stored), encryptor) is { } encrypted
                && await keyRing.ReplaceElement(stored, encrypted.ToString(SaveOptions.DisableFormatting)))
            {
                logger.LogWarning(
                    "Encrypted the Data Protection key {KeyId}, stored unencrypted before: whoever read the database until now may hold it until it expires at {Expiration}.",
                    encrypted.Attribute("id")?.Value, encrypted.Element("expirationDate")?.Value);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Report()
    {
        switch (certificate.Source)
        {
            case KeyRingCertificateSource.Generated:
                logger.LogWarning(
                    "The Data Protection keys (sign-in cookies, participant tickets) are encrypted with a self-signed certificate {Created} beside the database: {Path}. " +
                    "A copy of the database alone does not give them away, a copy of the whole folder does. To keep the certificate elsewhere, set " +
                    "DataProtection:CertificatePath to a PFX file with its private key and DataProtection:CertificatePassword.",
                    certificate.CreatedNow ? "made now" : "made at an earlier start", certificate.Path);
                break;
            case KeyRingCertificateSource.None:
                logger.LogWarning(
                    "The Data Protection keys (sign-in cookies, participant tickets) are stored unencrypted in the database: whoever reads it can forge them. " +
                    "Give every web server the same certificate: DataProtection:CertificatePath (a PFX file with its private key) and DataProtection:CertificatePassword.");
                break;
        }
    }
}
