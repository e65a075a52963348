using System.Text;

namespace ParkSiteGen.Content;

/// <summary>The rule for URL slugs and theme names: lowercase a-z, 0-9 and single '-' between words.</summary>
public static class Slugs
{
    public static bool IsValidName(string name) =>
        name.Length > 0 && name[0] != '-' && name[^1] != '-' && !name.Contains("--", StringComparison.Ordinal)
        && name.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');

    /// <summary>What a folder name would be as a valid slug ("Songmu EDZ" -> "songmu-edz"), for hints.</summary>
    public static string Suggest(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }
}
