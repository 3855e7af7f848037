namespace CommunityPlanning.Hosting;

/// <summary>Creates the tables and queries the AdoNet providers need, idempotently.</summary>
public static class DatabaseSchema
{
    public static Task EnsureAsync(StorageSettings settings, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("written by the storage work");
}
