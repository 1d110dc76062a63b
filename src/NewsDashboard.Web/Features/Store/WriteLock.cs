namespace NewsDashboard.Web.Features.Store;

/// <summary>
/// The single-writer lock: held by the ingest writer for each batch it commits, and by the corrections that must not
/// interleave with it (merge, rename). One per store.
/// </summary>
internal sealed class WriteLock : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    /// <summary>Holds the lock until the returned handle is disposed.</summary>
    public async Task<IAsyncDisposable> TakeAsync(CancellationToken cancellationToken = default)
    {
        await _semaphore.WaitAsync(cancellationToken);
        return new Releaser(_semaphore);
    }

    public void Dispose() => _semaphore.Dispose();

    private sealed class Releaser(SemaphoreSlim semaphore) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
