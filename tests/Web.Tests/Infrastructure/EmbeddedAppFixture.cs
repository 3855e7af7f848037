using CommunityPlanning.Web.Accounts;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>One embedded web application shared by a test class.</summary>
public class EmbeddedAppFixture : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"cp-web-tests-{Guid.NewGuid():N}");
    private readonly string[] _settings;

    public EmbeddedAppFixture()
        : this([])
    {
    }

    /// <param name="settings">Settings of the application under test beyond the defaults (a derived fixture's).</param>
    protected EmbeddedAppFixture(string[] settings) => _settings = settings;

    public WebAppHost Host { get; private set; } = null!;

    public ApiClient NewClient() => new(Host.BaseUri);

    public async Task<ApiClient> SignedInAdminAsync()
    {
        var client = NewClient();
        await client.SignInAsync(TestAccounts.AdminEmail, TestAccounts.AdminPassword);
        return client;
    }

    /// <summary>A new organizer account that is not an administrator, signed in.</summary>
    public async Task<ApiClient> SignedInOrganizerAsync(string name = "Jiný organizátor")
    {
        var email = $"organizator-{Guid.NewGuid():N}@obec.example";
        await AccountBootstrap.EnsureAccountAsync(Host.Grains, email, name, TestAccounts.OrganizerPassword, isAdministrator: false);
        var client = NewClient();
        await client.SignInAsync(email, TestAccounts.OrganizerPassword);
        return client;
    }

    public async Task InitializeAsync() => Host = await WebAppHost.StartEmbeddedAsync(_data, _settings);

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }
}
