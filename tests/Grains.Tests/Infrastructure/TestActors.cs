using CommunityPlanning.Common;

namespace CommunityPlanning.Tests.Infrastructure;

public static class TestActors
{
    public static Actor NewOrganizer(string name = "Petra Hybnerová") => Actor.Organizer(Guid.NewGuid(), false, name);

    public static Actor NewAdministrator(string name = "Koordinátorka KPSS") => Actor.Organizer(Guid.NewGuid(), true, name);

    public static async Task<DomainException> Refused(Func<Task> call) => await Assert.ThrowsAsync<DomainException>(call);

    public static async Task AssertRefused(string code, Func<Task> call) => Assert.Equal(code, (await Refused(call)).Code);
}
