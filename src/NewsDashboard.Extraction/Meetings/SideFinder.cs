using System.Runtime.InteropServices;
using NewsDashboard.Extraction.Quotes;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Meetings;

/// <summary>
/// The sides a stretch of one article's words names: people, "his counterpart", a title that stands for a person,
/// a pronoun for the one the text is about, "the two ministers" for the sides of the meeting just reported.
/// </summary>
internal sealed class SideFinder
{
    private const int RecentEvents = 50;
    private const int RecentMeetings = 50;

    private readonly DocumentContext _ctx;
    private readonly MeetingCues _cues;
    private readonly bool[] _quoted;
    private readonly List<SpeechEvent> _speech;
    private readonly Fragments _fragments;

    public SideFinder(DocumentContext ctx, MeetingCues cues, bool[] quoted, List<SpeechEvent> speech)
    {
        _ctx = ctx;
        _cues = cues;
        _quoted = quoted;
        _speech = speech;
        _fragments = new Fragments(ctx);
    }

    /// <summary>People named in words [from, to), "his counterpart" sides, and titles that stand for a person.</summary>
    public List<Side> In(int from, int to)
    {
        var sides = new List<Side>();
        AddPeople(sides, from, to);
        for (var w = from; w < to; w++)
        {
            if (_quoted[w])
            {
                continue;
            }

            if (_cues.Counterpart(_ctx.Words, w) is { } c)
            {
                w = AddCounterpart(sides, c) - 1;
            }
            else if (_ctx.RoleReferenceAt(w) is { } r)
            {
                AddRoleHolder(sides, r);
                w = r.WordEnd - 1;
            }
        }

        return sides;
    }

    private void AddPeople(List<Side> sides, int from, int to)
    {
        var attendingFrom = _cues.Attending(_ctx.Words, from, to);
        foreach (var k in _ctx.MentionsInWords(from, to))
        {
            var m = _ctx.Mentions[k];
            var w = _ctx.MentionWord[k];
            if (m.Type == EntityTypes.Person && !_quoted[w] && w < attendingFrom && !sides.Exists(s => s.Entity == m.EntityId)
                && !_cues.AbsentBefore(_ctx.Words, w) && !_fragments.IsFragment(k))
            {
                var side = Named(m.EntityId, m.Surface);
                side.Word = w;
                sides.Add(side);
            }
        }
    }

    // "his Russian counterpart" is an unnamed side of that country, unless a name follows it.
    private int AddCounterpart(List<Side> sides, PhraseMatch c)
    {
        var (country, end) = CountryBeside(c.Start, c.End);
        if (_ctx.PersonStartingNear(end, 2) is null)
        {
            sides.Add(new Side { Country = country });
        }

        return end;
    }

    // "the Syrian minister": the person the article names with that role, else an unnamed side of that country.
    private void AddRoleHolder(List<Side> sides, RoleReference r)
    {
        var person = _ctx.PersonByRole(r.Role, r.Country, _ctx.Words[r.WordStart].Start);
        if (person?.EntityId is { } id)
        {
            if (!sides.Exists(s => s.Entity == id))
            {
                sides.Add(Named(id, person.Name));
            }
        }
        else if (r.Country is not null && !sides.Exists(s => s.Entity is null && s.Country == r.Country))
        {
            sides.Add(new Side { Country = r.Country, Role = r.Role });
        }
    }

    public Side Named(string id, string? surface)
        => new() { Entity = id, Name = _ctx.Entity(id)?.Name ?? surface, Country = _ctx.CountryOf(id), Role = _ctx.RoleOf(id) };

    // "نظيره الروسي", "son homologue russe", "his Russian counterpart", "с российским коллегой", "counterpart from Russia".
    private (string? Country, int End) CountryBeside(int start, int end)
    {
        for (var w = end; w < Math.Min(end + 2, _ctx.Words.Length); w++)
        {
            if (_ctx.CountryAtWord(w) is { } after)
            {
                var e = w;
                while (e < _ctx.Words.Length && _ctx.CountryAtWord(e) == after)
                {
                    e++;
                }

                return (after, e);
            }
        }

        for (var w = start - 1; w >= Math.Max(0, start - 2); w--)
        {
            if (_ctx.CountryAtWord(w) is { } before)
            {
                return (before, end);
            }
        }

        return (null, end);
    }

