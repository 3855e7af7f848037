using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>A self-signed RSA certificate written as a PFX file, as an operator would give one to the web servers.</summary>
public static class TestCertificate
{
    public const string Password = "heslo-certifikátu";

    /// <summary>Writes the PFX (with <see cref="Password"/>) and returns the certificate's DER bytes.</summary>
    public static byte[] WritePfx(string path)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Test key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return certificate.RawData;
    }
}
