using System.Collections.Concurrent;

namespace CommunityPlanning.Web.Tests.Authorization;

/// <summary>A row to run: its key in <see cref="AuthorizationTable"/>, its expectations, its world, and how one cell runs.</summary>
/// <param name="RunCell">Runs one role's cell; answers what went wrong (null: as expected) and whether the call went through.</param>
public sealed record MatrixRow(string Key, Expect[] Expected, Worlds Worlds, Func<World, Role, Expect, Task<(string? Failure, bool Allowed)>> RunCell);

/// <summary>
/// Runs rows side by side and each row's cells one after another (so a refusal's "nothing changed" is about that
/// call alone), collecting every failing cell instead of stopping at the first.
/// </summary>
public sealed class MatrixRunner(Cast cast, World shared)
{
    /// <summary>Rows at once: the machine has two cores, and most of a cell's time is waiting for the server.</summary>
    private const int RowsAtOnce = 4;

    private readonly ConcurrentQueue<string> _failures = new();
    private int _cells;

    public IReadOnlyCollection<string> Failures => _failures;

    public int Cells => _cells;

    public async Task RunAsync(IEnumerable<MatrixRow> rows) =>
        await Parallel.ForEachAsync(rows, new ParallelOptions { MaxDegreeOfParallelism = RowsAtOnce }, async (row, _) => await RunRowAsync(row));

    private async Task RunRowAsync(MatrixRow row)
    {
        World? own = null;
        try
        {
            foreach (var role in Roles.All)
            {
                var world = row.Worlds == Worlds.Shared ? shared : own ??= await World.CreateAsync(cast);
                var (failure, allowed) = await RunCellAsync(row, world, role);
                Interlocked.Increment(ref _cells);
                if (failure is not null)
                {
                    _failures.Enqueue($"{row.Key} as {role}: {failure}");
                }

                if (allowed && row.Worlds == Worlds.FreshAfterAllowed && own is not null)
                {
                    await own.DisposeAsync();
                    own = null;
                }
            }
        }
        catch (Exception e)
        {
            _failures.Enqueue($"{row.Key}: its world could not be built: {e.Message}");
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    private static async Task<(string? Failure, bool Allowed)> RunCellAsync(MatrixRow row, World world, Role role)
    {
        try
        {
            return await row.RunCell(world, role, row.Expected[(int)role]);
        }
        catch (Exception e)
        {
            // Arranging failed, or the call did not answer: the cell cannot say anything, which is a failure too.
            return ($"failed to run: {e.GetType().Name}: {e.Message}", false);
        }
    }
}
