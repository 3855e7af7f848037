using CommunityPlanning.Web.Records;

namespace CommunityPlanning.Web.Tests.Records;

/// <summary>Minutes of a working group as the builders will lay them out, with text a writer could get wrong.</summary>
internal static class MinutesSample
{
    public const string Title = "Zápis z jednání pracovní skupiny pro seniory";
    public const string Letters = "ěščřžýáíéúůťďňó ĚŠČŘŽÝÁÍÉÚŮŤĎŇÓ";

    /// <summary>Markup, an entity and control characters, as a pasted note might bring them.</summary>
    public const string Hostile = "<script>alert('x')</script>&amp; \"uvozovky\"\u0001\u0007\u001B";

    /// <summary><see cref="Hostile"/> as the writers keep it: the control characters dropped, the rest as text.</summary>
    public const string HostileKept = "<script>alert('x')</script>&amp; \"uvozovky\"";

    public static RecordDocument Document(string language = "cs") => new(Title,
    [
        RecordParagraph.Field("Datum", "18. 11. 2015"),
        RecordParagraph.Field("Místo", "Magistrát města Liberec, zasedací místnost č. 3"),
        RecordParagraph.Field("Přítomni", "K. Marcinková, J. Šťastný, Ž. Čermáková"),
        new RecordHeading(1, "Ad 1) Zahájení"),
        RecordParagraph.Plain("Jednání zahájila K. Marcinková.\nPřivítala nové členy skupiny."),
        new RecordHeading(1, "Ad 2) Rozvojové záměry"),
        new RecordList(["Domov Pohoda – odlehčovací služba", "Terénní pečovatelská služba", Hostile]),
        new RecordHeading(2, "Hlasování " + Hostile),
        new RecordList(["doporučuji: 7", "nedoporučuji: 1"], Numbered: true),
        new RecordHeading(3, "Pořadí návrhů"),
        new RecordTable(["Záměr", "Body", "Pořadí"],
        [
            ["Domov Pohoda", "12", "1."],
            ["Terénní péče\nv obcích", "9", "2."],
            [Hostile, "0", "3."],
        ]),
        new RecordParagraph([new RecordRun("Z:", Bold: true), new RecordRun(" K. Marcinková, termín: 18. 11. 2015")]),
        RecordParagraph.Plain(Letters),
        new RecordParagraph([new RecordRun(Hostile, Bold: true)]),
        new RecordList(["druhý číslovaný seznam", "začíná znovu od jedné"], Numbered: true),
        RecordParagraph.Plain("V Liberci dne 18. 11. 2015, zapsala: K. Marcinková"),
    ], language);
}
