using CommunityPlanning.Web.Common;
using CommunityPlanning.Web.Meetings;

namespace CommunityPlanning.Web.Security;

/// <summary>
/// Closes the hub connections of organizer sessions that ended (signed out, deactivated, password reset) even when
/// they only listen. Organizers are few, so one check per session every few seconds costs little.
/// </summary>
public sealed class OrganizerConnectionSweep(HubConnections<MeetingHub> connections, IGrainFactory grains, ILogger<OrganizerConnectionSweep> logger)
    : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Checking organizers' sessions failed: {Error}", e.Message);
            }
        }
    }

    public async Task SweepAsync()
    {
        var sessions = connections.All
            .Where(c => c.User.Identity?.IsAuthenticated == true)
            .GroupBy(c => (OrganizerClaims.Email(c.User), OrganizerClaims.SessionToken(c.User)));
        foreach (var session in sessions)
        {
            if (await OrganizerSessions.ValidateAsync(grains, session.First().User) is null)
            {
                foreach (var connection in session)
                {
                    connection.Abort();
                }
            }
        }
    }
}
