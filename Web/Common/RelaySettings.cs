namespace CommunityPlanning.Web.Common;

/// <summary>Bound from the <c>Relay</c> configuration section: how this web server relays documents and meetings.</summary>
public sealed class RelaySettings
{
    public const string Section = "Relay";

    public static RelaySettings From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).Get<RelaySettings>() ?? new RelaySettings();
        return settings.MaxQueuedRounds >= 1
            ? settings
            : throw new InvalidOperationException($"{Section}:{nameof(MaxQueuedRounds)} must be at least 1, not {settings.MaxQueuedRounds}.");
    }

    /// <summary>
    /// How many relay rounds may wait in one connection's outbox while its client is not reading; past that the
    /// queue is dropped and the client gets one catch-up message once it reads again (a document's snapshot, a
    /// meeting's <c>meetingResync</c>). Bounds the memory one stalled client costs (the rounds' messages are
    /// shared, so a round costs little more than a reference).
    /// </summary>
    public int MaxQueuedRounds { get; set; } = 64;
}
