using CommunityPlanning.Web.Records;

namespace CommunityPlanning.Web.Tests.Records;

/// <summary>The Markdown record: structure as CommonMark, and text that never turns into markup.</summary>
public sealed class MarkdownWriterTests
{
    [Fact]
    public void Blocks_are_written_as_headings_paragraphs_lists_and_a_table_with_a_separator_row()
    {
        var document = new RecordDocument("Zápis z jednání",
        [
            new RecordHeading(1, "Ad 1) Zahájení"),
            new RecordParagraph([new RecordRun("Z:", Bold: true), new RecordRun(" K. Marcinková\ntermín: 18. 11. 2015")]),
            new RecordList(["první", "druhý"]),
            new RecordList(["doporučuji", "nedoporučuji"], Numbered: true),
            new RecordTable(["Záměr", "Body"], [["Domov Pohoda", "12"]]),
        ]);

        var md = Write(document);

        Assert.Equal("""
            # Zápis z jednání

            ## Ad 1) Zahájení

            **Z:** K. Marcinková  
            termín: 18. 11. 2015  

            - první
            - druhý

            1. doporučuji
            2. nedoporučuji

            | Záměr | Body |
            | --- | --- |
            | Domov Pohoda | 12 |

            """, md);
    }

    [Theory]
    [InlineData("*hvězdička* a _podtržítko_", @"\*hvězdička\* a \_podtržítko\_")]
    [InlineData("# není nadpis", @"\# není nadpis")]
    [InlineData("1. není seznam", @"1\. není seznam")]
    [InlineData("2015) ani tohle", @"2015\) ani tohle")]
    [InlineData("- není odrážka", @"\- není odrážka")]
    [InlineData("+ ani tohle", @"\+ ani tohle")]
    [InlineData("<b>tučně</b>", @"\<b\>tučně\</b\>")]
    [InlineData("&amp; &copy;", @"\&amp; \&copy;")]
    [InlineData("[odkaz](http://x) `kód` ~~škrt~~", @"\[odkaz\](http://x) \`kód\` \~\~škrt\~\~")]
    [InlineData("> citace", @"\> citace")]
    [InlineData("    odsazeno", "odsazeno")]
    [InlineData("cesta\\", @"cesta\\")]
    [InlineData("a\u0001b\u001B", "ab")]
    public void Text_that_looks_like_markup_is_escaped(string text, string expected)
    {
        var md = Write(new RecordDocument("T", [RecordParagraph.Plain(text)]));

        Assert.Equal($"# T\n\n{expected}  \n", md);
    }

    [Fact]
    public void Every_line_of_a_paragraph_is_escaped_as_a_line_start_whatever_its_line_ending()
    {
        var md = Write(new RecordDocument("T", [RecordParagraph.Plain("úvod\r- odrážka\r\n1. bod\n===\n    kód")]));

        Assert.Equal("# T\n\núvod  \n\\- odrážka  \n1\\. bod  \n\\===  \nkód  \n", md);
    }

    [Fact]
    public void A_run_in_the_middle_of_a_line_is_not_taken_for_a_line_start()
    {
        var md = Write(new RecordDocument("T", [new RecordParagraph([new RecordRun("Jméno:"), new RecordRun(" Novák", Bold: true), new RecordRun(" - host ")])]));

        Assert.Equal("# T\n\nJméno: **Novák** - host   \n", md);
    }

    [Fact]
    public void Headings_list_items_and_cells_stay_on_one_line_and_are_escaped()
    {
        var document = new RecordDocument("Zápis\n# 2",
        [
            new RecordHeading(2, "Ad 1)\n- Zahájení"),
            new RecordList(["1. položka\n* další"], Numbered: true),
            new RecordTable(["Název | typ", "Počet"], [["a|b", "1\n2"], ["\\|", "- x"], ["12. 9. 2022", "*"]]),
        ]);

        var md = Write(document);

        Assert.Equal("""
            # Zápis \# 2

            ### Ad 1) \- Zahájení

            1. 1\. položka \* další

            | Název \| typ | Počet |
            | --- | --- |
            | a\|b | 1 2 |
            | \\\| | - x |
            | 12. 9. 2022 | \* |

            """, md);
    }

    private static string Write(RecordDocument document) => MarkdownWriter.Write(document).ReplaceLineEndings("\n");
}
