using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Meetings;

/// <summary>Words [From, To) between two clause marks (comma, semicolon, colon, bracket, dash).</summary>
internal readonly record struct Clause(int From, int To)
{
    public bool Contains(int w) => w >= From && w < To;

    public static List<Clause> Split(Word[] words, int from, int to)
    {
        var clauses = new List<Clause>();
        var start = from;
        for (var i = from; i < to; i++)
        {
            if (words[i].IsPunct && words[i].Punct is ',' or '،' or ';' or '؛' or ':' or '(' or ')' or '—' or '–')
            {
                if (i > start)
                {
                    clauses.Add(new Clause(start, i));
                }

                start = i + 1;
            }
        }

        if (to > start)
        {
            clauses.Add(new Clause(start, to));
        }

        return clauses;
    }
}
