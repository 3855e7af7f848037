using System.Text;
using CommunityPlanning.Web.Meetings;

namespace CommunityPlanning.Web.Contract;

/// <summary>The events the hub sends, from <see cref="ClientEvents.Payloads"/>: their names and what each carries.</summary>
public static class EventContract
{
    public static string TypeScript(TypeScriptTypes types)
    {
        var text = new StringBuilder("/** Names of the events the hub sends (Web/Meetings/ClientEvents.cs). */\nexport const ClientEvents = {\n");
        foreach (var name in ClientEvents.Payloads.Keys)
        {
            text.Append("  ").Append(char.ToUpperInvariant(name[0])).Append(name[1..]).Append(": \"").Append(name).Append("\",\n");
        }

        text.Append("} as const;\n\n/** Per event: the record it carries. */\nexport interface ClientEventPayloads {\n");
        foreach (var (name, payload) in ClientEvents.Payloads)
        {
            text.Append("  ").Append(name).Append(": ").Append(types.Of(payload)).Append(";\n");
        }

        text.Append("}\n\nexport type ClientEventName = keyof ClientEventPayloads;\n\n")
            .Append("/** The meeting's events (each with its seq), relayed in order by the meeting relay. */\nexport const MEETING_EVENT_NAMES = [\n");
        foreach (var name in ClientEvents.OfMeeting)
        {
            text.Append("  \"").Append(name).Append("\",\n");
        }

        return text.Append("] as const;\n").ToString();
    }
}
