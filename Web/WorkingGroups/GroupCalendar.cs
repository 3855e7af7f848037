using System.Globalization;
using System.Text;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Web.WorkingGroups;

/// <summary>
/// A working group's meetings and planned schedule as iCalendar (RFC 5545) that Outlook and Google Calendar
/// accept: local Prague times with the Europe/Prague time-zone definition, CRLF lines folded at 75 octets.
/// </summary>
public static class GroupCalendar
{
    /// <summary>Meetings have no end in the record; the calendar shows two hours.</summary>
    public static readonly TimeSpan MeetingLength = TimeSpan.FromHours(2);

    private const string TimeZoneDefinition = """
        BEGIN:VTIMEZONE
        TZID:Europe/Prague
        BEGIN:DAYLIGHT
        TZOFFSETFROM:+0100
        TZOFFSETTO:+0200
        TZNAME:CEST
        DTSTART:19700329T020000
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
        END:DAYLIGHT
        BEGIN:STANDARD
        TZOFFSETFROM:+0200
        TZOFFSETTO:+0100
        TZNAME:CET
        DTSTART:19701025T030000
        RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
        END:STANDARD
        END:VTIMEZONE
        """;

    public static byte[] Write(WorkingGroupDetails group, IReadOnlyList<MeetingDetails> meetings, string baseUrl,
        IReadOnlyDictionary<string, string> texts, DateTimeOffset now)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CommunityPlanning//KPSS//CS", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            $"X-WR-CALNAME:{Text(group.Name)}", "X-WR-TIMEZONE:Europe/Prague",
        };
        lines.AddRange(TimeZoneDefinition.Split('\n').Select(l => l.TrimEnd('\r')));
        var stamp = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var meeting in meetings.OrderBy(m => m.StartsAt))
        {
            var start = TimeZoneInfo.ConvertTime(meeting.StartsAt, PragueTime.Zone).DateTime;
            lines.AddRange(
            [
                "BEGIN:VEVENT", $"UID:{meeting.Id:N}@communityplanning", $"DTSTAMP:{stamp}",
                $"DTSTART;TZID=Europe/Prague:{Local(start)}", $"DTEND;TZID=Europe/Prague:{Local(start + MeetingLength)}",
                $"SUMMARY:{Text(meeting.Title)}", $"DESCRIPTION:{Text(group.Name)}", $"URL:{baseUrl}/meetings/{meeting.Id}",
            ]);
            if (meeting.Place is { } place)
            {
                lines.Add($"LOCATION:{Text(place)}");
            }

            lines.AddRange(["STATUS:CONFIRMED", "END:VEVENT"]);
        }

        // Planned dates that have no meeting yet ("Harmonogram jednání").
        var meetingDays = meetings.Select(m => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(m.StartsAt, PragueTime.Zone).DateTime)).ToHashSet();
        var title = texts.GetValueOrDefault("calendar.planned", "{group}").Replace("{group}", group.Name, StringComparison.Ordinal);
        foreach (var planned in group.Schedule.Where(p => !meetingDays.Contains(p.Date)))
        {
            lines.AddRange(["BEGIN:VEVENT", $"UID:{group.Id:N}-{planned.Date:yyyyMMdd}@communityplanning", $"DTSTAMP:{stamp}"]);
            if (planned.Time is { } time)
            {
                var start = planned.Date.ToDateTime(time);
                lines.Add($"DTSTART;TZID=Europe/Prague:{Local(start)}");
                lines.Add($"DTEND;TZID=Europe/Prague:{Local(start + MeetingLength)}");
            }
            else
            {
                lines.Add($"DTSTART;VALUE=DATE:{planned.Date:yyyyMMdd}");
                lines.Add($"DTEND;VALUE=DATE:{planned.Date.AddDays(1):yyyyMMdd}");
            }

            lines.Add($"SUMMARY:{Text(title)}");
            if (planned.Place is { } place)
            {
                lines.Add($"LOCATION:{Text(place)}");
            }

            lines.AddRange(["STATUS:TENTATIVE", "END:VEVENT"]);
        }

        lines.Add("END:VCALENDAR");
        var ics = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(ics, line);
        }

        return Encoding.UTF8.GetBytes(ics.ToString());
    }

    private static string Local(DateTime time) => time.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11).</summary>
    private static string Text(string value) =>
        value.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\n", "\\n");

    /// <summary>Lines longer than 75 octets continue on lines that start with a space, never inside a character.</summary>
    private static void Fold(StringBuilder ics, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                ics.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts
            }

            ics.Append(rune.ToString());
            octets += size;
        }

        ics.Append("\r\n");
    }
}
