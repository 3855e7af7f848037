using CommunityPlanning.Common;
using CommunityPlanning.Records;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.Records;

/// <summary>A group's form of its minutes: its managers set it, nobody else; texts are checked like other names.</summary>
public sealed class RecordFormTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private async Task<(IRecordFormGrain Form, Actor Manager)> NewGroup()
    {
        var manager = NewOrganizer();
        var id = Guid.NewGuid();
        await fixture.Client.GetGrain<IWorkingGroupGrain>(id).Create(manager, new WorkingGroupDraft("Řídicí pracovní skupina", TargetGroup.Seniors, null));
        return (fixture.Client.GetGrain<IRecordFormGrain>(id), manager);
    }

    [Fact]
    public async Task A_group_without_a_form_has_the_default_and_its_manager_sets_one_that_is_kept()
    {
        var (form, manager) = await NewGroup();
        Assert.Equal(RecordForm.Default, await form.Get());

        var wanted = new RecordForm("KOMUNITNÍ PLÁNOVÁNÍ SOCIÁLNÍCH SLUŽEB – ŘÍDICÍ PRACOVNÍ SKUPINA", "Zápis z jednání {group}", false, false, false,
            AttendanceOrder.BySurname, RecorderForm.Feminine, "Harmonogram jednání pro rok 2027", "Změna termínů vyhrazena.");
        Assert.Equal(wanted, await form.Set(manager, wanted with { Heading = "  " + wanted.Heading + " " }));
        Assert.Equal(wanted, await form.Get());
    }

    [Fact]
    public async Task Others_and_bad_values_are_refused_and_change_nothing()
    {
        var (form, manager) = await NewGroup();

        await AssertRefused(ErrorCodes.Forbidden, () => form.Set(NewOrganizer("Cizí"), RecordForm.Default with { Heading = "X" }));
        await AssertRefused(ErrorCodes.Forbidden, () => form.Set(Actor.Participant(Guid.NewGuid(), "Jana"), RecordForm.Default with { Heading = "X" }));
        await AssertRefused(ErrorCodes.InvalidValue, () => form.Set(manager, RecordForm.Default with { AttendanceOrder = (AttendanceOrder)7 }));
        await AssertRefused(ErrorCodes.ControlCharacters, () => form.Set(manager, RecordForm.Default with { Heading = "a\u0001" }));

        Assert.Equal(RecordForm.Default, await form.Get());
    }
}
