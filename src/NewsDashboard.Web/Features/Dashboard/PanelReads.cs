using System.Data.Common;

namespace NewsDashboard.Web.Features.Dashboard;

/// <summary>
/// The store reads of one page, panel by panel. A read the store refuses (a damaged page, a locked or vanished file)
/// keeps that panel's last good data and is listed as a failure, so one bad table never takes down the other panels
/// or the page; the next refresh that reads it again clears the failure.
/// </summary>
public sealed class PanelReads(ILogger logger)
{
    private readonly Dictionary<string, string> _failures = new(StringComparer.Ordinal);

    /// <summary>Panel (its title key) → why its read failed, for the panels whose last read failed.</summary>
    public IReadOnlyDictionary<string, string> Failures => _failures;

    public async Task<T> ReadAsync<T>(string panel, Func<Task<T>> read, T current)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            var value = await read();
            _failures.Remove(panel);
            return value;
        }
        catch (DbException ex)
        {
            if (_failures.TryAdd(panel, ex.Message))
            {
                logger.LogError(ex, "The {Panel} panel could not be read from the store; it keeps its last data", panel);
            }

            return current;
        }
    }
}
