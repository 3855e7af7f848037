using CommunityPlanning.Intentions;
using CommunityPlanning.Tests.Infrastructure;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.Intentions;

/// <summary>The submission deadline (Europe/Prague) by the silos' clock; a class of its own because it moves the clock.</summary>
public sealed class IntentionDeadlineTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task A_first_submission_after_the_deadline_is_refused_but_a_returned_intention_can_still_be_completed()
    {
        var setup = await IntentionSetup.CreateAsync(fixture.Client, fixture.Clock);
        var (late, lateHash, _) = await setup.AddAsync();
        var (returned, returnedHash, _) = await setup.AddAsync();
        await returned.Submit(returnedHash, setup.Form());
        await returned.ReturnForCompletion(setup.Admin, "Doplňte IČO zřizovatele.");
        await late.SaveDraft(lateHash, setup.Form());
        var before = IntentionSetup.Json(await late.Get(setup.Admin));

        fixture.Clock.Advance(TimeSpan.FromDays(10) + TimeSpan.FromMinutes(1));

        await AssertRefused(IntentionErrorCodes.DeadlinePassed, () => late.Submit(lateHash, setup.Form()));
        Assert.Equal(before, IntentionSetup.Json(await late.Get(setup.Admin)));
        Assert.Equal(IntentionState.Submitted, (await returned.Submit(returnedHash, setup.Form())).State);
    }
}
