namespace Dashboard.Core.GitOps;

/// <summary>
/// Myers' O(ND) line diff in linear space (bisection on the middle snake, as in diff-match-patch), on lines
/// interned to integers. Marks which old lines are deleted and which new lines are inserted.
/// </summary>
internal sealed class DiffLineMatcher
{
    private readonly int[] _a;
    private readonly int[] _b;

    private DiffLineMatcher(int[] a, int[] b)
    {
        _a = a;
        _b = b;
        Deleted = new bool[a.Length];
        Inserted = new bool[b.Length];
    }

    public bool[] Deleted { get; }

    public bool[] Inserted { get; }

    public static DiffLineMatcher Match(IReadOnlyList<DiffLine> oldLines, IReadOnlyList<DiffLine> newLines)
    {
        var ids = new Dictionary<DiffLine, int>();
        int Intern(DiffLine line)
        {
            if (!ids.TryGetValue(line, out var id))
            {
                id = ids.Count;
                ids[line] = id;
            }

            return id;
        }

        var matcher = new DiffLineMatcher([.. oldLines.Select(Intern)], [.. newLines.Select(Intern)]);
        matcher.Diff(0, oldLines.Count, 0, newLines.Count);
        return matcher;
    }

    private void Diff(int aStart, int aEnd, int bStart, int bEnd)
    {
        while (aStart < aEnd && bStart < bEnd && _a[aStart] == _b[bStart])
        {
            aStart++;
            bStart++;
        }

        while (aStart < aEnd && bStart < bEnd && _a[aEnd - 1] == _b[bEnd - 1])
        {
            aEnd--;
            bEnd--;
        }

        if (aStart == aEnd || bStart == bEnd)
        {
            Mark(aStart, aEnd, bStart, bEnd);
            return;
        }

        var split = Bisect(aStart, aEnd - aStart, bStart, bEnd - bStart);
        if (split is not { } point || (point.X == 0 && point.Y == 0) || (point.X == aEnd - aStart && point.Y == bEnd - bStart))
        {
            Mark(aStart, aEnd, bStart, bEnd);
            return;
        }

        Diff(aStart, aStart + point.X, bStart, bStart + point.Y);
        Diff(aStart + point.X, aEnd, bStart + point.Y, bEnd);
    }

    private void Mark(int aStart, int aEnd, int bStart, int bEnd)
    {
        Array.Fill(Deleted, true, aStart, aEnd - aStart);
        Array.Fill(Inserted, true, bStart, bEnd - bStart);
    }

    /// <summary>Finds a point on an optimal edit path near its middle; null when the ranges share nothing.</summary>
    private (int X, int Y)? Bisect(int aOffset, int n, int bOffset, int m)
    {
        var maxD = (n + m + 1) / 2;
        var vOffset = maxD;
        var vLength = (2 * maxD) + 2;
        var v1 = new int[vLength];
        var v2 = new int[vLength];
        Array.Fill(v1, -1);
        Array.Fill(v2, -1);
        v1[vOffset + 1] = 0;
        v2[vOffset + 1] = 0;
        var delta = n - m;
        var front = delta % 2 != 0; // when odd, the forward path detects the overlap
        int k1Start = 0, k1End = 0, k2Start = 0, k2End = 0;
        for (var d = 0; d < maxD; d++)
        {
            for (var k1 = -d + k1Start; k1 <= d - k1End; k1 += 2)
            {
                var k1Offset = vOffset + k1;
                var x1 = k1 == -d || (k1 != d && v1[k1Offset - 1] < v1[k1Offset + 1]) ? v1[k1Offset + 1] : v1[k1Offset - 1] + 1;
                var y1 = x1 - k1;
                while (x1 < n && y1 < m && _a[aOffset + x1] == _b[bOffset + y1])
                {
                    x1++;
                    y1++;
                }

                v1[k1Offset] = x1;
                if (x1 > n)
                {
                    k1End += 2;
                }
                else if (y1 > m)
                {
                    k1Start += 2;
                }
                else if (front)
                {
                    var k2Offset = vOffset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < vLength && v2[k2Offset] != -1 && x1 >= n - v2[k2Offset])
                    {
                        return (x1, y1);
                    }
                }
            }

            for (var k2 = -d + k2Start; k2 <= d - k2End; k2 += 2)
            {
                var k2Offset = vOffset + k2;
                var x2 = k2 == -d || (k2 != d && v2[k2Offset - 1] < v2[k2Offset + 1]) ? v2[k2Offset + 1] : v2[k2Offset - 1] + 1;
                var y2 = x2 - k2;
                while (x2 < n && y2 < m && _a[aOffset + n - x2 - 1] == _b[bOffset + m - y2 - 1])
                {
                    x2++;
                    y2++;
                }

                v2[k2Offset] = x2;
                if (x2 > n)
                {
                    k2End += 2;
                }
                else if (y2 > m)
                {
                    k2Start += 2;
                }
                else if (!front)
                {
                    var k1Offset = vOffset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < vLength && v1[k1Offset] != -1)
                    {
                        var x1 = v1[k1Offset];
                        var y1 = vOffset + x1 - k1Offset;
                        if (x1 >= n - x2)
                        {
                            return (x1, y1);
                        }
                    }
                }
            }
        }

        return null;
    }
}
