using NewsDashboard.Extraction.Dating;

namespace NewsDashboard.Extraction.Meetings;

/// <summary>A participant as the meeting stage reads it: a named person, or an unnamed side with a country and role.</summary>
internal sealed class Side
{
    public string? Entity { get; set; }

    public string? Name { get; set; }

    public string? Country { get; set; }

    public string? Role { get; set; }

    public string Key => Entity ?? "?" + Country;

    /// <summary>The word the side is named at (-1 when it stands for an earlier mention).</summary>
    public int Word { get; set; } = -1;
}

/// <summary>One meeting as one sentence states it, before the meetings of an article are merged.</summary>
internal sealed class Draft
{
    public required List<Side> Sides { get; init; }

    public string? Location { get; set; }

    public string? LocationCountry { get; set; }

    public ResolvedDate? Date { get; set; }

    public required string Status { get; set; }

    public required string Kind { get; set; }

    public required List<TextSpan> Evidence { get; init; }

    public bool Widened { get; set; }

    public bool DatedWhenHeld { get; set; }

    public List<Side> ClauseSides { get; init; } = [];

    /// <summary>The cue follows "and then" at the head of its clause: its subject is the sentence's.</summary>
    public bool Continues { get; init; }
}
