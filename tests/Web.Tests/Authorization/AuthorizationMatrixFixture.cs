using CommunityPlanning.Web.Tests.Infrastructure;

namespace CommunityPlanning.Web.Tests.Authorization;

/// <summary>
/// The application with every endpoint mapped (the dashboard too, which is off by default), with the cast and the
/// shared world made once for both halves of the matrix.
/// </summary>
public sealed class AuthorizationMatrixFixture() : EmbeddedAppFixture(["--Dashboard:Enabled=true"]), IAsyncLifetime
{
    private Task<(Cast Cast, World Shared)>? _setUp;

    public Task<(Cast Cast, World Shared)> SetUpAsync() => _setUp ??= CreateAsync();

    private async Task<(Cast, World)> CreateAsync()
    {
        var cast = await Cast.CreateAsync(this);
        return (cast, await World.CreateAsync(cast));
    }

    Task IAsyncLifetime.InitializeAsync() => InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_setUp is { IsCompletedSuccessfully: true })
        {
            await (await _setUp).Shared.DisposeAsync();
        }

        await DisposeAsync();
    }
}
