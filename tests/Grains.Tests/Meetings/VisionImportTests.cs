using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Plans;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.Voting;
using CommunityPlanning.WorkingGroups;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.Meetings;

/// <summary>A previous workshop's record imported into a meeting, and proposals linked to plan objectives.</summary>
public sealed class VisionImportTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static readonly VisionDocumentDraft Vision = new("Vize sociálních služeb Libereckého kraje",
    [
        new("Poskytovatelé služeb v sociální oblasti", "Subjekty nabízejí kvalitní služby."),
        new("Uživatelé služeb v sociální oblasti", "Lidé vědí, na koho se obrátit."),
    ]);

    private static readonly ImportedProposal[] Proposals =
    [
        new("UŽIVATELÉ SLUŽEB V SOCIÁLNÍ OBLASTI", "Podpora pečujících – komplexně i systematicky"),
        new("POSKYTOVATELÉ SLUŽEB V SOCIÁLNÍ OBLASTI", "Zapojení a podpora dobrovolníků"),
        new("ŘÍZENÍ SLUŽEB V SOCIÁLNÍ OBLASTI", "Podpora denních stacionářů"),
        new(null, "Bez oblasti"),
    ];

    [Fact]
    public async Task A_meeting_without_a_vision_gets_the_imported_one_and_the_proposals_under_its_areas_live()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var observer = new RecordingObserver();
        await world.Grain.Subscribe("web-a", fixture.Client.CreateObjectReference<IMeetingObserver>(observer), []);
        await world.Grain.Execute(world.Facilitator, new SetBrainstorm(true));

        var result = await world.Grain.ImportVision(world.Facilitator, new VisionImport(Vision, Proposals));

        Assert.True(result.DocumentCreated);
        Assert.Equal((4, 2), (result.ProposalsAdded, result.ProposalsPlaced));
        var details = await world.Grain.GetDetails();
        Assert.Equal(result.VisionDocumentId, details.VisionDocumentId);
        Assert.Contains(result.VisionDocumentId!.Value, (await fixture.Client.GetGrain<IWorkingGroupGrain>(world.GroupId).Get()).VisionDocumentIds);
        var sections = (await fixture.Client.GetGrain<IVisionDocumentGrain>(result.VisionDocumentId.Value).Get()).Sections;
        Assert.Equal(Vision.Sections.Select(s => (s.Heading, s.Text)), sections.Select(s => (s.Heading, s.Text)));

        var updated = await observer.WaitFor<MeetingUpdated>(_ => true);
        Assert.Equal(result.VisionDocumentId, updated.Details.VisionDocumentId);
        var changed = await observer.WaitFor<BoardChanged>(_ => true);
        Assert.Equal((updated.Seq + 1, result.Seq), (changed.Seq, changed.Seq));
        var board = changed.Board;
        Assert.All(board.Proposals, p => Assert.False(p.Hidden)); // a record's proposals were gathered openly
        Assert.Equal(
            [(sections[1].Id, "Podpora pečujících – komplexně i systematicky"), (sections[0].Id, "Zapojení a podpora dobrovolníků"),
             ((Guid?)null, "Podpora denních stacionářů"), (null, "Bez oblasti")],
            board.Proposals.Select(p => (p.AreaId, p.Text)));
    }

    [Fact]
    public async Task A_meeting_with_a_vision_keeps_it_and_places_the_proposals_under_its_areas()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var first = await world.Grain.ImportVision(world.Facilitator, new VisionImport(Vision, []));
        var other = Vision with { Title = "Jiná vize", Sections = [new("Řízení služeb v sociální oblasti", "Jiný text")] };

        var second = await world.Grain.ImportVision(world.Facilitator, new VisionImport(other, Proposals));

        Assert.False(second.DocumentCreated);
        Assert.Equal(first.VisionDocumentId, second.VisionDocumentId);
        Assert.Equal(2, second.ProposalsPlaced); // under the meeting's own areas; "Řízení" is not one of them
        Assert.Single((await fixture.Client.GetGrain<IWorkingGroupGrain>(world.GroupId).Get()).VisionDocumentIds);
    }

    [Fact]
    public async Task Only_the_facilitator_imports_before_the_end_and_a_refusal_leaves_nothing_behind()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var (participant, _) = await world.AdmitAsync(MeetingRole.Participant);
        var (observer, _) = await world.AdmitAsync(MeetingRole.Observer, "Občan");
        var import = new VisionImport(Vision, Proposals);

        await AssertRefused(ErrorCodes.Forbidden, () => world.Grain.ImportVision(participant, import));
        await AssertRefused(ErrorCodes.Forbidden, () => world.Grain.ImportVision(observer, import));
        await AssertRefused(ErrorCodes.Forbidden, () => world.Grain.ImportVision(NewOrganizer("Jiný"), import));
        await AssertRefused(ErrorCodes.ImportNothingFound, () => world.Grain.ImportVision(world.Facilitator, new VisionImport(null, [])));
        await AssertRefused(ErrorCodes.Required, () => world.Grain.ImportVision(world.Facilitator, new VisionImport(Vision, [new(null, "  ")])));
        await AssertRefused(ErrorCodes.TooLong, () => world.Grain.ImportVision(world.Facilitator,
            new VisionImport(Vision, [.. Enumerable.Range(0, ProposalBoard.MaxProposals + 1).Select(i => new ImportedProposal(null, $"Návrh {i}"))])));
        await AssertRefused(ErrorCodes.Required, () => world.Grain.ImportVision(world.Facilitator, new VisionImport(Vision with { Title = "" }, Proposals)));

        Assert.Null((await world.Grain.GetDetails()).VisionDocumentId);
        Assert.Empty((await fixture.Client.GetGrain<IWorkingGroupGrain>(world.GroupId).Get()).VisionDocumentIds);
        Assert.Empty((await world.Grain.GetBoard(world.Facilitator)).Proposals);

        await world.Grain.ChangePhase(world.Facilitator, MeetingPhase.Ended);
        await AssertRefused(ErrorCodes.MeetingEnded, () => world.Grain.ImportVision(world.Facilitator, import));
    }

    [Fact]
    public async Task A_proposal_is_linked_to_an_objective_of_the_groups_plan_by_its_author_or_a_facilitator()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var group = fixture.Client.GetGrain<IWorkingGroupGrain>(world.GroupId);
        var plan = await group.CreatePlan(world.Facilitator, new PlanDraft("Střednědobý plán",
            [new("A", "Senioři", null, [new("A 1", "Podpora setrvání seniorů v domácím prostředí", null, [new("O 2", "Podpora krátkodobých pobytů.", null)])])]));
        var objective = plan.TargetGroups[0].Goals[0].Objectives[0];
        var (author, _) = await world.AdmitAsync(MeetingRole.Participant, "Autorka");
        var (other, _) = await world.AdmitAsync(MeetingRole.Participant, "Jiný");
        await world.Grain.Execute(author, new AddProposal(null, "Odlehčovací pobyty"));
        var proposal = Assert.Single((await world.Grain.GetBoard(author)).Proposals);
        var link = new ObjectiveLink(plan.Id, objective.Id);

        await AssertRefused(ErrorCodes.Forbidden, () => world.Grain.Execute(other, new LinkProposal(proposal.Id, link)));
        await AssertRefused(ErrorCodes.NotFound, () => world.Grain.Execute(author, new LinkProposal(proposal.Id, link with { ObjectiveId = plan.TargetGroups[0].Goals[0].Id })));
        var foreign = await CreateForeignPlanAsync();
        await AssertRefused(ErrorCodes.NotFound, () => world.Grain.Execute(author, new LinkProposal(proposal.Id, foreign)));
        Assert.Null(Assert.Single((await world.Grain.GetBoard(author)).Proposals).Objective);

        await world.Grain.Execute(author, new LinkProposal(proposal.Id, link));
        Assert.Equal(link, Assert.Single((await world.Grain.GetSnapshot(other)).Board.Proposals).Objective);
        await world.Grain.Execute(world.Facilitator, new LinkProposal(proposal.Id, null));
        Assert.Null(Assert.Single((await world.Grain.GetBoard(author)).Proposals).Objective);
    }

    /// <summary>An objective of another group's plan.</summary>
    private async Task<ObjectiveLink> CreateForeignPlanAsync()
    {
        var organizer = NewOrganizer();
        var group = fixture.Client.GetGrain<IWorkingGroupGrain>(Guid.NewGuid());
        await group.Create(organizer, new WorkingGroupDraft("Jiná skupina", TargetGroup.Other, null));
        var plan = await group.CreatePlan(organizer, new PlanDraft("Plán", [new("A", "Skupina", null, [new("A 1", "Cíl", null, [new("O 1", "Opatření", null)])])]));
        return new ObjectiveLink(plan.Id, plan.TargetGroups[0].Goals[0].Objectives[0].Id);
    }
}
