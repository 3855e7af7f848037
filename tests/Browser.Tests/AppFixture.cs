using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// The real web application and Debian's Chromium (<see cref="BrowserApp"/>), one of each for all browser tests.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    public const string DemoEmail = BrowserApp.DemoEmail;
    public const string DemoPassword = BrowserApp.DemoPassword;

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"cp-browser-{Guid.NewGuid():N}");
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>axe-core, from the client's devDependencies.</summary>
    public string AxeSource { get; private set; } = "";

    public async Task InitializeAsync()
    {
        AxeSource = await File.ReadAllTextAsync(Path.Combine(BrowserApp.RepositoryRoot, "Web", "Client", "node_modules", "axe-core", "axe.min.js"));
        (_app, BaseUrl) = await BrowserApp.StartAsync(_dataDirectory);
        _playwright = await Playwright.CreateAsync();
        Browser = await BrowserApp.LaunchChromiumAsync(_playwright);
        Assertions.SetDefaultExpectTimeout(20_000);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>One app and one browser for every browser test class; the classes run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
