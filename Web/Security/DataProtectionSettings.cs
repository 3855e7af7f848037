namespace CommunityPlanning.Web.Security;

/// <summary>
/// Bound from the <c>DataProtection</c> section: the certificate that encrypts the Data Protection key ring in
/// storage. Whoever holds the keys can forge organizer cookies and participant tickets, so the database alone
/// must not give them away.
/// </summary>
public sealed class DataProtectionSettings
{
    public const string Section = "DataProtection";

    /// <summary>The name of the certificate made in the data folder when none is configured (embedded mode only).</summary>
    public const string GeneratedCertificateFile = "data-protection.pfx";

    public static DataProtectionSettings From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<DataProtectionSettings>() ?? new DataProtectionSettings();

    /// <summary>A PFX (PKCS #12) file with an RSA certificate and its private key; every web server uses the same.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }
}
