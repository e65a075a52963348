using System.Text;
using System.Text.RegularExpressions;

namespace ParkSiteGen.Tests.Support;

/// <summary>The edits an editor makes to a working site, each leaving it valid (it still builds): texts and figures
/// changed, parks and years added and removed, translations added and removed, the theme overridden. The opposite of
/// <see cref="ContentMutator"/>, which breaks a site. Everything follows from the <see cref="Random"/> given, folders
/// are listed in ordinal order, and every edit writes a text no earlier edit wrote (a serial number), so one seed
/// edits the site the same way on every machine and no edit is a no-op. Each edit returns what it did, to print with
/// a failure, or null when the site has nothing it applies to (no second translation to delete, say).</summary>
public sealed partial class SiteEdits(string siteDir, Random random)
{
    private int _serial;

    private string Parks => Path.Combine(siteDir, "content", "parks");

    private string Serial() => (++_serial).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Copies the site's parks (in turn) under new slugs and names until it has <paramref name="count"/>.</summary>
    public static void AddParkCopies(string siteDir, int count)
    {
        var originals = Sorted(Directory.GetDirectories(Path.Combine(siteDir, "content", "parks")));
        for (var i = originals.Length; i < count; i++)
        {
            var from = originals[i % originals.Length];
            CopyPark(from, $"{Path.GetFileName(from)}-{i}", $"copy {i}");
        }
    }

    private static string CopyPark(string from, string slug, string label)
    {
        var to = Path.Combine(Path.GetDirectoryName(from)!, slug);
        TempDir.CopyTree(from, to);
        SetName(to, label);
        return to;
    }

    /// <summary>Park names are one line in park.yml (`name: { zh: ..., en: ... }`).</summary>
    private static void SetName(string park, string label) =>
        ReplaceLine(Path.Combine(park, "park.yml"), "name: ", $"name: {{ zh: 园区{label}, en: Park {label} }}");

    // ---- content -----------------------------------------------------------------------------------------------

    /// <summary>A bulletin's narrative: a closing paragraph added, or the one an earlier edit added rewritten.</summary>
    public string? EditNarrative()
    {
        var file = Pick(Files(Parks, "bulletin.*.md"));
        if (file is null)
        {
            return null;
        }

        var text = File.ReadAllText(file);
        var revised = RevisedParagraph().Match(text);
        var paragraph = $"Revised in edit {Serial()}.";
        Write(file, revised.Success ? text[..revised.Index] + paragraph + text[(revised.Index + revised.Length)..] : text.TrimEnd('\n') + "\n\n" + paragraph + "\n");
        return $"narrative {Relative(file)}: {paragraph}";
    }

    /// <summary>A bulletin's title (front matter): what home pages, directories and feeds list, and comparisons do not.</summary>
    public string? EditTitle()
    {
        var file = Pick(Files(Parks, "bulletin.*.md"));
        if (file is null)
        {
            return null;
        }

        var title = $"Bulletin, edit {Serial()}";
        ReplaceLine(file, "title: ", $"title: \"{title}\"");
        return $"title of {Relative(file)}: {title}";
    }

    [GeneratedRegex(@"Revised in edit \d+\.")]
    private static partial Regex RevisedParagraph();

    /// <summary>A figure given as a plain number (`  key: 12.5`, a result or a target): another whole number, valid
    /// for every unit of the fixture (ranks and shares are written as maps there, and are left alone).</summary>
    public string? EditFigure()
    {
        var figures = Files(Parks, "data.yml").SelectMany(f => PlainFigure().Matches(File.ReadAllText(f)).Select(m => (File: f, Match: m))).ToList();
        if (figures.Count == 0)
        {
            return null;
        }

        var (file, match) = figures[random.Next(figures.Count)];
        var text = File.ReadAllText(file);
        var value = 1000 + int.Parse(Serial(), System.Globalization.CultureInfo.InvariantCulture);
        var number = match.Groups["number"];
        Write(file, text[..number.Index] + value + text[(number.Index + number.Length)..]);
        return $"figure {Relative(file)}: {match.Groups["key"].Value} {number.Value} -> {value}";
    }

    [GeneratedRegex(@"^  (?<key>[a-z_]+): (?<number>\d+(\.\d+)?)$", RegexOptions.Multiline)]
    private static partial Regex PlainFigure();

