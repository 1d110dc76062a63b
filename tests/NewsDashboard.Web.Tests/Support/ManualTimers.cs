namespace NewsDashboard.Web.Tests.Support;

/// <summary>The system clock whose timers fire only when the test says so.</summary>
internal sealed class ManualTimers : TimeProvider
{
    private readonly List<(TimerCallback Callback, object? State, TimeSpan Period)> _timers = [];

    public IReadOnlyList<TimeSpan> Periods => _timers.Select(t => t.Period).ToList();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var entry = (callback, state, period);
        _timers.Add(entry);
        return new Handle(() => _timers.Remove(entry));
    }

    /// <summary>Fires every live timer with the given period once.</summary>
    public void Fire(TimeSpan period)
    {
        foreach (var timer in _timers.Where(t => t.Period == period).ToList())
        {
            timer.Callback(timer.State);
        }
    }

    private sealed class Handle(Action remove) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose() => remove();

        public ValueTask DisposeAsync()
        {
            remove();
            return ValueTask.CompletedTask;
        }
    }
}
