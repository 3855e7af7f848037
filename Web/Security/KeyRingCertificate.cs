using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CommunityPlanning.Hosting;
using CommunityPlanning.Web.Hosting;

namespace CommunityPlanning.Web.Security;

/// <summary>Where the key ring's certificate came from, for the warning at start.</summary>
public enum KeyRingCertificateSource
{
    /// <summary><c>DataProtection:CertificatePath</c>.</summary>
    Configured,

    /// <summary>Embedded mode without one: a self-signed certificate in the data folder.</summary>
    Generated,

    /// <summary>Cluster mode without one: the keys are stored unencrypted.</summary>
    None,
}

/// <summary>The certificate that encrypts the Data Protection keys before they are stored, if any.</summary>
public sealed record KeyRingCertificate(X509Certificate2? Certificate, KeyRingCertificateSource Source, string? Path, bool CreatedNow)
{
    public static KeyRingCertificate Resolve(IConfiguration configuration)
    {
        var settings = DataProtectionSettings.From(configuration);
        if (!string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            var path = System.IO.Path.GetFullPath(settings.CertificatePath);
            return new(Load(path, settings.CertificatePassword), KeyRingCertificateSource.Configured, path, CreatedNow: false);
        }

        // Web servers of a cluster each made their own certificate, none could read the others' keys: only the
        // operator can give them one to share.
        if (HostingSettings.From(configuration).Mode == HostingMode.Client)
        {
            return new(null, KeyRingCertificateSource.None, null, CreatedNow: false);
        }

        var generated = System.IO.Path.GetFullPath(System.IO.Path.Combine(
            configuration.GetStorageSettings().DataDirectory, DataProtectionSettings.GeneratedCertificateFile));
        var created = CreateIfMissing(generated);
        return new(Load(generated, password: null), KeyRingCertificateSource.Generated, generated, created);
    }

    private static X509Certificate2 Load(string path, string? password)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"{DataProtectionSettings.Section}:{nameof(DataProtectionSettings.CertificatePath)}: cannot read {path} as a PFX file with {DataProtectionSettings.Section}:{nameof(DataProtectionSettings.CertificatePassword)}: {e.Message}", e);
        }

        // The keys are encrypted to the certificate's RSA public key (XML encryption) and read back with its private key.
        using var rsa = certificate.GetRSAPrivateKey();
        return rsa is not null
            ? certificate
            : throw new InvalidOperationException($"{path} holds no RSA private key: Data Protection needs one to read the keys it encrypts.");
    }

    /// <summary>A self-signed RSA certificate in a file only this user may read, unless the file is there.</summary>
    private static bool CreateIfMissing(string path)
    {
        if (File.Exists(path))
        {
            return false;
        }

        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=CommunityPlanning Data Protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment, critical: true));
        // Data Protection does not look at the validity period; a long one only avoids a misleading "expired".
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(100));
        var pfx = certificate.Export(X509ContentType.Pfx);

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var file = new FileStream(path, options);
        file.Write(pfx);
        return true;
    }
}
