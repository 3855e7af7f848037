using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CommunityPlanning.LoadTest.Floor;

/// <summary>
/// The floor of the stack: a bare SignalR hub that relays every key to every connection, with nothing behind it
/// (no grains, no storage, no OT, no authorization) and Kestrel set up as the application's is.
/// </summary>
public sealed class FloorHub : Hub
{
    public const string Path = "/floor";
    public const string KeyEvent = "key";

    public Task Key(int writer, long seq) => Clients.All.SendAsync(KeyEvent, writer, seq);

    public static WebApplication Create()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.WebHost.UseSockets(o => o.UnsafePreferInlineScheduling = true);
        builder.Services.AddSignalR();
        var app = builder.Build();
        app.UseWebSockets();
        app.MapHub<FloorHub>(Path);
        return app;
    }
}
