using CommunityPlanning.Common;
using CommunityPlanning.Records;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using CommunityPlanning.Web.Imports;
using CommunityPlanning.Web.Imports.Minutes;

namespace CommunityPlanning.Web.Tests.Imports;

/// <summary>Every line of every record of the corpus, and of seed 003, placed as intended; what the minutes model makes of them.</summary>
public sealed class MinutesReaderTests
{
    public static TheoryData<string> Names => [.. MinutesCorpus.TextNames];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_line_of_the_corpus_is_placed_as_intended(string name)
    {
        var placed = MinutesCorpus.Place(MinutesCorpus.Text(name));

        Assert.Equal(MinutesCorpus.Expected(name), MinutesCorpus.Describe(placed));
        Assert.Empty(MinutesBuilder.Unplaced(placed));
    }

    public static TheoryData<string> WordNames => [.. WordMinutes.Names];

    [Theory]
    [MemberData(nameof(WordNames))]
    public void Every_line_of_a_word_document_is_placed_as_intended(string name)
    {
        var file = WordMinutes.Make(name);
        using (var document = WordprocessingDocument.Open(new MemoryStream(file), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document));
        }

        var placed = MinutesReader.Place(ImportText.Lines(DocxText.Read(file)));

        Assert.Equal(MinutesCorpus.Expected(name), MinutesCorpus.Describe(placed));
        Assert.Empty(MinutesBuilder.Unplaced(placed));
    }

    [Fact]
    public void A_word_document_keeps_its_numbering_bold_headings_tables_and_words_split_across_runs()
    {
        var steering = MinutesBuilder.Build(MinutesReader.Place(ImportText.Lines(DocxText.Read(WordMinutes.Make("09-rps-word")))));
        var group = MinutesBuilder.Build(MinutesReader.Place(ImportText.Lines(DocxText.Read(WordMinutes.Make("10-ps-word")))));

        Assert.Equal("Zápis z jednání řídící skupiny", steering.Title);
        Assert.Equal((new DateOnly(2026, 10, 14), new TimeOnly(10, 0)), (steering.Date!.Value, steering.Time!.Value));
        Assert.Equal("Mgr. Alžběta Růžičková", steering.Present[0]);
        Assert.Equal(["Zprávy z pracovních skupin", "Aktualizace katalogu sociálních služeb", "Harmonogram jednání"], steering.Items.Select(i => i.Title));
        Assert.Equal(new MinutesElement(MinutesElementKind.Task, "zaslat opravy údajů o službách", "Zuzana Pechová", new DateOnly(2026, 11, 15), "15. 11."),
            steering.Items[1].Blocks[0].Elements[^1]);
        Assert.Equal(("Harmonogram jednání řídící skupiny pro rok 2027", "Jednání jsou veřejná."), (steering.Schedule!.Title, steering.Schedule.Note));
        Assert.Equal([new MinutesScheduleRow(new DateOnly(2027, 1, 20), new TimeOnly(10, 0), "Městský úřad Turnov", "20. 1. 2027 10:00 Městský úřad Turnov"),
            new MinutesScheduleRow(new DateOnly(2027, 4, 21), new TimeOnly(10, 0), "Městský úřad Turnov", "21. 4. 2027 10:00 Městský úřad Turnov")],
            steering.Schedule.Rows);
        Assert.Equal(["Představení Centra duševního zdraví", "Dostupnost psychiatrické péče"], group.Items.Select(i => i.Title));
        Assert.Equal(["oslovit zdravotní pojišťovny", "zmapovat soukromé ambulance"],
            group.Items[1].Blocks[0].Elements.Where(e => e.Kind == MinutesElementKind.Bullet).Select(e => e.Text));
        Assert.Equal(("Zmapovat ambulance v regionu.", "T. Jelínková"), (group.Items[1].Blocks[0].Elements[^1].Text, group.Items[1].Blocks[0].Elements[^1].Responsible!));
        Assert.Equal(2, group.Schedule!.Rows.Count);
    }

    [Fact]
    public void A_file_that_is_no_docx_package_is_malformed()
    {
        var error = Assert.Throws<DomainException>(() => DocxText.Read([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]));

        Assert.Equal(ErrorCodes.ImportMalformedFile, error.Code);
    }

    [Fact]
    public void Seed_003_imports_with_every_element_placed()
    {
        var placed = MinutesCorpus.Place(Seeds.Minutes);

        Assert.Equal(MinutesCorpus.Expected("seed-003"), MinutesCorpus.Describe(placed));
        Assert.Empty(MinutesBuilder.Unplaced(placed));
        var minutes = MinutesBuilder.Build(placed);
        Assert.Equal(["KOMUNITNÍ PLÁNOVÁNÍ SOCIÁLNÍCH SLUŽEB REGIONU LIBEREC", "Tvorba Komunitního plánu služeb v sociální oblasti 2023-2027",
            "Pracovní skupina pro zdravotně znevýhodněné"], minutes.Heading);
        Assert.Equal("Zápis z druhého jednání pracovní skupiny", minutes.Title);
        Assert.Equal(new DateOnly(2022, 5, 23), minutes.Date);
        Assert.Equal(Enumerable.Range(1, 9), minutes.Items.Select(i => i.Number));
        Assert.Equal("Představení zástupce APOSS Liberec, příspěvková organizace, a Asociace rodičů a přátel zdravotně postižených dětí v ČR, z.s. – klub Liberec",
            minutes.Items[0].Title);
        Assert.Equal(20, minutes.Items[2].Blocks.Single().Elements.Count(e => e.Kind == MinutesElementKind.Bullet));
        Assert.Equal("popis konkrétní činnosti, která je vykonávána, aby docházelo k naplňování běžného života", minutes.Items[3].Blocks[0].Elements[0].Text);
        Assert.Equal("Různé:", minutes.Items[8].Title);
    }

    [Fact]
    public void A_task_under_a_sentence_takes_the_sentence_its_responsible_person_and_deadline_in_the_meetings_year()
    {
        var minutes = MinutesBuilder.Build(MinutesCorpus.Place(MinutesCorpus.Text("01-ps-seniori")));

        var task = minutes.Items[1].Blocks[0].Elements[^1];
        Assert.Equal(new MinutesElement(MinutesElementKind.Task, "Připravit finální verzi dotazníku a rozeslat ji členům skupiny.", "K. Marcinková",
            new DateOnly(2026, 12, 15), "15. 12."), task);
        Assert.Equal(["doplnit otázku na dostupnost pečovatelské služby", "zkrátit úvodní text", "přidat možnost odpovědět elektronicky"],
            minutes.Items[1].Blocks[0].Elements.Where(e => e.Kind == MinutesElementKind.Bullet).Select(e => e.Text));
        Assert.Equal(new MinutesImportFooter("V Liberci", new DateOnly(2026, 5, 28), "Jana Malá", RecorderForm.Feminine), minutes.Footer);
        Assert.Equal(["Tomáš Veselý", "Alena Kubíčková"], minutes.Excused);
        Assert.Equal(new TimeOnly(13, 0), minutes.Time);
    }

    [Fact]
    public void Task_lines_in_a_row_make_one_task_and_a_date_in_the_sentence_is_its_deadline()
    {
        var housing = MinutesBuilder.Build(MinutesCorpus.Place(MinutesCorpus.Text("06-ps-bydleni")));
        var families = MinutesBuilder.Build(MinutesCorpus.Place(MinutesCorpus.Text("03-ps-rodiny")));
        var minorities = MinutesBuilder.Build(MinutesCorpus.Place(MinutesCorpus.Text("07-ps-dvojite-radky")));

        Assert.Equal(new MinutesElement(MinutesElementKind.Task, "připravit pravidla pro přidělování bytů", "Barbora Holubová", new DateOnly(2027, 1, 15), "15. 1. 2027"),
            housing.Items[1].Blocks[0].Elements[^1]);
        Assert.Equal(new MinutesElement(MinutesElementKind.Task, "zaslat přehled kapacit služeb do 30. 4. 2026", "Radek Černý", new DateOnly(2026, 4, 30), "30. 4. 2026"),
            families.Items[1].Blocks[0].Elements[^1]);
        Assert.Equal(new MinutesElement(MinutesElementKind.Task, "domluvit schůzku se zástupci mateřských škol", "Věra Nová", new DateOnly(2026, 3, 31), "31. 3."),
            minorities.Items[1].Blocks[0].Elements[^1]);
        Assert.Equal("Mgr. Petra Zelená", housing.Facilitator);
        Assert.Equal(["Lukáš Fiala", "Barbora Holubová", "David Marek", "Ing. Zdeněk Kříž (odbor sociální)"], housing.Present);
        Assert.Equal(new MinutesImportFooter("V Liberci", new DateOnly(2026, 11, 6), "Tomáš Beneš", RecorderForm.Masculine), housing.Footer);
    }

    [Fact]
    public void One_programme_item_may_have_two_blocks()
    {
        var minutes = MinutesBuilder.Build(MinutesCorpus.Place(MinutesCorpus.Text("03-ps-rodiny")));

        Assert.Equal(["Představení nové členky skupiny", "Síť služeb pro rodiny", "Závěr"], minutes.Items.Select(i => i.Title));
        Assert.Equal(["K bodu 2", "K bodu 2"], minutes.Items[1].Blocks.Select(b => b.Heading));
        Assert.Equal("Pokračování diskuse po přestávce: skupina se shodla na prioritách pro příští rok.", minutes.Items[1].Blocks[1].Elements.Single().Text);
    }

    [Fact]
    public void The_schedule_keeps_its_title_rows_and_note_and_names_on_following_lines_are_split_by_commas()
    {
        var steering = MinutesBuilder.Build(MinutesCorpus.Place(MinutesCorpus.Text("02-rps-harmonogram")));
        var spaced = MinutesBuilder.Build(MinutesCorpus.Place(MinutesCorpus.Text("08-rps-mezery")));

        Assert.Equal("Harmonogram jednání Řídící pracovní skupiny pro rok 2027", steering.Schedule!.Title);
        Assert.Equal([new DateOnly(2027, 1, 14), new DateOnly(2027, 4, 8), new DateOnly(2027, 10, 7)], steering.Schedule.Rows.Select(r => r.Date));
        Assert.Equal("Magistrát města Liberec", steering.Schedule.Rows[2].Place);
        Assert.Equal("Termíny se mohou změnit, o změně budou členové informováni e-mailem.", steering.Schedule.Note);
        Assert.Equal(["Ing. Pavel Krejčí", "Mgr. Lucie Hrubá", "Bc. Ondřej Šimek", "Marie Novotná", "Jiří Pokorný"], steering.Present);
        Assert.Equal(["KOMUNITNÍ PLÁNOVÁNÍ SOCIÁLNÍCH SLUŽEB REGIONU LIBEREC – ŘÍDÍCÍ PRACOVNÍ SKUPINA"], steering.Heading);
        Assert.Equal(new MinutesImportFooter("V Liberci", new DateOnly(2026, 6, 5), "Petr Dvořák", RecorderForm.Masculine), steering.Footer);
        Assert.Equal([new TimeOnly(13, 0)], spaced.Schedule!.Rows.Select(r => r.Time).Distinct());
        Assert.Equal("Městský úřad Česká Lípa", spaced.Schedule.Rows[0].Place);
        Assert.Equal(new DateOnly(2027, 2, 18), spaced.Schedule.Rows[0].Date);
    }

    [Fact]
    public void A_line_the_person_moves_or_drops_goes_where_they_chose()
    {
        var placed = MinutesCorpus.Place(MinutesCorpus.Text("01-ps-seniori"));
        var line = placed.Single(p => p.Text == "Další jednání proběhne v září.").Number;
        var bullet = placed.Single(p => p.Text == "- zkrátit úvodní text").Number;

        var minutes = MinutesBuilder.Build(MinutesBuilder.Choose(placed,
            [new LineChoice(line, MinutesPart.Text, 1), new LineChoice(bullet, MinutesPart.Dropped, null)]));

        Assert.Equal("Další jednání proběhne v září.", minutes.Items[0].Blocks[0].Elements[^1].Text);
        Assert.Empty(minutes.Items[2].Blocks.Single().Elements);
        Assert.DoesNotContain(minutes.Items[1].Blocks[0].Elements, e => e.Text == "zkrátit úvodní text");
    }

    [Theory]
    [InlineData("Přítomni: Jana Malá", LabelKind.Present, "Jana Malá")]
    [InlineData("Přít. Jana Malá", LabelKind.Present, "Jana Malá")]
    [InlineData("Přítomni Jana Malá", LabelKind.Present, "Jana Malá")]
    [InlineData("PŘÍTOMNI :  Jana Malá", LabelKind.Present, "Jana Malá")]
    [InlineData("Datum/čas. 2. 6. 2026, 9:30", LabelKind.Date, "2. 6. 2026, 9:30")]
    [InlineData("Místo konání Městský úřad", LabelKind.Place, "Městský úřad")]
    [InlineData("Omluv.", LabelKind.Excused, "")]
    [InlineData("Z: K. Marcinková, T: 15. 12.", LabelKind.Responsible, "K. Marcinková, T: 15. 12.")]
    [InlineData("Zapsal(a): Lucie Hrubá", LabelKind.Recorder, "Lucie Hrubá")]
    public void Labels_are_read_with_or_without_colons_abbreviated_and_in_any_case(string line, LabelKind kind, string value)
    {
        var label = Labels.Read(line);

        Assert.Equal((kind, value), (label!.Kind, label.Value));
    }

    [Theory]
    [InlineData("Z. Novák představil projekt.")]
    [InlineData("Zdeněk Novák představil projekt.")]
    [InlineData("T. Malá: úvodní slovo")]
    public void A_sentence_starting_with_an_initial_is_no_label(string line) => Assert.Null(Labels.Read(line));

    [Fact]
    public void The_workshop_record_import_no_longer_reads_a_task_as_a_header_field()
    {
        var record = VisionRecordParser.Parse("Záznam z workshopu\nDatum: 26. 5. 2026\nZ: K. Marcinková\n\nVIZE\n");

        Assert.Equal([new HeaderField("Datum", "26. 5. 2026")], record.Fields);
        Assert.Equal([new UnplacedLine(3, "Z: K. Marcinková", "task_outside_item")], record.Unplaced);
    }
}
