using System.Text.Json;
using CommunityPlanning.Web.Meetings;

namespace CommunityPlanning.LoadTest;

/// <summary>
/// A section's revisions (the typing load): <c>textEdits</c> every edit's revision, <c>textChanges</c> the composed
/// range, <c>documentSnapshot</c> everything up to its revision; other sections' are passed over.
/// </summary>
public sealed class SectionArrivals(Guid sectionId) : IArrivalReader
{
    public void Read(ref Utf8JsonReader reader, string target, Arrivals arrivals)
    {
        var depth = reader.CurrentDepth;
        long from = 0;
        var sectionMatches = true;
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            // Within one item "sectionId" comes before the revisions (the records' declaration order).
            if (reader.ValueTextEquals("sectionId"u8))
            {
                reader.Read();
                sectionMatches = reader.GetGuid() == sectionId;
            }
            else if (target == ClientEvents.TextEdits && reader.ValueTextEquals("revision"u8))
            {
                reader.Read();
                if (sectionMatches)
                {
                    arrivals.Record(reader.GetInt64());
                }
            }
            else if (target == ClientEvents.TextChanges && reader.ValueTextEquals("fromRevision"u8))
            {
                reader.Read();
                from = reader.GetInt64();
            }
            else if (target == ClientEvents.TextChanges && reader.ValueTextEquals("toRevision"u8))
            {
                reader.Read();
                for (var revision = from; sectionMatches && revision <= reader.GetInt64(); revision++)
                {
                    arrivals.Record(revision);
                }
            }
            else if (target == ClientEvents.DocumentSnapshot && reader.ValueTextEquals("revision"u8))
            {
                reader.Read();
                if (sectionMatches)
                {
                    arrivals.RecordThrough(reader.GetInt64());
                }
            }
        }
    }
}
