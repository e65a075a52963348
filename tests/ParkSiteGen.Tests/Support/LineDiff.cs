using System.Text;

namespace ParkSiteGen.Tests.Support;

/// <summary>A unified line diff (longest common subsequence), with 2 lines of context around each change.</summary>
public static class LineDiff
{
    public static string Unified(string expected, string actual, int context = 2, int maxLines = 120)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var ops = new List<(char Op, int Line, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                ops.Add((' ', x + 1, a[x]));
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                ops.Add(('+', y + 1, b[y]));
                y++;
            }
            else
            {
                ops.Add(('-', x + 1, a[x]));
                x++;
            }
        }

        var show = new bool[ops.Count];
        for (var k = 0; k < ops.Count; k++)
        {
            if (ops[k].Op != ' ')
            {
                for (var m = Math.Max(0, k - context); m <= Math.Min(ops.Count - 1, k + context); m++)
                {
                    show[m] = true;
                }
            }
        }

        var sb = new StringBuilder();
        var written = 0;
        for (var k = 0; k < ops.Count && written < maxLines; k++)
        {
            if (!show[k])
            {
                continue;
            }

            if (k > 0 && !show[k - 1])
            {
                sb.Append("@@ line ").Append(ops[k].Line).Append(" @@\n");
            }

            sb.Append(ops[k].Op).Append(' ').Append(ops[k].Text).Append('\n');
            written++;
        }

        return written >= maxLines ? sb.Append("... (diff cut)\n").ToString() : sb.ToString();
    }
}
