namespace NewsDashboard.Extraction.Meetings;

/// <summary>
/// The meetings of one article: drafts about the same sides become one meeting (sides completed, evidence joined,
/// place, kind, status and date reconciled), then article-wide corrections (lone visitors, cancellations, dates
/// after publication) and the contract form.
/// </summary>
internal sealed class MeetingMerger
{
    private const int RecentMeetings = 50;
    private const int MaxEvidence = 8;

    private readonly List<Draft> _merged = [];
    private readonly Dictionary<string, List<Draft>> _byKey = new(StringComparer.Ordinal);

    public static IReadOnlyList<ExtractedMeeting> Merge(TextDocument document, List<Draft> drafts, DateOnly? published, List<(string Entity, string? Country)> cancelled)
    {
        var merger = new MeetingMerger();
        foreach (var d in drafts)
        {
            merger.Add(d);
        }

        merger.DropLoneVisitors();
        merger.Correct(published, cancelled);
        return merger.ToContract(document);
    }

    private void Add(Draft d)
    {
        var key = SideMatching.Key(d.Sides);
        if (Find(key, d) is not { } into)
        {
            Index(key, d);
            d.DatedWhenHeld = d.Status == MeetingStatus.Held && d.Date is not null;
            _merged.Add(d);
            return;
        }

        Index(key, into);
        CompleteSides(into, d);
        AddEvidence(into, d);
        into.Location ??= d.Location;
        into.LocationCountry ??= d.LocationCountry;
        if (d.Kind == MeetingKind.Call)
        {
            into.Kind = MeetingKind.Call;
        }

        into.Status = MergedStatus(into.Status, d.Status);
        MergeDate(into, d);
    }

    private void Index(string key, Draft d)
    {
        if (!_byKey.TryGetValue(key, out var list))
        {
            _byKey[key] = list = [];
        }

        if (!list.Contains(d))
        {
            list.Add(d);
        }
    }

    // The same sides exactly, else a recent meeting whose unnamed sides fit (kept linear on long texts); either way
    // the same event.
    private Draft? Find(string key, Draft d)
    {
        if (_byKey.GetValueOrDefault(key)?.Find(m => SameEvent(m, d)) is { } exact)
        {
            return exact;
        }

        for (var i = _merged.Count - 1; i >= 0 && i >= _merged.Count - RecentMeetings; i--)
        {
            if (SideMatching.SameSides(_merged[i].Sides, d.Sides) && SameEvent(_merged[i], d))
            {
                return _merged[i];
            }
        }

        return null;
    }

    /// <summary>
    /// Two reports of the same sides are one event unless their dates are more than a day apart, or one is a call
    /// that took place and the other a meeting announced or cancelled ("they spoke by phone yesterday; they will
    /// meet in Washington next week").
    /// </summary>
    internal static bool SameEvent(Draft a, Draft b)
    {
        if (a.Date is { } x && b.Date is { } y && Math.Abs(x.Date.DayNumber - y.Date.DayNumber) > 1)
        {
            return false;
        }

        return (a.Kind == MeetingKind.Call) == (b.Kind == MeetingKind.Call) || a.Status == b.Status;
    }

    // An unnamed side takes the country another report gives it, or the named person another report names.
    private static void CompleteSides(Draft into, Draft d)
    {
        for (var i = 0; i < into.Sides.Count; i++)
        {
            if (into.Sides[i].Entity is null && into.Sides[i].Country is null
                && d.Sides.Find(x => x.Entity is null && x.Country is not null && !into.Sides.Exists(y => y.Entity is null && y.Country == x.Country)) is { } known)
            {
                into.Sides[i].Country = known.Country;
                into.Sides[i].Role ??= known.Role;
            }

            if (into.Sides[i].Entity is null)
            {
                var named = d.Sides.Find(s => s.Entity is not null && !into.Sides.Exists(x => x.Entity == s.Entity) && SideMatching.Compatible(into.Sides[i], s));
                if (named is not null)
                {
                    into.Sides[i] = named;
                }
            }
        }
    }

    private static void AddEvidence(Draft into, Draft d)
    {
        foreach (var span in d.Evidence)
        {
            if (into.Evidence.Count < MaxEvidence && !into.Evidence.Contains(span))
            {
                into.Evidence.Add(span);
            }
        }
    }

    /// <summary>A meeting announced and then reported is held; a cancellation anywhere cancels it.</summary>
    internal static string MergedStatus(string into, string other)
        => into != MeetingStatus.Cancelled && (other == MeetingStatus.Cancelled || other == MeetingStatus.Held) ? other : into;

    // The date of the report that says the meeting took place wins over the date it was announced for.
    private static void MergeDate(Draft into, Draft d)
    {
        if (d.Date is { } date && (into.Date is null || (!into.DatedWhenHeld && d.Status == MeetingStatus.Held) || date.Evidence > into.Date.Value.Evidence))
        {
            into.Date = date;
            into.DatedWhenHeld = d.Status == MeetingStatus.Held;
        }
    }

    // A lone visitor whose meeting with someone is reported too: the visit is that meeting.
    private void DropLoneVisitors()
    {
        var inMeetings = _merged.Where(o => o.Sides.Count > 1).SelectMany(o => o.Sides).Select(x => x.Entity).OfType<string>().ToHashSet(StringComparer.Ordinal);
        _merged.RemoveAll(m => m.Sides.Count == 1 && m.Kind != MeetingKind.Conference && m.Sides[0].Entity is { } lone && inMeetings.Contains(lone));
    }

    // A call has no place. "X cancelled his visit to Algeria" names one side; it cancels the meeting with X planned
    // there. A meeting dated after the publication has not happened yet, whatever the tense of one sentence.
    private void Correct(DateOnly? published, List<(string Entity, string? Country)> cancelled)
    {
        foreach (var m in _merged)
        {
            if (m.Kind == MeetingKind.Call)
            {
                m.Location = m.LocationCountry = null;
            }

            if (m.Status != MeetingStatus.Held && cancelled.Exists(c => m.Sides.Exists(x => x.Entity == c.Entity) && (c.Country is null || m.LocationCountry is null || c.Country == m.LocationCountry)))
            {
                m.Status = MeetingStatus.Cancelled;
            }

            if (m.Status == MeetingStatus.Held && m.Date is { } d && published is { } p && d.Date > p)
            {
                m.Status = MeetingStatus.Planned;
            }
        }
    }

    private List<ExtractedMeeting> ToContract(TextDocument document)
        => [.. _merged.Select(m => new ExtractedMeeting(
            [.. m.Sides.Select(s => new MeetingParticipant(s.Entity, s.Name, s.Country, s.Role))],
            m.Location,
            m.LocationCountry,
            m.Date?.Iso,
            m.Status,
            m.Kind,
            string.Join(" ", m.Evidence.OrderBy(s => s.Start).Select(document.Slice)))
        {
            EvidenceSpans = [.. m.Evidence.OrderBy(s => s.Start).Select(s => new TextRange(s.Start, s.Length))],
        })];
}