    public string? RenamePark()
    {
        var park = Pick(Folders(Parks));
        if (park is null)
        {
            return null;
        }

        var label = "renamed " + Serial();
        SetName(park, label);
        return $"name of {Relative(park)}: Park {label}";
    }

    public string? AddPark()
    {
        var from = Pick(Folders(Parks));
        if (from is null)
        {
            return null;
        }

        var serial = Serial();
        var to = CopyPark(from, "added-" + serial, "added " + serial);
        return $"add park {Relative(to)} (a copy of {Path.GetFileName(from)})";
    }

    /// <summary>A park, while another is left (nothing links from one park to another in the fixture).</summary>
    public string? DeletePark()
    {
        var parks = Folders(Parks);
        if (parks.Length < 2)
        {
            return null;
        }

        var park = parks[random.Next(parks.Length)];
        Directory.Delete(park, recursive: true);
        return $"delete park {Relative(park)}";
    }

    /// <summary>A year copied to one before the fixture's (2010-2020): its targets (some for 2025) stay in its future.</summary>
    public string? AddYear()
    {
        var years = Folders(Parks).SelectMany(Years).ToList();
        if (years.Count == 0)
        {
            return null;
        }

        var from = years[random.Next(years.Count)];
        var park = Path.GetDirectoryName(from)!;
        var free = Enumerable.Range(2010, 11).Where(y => !Directory.Exists(Path.Combine(park, Year(y)))).ToList();
        if (free.Count == 0)
        {
            return null;
        }

        var to = Path.Combine(park, Year(free[random.Next(free.Count)]));
        TempDir.CopyTree(from, to);
        return $"add year {Relative(to)} (a copy of {Path.GetFileName(from)})";
    }

    /// <summary>A year no narrative links to (deleting a linked one is a broken link: an error, not an edit).</summary>
    public string? DeleteYear()
    {
        var years = Folders(Parks).SelectMany(Years).Where(y => !IsLinkedTo(y)).ToList();
        if (years.Count == 0)
        {
            return null;
        }

        var year = years[random.Next(years.Count)];
        Directory.Delete(year, recursive: true);
        return $"delete year {Relative(year)}";
    }

