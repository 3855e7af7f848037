using CommunityPlanning.Documents;
using CommunityPlanning.Web.Imports;

namespace CommunityPlanning.Web.Tests.Imports;

/// <summary>The vision record parser on the real Liberec workshop record, and on text it cannot place.</summary>
public sealed class VisionRecordParserTests
{
    private static readonly string[] Areas =
        ["Poskytovatelé služeb v sociální oblasti", "Uživatelé služeb v sociální oblasti", "Řízení služeb v sociální oblasti"];

    [Fact]
    public void The_seed_record_gives_its_header_fields_three_areas_with_their_texts_and_no_unplaced_lines()
    {
        var record = VisionRecordParser.Parse(Seeds.VisionRecord);

        Assert.Null(record.Title);
        Assert.Equal(
            [new("Datum", "26. 5. 2026 od 13 hodin"), new("Počet účastníků", "9 (+1 ORK)"), new HeaderField("Facilitátor", "Petra Hybnerová")],
            record.Fields);
        Assert.StartsWith("K návrhu vize nebyly na jednání vzneseny žádné podněty.", record.Introduction);
        Assert.Equal(Areas, record.Areas.Select(a => a.Heading));
        Assert.Equal([11, 15, 19], record.Areas.Select(a => a.LineNumber));
        Assert.StartsWith("Subjekty působící v sociální oblasti nabízejí kvalitní služby", record.Areas[0].Text);
        Assert.EndsWith("jejichž práci veřejnost vnímá pozitivně a s respektem.", record.Areas[0].Text);
        Assert.StartsWith("Lidé ve znevýhodněné životní situaci vědí", record.Areas[1].Text);
        Assert.EndsWith("včetně poradenství a odlehčovacích služeb.", record.Areas[2].Text);
        Assert.DoesNotContain(record.Areas, a => a.Text.Contains('\n'));
        Assert.Empty(record.Unplaced);
    }

    [Fact]
    public void The_seed_proposals_are_counted_per_area_the_capital_headings_match_and_the_split_list_stays_whole()
    {
        var record = VisionRecordParser.Parse(Seeds.VisionRecord);

        Assert.Equal(
            ["UŽIVATELÉ SLUŽEB V SOCIÁLNÍ OBLASTI", "ŘÍZENÍ SLUŽEB V SOCIÁLNÍ OBLASTI", "POSKYTOVATELÉ SLUŽEB V SOCIÁLNÍ OBLASTI"],
            record.ProposalGroups.Select(g => g.Heading));
        Assert.Equal([6, 28, 8], record.ProposalGroups.Select(g => g.Items.Count));
        Assert.Equal([Areas[1], Areas[2], Areas[0]], record.ProposalGroups.Select(g => AreaHeadings.Find(Areas, a => a, g.Heading)));
        var management = record.ProposalGroups[1].Items;
        Assert.Equal("Podpora terénních služeb – pomoc pečujících rodin", management[3].Text);
        Assert.Equal(new ProposalItem(41, "Podpora pro pečující (finanční, zkrácené úvazky, podpůrné skupiny)"), management[4]); // after the blank line
        Assert.Equal("Řízení aktivit na pomezí sociálních služeb a vzdělávání dětí", management[^1].Text);
        Assert.Equal(new ProposalItem(75, "Podpora síťování mezi službami (case management)"), record.ProposalGroups[2].Items[^1]); // no line end after it
    }

    [Fact]
    public void Lines_it_cannot_place_are_listed_with_their_numbers_and_reasons()
    {
        var text = string.Join("\r\n",
            "Zápis z jednání",
            "Datum: 1. 6. 2026",
            "Tohle sem nepatří.",
            "",
            "VIZE",
            "",
            "- odrážka ve vizi",
            "",
            "Oblast A",
            "",
            "Text oblasti A.",
            "",
            "NÁVRHY AKTIVIT",
            "",
            "- návrh bez nadpisu",
            "OBLAST A",
            "Toto není návrh ani nadpis.",
            "- návrh A",
            "pokračování návrhu A",
            "",
            "NEZNÁMÁ OBLAST",
            "- návrh jinam",
            "",
            "Dlouhá věta, která nemůže být nadpisem.");

        var record = VisionRecordParser.Parse(text);

        Assert.Equal("Zápis z jednání", record.Title);
        Assert.Equal([new HeaderField("Datum", "1. 6. 2026")], record.Fields);
        Assert.Equal([new VisionArea(9, "Oblast A", "Text oblasti A.")], record.Areas);
        Assert.Equal(
            [new(3, "Tohle sem nepatří.", "outside_parts"), new(7, "odrážka ve vizi", "item_in_vision"),
             new(17, "Toto není návrh ani nadpis.", "unrecognised"), new UnplacedLine(24, "Dlouhá věta, která nemůže být nadpisem.", "unrecognised")],
            record.Unplaced);
        Assert.Equal([null, "OBLAST A", "NEZNÁMÁ OBLAST"], record.ProposalGroups.Select(g => g.Heading));
        Assert.Equal("návrh A pokračování návrhu A", record.ProposalGroups[1].Items.Single().Text);

        var preview = VisionImportPreview.Of(record, existing: null);
        Assert.True(preview.CreatesDocument);
        Assert.Equal([null, "Oblast A", null], preview.Groups.Select(g => g.AreaHeading));
        Assert.Equal(new UnplacedLine(21, "NEZNÁMÁ OBLAST", "unknown_area"), preview.Unplaced[3]);
        Assert.Equal([3, 7, 17, 21, 24], preview.Unplaced.Select(u => u.LineNumber));
    }

    [Fact]
    public void Text_without_the_parts_of_a_record_is_all_unplaced()
    {
        var record = VisionRecordParser.Parse("\uFEFFNákupní seznam\n- mléko\n- chléb\trohlíky\n");

        Assert.Equal("Nákupní seznam", record.Title);
        Assert.Empty(record.Areas);
        Assert.Empty(record.ProposalGroups);
        Assert.Equal([(2, "mléko"), (3, "chléb rohlíky")], record.Unplaced.Select(u => (u.LineNumber, u.Text)));
        Assert.All(record.Unplaced, u => Assert.Equal("outside_parts", u.Reason));
    }
}
