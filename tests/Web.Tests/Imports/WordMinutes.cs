using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommunityPlanning.Web.Tests.Imports;

/// <summary>
/// Two records of the corpus as DOCX files made the way Word makes them: lists through numbering definitions (the
/// numbers are not in the text), runs split in the middle of words (spell checking, edits), labels in bold runs, bold
/// headings, a heading style, and tables (the schedule; in the second record also the attendance).
/// </summary>
public static class WordMinutes
{
    private const int Decimal = 1;
    private const int DecimalParen = 2;
    private const int Bullets = 3;
    private const int Letters = 4;

    public static IReadOnlyList<string> Names => ["09-rps-word", "10-ps-word"];

    public static byte[] Make(string name) => name switch
    {
        "09-rps-word" => Document(Steering),
        "10-ps-word" => Document(WorkingGroup),
        _ => throw new ArgumentException(name),
    };

    private static void Steering(Body body)
    {
        body.Append(
            Para([Bold("KOMUNITNÍ PLÁNOVÁNÍ SOCIÁLNÍCH SLUŽEB MĚSTA TURNOV – ŘÍDÍCÍ SKUPINA")]),
            Para([Bold("Zá"), Bold("pis z jed"), Bold("nání řídící skupiny")], style: "Heading1"),
            Para([Bold("Datum:"), Plain(" 14. 10. 20"), Plain("26, 10:00")]),
            Para([Bold("Místo:"), Plain(" Městský úřad Turnov, zasedací "), Plain("místnost")]),
            Para([Bold("Přítomni:")]),
            Para([Plain("Mgr. Alžběta Rů"), Plain("žičková, Ing. Vladimír Hruška, Zuzana Pechová, Bc. Filip Kovář")]),
            Para([Bold("Omluveni:"), Plain(" Marta Sýkorová")]),
            Para([]),
            Para([Bold("Program:")]),
            Para([Plain("Zprávy z pracovních skupin")], list: Decimal),
            Para([Plain("Aktualizace katalogu sociál"), Plain("ních služeb")], list: Decimal),
            Para([Plain("Harmonogram jednání")], list: Decimal),
            Para([]),
            Para([Bold("Ad 1)")]),
            Para([Plain("Vedoucí pracovních skupin informovali o jejich činnosti:")]),
            Para([Plain("PS Senioři – dokončen dotazník")], list: Bullets),
            Para([Plain("PS Rodiny – připravuje se kulatý stůl")], list: Bullets),
            Para([Bold("Ad 2)")]),
            Para([Plain("Katalog bude vydán v prosinci.")]),
            Para([Plain("Úkol: zaslat opravy údajů o službách, Z: Zuzana Pechová, T: 15. 11.")]),
            Para([Bold("Ad 3)")]),
            Para([Plain("Skupina schválila termíny jednání na příští rok.")]),
            Para([Bold("Harmonogram jednání řídící skupiny pro rok 2027")]),
            Table(["Datum", "Čas", "Místo"], ["20. 1. 2027", "10:00", "Městský úřad Turnov"], ["21. 4. 2027", "10:00", "Městský úřad Turnov"]),
            Para([Plain("Jednání jsou veřejná.")]),
            Para([]),
            Para([Plain("V Turnově dne 16. 10. 2026, zapsala Zuzana Pechová")]));
    }

    private static void WorkingGroup(Body body)
    {
        body.Append(
            Para([Plain("Zápis z jednání pracovní skupiny Duševní zdraví")], style: "Heading1"),
            Para([Bold("Datum a čas:"), Plain(" 3. 12. 2026, 14:00–16:00")]),
            Para([Bold("Místo:"), Plain(" Centrum duševního zdraví Liberec")]),
            Para([Bold("Přítomni:"), Plain(" Jakub Vondra, Tereza Jelínková, Mgr. Olga Paterová")]),
            Para([]),
            Para([Bold("Program:")]),
            Para([Plain("Představení Centra duševního zdraví")], list: Letters),
            Para([Plain("Dostupnost psychiatrické péče")], list: Letters),
            Para([]),
            Para([Bold("Představení Centra duševního zdraví")]),
            Para([Plain("Ředitelka centra představila tým a služby.")]),
            Para([Bold("Dostupnost psychiatrické péče")]),
            Para([Plain("Čekací doby na ambulantní psychiatrii jsou až šest měsíců.")]),
            Para([Plain("oslovit zdravotní pojišťovny")], list: Bullets),
            Para([Plain("zmapovat soukromé ambulance")], list: Bullets),
            Para([Plain("Zmapovat ambulance v regionu.")]),
            Para([Plain("Z: T. Jelínková")]),
            Para([Bold("Termíny dalších jednání")]),
            Table(["4. 2. 2027", "14:00", "Centrum duševního zdraví"], ["6. 5. 2027", "14:00", "Centrum duševního zdraví"]),
            Para([]),
            Para([Plain("V Liberci dne 5. 12. 2026")]),
            Para([Plain("Zapsal: Jakub Vondra")]));
    }

    private static byte[] Document(Action<Body> content)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            content(body);
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }));
            main.Document = new Document(body);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                Abstract(1, NumberFormatValues.Decimal, "%1."),
                Abstract(2, NumberFormatValues.Decimal, "%1)"),
                Abstract(3, NumberFormatValues.Bullet, "•"),
                Abstract(4, NumberFormatValues.LowerLetter, "%1)"),
                Instance(Decimal, 1), Instance(DecimalParen, 2), Instance(Bullets, 3), Instance(Letters, 4));
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(new StyleName { Val = "heading 1" }, new StyleRunProperties(new Bold(), new FontSize { Val = "32" }))
                {
                    Type = StyleValues.Paragraph,
                    StyleId = "Heading1",
                });
        }

        return stream.ToArray();
    }

    private static AbstractNum Abstract(int id, NumberFormatValues format, string text) =>
        new(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = 0 })
        {
            AbstractNumberId = id,
        };

    private static NumberingInstance Instance(int id, int abstractId) => new(new AbstractNumId { Val = abstractId }) { NumberID = id };

    private static Paragraph Para(Run[] runs, string? style = null, int? list = null)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }

        if (list is { } numId)
        {
            properties.Append(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numId }));
        }

        return new Paragraph([properties, .. runs]);
    }

    private static Run Plain(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Run Bold(string text) => new(new RunProperties(new Bold()), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Table Table(params string[][] rows) => new(
        [new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single })),
         new TableGrid(rows[0].Select(_ => new GridColumn { Width = "3000" })),
         .. rows.Select(r => new TableRow(r.Select(c => new TableCell(new Paragraph(Plain(c))))))]);
}
