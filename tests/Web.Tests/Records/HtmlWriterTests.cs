using System.Xml.Linq;
using CommunityPlanning.Web.Records;

namespace CommunityPlanning.Web.Tests.Records;

/// <summary>The print HTML: one well-formed page with semantic structure, every text encoded, styles for screen and A4 print.</summary>
public sealed class HtmlWriterTests
{
    private const string Doctype = "<!doctype html>\n";

    [Fact]
    public void The_page_is_well_formed_with_language_charset_title_and_main()
    {
        var html = HtmlWriter.Write(MinutesSample.Document());

        var root = Parse(html);

        Assert.Equal("html", root.Name.LocalName);
        Assert.Equal("cs", (string?)root.Attribute("lang"));
        var head = root.Element("head")!;
        Assert.Equal("utf-8", (string?)head.Elements("meta").First().Attribute("charset"));
        Assert.Equal(MinutesSample.Title, head.Element("title")!.Value);
        Assert.Equal(["head", "body"], root.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(["main"], root.Element("body")!.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("en", (string?)Parse(HtmlWriter.Write(MinutesSample.Document("en"))).Attribute("lang"));
    }

    [Fact]
    public void Blocks_become_semantic_elements_in_order()
    {
        var main = Parse(HtmlWriter.Write(MinutesSample.Document())).Element("body")!.Element("main")!;

        Assert.Equal(["h1", "p", "p", "p", "h2", "p", "h2", "ul", "h3", "ol", "h4", "table", "p", "p", "p", "ol", "p"],
            main.Elements().Select(e => e.Name.LocalName));
        Assert.Equal([MinutesSample.Title, "Ad 1) Zahájení", "Ad 2) Rozvojové záměry"], main.Elements().Where(e => e.Name.LocalName is "h1" or "h2").Select(e => e.Value));
        Assert.Equal("Hlasování " + MinutesSample.HostileKept, main.Element("h3")!.Value);
        Assert.Equal("Pořadí návrhů", main.Element("h4")!.Value);
        Assert.Equal(["Domov Pohoda – odlehčovací služba", "Terénní pečovatelská služba", MinutesSample.HostileKept], main.Element("ul")!.Elements("li").Select(li => li.Value));
        Assert.Equal(["doporučuji: 7", "nedoporučuji: 1"], main.Element("ol")!.Elements("li").Select(li => li.Value));
    }

    [Fact]
    public void Bold_runs_are_strong_and_line_breaks_are_br()
    {
        var paragraphs = Parse(HtmlWriter.Write(MinutesSample.Document())).Descendants("p").ToList();

        var date = paragraphs[0];
        Assert.Equal("Datum:", date.Element("strong")!.Value);
        Assert.Equal("Datum: 18. 11. 2015", date.Value);
        var multiLine = paragraphs[3];
        Assert.Equal(["Jednání zahájila K. Marcinková.", "br", "Přivítala nové členy skupiny."],
            multiLine.Nodes().Select(n => n is XElement e ? e.Name.LocalName : ((XText)n).Value));
        Assert.Equal(MinutesSample.Letters, paragraphs[5].Value);
    }

    [Fact]
    public void The_table_has_column_headers_in_thead_and_rows_in_tbody()
    {
        var table = Parse(HtmlWriter.Write(MinutesSample.Document())).Descendants("table").Single();

        var headers = table.Element("thead")!.Element("tr")!.Elements().ToList();
        Assert.All(headers, th => Assert.Equal(("th", "col"), (th.Name.LocalName, (string?)th.Attribute("scope"))));
        Assert.Equal(["Záměr", "Body", "Pořadí"], headers.Select(th => th.Value));
        var rows = table.Element("tbody")!.Elements("tr").ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["Domov Pohoda", "12", "1."], rows[0].Elements("td").Select(td => td.Value));
        Assert.Single(rows[1].Elements("td").First().Elements("br"));
        Assert.Equal(MinutesSample.HostileKept, rows[2].Elements("td").First().Value);
    }

    [Fact]
    public void Hostile_text_is_encoded_everywhere_and_control_characters_are_dropped()
    {
        var document = MinutesSample.Document() with { Title = MinutesSample.Hostile };

        var html = HtmlWriter.Write(document);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"uvozovky\"", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;amp; &quot;uvozovky&quot;", html);
        Assert.DoesNotContain(html, c => char.IsControl(c) && c != '\n');
        var root = Parse(html);
        Assert.Empty(root.Descendants("script"));
        Assert.Equal(MinutesSample.HostileKept, root.Element("head")!.Element("title")!.Value);
        // Every place the hostile text was put holds it as text alone, no element made of it.
        Assert.Equal(["title", "h1", "li", "td", "strong"],
            root.Descendants().Where(e => !e.HasElements && e.Value == MinutesSample.HostileKept).Select(e => e.Name.LocalName));
    }

    [Fact]
    public void The_style_has_screen_and_a4_print_rules_and_there_is_no_script()
    {
        var root = Parse(HtmlWriter.Write(MinutesSample.Document()));

        var style = root.Element("head")!.Element("style")!.Value;
        Assert.Contains("@media print", style);
        Assert.Contains("size: A4", style);
        Assert.Contains("break-after: avoid", style);
        Assert.Contains("break-inside: avoid", style);
        Assert.Contains("color: #000; background: #fff", style);
        Assert.DoesNotContain(root.Descendants(), e => e.Name.LocalName is "script" or "button" || e.Attributes().Any(a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal)));
    }

    /// <summary>The page as XML: the writer self-closes void elements, so anything not well-formed fails here.</summary>
    private static XElement Parse(string html)
    {
        Assert.StartsWith(Doctype, html);
        return XDocument.Parse(html[Doctype.Length..]).Root!;
    }
}
