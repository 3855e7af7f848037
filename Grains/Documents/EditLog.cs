using System.Data.Common;
using CommunityPlanning.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization;

namespace CommunityPlanning.Documents;

/// <summary>
/// The documents' operation logs, in a table of their own beside the grain storage (<c>DocumentEdits</c>, created by
/// <see cref="DatabaseSchema"/>): one row per run of consecutive edits of a section that were written together,
/// keyed by the run's last revision. Appending a group commit is one INSERT of just the new edits, whatever the
/// history's length; the grain storage would rewrite a whole record each time (which measured three times the
/// cost of the insert). Runs are Orleans-serialized <see cref="EditLogChunk"/>s, version tolerant like grain state.
/// Calls for one document must not overlap their appends; reads may run beside an append.
/// </summary>
public sealed class EditLog(StorageSettings settings, Serializer<EditLogChunk> serializer, IOptions<ClusterOptions> cluster)
{
    private readonly string _connectionString = settings.ResolveConnectionString();
    private readonly DbProviderFactory _factory = settings.Provider == StorageProvider.Sqlite ? SqliteFactory.Instance : NpgsqlFactory.Instance;

    /// <summary>
    /// Writes the edits (consecutive per section) in one statement, so all or none are stored. A revision already
    /// stored fails the append (two activations of one document, which Orleans allows for a moment after a silo
    /// failure, must not both extend its log) unless <paramref name="ignoreStored"/>.
    /// </summary>
    public async Task AppendAsync(Guid documentId, IReadOnlyList<AcceptedEdit> edits, bool ignoreStored = false)
    {
        var runs = edits.GroupBy(e => e.SectionId).Select(g => g.ToList()).ToList();
        if (runs.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        var rows = new List<string>();
        Add(command, "s", cluster.Value.ServiceId);
        Add(command, "d", documentId);
        for (var i = 0; i < runs.Count; i++)
        {
            rows.Add($"(@s, @d, @c{i}, @f{i}, @l{i}, @p{i})");
            Add(command, $"c{i}", runs[i][0].SectionId);
            Add(command, $"f{i}", runs[i][0].Revision);
            Add(command, $"l{i}", runs[i][^1].Revision);
            Add(command, $"p{i}", serializer.SerializeToArray(new EditLogChunk { Edits = runs[i] }));
        }

        command.CommandText = $"""
            INSERT INTO DocumentEdits (ServiceId, DocumentId, SectionId, FirstRevision, LastRevision, Payload)
            VALUES {string.Join(", ", rows)}
            {(ignoreStored ? "ON CONFLICT DO NOTHING" : "")}
            """;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The edits of a section after a revision, up to the end of the log.</summary>
    public Task<IReadOnlyList<AcceptedEdit>> ReadAfterAsync(Guid documentId, Guid sectionId, long revision) =>
        ReadRangeAsync(documentId, sectionId, revision, long.MaxValue);

    /// <summary>The edits of a section with revisions in (<paramref name="after"/>, <paramref name="upTo"/>].</summary>
    public async Task<IReadOnlyList<AcceptedEdit>> ReadRangeAsync(Guid documentId, Guid sectionId, long after, long upTo)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        // Runs are consecutive, so ordered by their last revision they are ordered by their first: the key's
        // range scan from the first run ending after "after" reads nothing it does not need.
        command.CommandText = """
            SELECT Payload FROM DocumentEdits
            WHERE ServiceId = @s AND DocumentId = @d AND SectionId = @c AND LastRevision > @after AND FirstRevision <= @upTo
            ORDER BY LastRevision
            """;
        Add(command, "s", cluster.Value.ServiceId);
        Add(command, "d", documentId);
        Add(command, "c", sectionId);
        Add(command, "after", after);
        Add(command, "upTo", upTo);
        var edits = new List<AcceptedEdit>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var run = serializer.Deserialize((byte[])reader[0]) ?? throw new InvalidDataException("empty edit log row");
            edits.AddRange(run.Edits.Where(e => e.Revision > after && e.Revision <= upTo));
        }

        return edits;
    }

    private async Task<DbConnection> OpenAsync()
    {
        var connection = _factory.CreateConnection()!;
        connection.ConnectionString = _connectionString;
        await connection.OpenAsync();
        return connection;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
