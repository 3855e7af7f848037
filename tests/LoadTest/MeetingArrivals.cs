using System.Text.Json;
using CommunityPlanning.Web.Meetings;

namespace CommunityPlanning.LoadTest;

/// <summary>The event numbers (<c>seq</c>) of the facilitator's actions' events (the facilitation load).</summary>
public sealed class MeetingArrivals : IArrivalReader
{
    public static readonly IReadOnlySet<string> Events = new HashSet<string>(StringComparer.Ordinal)
        { ClientEvents.AgendaChanged, ClientEvents.TimerChanged, ClientEvents.SpeakersChanged, ClientEvents.FocusChanged };

    public void Read(ref Utf8JsonReader reader, string target, Arrivals arrivals)
    {
        var depth = reader.CurrentDepth;
        var recorded = Events.Contains(target);
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            // The event's own number: a property of the argument itself (depth + 2), not of something inside it.
            if (recorded && reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == depth + 2 && reader.ValueTextEquals("seq"u8))
            {
                reader.Read();
                arrivals.Record(reader.GetInt64());
            }
        }
    }
}
