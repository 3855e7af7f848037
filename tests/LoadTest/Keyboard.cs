namespace CommunityPlanning.LoadTest;

/// <summary>People typing: each on their own clock, one key every interval, started at a random phase.</summary>
public static class Keyboard
{
    /// <param name="key">Types one key for person <c>i</c> with their own random source.</param>
    public static Task TypeAsync(int people, int intervalMs, int seed, Func<int, Random, Task> key, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, people).Select(async i =>
        {
            var random = new Random(seed + i);
            await Task.Delay(random.Next(intervalMs), CancellationToken.None);
            using var keyboard = new PeriodicTimer(TimeSpan.FromMilliseconds(intervalMs));
            do
            {
                await key(i, random);
            }
            while (!stop.IsCancellationRequested && await keyboard.WaitForNextTickAsync(CancellationToken.None));
        }));
}
