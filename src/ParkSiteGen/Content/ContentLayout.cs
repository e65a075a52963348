using System.Globalization;
using ParkSiteGen.Model;

namespace ParkSiteGen.Content;

/// <summary>How the content format names what is inside a park's folder: year folders ("2023") and narratives
/// ("profile.zh.md", "bulletin.en.md"). The one home of these rules: the loader reads the folder with them, and the link
/// resolver reads a link's path with them, so a link to a narrative or a year folder leads to the page the loader made
/// of it, never to one it refused.</summary>
public static class ContentLayout
{
    /// <summary>The years a bulletin can be for: from the founding of the People's Republic to a far future.</summary>
    public const int FirstYear = 1949, LastYear = 2100;

    public const string ProfileStem = "profile", BulletinStem = "bulletin";

    /// <summary>The year a folder named <paramref name="name"/> holds: four ASCII digits, <see cref="FirstYear"/> to
    /// <see cref="LastYear"/>; null for any other name.</summary>
    public static int? YearOf(string name) =>
        name.Length == 4 && name.All(char.IsAsciiDigit) && int.Parse(name, CultureInfo.InvariantCulture) is var y and >= FirstYear and <= LastYear ? y : null;

    /// <summary>"profile.zh.md": the file name of a narrative in <paramref name="language"/>, the name
    /// <see cref="NarrativeLanguage"/> reads.</summary>
    public static string NarrativeName(string stem, Language language) => $"{stem}.{language.Code}.md";

    /// <summary>The language of the narrative "&lt;stem&gt;.&lt;code&gt;.md" ("profile.zh.md" for stem "profile"), when the
    /// code is one of <paramref name="languages"/> (the site's); null for any other name.</summary>
    public static Language? NarrativeLanguage(string name, string stem, IReadOnlyList<Language> languages)
    {
        if (!name.StartsWith(stem, StringComparison.Ordinal) || !name.EndsWith(".md", StringComparison.Ordinal) || name.Length < stem.Length + 5 || name[stem.Length] != '.')
        {
            return null;
        }

        var code = name.AsSpan(stem.Length + 1, name.Length - stem.Length - 4);
        foreach (var language in languages)
        {
            if (code.SequenceEqual(language.Code))
            {
                return language;
            }
        }

        return null;
    }
}
