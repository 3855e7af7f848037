namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>Waits for a condition that other parties make true, checking it as it may change.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        using var ticks = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        while (!condition())
        {
            if (!await ticks.WaitForNextTickAsync(cancel.Token).AsTask().ContinueWith(t => t.IsCompletedSuccessfully && t.Result))
            {
                Assert.Fail($"Condition not met within {timeout}.");
            }
        }
    }
}
