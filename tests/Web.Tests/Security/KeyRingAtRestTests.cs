using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using CommunityPlanning.Security;
using CommunityPlanning.Web.Security;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlanning.Web.Tests.Security;

/// <summary>
/// The Data Protection keys (which sign organizer cookies and participant tickets) are stored encrypted with a
/// certificate: reading the database is not enough to forge either.
/// </summary>
public sealed class KeyRingAtRestTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"cp-keyring-tests-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Fact]
    public async Task Embedded_without_a_certificate_makes_one_beside_the_database_and_a_cookie_survives_a_restart()
    {
        ApiClient organizer;
        await using (var first = await WebAppHost.StartEmbeddedAsync(_data))
        {
            organizer = new ApiClient(first.BaseUri);
            await organizer.SignInAsync(TestAccounts.AdminEmail, TestAccounts.AdminPassword);
            var generated = Path.Combine(_data, DataProtectionSettings.GeneratedCertificateFile);
            using var certificate = X509CertificateLoader.LoadPkcs12FromFile(generated, password: null);
            await KeyRingAssert.AllEncryptedAsync(first.Grains, certificate.RawData);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(generated));
            }
        }

        await using var second = await WebAppHost.StartEmbeddedAsync(_data);
        using var again = WithCookiesOf(organizer, second.BaseUri);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/working-groups")).StatusCode);
        organizer.Dispose();
    }

    [Fact]
    public async Task A_configured_certificate_encrypts_the_keys_and_none_is_made()
    {
        var pfx = Path.Combine(_data, "elsewhere", "key-ring.pfx");
        var certificate = TestCertificate.WritePfx(pfx);
        await using var host = await WebAppHost.StartEmbeddedAsync(Path.Combine(_data, "db"),
            $"--DataProtection:CertificatePath={pfx}", $"--DataProtection:CertificatePassword={TestCertificate.Password}");
        using var organizer = new ApiClient(host.BaseUri);
        await organizer.SignInAsync(TestAccounts.AdminEmail, TestAccounts.AdminPassword);

        await KeyRingAssert.AllEncryptedAsync(host.Grains, certificate);
        Assert.False(File.Exists(Path.Combine(_data, "db", DataProtectionSettings.GeneratedCertificateFile)));
    }

    [Fact]
    public async Task A_key_stored_unencrypted_before_is_still_read_and_is_encrypted_at_the_next_start()
    {
        // A key as this application stored them before: Data Protection without a certificate.
        var legacy = new MemoryXmlRepository();
        var services = new ServiceCollection().AddLogging();
        services.AddDataProtection().SetApplicationName("CommunityPlanning");
        services.Configure<KeyManagementOptions>(o => o.XmlRepository = legacy);
        await using var legacyProvider = services.BuildServiceProvider();
        var meetingId = Guid.NewGuid();
        var participantId = Guid.NewGuid();
        var ticket = new ParticipantTickets(legacyProvider.GetRequiredService<IDataProtectionProvider>(), TimeProvider.System).Issue(meetingId, participantId);
        var legacyKey = Assert.Single(legacy.GetAllElements());
        Assert.Contains("masterKey", legacyKey.ToString());

        await using (var before = await WebAppHost.StartEmbeddedAsync(_data))
        {
            await before.Grains.GetGrain<IKeyRingGrain>(GrainXmlRepository.GrainKey).StoreElement(legacyKey.ToString(SaveOptions.DisableFormatting));
        }

        await using var after = await WebAppHost.StartEmbeddedAsync(_data);
        Assert.Equal(participantId, after.Services.GetRequiredService<ParticipantTickets>().Read(ticket, meetingId));
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(_data, DataProtectionSettings.GeneratedCertificateFile), password: null);
        await KeyRingAssert.AllEncryptedAsync(after.Grains, certificate.RawData);
        Assert.Contains(await KeyRingAssert.KeysAsync(after.Grains), k => k.Attribute("id")?.Value == legacyKey.Attribute("id")?.Value);
    }

    [Fact]
    public void Cluster_mode_without_a_certificate_makes_none_and_is_reported()
    {
        var resolved = KeyRingCertificate.Resolve(Settings("--Hosting:Mode=Client", $"--Storage:DataDirectory={_data}"));

        Assert.Equal((null, KeyRingCertificateSource.None), (resolved.Certificate, resolved.Source));
        Assert.False(Directory.Exists(_data)); // nothing made in the data folder
    }

    [Fact]
    public void A_certificate_that_cannot_be_read_stops_the_start_with_the_setting_named()
    {
        var pfx = Path.Combine(_data, "key-ring.pfx");
        TestCertificate.WritePfx(pfx);

        var wrongPassword = Assert.Throws<InvalidOperationException>(() => KeyRingCertificate.Resolve(
            Settings($"--DataProtection:CertificatePath={pfx}", "--DataProtection:CertificatePassword=jiné-heslo")));
        var missing = Assert.Throws<InvalidOperationException>(() => KeyRingCertificate.Resolve(
            Settings($"--DataProtection:CertificatePath={pfx}.missing")));

        Assert.Contains("DataProtection:CertificatePath", wrongPassword.Message);
        Assert.Contains("DataProtection:CertificatePath", missing.Message);
    }

    private static IConfiguration Settings(params string[] args) => new ConfigurationBuilder().AddCommandLine(args).Build();

    private static ApiClient WithCookiesOf(ApiClient source, Uri baseUri)
    {
        var client = new ApiClient(baseUri);
        foreach (Cookie cookie in source.Cookies.GetCookies(source.BaseUri))
        {
            client.Cookies.Add(baseUri, new Cookie(cookie.Name, cookie.Value));
        }

        return client;
    }

    private sealed class MemoryXmlRepository : IXmlRepository
    {
        private readonly List<XElement> _elements = [];

        public IReadOnlyCollection<XElement> GetAllElements() => [.. _elements];

        public void StoreElement(XElement element, string friendlyName) => _elements.Add(element);
    }
}
