using System.Globalization;
using System.Text;

namespace CommunityPlanning.Web.Common;

/// <summary>
/// CSV the way a Czech office opens it: UTF-8 with a byte order mark (Excel then reads the diacritics right),
/// semicolons between fields (the comma is the decimal mark), CRLF line ends, RFC 4180 quoting, and a field
/// starting with = + - @ defused with an apostrophe so a spreadsheet never runs a formula from someone's text.
/// </summary>
public sealed class CsvWriter
{
    private readonly StringBuilder _csv = new();

    public void Row(params object?[] fields) =>
        _csv.Append(string.Join(';', fields.Select(f => Field(Convert.ToString(f, CzechFormat.Culture) ?? "")))).Append("\r\n");

    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_csv.ToString())];

    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0]) && !double.TryParse(value, NumberStyles.Any, CzechFormat.Culture, out _))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
