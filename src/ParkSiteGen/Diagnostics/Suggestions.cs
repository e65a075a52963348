namespace ParkSiteGen.Diagnostics;

/// <summary>"Did you mean ...?" for misspelt keys, units and names.</summary>
public static class Suggestions
{
    /// <summary>The closest candidate within a distance that still looks like a typo, or null.</summary>
    public static string? Closest(string found, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(found.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // A third of the word, at least 1 and at most 3 edits: "tax_revenu" -> "tax_revenue", not "key" -> "unit".
        var allowed = Math.Clamp(found.Length / 3, 1, 3);
        return bestDistance <= allowed ? best : null;
    }

    public static string? DidYouMean(string found, IEnumerable<string> candidates) =>
        Closest(found, candidates) is { } match ? $"did you mean '{match}'?" : null;

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
