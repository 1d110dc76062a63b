using Microsoft.Data.Sqlite;

namespace NewsDashboard.Web.Features.Store;

/// <summary>
/// The writer's statements, each prepared once for the life of its connection. Microsoft.Data.Sqlite prepares a
/// command's SQL again for every new command object, and the ingest path runs a few dozen small statements per
/// article: preparing them was most of the writer's time. A command kept with the same text keeps its prepared
/// statements; only the parameter values change. Values are always bound as parameters, never spliced into SQL.
/// </summary>
internal sealed class PreparedStatements(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteConnection Connection => connection;

    /// <summary>The transaction every statement runs in until it is changed.</summary>
    public SqliteTransaction? Transaction { get; set; }

    public int Execute(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
        => Bind(sql, parameters).ExecuteNonQuery();

    /// <summary>The first column of the first row, or null when there is no row or it is NULL.</summary>
    public long? Scalar(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
        => Bind(sql, parameters).ExecuteScalar() is long value ? value : null;

    public SqliteDataReader Reader(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
        => Bind(sql, parameters).ExecuteReader();

    private SqliteCommand Bind(string sql, ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }

        command.Transaction = Transaction;
        foreach (var (name, value) in parameters)
        {
            var index = command.Parameters.IndexOf(name);
            var parameter = index >= 0 ? command.Parameters[index] : command.Parameters.Add(new SqliteParameter { ParameterName = name });
            parameter.Value = value ?? DBNull.Value;
        }

        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }
}
