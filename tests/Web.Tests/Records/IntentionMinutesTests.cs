using CommunityPlanning.Meetings;
using CommunityPlanning.Records;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Localization;
using CommunityPlanning.Web.Records;

namespace CommunityPlanning.Web.Tests.Records;

/// <summary>A poll about development intentions in the minutes: under its item, the quorum of members and the recusals.</summary>
public sealed class IntentionMinutesTests
{
    private static readonly DateTimeOffset Start = new(2027, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private static MinutesContent Minutes(PollView poll, Guid itemId) => new(
        Guid.NewGuid(), "Řídicí pracovní skupina", "Jednání ŘPS", Start, null, "Petra Hybnerová", [], [], 0, 0,
        [new MinutesItem(itemId, "Rozvojové záměry: Domov Harcov – Domov pro seniory; Poradna – Poradenství", null, AgendaItemKind.Vote, "", [poll], [], [])],
        [], [], [], [], MinutesFooter.Empty, Start, []);

    [Fact]
    public void A_block_decision_below_its_quorum_is_recorded_under_its_item_with_the_quorum_and_the_recused_members()
    {
        var itemId = Guid.NewGuid();
        IntentionRef[] intentions =
        [
            new(Guid.NewGuid(), "Domov Harcov", "25465015", "Domov pro seniory"),
            new(Guid.NewGuid(), "Poradna", "70883947", "Poradenství"),
        ];
        var draft = PollRules.Validated(IntentionPollDrafts.Draft(IntentionPollKind.Decision, intentions, 3));
        var result = PollCounting.Count(draft, [[1, 0, 0], [1, 0, 0]], 2, Start, final: true, []);
        var intention = new IntentionPoll(IntentionPollKind.Decision, itemId, intentions, 5, [new RecusedMember(Guid.NewGuid(), "Adam Novák", RecusalReason.Organization)], 3, []);
        var poll = new PollView(Guid.NewGuid(), draft, PollPhase.Closed, Start, Start, Start, [], [], result, itemId, Intention: intention);

        var cs = MarkdownWriter.Write(MinutesRecord.Build(Minutes(poll, itemId), null, UiTextEndpoints.Load("cs"), "cs")).ReplaceLineEndings("\n");
        var item = cs[cs.IndexOf("## Ad 1) Rozvojové záměry", StringComparison.Ordinal)..];
        Assert.Contains("Blokové rozhodnutí o rozvojových záměrech: Domov Harcov – Domov pro seniory; Poradna – Poradenství", item);
        Assert.Contains("Blokové rozhodnutí o více záměrech najednou", item);
        Assert.Contains("Členové skupiny: 5; vyloučeni pro střet zájmů: 1; potřeba k usnášeníschopnosti: 3; hlasovalo: 2. Kvórum nesplněno.", item);
        Assert.Contains("Pro střet zájmů nehlasovali: Adam Novák (vlastní organizace).", item);

        var en = MarkdownWriter.Write(MinutesRecord.Build(Minutes(poll, itemId), null, UiTextEndpoints.Load("en"), "en"));
        Assert.Contains("Group members: 5; recused for a conflict of interest: 1; needed for a quorum: 3; voted: 2. Quorum not met.", en);
    }
}
