namespace NewsDashboard.Web.Features.Articles;

/// <summary>
/// Finds every needle in a text in one pass (Aho–Corasick): built once from all needles, linear in their total length;
/// a scan is linear in the text plus the occurrences found. Replaces one search of the text per needle, which made an
/// article with thousands of quotes cost thousands of scans of every paragraph.
/// </summary>
internal sealed class NeedleMatcher
{
    private readonly Dictionary<long, int> _next = new(Mixed.Instance);
    private readonly List<int> _fail = [0];
    private readonly List<int> _needle = [-1]; // the needle that ends at this node, or -1
    private readonly List<int> _outputLink = [-1]; // the nearest node down the failure links where a needle ends
    private readonly List<int> _firstChild = [-1];
    private readonly List<int> _nextSibling = [-1];
    private readonly List<char> _char = ['\0'];

    public NeedleMatcher(IReadOnlyList<string> needles)
    {
        Needles = needles;
        for (var n = 0; n < needles.Count; n++)
        {
            Insert(needles[n], n);
        }

        Link();
    }

    public IReadOnlyList<string> Needles { get; }

    /// <summary>Calls <paramref name="found"/> with (start, needle index) for every occurrence, in order of its end.</summary>
    public void Scan(string text, Action<int, int> found)
    {
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            state = Step(state, text[i]);
            for (var node = _needle[state] >= 0 ? state : _outputLink[state]; node > 0; node = _outputLink[node])
            {
                var n = _needle[node];
                found(i + 1 - Needles[n].Length, n);
            }
        }
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;

    private void Insert(string needle, int index)
    {
        var node = 0;
        foreach (var c in needle)
        {
            if (!_next.TryGetValue(Key(node, c), out var child))
            {
                child = _fail.Count;
                _fail.Add(0);
                _needle.Add(-1);
                _outputLink.Add(-1);
                _firstChild.Add(-1);
                _nextSibling.Add(_firstChild[node]);
                _char.Add(c);
                _firstChild[node] = child;
                _next[Key(node, c)] = child;
            }

            node = child;
        }

        if (_needle[node] < 0)
        {
            _needle[node] = index;
        }
    }

    // Breadth first: each node's failure link is the longest proper suffix of its path that is also a path.
    private void Link()
    {
        var queue = new Queue<int>();
        for (var child = _firstChild[0]; child >= 0; child = _nextSibling[child])
        {
            queue.Enqueue(child);
        }

        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            var fail = _fail[node];
            _outputLink[node] = _needle[fail] >= 0 ? fail : _outputLink[fail];
            for (var child = _firstChild[node]; child >= 0; child = _nextSibling[child])
            {
                _fail[child] = Step(fail, _char[child]);
                queue.Enqueue(child);
            }
        }
    }

    private int Step(int state, char c)
    {
        while (true)
        {
            if (_next.TryGetValue(Key(state, c), out var next))
            {
                return next;
            }

            if (state == 0)
            {
                return 0;
            }

            state = _fail[state];
        }
    }

    // long's own hash keeps only the low bits of node and character; spread them so the table stays flat.
    private sealed class Mixed : IEqualityComparer<long>
    {
        public static readonly Mixed Instance = new();

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 32);
    }
}
