using CommunityPlanning.Plans;
using CommunityPlanning.Web.Imports;

namespace CommunityPlanning.Web.Tests.Imports;

/// <summary>The plan parser on the real Ústí medium-term plan, with its wrapped lines, "O2" without a colon and notes.</summary>
public sealed class PlanParserTests
{
    private static readonly ParsedPlan Seed = PlanParser.Parse(Seeds.MediumTermPlan);

    private static StrategicGoalDraft Goal(string code) => Seed.Plan.TargetGroups.SelectMany(t => t.Goals).Single(g => g.Code == code);

    [Fact]
    public void The_seed_plan_has_its_title_four_target_groups_and_their_goals()
    {
        var plan = Seed.Plan;

        Assert.Equal("Střednědobý plán rozvoje sociálních služeb v Ústeckém kraji 2025-2027", plan.Title);
        Assert.Equal(["A", "B", "C", "D"], plan.TargetGroups.Select(t => t.Code));
        Assert.Equal("Strategické cíle pro cílovou skupinu senioři", plan.TargetGroups[0].Text);
        Assert.Equal("Společné strategické cíle", plan.TargetGroups[3].Text);
        Assert.Equal(["A 1", "A 2", "A 3"], plan.TargetGroups[0].Goals.Select(g => g.Code));
        Assert.Equal(["B 1", "B 2", "B 3", "B 4", "B 5", "B 6"], plan.TargetGroups[1].Goals.Select(g => g.Code));
        Assert.Equal(["C 1", "C 2", "C 3", "C 4"], plan.TargetGroups[2].Goals.Select(g => g.Code));
        Assert.Equal(Enumerable.Range(1, 11).Select(n => $"D {n}"), plan.TargetGroups[3].Goals.Select(g => g.Code));
        Assert.Equal("Podpora setrvání seniorů v domácím prostředí", Goal("A 1").Text);
        Assert.Equal("Podpora rozvoje aktivit v prorodinné oblasti", Goal("D 11").Text);
        Assert.Empty(Seed.Unplaced);
    }

    [Fact]
    public void Objectives_are_counted_per_goal_including_the_variants_without_a_colon()
    {
        var counts = Seed.Plan.TargetGroups.SelectMany(t => t.Goals).Select(g => g.Objectives.Count);

        Assert.Equal([3, 2, 2, 4, 2, 2, 3, 3, 2, 3, 2, 3, 4, 3, 2, 2, 2, 2, 4, 2, 1, 2, 2, 2], counts);
        Assert.All(Seed.Plan.TargetGroups.SelectMany(t => t.Goals), g =>
            Assert.Equal(Enumerable.Range(1, g.Objectives.Count).Select(n => $"O {n}"), g.Objectives.Select(o => o.Code)));
        Assert.Equal("Nastavení role a řešení potřeb sociálních služeb péče v terénní a pobytové formě při práci s válečnými veterány",
            Goal("D 9").Objectives[1].Text); // "O2 Nastavení…"
        Assert.Equal("Prohloubení spolupráce Ústeckého kraje s dobrovolnickými centry", Goal("D 10").Objectives[0].Text);
        Assert.Equal("Rozvoj aktivit zaměřených na seniory a osoby se zdravotním postižením", Goal("D 11").Objectives[1].Text);
    }

    [Fact]
    public void Wrapped_lines_join_the_line_before_and_explanatory_paragraphs_are_notes_of_their_goal()
    {
        Assert.Equal("Podpora služeb, které zajišťují péči osob se zdravotním postižením s vysokou mírou závislosti na péči druhé osoby.",
            Goal("B 5").Objectives[0].Text);
        Assert.Equal("Podpora vytváření, testování, ověřování a poskytování služeb inteligentní péče, podpora inovativních aktivit ve službách.",
            Goal("D 6").Text);
        Assert.Equal("Kontrola plnění role služby v Základní síti sociálních služeb ÚK, včetně toho, jak služba reaguje na potřeby osob.",
            Goal("D 2").Objectives[1].Text);
        Assert.Equal("Podpora obnovy, budování a rozvoje materiálně technických požadavků na služby s využitím nových řešení.", Goal("D 6").Objectives[1].Text);
        Assert.Equal("Podpora rozvoje regionální, nadregionální a mezinárodní spolupráce pro přenos poznatků a hledání řešení.", Goal("D 6").Objectives[3].Text);

        Assert.Equal("Celá oblast péče o duševní zdraví je obsažena v samostatném dokumentu Krajský plán péče o duševní zdraví pro Ústecký kraj.", Goal("B 4").Notes);
        Assert.StartsWith("Kvalita sociálních služeb je v současné době pojímána jako schopnost služby", Goal("D 1").Notes);
        Assert.Equal("Metodická podpora služeb.", Goal("D 1").Text);
        var notes = Seed.Plan.TargetGroups
            .SelectMany(t => t.Goals
                .SelectMany(g => g.Objectives.Select(o => (Code: $"{g.Code}/{o.Code}", o.Notes)).Prepend((g.Code, g.Notes)))
                .Prepend((t.Code, t.Notes)))
            .Where(n => n.Notes is not null);
        Assert.Equal(["B 4", "D 1"], notes.Select(n => n.Code)); // nothing else took a line for a note
    }

    [Fact]
    public void Goals_and_objectives_without_a_parent_and_text_before_the_first_target_group_are_unplaced()
    {
        var parsed = PlanParser.Parse(string.Join("\n",
            "Plán rozvoje",
            "Úvodní poznámka.",
            "A 1: Cíl bez cílové skupiny",
            "A. Senioři",
            "O 1: Opatření bez cíle",
            "A 1: Podpora",
            "O1 Opatření jedna",
            "pokračování opatření",
            "Poznámka k opatření."));

        Assert.Equal("Plán rozvoje", parsed.Plan.Title);
        Assert.Equal(
            [new(2, "Úvodní poznámka.", "before_first_target_group"), new(3, "A 1: Cíl bez cílové skupiny", "goal_without_target_group"),
             new UnplacedLine(5, "O 1: Opatření bez cíle", "objective_without_goal")],
            parsed.Unplaced);
        var objective = parsed.Plan.TargetGroups.Single().Goals.Single().Objectives.Single();
        Assert.Equal(new ObjectiveDraft("O 1", "Opatření jedna pokračování opatření", "Poznámka k opatření."), objective);
    }
}