    /// <summary>
    /// "the two ministers met …": the group just before the cue stands for the sides of the latest meeting of two
    /// who hold that office; "he met …": a pronoun stands for the last subject of the discourse.
    /// </summary>
    public void AddReferred(List<Side> sides, int from, int to, List<Draft> earlier, int trigger)
    {
        for (var w = from; w < to; w++)
        {
            if (_cues.Group(_ctx.Words, w) is { } group && group.End <= trigger && trigger - group.End <= 3
                && Referred(group.Entry.Value, earlier) is { } previous)
            {
                foreach (var side in previous.Sides)
                {
                    if (!sides.Exists(x => x.Key == side.Key))
                    {
                        sides.Insert(0, side);
                    }
                }

                return;
            }

            if (sides.Count < 2 && _cues.IsPronoun(_ctx.Words, w)
                && LastSubject(_ctx.Words[w].Start) is { EntityId: { } id } subject && !sides.Exists(x => x.Entity == id))
            {
                sides.Insert(0, Named(id, subject.Name));
                return;
            }
        }
    }

    // "the two ministers": the latest meeting of two sides who hold that office (or whose office is not known).
    private Draft? Referred(string role, List<Draft> earlier)
    {
        for (var i = earlier.Count - 1; i >= 0 && i >= earlier.Count - RecentMeetings; i--)
        {
            var d = earlier[i];
            if (d.Sides.Count == 2 && (role.Length == 0 || d.Sides.TrueForAll(x => x.Entity is null || _ctx.RoleOf(x.Entity) is not { } r || DocumentContext.RoleMatches(r, role))))
            {
                return d;
            }
        }

        return earlier.Count > 0 ? earlier[^1] : null;
    }

    /// <summary>The speaker of the latest speech event before <paramref name="offset"/> that names one.</summary>
    public Speaker? LastSubject(int offset)
    {
        var lo = Offsets.FirstAtOrAfter<SpeechEvent>(CollectionsMarshal.AsSpan(_speech), offset, static e => e.Offset);
        for (var i = lo - 1; i >= 0 && i >= lo - RecentEvents; i--)
        {
            if (_speech[i].Speaker is { EntityId: not null } s)
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>A person named, or a word that stands for one (a title, "his counterpart", "the two ministers", "he").</summary>
    public bool MayHaveSides(int from, int to)
    {
        foreach (var k in _ctx.MentionsInWords(from, to))
        {
            if (_ctx.Mentions[k].Type == EntityTypes.Person)
            {
                return true;
            }
        }

        for (var w = from; w < to; w++)
        {
            if (_cues.StandsForSide(_ctx.Words, w) || (!_ctx.Words[w].IsPunct && _ctx.RoleReferenceAt(w) is not null))
            {
                return true;
            }
        }

        return false;
    }

    // "كما التقى لافروف نظيره السعودي": the Saudi foreign minister the article already named.
    public void NameCounterparts(List<Side> sides, int offset)
    {
        for (var i = 0; i < sides.Count; i++)
        {
            var s = sides[i];
            if (s.Entity is null && s.Country is not null && s.Role is not null
                && _ctx.PersonByRole(s.Role, s.Country, offset, sameRoleOnly: true) is { EntityId: { } id } person
                && !sides.Exists(x => x.Entity == id))
            {
                sides[i] = Named(id, person.Name);
            }
        }
    }

    /// <summary>A counterpart holds the same office as the side it is the counterpart of.</summary>
    public static void FillCounterpartRoles(List<Side> sides)
    {
        var role = sides.FirstOrDefault(s => s.Entity is not null && s.Role is not null)?.Role;
        foreach (var s in sides)
        {
            if (s.Entity is null)
            {
                s.Role ??= role;
            }
        }
    }
}
