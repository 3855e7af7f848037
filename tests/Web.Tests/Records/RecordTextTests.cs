using CommunityPlanning.Web.Records;

namespace CommunityPlanning.Web.Tests.Records;

/// <summary>Plain-text notes, typed the way minutes are, read into paragraphs and bulleted lists.</summary>
public sealed class RecordTextTests
{
    [Fact]
    public void Minutes_typed_as_text_become_paragraphs_and_lists()
    {
        const string note = """
            Zápis z druhého jednání pracovní skupiny 
            23. 5. 2022

            1) Představení zástupce APOSS Liberec, příspěvková organizace

            2) Shrnutí první skupiny komunitního plánování – p. Hrubá
            - proběhlo mapování potřeb - pyramida
            - přehled cílových skupin z KISSOSu, OK systému – město má minimum dat
             
            3) Diskuse nad tím, co je „běžný život“
            - práce (STD) + příjmy

            - soběstačnost  

            • volnočasové aktivity
              * sociální kontakty
             4) Pracovní list – mezioborová spolupráce
            -5 °C venku, *poznámka* na okraj
            """;

        var blocks = Describe(RecordText.Blocks(note));

        Assert.Equal(
        [
            "p: Zápis z druhého jednání pracovní skupiny\n23. 5. 2022",
            "p: 1) Představení zástupce APOSS Liberec, příspěvková organizace",
            "p: 2) Shrnutí první skupiny komunitního plánování – p. Hrubá",
            "ul: proběhlo mapování potřeb - pyramida | přehled cílových skupin z KISSOSu, OK systému – město má minimum dat",
            "p: 3) Diskuse nad tím, co je „běžný život“",
            "ul: práce (STD) + příjmy | soběstačnost | volnočasové aktivity | sociální kontakty",
            "p: 4) Pracovní list – mezioborová spolupráce\n-5 °C venku, *poznámka* na okraj",
        ], blocks);
    }

    [Fact]
    public void Windows_line_endings_and_runs_of_blank_lines_change_nothing()
    {
        var blocks = Describe(RecordText.Blocks("\r\n\r\nprvní řádek\r\ndruhý řádek\r\n\r\n\r\n- a\r\n\r\n\r\n- b\r\n\r\n"));

        Assert.Equal(["p: první řádek\ndruhý řádek", "ul: a | b"], blocks);
    }

    [Fact]
    public void An_empty_note_has_no_blocks()
    {
        Assert.Empty(RecordText.Blocks(" \n\t\n"));
    }

    private static List<string> Describe(IEnumerable<RecordBlock> blocks) =>
        blocks.Select(b => b switch
        {
            RecordParagraph p => "p: " + string.Concat(p.Runs.Select(r => r.Bold ? $"**{r.Text}**" : r.Text)),
            RecordList { Numbered: false } l => "ul: " + string.Join(" | ", l.Items),
            _ => b.ToString(),
        }).ToList();
}
