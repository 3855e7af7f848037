using Microsoft.AspNetCore.DataProtection;

namespace CommunityPlanning.Web.Security;

public static class KeyRingProtection
{
    /// <summary>
    /// Encrypts the key ring with the certificate of <see cref="KeyRingCertificate.Resolve"/> before it is stored.
    /// Given as an instance, the certificate is also Data Protection's decryption certificate, so reading the keys
    /// back needs no certificate store (on Linux a PFX file is in none).
    /// </summary>
    public static IDataProtectionBuilder ProtectKeyRingAtRest(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        var certificate = KeyRingCertificate.Resolve(configuration);
        if (certificate.Certificate is { } x509)
        {
            builder.ProtectKeysWithCertificate(x509);
        }

        builder.Services.AddSingleton(certificate);
        builder.Services.AddHostedService<KeyRingAtRest>();
        return builder;
    }
}
