using System.Text;

namespace CommunityPlanning.Web.Records;

/// <summary>
/// Writes a <see cref="RecordDocument"/> as one print-ready HTML page: semantic markup, every text encoded, an
/// inline style for the screen and for A4 print (the browser's print makes the PDF), and no scripts. Void
/// elements are self-closed so the page is also well-formed XML.
/// </summary>
public static class HtmlWriter
{
    public static string Write(RecordDocument document)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"").Append(document.Culture.TwoLetterISOLanguageName).Append("\">\n<head>\n");
        html.Append("<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        html.Append("<title>").Append(Encode(RecordChars.Clean(document.Title).Replace('\n', ' '))).Append("</title>\n");
        html.Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n");
        if (document.Heading is { } heading)
        {
            html.Append("<p class=\"record-heading\">").Append(Text(heading)).Append("</p>\n");
        }

        Element(html, "h1", document.Title);
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case RecordHeading h:
                    Element(html, $"h{h.Level + 1}", h.Text);
                    break;
                case RecordParagraph p:
                    html.Append("<p>");
                    foreach (var run in p.Runs)
                    {
                        html.Append(run.Bold ? $"<strong>{Text(run.Text)}</strong>" : Text(run.Text));
                    }

                    html.Append("</p>\n");
                    break;
                case RecordList list:
                    var tag = list.Numbered ? "ol" : "ul";
                    html.Append('<').Append(tag).Append(">\n");
                    foreach (var item in list.Items)
                    {
                        Element(html, "li", item);
                    }

                    html.Append("</").Append(tag).Append(">\n");
                    break;
                case RecordTable table:
                    html.Append("<table>\n<thead>\n<tr>");
                    foreach (var cell in table.Header)
                    {
                        html.Append("<th scope=\"col\">").Append(Text(cell)).Append("</th>");
                    }

                    html.Append("</tr>\n</thead>\n<tbody>\n");
                    foreach (var row in table.Rows)
                    {
                        html.Append("<tr>\n");
                        foreach (var cell in row)
                        {
                            Element(html, "td", cell);
                        }

                        html.Append("</tr>\n");
                    }

                    html.Append("</tbody>\n</table>\n");
                    break;
            }
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void Element(StringBuilder html, string tag, string text) =>
        html.Append('<').Append(tag).Append('>').Append(Text(text)).Append("</").Append(tag).Append(">\n");

    /// <summary>Clean, encoded text with its line breaks as &lt;br /&gt;.</summary>
    private static string Text(string text) => Encode(RecordChars.Clean(text)).Replace("\n", "<br />");

    private static string Encode(string text)
    {
        var encoded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return encoded.ToString();
    }

    // Dark grey on white on screen (about 17:1), black on white in print; borders 7:1. A4 with the margins of
    // the DOCX record and its "– N –" page number where the browser prints page margin boxes.
    private const string Style = """

        body { margin: 2rem auto; max-width: 48rem; padding: 0 1rem; color: #1a1a1a; background: #fff;
          font: 1rem/1.5 Calibri, Carlito, Arial, "Liberation Sans", sans-serif; }
        .record-heading { font-weight: bold; margin: 0 0 .5rem; }
        h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 1rem; }
        h2 { font-size: 1.375rem; line-height: 1.3; margin: 1.75rem 0 .5rem; }
        h3 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
        h4 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
        p, ul, ol { margin: 0 0 .75rem; }
        table { border-collapse: collapse; width: 100%; margin: 0 0 1rem; }
        th, td { border: 1px solid #595959; padding: .25rem .5rem; text-align: left; vertical-align: top; }
        th { background: #e8e8e8; }
        @media print {
          @page { size: A4; margin: 2.5cm; @bottom-center { content: "– " counter(page) " –"; } }
          body { margin: 0; max-width: none; padding: 0; color: #000; background: #fff; font-size: 11pt; }
          th { background: none; }
          h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
          tr, li { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          p, li { orphans: 3; widows: 3; }
        }

        """;
}
