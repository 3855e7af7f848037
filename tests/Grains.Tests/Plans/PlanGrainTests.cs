using System.Text.Json;
using CommunityPlanning.Common;
using CommunityPlanning.Plans;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.Plans;

/// <summary>A working group's plan: created by its organizers, edited node by node with versions, refusals change nothing.</summary>
public sealed class PlanGrainTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static readonly PlanDraft Draft = new("Střednědobý plán rozvoje sociálních služeb v Ústeckém kraji 2025-2027",
    [
        new("A", "Strategické cíle pro cílovou skupinu senioři", null,
        [
            new("A 1", "Podpora setrvání seniorů v domácím prostředí", null,
            [
                new("O 1", "Rozvoj zejména pečovatelských služeb.", null),
                new("O 2", "Podpora krátkodobých pobytů.", null),
            ]),
            new("A 2", "Pobytová zařízení sociálních služeb péče", "Poznámka k cíli.", [new("O 1", "Podpora služeb.", null)]),
        ]),
        new("B", "Strategické cíle pro cílovou skupinu osoby se zdravotním postižením", null,
            [new("B 1", "Podpora setrvání osob se zdravotním postižením v domácím prostředí.", null, [])]),
    ]);

    /// <summary>The whole tree as text: records holding lists compare by reference.</summary>
    private static string Json(PlanView plan) => JsonSerializer.Serialize(plan);

    private async Task<(Actor Manager, IWorkingGroupGrain Group, IPlanGrain Plan, PlanView View)> CreateAsync()
    {
        var manager = NewOrganizer();
        var group = fixture.Client.GetGrain<IWorkingGroupGrain>(Guid.NewGuid());
        await group.Create(manager, new WorkingGroupDraft("Pracovní skupina pro seniory", TargetGroup.Seniors, null));
        var view = await group.CreatePlan(manager, Draft);
        return (manager, group, fixture.Client.GetGrain<IPlanGrain>(view.Id), view);
    }

    [Fact]
    public async Task A_plan_is_created_by_the_groups_manager_and_held_by_the_group()
    {
        var (_, group, plan, view) = await CreateAsync();

        Assert.Equal([view.Id], (await group.Get()).PlanIds);
        var stored = await plan.Get();
        Assert.Equal(Draft.Title, stored.Title);
        Assert.Equal(["A", "B"], stored.TargetGroups.Select(t => t.Code));
        Assert.Equal(["A 1", "A 2"], stored.TargetGroups[0].Goals.Select(g => g.Code));
        Assert.Equal(["O 1", "O 2"], stored.TargetGroups[0].Goals[0].Objectives.Select(o => o.Code));
        Assert.Equal("Poznámka k cíli.", stored.TargetGroups[0].Goals[1].Notes);
        Assert.All(stored.TargetGroups[0].Goals[0].Objectives, o => Assert.Equal(1, o.Version));

        await AssertRefused(ErrorCodes.Forbidden, () => group.CreatePlan(NewOrganizer("Jiný organizátor"), Draft));
        await AssertRefused(ErrorCodes.Forbidden, () => group.CreatePlan(Actor.Participant(Guid.NewGuid(), "Jana"), Draft));
        await group.CreatePlan(Actor.Organizer(Guid.NewGuid(), true, "Administrátorka"), Draft);
        Assert.Equal(2, (await group.Get()).PlanIds.Count);
    }

    [Fact]
    public async Task Goals_and_objectives_are_added_edited_moved_and_removed()
    {
        var (manager, _, plan, view) = await CreateAsync();
        var a1 = view.TargetGroups[0].Goals[0];
        var a2 = view.TargetGroups[0].Goals[1];

        var added = await plan.AddNode(manager, new PlanNodeAddition(a1.Id, new PlanNodeContent(" O 3 ", "Podpora domácích pečujících.", "  "), 0));
        Assert.Equal(["O 3", "O 1", "O 2"], added.TargetGroups[0].Goals[0].Objectives.Select(o => o.Code));
        Assert.Null(added.TargetGroups[0].Goals[0].Objectives[0].Notes);

        var o1 = a1.Objectives[0];
        var edited = await plan.EditNode(manager, o1.Id, o1.Version, new PlanNodeContent("O 1", "Rozvoj pečovatelských služeb a osobní asistence.", "Viz síť služeb."));
        var o1After = edited.TargetGroups[0].Goals[0].Objectives.Single(o => o.Id == o1.Id);
        Assert.Equal(("Rozvoj pečovatelských služeb a osobní asistence.", "Viz síť služeb.", 2L), (o1After.Text, o1After.Notes, o1After.Version));

        var moved = await plan.MoveNode(manager, o1.Id, o1After.Version, a2.Id, 1);
        Assert.Equal(["O 3", "O 2"], moved.TargetGroups[0].Goals[0].Objectives.Select(o => o.Code));
        Assert.Equal([a2.Objectives[0].Id, o1.Id], moved.TargetGroups[0].Goals[1].Objectives.Select(o => o.Id));

        var goalMoved = await plan.MoveNode(manager, a2.Id, a2.Version, view.TargetGroups[1].Id, 0);
        Assert.Equal(["A 2", "B 1"], goalMoved.TargetGroups[1].Goals.Select(g => g.Code));

        var removed = await plan.RemoveNode(manager, a2.Id, a2.Version + 1);
        Assert.Equal(["B 1"], removed.TargetGroups[1].Goals.Select(g => g.Code));
        Assert.False(removed.HasObjective(o1.Id)); // the goal's objectives went with it
        Assert.True(removed.Version > view.Version);
        Assert.Equal(Json(removed), Json(await plan.Get()));
    }

    [Fact]
    public async Task Two_people_editing_the_same_node_the_second_gets_a_conflict_and_the_first_edit_stays()
    {
        var (manager, _, plan, view) = await CreateAsync();
        var admin = Actor.Organizer(Guid.NewGuid(), true, "Administrátorka");
        var o2 = view.TargetGroups[0].Goals[0].Objectives[1];

        await plan.EditNode(manager, o2.Id, o2.Version, new PlanNodeContent("O 2", "Znění manažerky.", null));
        await AssertRefused(ErrorCodes.PlanConflict, () => plan.EditNode(admin, o2.Id, o2.Version, new PlanNodeContent("O 2", "Znění administrátorky.", null)));
        await AssertRefused(ErrorCodes.PlanConflict, () => plan.RemoveNode(admin, o2.Id, o2.Version));
        await AssertRefused(ErrorCodes.PlanConflict, () => plan.MoveNode(admin, o2.Id, o2.Version, view.TargetGroups[0].Goals[1].Id, 0));

        var after = await plan.Get();
        var stored = after.TargetGroups[0].Goals[0].Objectives[1];
        Assert.Equal(("Znění manažerky.", 2L), (stored.Text, stored.Version));
        // With the current version the other person's edit goes through.
        await plan.EditNode(admin, o2.Id, stored.Version, new PlanNodeContent("O 2", "Znění administrátorky.", null));
    }

    [Fact]
    public async Task Only_the_groups_organizers_edit_and_bad_input_changes_nothing()
    {
        var (manager, _, plan, view) = await CreateAsync();
        var goal = view.TargetGroups[0].Goals[0];
        var objective = goal.Objectives[0];
        var content = new PlanNodeContent("O 9", "Text", null);

        await AssertRefused(ErrorCodes.Forbidden, () => plan.AddNode(NewOrganizer("Jiný"), new PlanNodeAddition(goal.Id, content, null)));
        await AssertRefused(ErrorCodes.Forbidden, () => plan.EditNode(Actor.Participant(Guid.NewGuid(), "Jana"), objective.Id, 1, content));
        await AssertRefused(ErrorCodes.Required, () => plan.AddNode(manager, new PlanNodeAddition(goal.Id, content with { Text = "  " }, null)));
        await AssertRefused(ErrorCodes.TooLong, () => plan.EditNode(manager, objective.Id, 1, content with { Code = new string('O', 21) }));
        await AssertRefused(ErrorCodes.ControlCharacters, () => plan.EditNode(manager, objective.Id, 1, content with { Text = "a\nb" }));
        await AssertRefused(ErrorCodes.InvalidValue, () => plan.AddNode(manager, new PlanNodeAddition(objective.Id, content, null))); // under an objective
        await AssertRefused(ErrorCodes.InvalidValue, () => plan.AddNode(manager, new PlanNodeAddition(goal.Id, content, 5)));
        await AssertRefused(ErrorCodes.InvalidValue, () => plan.MoveNode(manager, objective.Id, 1, view.TargetGroups[1].Id, 0)); // objective under a target group
        await AssertRefused(ErrorCodes.InvalidValue, () => plan.MoveNode(manager, goal.Id, 1, null, 0)); // a goal at the top
        await AssertRefused(ErrorCodes.NotFound, () => plan.RemoveNode(manager, Guid.NewGuid(), 1));
        await AssertRefused(ErrorCodes.NotFound, () => plan.AddNode(manager, new PlanNodeAddition(Guid.NewGuid(), content, null)));
        await AssertRefused(ErrorCodes.NotFound, () => fixture.Client.GetGrain<IPlanGrain>(Guid.NewGuid()).Get());

        Assert.Equal(Json(view), Json(await plan.Get()));
    }

    [Fact]
    public async Task A_plan_draft_with_bad_values_is_refused_whole()
    {
        var manager = NewOrganizer();
        var group = fixture.Client.GetGrain<IWorkingGroupGrain>(Guid.NewGuid());
        await group.Create(manager, new WorkingGroupDraft("Skupina", TargetGroup.Other, null));

        await AssertRefused(ErrorCodes.Required, () => group.CreatePlan(manager, Draft with { Title = " " }));
        await AssertRefused(ErrorCodes.Required, () => group.CreatePlan(manager, Draft with
        {
            TargetGroups = [Draft.TargetGroups[0] with { Goals = [Draft.TargetGroups[0].Goals[0] with { Objectives = [new("", "Bez kódu", null)] }] }],
        }));
        var many = Enumerable.Range(0, PlanRules.MaxNodes).Select(i => new ObjectiveDraft($"O {i}", "Text", null)).ToList();
        await AssertRefused(ErrorCodes.TooLong, () => group.CreatePlan(manager, new PlanDraft("Plán", [new("A", "Skupina", null, [new("A 1", "Cíl", null, many)])])));
        Assert.Empty((await group.Get()).PlanIds);
    }
}