    private static bool IsLinkedTo(string year)
    {
        var park = Path.GetDirectoryName(year)!;
        var link = $"../{Path.GetFileName(year)}/";
        return Files(park, "*.md").Any(f => !f.StartsWith(year + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.ReadAllText(f).Contains(link, StringComparison.Ordinal));
    }

    /// <summary>A page in one language only (profile or bulletin) gets the other: a copy of its text.</summary>
    public string? AddTranslation()
    {
        var missing = Translatable().Where(p => File.Exists(p.Zh) != File.Exists(p.En)).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var (zh, en) = missing[random.Next(missing.Count)];
        var (from, to) = File.Exists(zh) ? (zh, en) : (en, zh);
        File.Copy(from, to);
        return $"add translation {Relative(to)} (a copy of {Path.GetFileName(from)})";
    }

    /// <summary>One language of a page that has both (so every page keeps a text: a year page linked to keeps its bulletin).</summary>
    public string? DeleteTranslation()
    {
        var both = Translatable().Where(p => File.Exists(p.Zh) && File.Exists(p.En)).ToList();
        if (both.Count == 0)
        {
            return null;
        }

        var (zh, en) = both[random.Next(both.Count)];
        var file = random.Next(2) == 0 ? zh : en;
        File.Delete(file);
        return $"delete translation {Relative(file)}";
    }

    /// <summary>Every page that has, or could have, a text in each language: the profile and each year's bulletin.</summary>
    private IEnumerable<(string Zh, string En)> Translatable() =>
        Folders(Parks).SelectMany(park => new[] { (park, "profile") }.Concat(Years(park).Select(y => (y, "bulletin"))))
            .Select(page => (Path.Combine(page.Item1, page.Item2 + ".zh.md"), Path.Combine(page.Item1, page.Item2 + ".en.md")));

    /// <summary>site.yml's description, which every page's head carries.</summary>
    public string EditSiteDescription()
    {
        var serial = Serial();
        ReplaceLine(Path.Combine(siteDir, "content", "site.yml"), "description: ", $"description: {{ zh: 用于测试的园区网站，第{serial}版。, en: \"A park portal used by the tests, version {serial}.\" }}");
        return $"site.yml description: version {serial}";
    }

    /// <summary>A content error (a link leaving the content folder) in a published bulletin (a draft's links are not
    /// checked: it is not built); the returned action takes it out.</summary>
    public (string What, Action Revert)? BreakContent()
    {
        var file = Pick([.. Files(Parks, "bulletin.*.md").Where(f => !File.ReadAllText(f).Contains("\ndraft: true\n", StringComparison.Ordinal))]);
        if (file is null)
        {
            return null;
        }

        var before = File.ReadAllBytes(file);
        File.AppendAllText(file, "\nSee [the passwords](../../../../../../etc/passwd).\n");
        return ($"content error in {Relative(file)}: a link out of the content folder", () => File.WriteAllBytes(file, before));
    }

    // ---- the site's own theme (themes/default/ in the site: each file overrides the shipped one) -----------------

    /// <summary>A layout of the site's own: created as a copy of the shipped one with a visible line added, that line
    /// changed again, or the layout deleted (the shipped one is used again).</summary>
    public string EditLayoutOverride()
    {
        string[] shipped = [.. Sorted(Directory.GetFiles(Path.Combine(Repo.Root, "themes", "default", "layouts"), "*.sbn-html")).Select(f => Path.GetFileName(f))];
        return EditOverride("layouts", shipped, name =>
            File.ReadAllText(Path.Combine(Repo.Root, "themes", "default", "layouts", name))
                .Replace("</body>", $"<p class=\"site-override\">Site layout, version {Serial()}</p>\n</body>", StringComparison.Ordinal));
    }

    /// <summary>Interface texts merge key by key, so the site's i18n/&lt;lang&gt;.yml holds the one text it changes.</summary>
    public string EditTextOverride() =>
        EditOverride("i18n", ["en.yml", "zh.yml"], _ => $"{OverridableTexts[random.Next(OverridableTexts.Length)]}: \"Site text, version {Serial()}\"\n");

    /// <summary>Interface texts without placeholders, each shown on many pages.</summary>
    private static readonly string[] OverridableTexts = ["nav_home", "nav_parks", "skip_to_content", "latest_bulletins", "parks", "footer_generator", "directory_title"];

    /// <summary>Creates a file of <paramref name="names"/> in the site's theme folder <paramref name="subfolder"/>, or
    /// rewrites or deletes one it already has.</summary>
    private string EditOverride(string subfolder, string[] names, Func<string, string> text)
    {
        var folder = Path.Combine(siteDir, "themes", "default", subfolder);
        string[] own = Directory.Exists(folder) ? [.. Sorted(Directory.GetFiles(folder)).Select(f => Path.GetFileName(f))] : [];
        var notYet = names.Except(own).ToArray();
        var action = own.Length == 0 ? 0 : notYet.Length == 0 ? 1 + random.Next(2) : random.Next(3);
        var name = action == 0 ? notYet[random.Next(notYet.Length)] : own[random.Next(own.Length)];
        var path = Path.Combine(folder, name);
        if (action == 2)
        {
            File.Delete(path);
            return $"delete site theme file {Relative(path)}";
        }

        Directory.CreateDirectory(folder);
        Write(path, text(name));
        return $"{(action == 0 ? "create" : "rewrite")} site theme file {Relative(path)}";
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private string? Pick(string[] paths) => paths.Length == 0 ? null : paths[random.Next(paths.Length)];

    private string Relative(string path) => Path.GetRelativePath(siteDir, path).Replace('\\', '/');

    private static string Year(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string[] Years(string park) => Folders(park).Where(f => Path.GetFileName(f).All(char.IsAsciiDigit)).ToArray();

    private static string[] Folders(string folder) => Directory.Exists(folder) ? Sorted(Directory.GetDirectories(folder)) : [];

    private static string[] Files(string folder, string pattern) => Sorted(Directory.GetFiles(folder, pattern, SearchOption.AllDirectories));

    private static string[] Sorted(string[] paths)
    {
        Array.Sort(paths, StringComparer.Ordinal);
        return paths;
    }

    private static void ReplaceLine(string file, string start, string line)
    {
        var lines = File.ReadAllText(file).Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith(start, StringComparison.Ordinal));
        if (at < 0)
        {
            throw new InvalidOperationException($"{file} has no line starting '{start}'");
        }

        lines[at] = line;
        Write(file, string.Join('\n', lines));
    }

    private static void Write(string file, string text) => File.WriteAllText(file, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
