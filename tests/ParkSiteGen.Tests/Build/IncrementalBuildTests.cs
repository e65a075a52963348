using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Build;

/// <summary>Issue 19: `build` into a folder it built before re-renders and rewrites only what changed. Whatever an
/// editor changed, the folder must then hold exactly what a clean build (into a fresh folder) makes, byte for byte;
/// files whose bytes stay the same are not touched (same inode, same modification time); a build that fails on a
/// content error changes nothing. A seeded walk of edits on a site of several parks: every kind of edit once, in a
/// seeded order, then weighted draws; after each, a build into the same folder and one into a fresh folder.</summary>
public class IncrementalBuildTests
{
    private const int Steps = 25;
    private const int Parks = 6;

    private enum Edit
    {
        Narrative, Title, Figure, ParkName, AddPark, DeletePark, AddYear, DeleteYear, AddTranslation, DeleteTranslation,
        LayoutOverride, TextOverride, SiteDescription, Nothing, ContentError,
    }

    /// <summary>How often each edit is drawn after the first round: texts and figures most, as editors do.</summary>
    private static readonly (Edit Edit, int Weight)[] Weights =
    [
        (Edit.Narrative, 5), (Edit.Title, 2), (Edit.Figure, 5), (Edit.ParkName, 2), (Edit.AddPark, 2), (Edit.DeletePark, 2), (Edit.AddYear, 2),
        (Edit.DeleteYear, 2), (Edit.AddTranslation, 2), (Edit.DeleteTranslation, 2), (Edit.LayoutOverride, 2),
        (Edit.TextOverride, 2), (Edit.SiteDescription, 1), (Edit.Nothing, 1), (Edit.ContentError, 2),
    ];

    /// <summary>A page whose narrative links to another park depends on that park's translations: when the linked
    /// park loses its English profile, the English link leads to the Chinese page. The page with the link is not
    /// that park's, so only the link's record makes it render again.</summary>
    [Fact]
    public void A_link_to_another_park_follows_that_park()
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");
        var output = Path.Combine(temp["incremental"], "public");
        TempDir.CopyTree(Path.Combine(site, "content/parks/beta-etdz"), Path.Combine(site, "content/parks/gamma-hz"));
        File.AppendAllText(Path.Combine(site, "content/parks/alpha-edz/profile.en.md"), "\nSee also [the gamma park](../gamma-hz/profile.en.md).\n");
        var log = new List<string> { "a link from alpha-edz's English profile to gamma-hz" };
        string Context() => string.Join("\n  ", log);
        BuildAndCompare(site, output, temp["clean"], Context);
        var linking = Path.Combine(output, "en/parks/alpha-edz/index.html");
        Assert.Contains("href=\"/en/parks/gamma-hz/\"", File.ReadAllText(linking));

        File.Delete(Path.Combine(site, "content/parks/gamma-hz/profile.en.md"));
        log.Add("gamma-hz's English profile deleted");
        BuildAndCompare(site, output, temp["clean"], Context);
        Assert.Contains("href=\"/zh/parks/gamma-hz/\"", File.ReadAllText(linking));
    }

    /// <summary>A rebuild reads only the parks whose files changed, by length and time; the others come as the last
    /// build read them, from its record. Shown by a change their stamps cannot see (same length, same time): the build
    /// after another park's edit keeps what it read before, and --clean reads it.</summary>
    [Fact]
    public void A_park_whose_files_keep_their_stamps_is_taken_from_the_last_build_until_a_clean_build()
    {
        using var temp = new TempDir();
        var (site, output) = SettledAndBuilt(temp);
        var page = Path.Combine(output, "en/parks/alpha-edz/2021/index.html");
        Assert.Contains("2021 Annual Review", File.ReadAllText(page));

        ChangeUnseen(Path.Combine(site, "content/parks/alpha-edz/2021/bulletin.en.md"), text => text.Replace("2021 Annual Review", "2021 Annual Rewiev", StringComparison.Ordinal));
        File.AppendAllText(Path.Combine(site, "content/parks/beta-etdz/2023/bulletin.en.md"), "\nOne more sentence.\n");
        FileTimes.Settle(site, 1);

        var rebuild = Parksitegen.Run("build", site, "--out", output, "--no-search");
        Assert.True(rebuild.ExitCode == 0, rebuild.ToString());
        Assert.Contains("One more sentence.", File.ReadAllText(Path.Combine(output, "en/parks/beta-etdz/2023/index.html")));
        Assert.Contains("2021 Annual Review", File.ReadAllText(page));

        var clean = Parksitegen.Run("build", site, "--out", output, "--no-search", "--clean");
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.Contains("2021 Annual Rewiev", File.ReadAllText(page));
    }

    /// <summary>A narrative taken as unchanged (its park comes from the last build's record) is read when a page shows
    /// it. If it cannot be read as it was (it changed while the build ran, here with no change of length or time), the
    /// build stops with a message, exit 1, and publishes nothing.</summary>
    [Fact]
    public void A_narrative_that_changed_unseen_stops_the_build_that_reads_it()
    {
        using var temp = new TempDir();
        var (site, output) = SettledAndBuilt(temp);
        var before = Tree.Hashes(output);

        ChangeUnseen(Path.Combine(site, "content/parks/alpha-edz/2021/bulletin.en.md"), text =>
        {
            var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
            return text[..end] + "\n___" + text[(end + 4)..]; // the front matter no longer ends
        });
        Directory.CreateDirectory(Path.Combine(site, "themes/default/i18n"));
        File.WriteAllText(Path.Combine(site, "themes/default/i18n/en.yml"), "nav_home: \"Start\"\n"); // every English page is made again
        FileTimes.Settle(site, 1);

        var rebuild = Parksitegen.Run("build", site, "--out", output, "--no-search");
        Assert.True(rebuild.ExitCode == 1, rebuild.ToString());
        Assert.Contains("content/parks/alpha-edz/2021/bulletin.en.md", rebuild.Stderr);
        Assert.Contains("changed while the site was being built", rebuild.Stderr);
        Assert.DoesNotContain("   at ", rebuild.Stderr);
        Assert.Equal(before, Tree.Hashes(output));
    }

    /// <summary>The output folder's files after a build: their hashes, and which file each is and when it was written.</summary>
    private sealed record Output(SortedDictionary<string, string> Hashes, SortedDictionary<string, FileIdentity> Identities);

    /// <param name="settled">Each edit made long before its build (<see cref="Settle"/>): the build then trusts the
    /// stamps of the files it did not change and reuses what it read of their parks. Otherwise every file is newer
    /// than the 2 s the stamps need, and every build reads them all.</param>
    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void Every_build_into_the_same_folder_equals_a_clean_build_and_touches_only_what_changed(int seed, bool settled)
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");
        SiteEdits.AddParkCopies(site, Parks);
        var random = new Random(seed);
        var edits = new SiteEdits(site, random);
        var output = Path.Combine(temp["incremental"], "public");
        var log = new List<string> { $"seed {seed} ({Parks} parks, {Steps} steps{(settled ? ", each edit settled" : "")}); the edits so far:", "step 0: first build" };
        string Context() => string.Join("\n  ", log);

        if (settled)
        {
            FileTimes.Settle(site, 0);
        }

        var before = BuildAndCompare(site, output, temp["clean"], Context);
        // A touched file is reported at the end, not where it is seen: the walk goes on checking that every build
        // equals a clean one, which matters more (and an engine that rewrites everything still gets that checked).
        var touched = new List<string>();
        var schedule = Schedule(random);
        for (var step = 1; step <= schedule.Count; step++)
        {
            if (schedule[step - 1] == Edit.ContentError && edits.BreakContent() is { } error)
            {
                log.Add($"step {step}: {error.What}");
                AssertFailedBuildChangesNothing(site, output, before, Context);
                error.Revert();
                log.Add($"step {step}: the error taken out again (the next build sees the site as before the error)");
                continue;
            }

            log.Add($"step {step}: {Apply(edits, schedule[step - 1], random)}");
            if (settled)
            {
                FileTimes.Settle(site, step);
            }

            var after = BuildAndCompare(site, output, temp["clean"], Context);
            if (Touched(before, after) is { Count: > 0 } files)
            {
                var examples = touched.Count == 0 ? ", e.g.\n    " + string.Join("\n    ", files.Take(5)) : "";
                touched.Add($"step {step}: {files.Count} of {after.Hashes.Count} files with the same bytes touched{examples}");
            }

            before = after;
        }

        Assert.True(touched.Count == 0, $"{Context()}\nfiles whose bytes did not change were rewritten (new inode or modification time):\n  {string.Join("\n  ", touched)}");
    }

    /// <summary>The preview runs the same engine, in memory: told which files each edit changed (as its watcher tells
    /// it), it must then hold exactly what a clean render of the site makes (pages, feeds, open data, media); a
    /// content error is reported and leaves every page but those of its own park as it was.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void The_preview_after_every_edit_holds_what_a_clean_render_makes(int seed)
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");
        SiteEdits.AddParkCopies(site, Parks);
        var random = new Random(seed);
        var edits = new SiteEdits(site, random);
        var baseUrl = new Uri("http://127.0.0.1:1313/");
        var live = new ParkSiteGen.Preview.LiveSite(site, includeDrafts: true, baseUrl);
        var log = new List<string> { $"seed {seed} ({Parks} parks, {Steps} steps); the edits so far:", "step 0: first render" };
        string Context() => string.Join("\n  ", log);
        Assert.False(live.BuildAll().HasErrors, Context());
        AssertSameAsClean(live, site, baseUrl, Context);

        var files = SiteFiles.Capture(site);
        var schedule = Schedule(random);
        for (var step = 1; step <= schedule.Count; step++)
        {
            if (schedule[step - 1] == Edit.ContentError && edits.BreakContent() is { } error)
            {
                log.Add($"step {step}: {error.What}");
                var shown = live.Output.Paths.ToDictionary(p => p, p => live.Output.Find(p), StringComparer.Ordinal);
                var changed = SiteFiles.Changed(site, files, files = SiteFiles.Capture(site));
                var broken = live.Apply(changed);
                Assert.True(broken.HasErrors, $"{Context()}\nthe preview should report the content error");

                // Every page stays, and only the broken file's park's pages may show the edit (a narrative whose link
                // is wrong still renders, with the error beside it; a park that cannot be read keeps its last version).
                var parks = changed.Select(f => Path.GetRelativePath(Path.Combine(site, "content", "parks"), f).Split(Path.DirectorySeparatorChar)[0]).ToHashSet();
                var differ = live.Output.Paths.Union(shown.Keys).Where(p => !Same(shown.GetValueOrDefault(p), live.Output.Find(p))).ToList();
                Assert.True(differ.All(p => live.Output.Find(p) is not null && parks.Any(slug => p.Contains($"/parks/{slug}/", StringComparison.Ordinal))),
                    $"{Context()}\nthe content error changed what the preview shows beyond its park's pages: {string.Join(", ", differ.Take(10))}");
                error.Revert();
                log.Add($"step {step}: the error taken out again");
            }
            else
            {
                log.Add($"step {step}: {Apply(edits, schedule[step - 1], random)}");
            }

            var update = live.Apply(SiteFiles.Changed(site, files, files = SiteFiles.Capture(site)));
            Assert.False(update.HasErrors, $"{Context()}\n{string.Join("\n", update.Diagnostics.Where(d => d.IsError))}");
            AssertSameAsClean(live, site, baseUrl, Context);
        }
    }

    /// <summary>A change that arrives while the preview is still making the last phase of the one before (a large
    /// site's comparisons and open data take a second) stops it; the newer run then makes what it did not get to.</summary>
    [Fact]
    public async Task A_newer_change_stops_the_previews_last_phase_and_the_next_run_makes_the_rest()
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");
        SiteEdits.AddParkCopies(site, Parks);
        var edits = new SiteEdits(site, new Random(7));
        var baseUrl = new Uri("http://127.0.0.1:1313/");
        var live = new ParkSiteGen.Preview.LiveSite(site, includeDrafts: true, baseUrl);
        Assert.False(live.BuildAll().HasErrors);
        var files = SiteFiles.Capture(site);

        // A figure changes (every comparison and the open data with it); as soon as the park's own pages are out, a
        // second edit arrives, from another thread, as the watcher's timer delivers it.
        var first = edits.EditFigure();
        var changed = SiteFiles.Changed(site, files, files = SiteFiles.Capture(site));
        Task<ParkSiteGen.Preview.LiveSite.Update>? second = null;
        string? next = null;
        var phases = 0;
        live.Apply(changed, _ =>
        {
            if (++phases == 1)
            {
                next = edits.EditNarrative();
                var more = SiteFiles.Changed(site, files, files = SiteFiles.Capture(site));
                second = Task.Run(() => live.Apply(more));
                Thread.Sleep(500); // it has stopped this run by now, and waits for it to end
            }
        });
        Assert.NotNull(second);
        var update = await second;

        // The first run was stopped before its site files: the second made the open data the figure changed.
        Assert.Contains(update.ChangedPaths, p => p.EndsWith("/figures.csv", StringComparison.Ordinal));

        AssertSameAsClean(live, site, baseUrl, () => $"after {first}, then (while the first was made) {next}");
    }

    private static void AssertSameAsClean(ParkSiteGen.Preview.LiveSite live, string site, Uri baseUrl, Func<string> context)
    {
        var clean = new ParkSiteGen.Output.MemoryOutput();
        var diagnostics = new ParkSiteGen.Diagnostics.DiagnosticBag();
        var rendered = ParkSiteGen.Pipeline.SiteBuilder.Render(new ParkSiteGen.Pipeline.BuildOptions(site, "", IncludeDrafts: true, BaseUrl: baseUrl),
            diagnostics, new ParkSiteGen.Diagnostics.SourceTexts(), clean);
        Assert.True(rendered is not null, $"{context()}\nthe clean render failed: {string.Join("\n", diagnostics.Sorted())}");
        var missing = clean.Paths.Except(live.Output.Paths).Order(StringComparer.Ordinal).ToList();
        var extra = live.Output.Paths.Except(clean.Paths).Order(StringComparer.Ordinal).ToList();
        var different = clean.Paths.Intersect(live.Output.Paths).Where(p => !Same(clean.Find(p), live.Output.Find(p))).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count + extra.Count + different.Count == 0,
            $"{context()}\nthe preview is not the clean render:\n  missing: {string.Join(", ", missing.Take(10))}\n  extra: {string.Join(", ", extra.Take(10))}\n  different: {string.Join(", ", different.Take(10))}");
    }

    private static bool Same(ParkSiteGen.Output.MemoryOutput.ServedFile? a, ParkSiteGen.Output.MemoryOutput.ServedFile? b) =>
        a is not null && b is not null && a.SourcePath == b.SourcePath && (a.Bytes ?? []).AsSpan().SequenceEqual(b.Bytes ?? []);

    /// <summary>Every edit once, in a seeded order (so each seed exercises each), then weighted draws.</summary>
    private static List<Edit> Schedule(Random random)
    {
        var first = Enum.GetValues<Edit>();
        random.Shuffle(first);
        return [.. first, .. Enumerable.Range(0, Steps - first.Length).Select(_ => Draw(random))];
    }

    private static Edit Draw(Random random)
    {
        var pick = random.Next(Weights.Sum(w => w.Weight));
        foreach (var (edit, weight) in Weights)
        {
            if ((pick -= weight) < 0)
            {
                return edit;
            }
        }

        throw new InvalidOperationException("unreachable: the pick is below the total weight");
    }

    /// <summary>Makes the edit; one the site offers nothing for (no second translation to delete, say) is replaced by
    /// another draw. A content error drawn here is replaced too: it is a step of its own.</summary>
    private static string Apply(SiteEdits edits, Edit edit, Random random)
    {
        for (; ; edit = Draw(random))
        {
            var what = edit switch
            {
                Edit.Narrative => edits.EditNarrative(),
                Edit.Title => edits.EditTitle(),
                Edit.Figure => edits.EditFigure(),
                Edit.ParkName => edits.RenamePark(),
                Edit.AddPark => edits.AddPark(),
                Edit.DeletePark => edits.DeletePark(),
                Edit.AddYear => edits.AddYear(),
                Edit.DeleteYear => edits.DeleteYear(),
                Edit.AddTranslation => edits.AddTranslation(),
                Edit.DeleteTranslation => edits.DeleteTranslation(),
                Edit.LayoutOverride => edits.EditLayoutOverride(),
                Edit.TextOverride => edits.EditTextOverride(),
                Edit.SiteDescription => edits.EditSiteDescription(),
                Edit.Nothing => "nothing changed",
                _ => null,
            };
            if (what is not null)
            {
                return what;
            }
        }
    }

    /// <summary>Builds into <paramref name="output"/> (again) and into a fresh folder, and requires the two identical.</summary>
    /// <summary>The basic site, settled, built once into a folder of its own.</summary>
    private static (string Site, string Output) SettledAndBuilt(TempDir temp)
    {
        var site = temp.CopySite("basic-site");
        FileTimes.Settle(site, 0);
        var output = Path.Combine(temp["incremental"], "public");
        var first = Parksitegen.Run("build", site, "--out", output, "--no-search");
        Assert.True(first.ExitCode == 0, first.ToString());
        return (site, output);
    }

    /// <summary>A change of a file that keeps its length and its time: one its stamp cannot show.</summary>
    private static void ChangeUnseen(string file, Func<string, string> change)
    {
        var time = File.GetLastWriteTimeUtc(file);
        var before = File.ReadAllText(file);
        var after = change(before);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(before), System.Text.Encoding.UTF8.GetByteCount(after));
        File.WriteAllText(file, after);
        File.SetLastWriteTimeUtc(file, time);
    }

    private static Output BuildAndCompare(string site, string output, string cleanParent, Func<string> context)
    {
        var incremental = Parksitegen.Run("build", site, "--out", output, "--no-search");
        Assert.True(incremental.ExitCode == 0, $"{context()}\nthe build into the same folder failed:\n{incremental}");

        if (Directory.Exists(cleanParent))
        {
            Directory.Delete(cleanParent, recursive: true); // its state folder too: this build must start from nothing
        }

        var clean = Path.Combine(cleanParent, "public");
        var fresh = Parksitegen.Run("build", site, "--out", clean, "--no-search");
        Assert.True(fresh.ExitCode == 0, $"{context()}\nthe clean build failed, so the last edit broke the site (a mistake in SiteEdits):\n{fresh}");

        var difference = Tree.Explain(clean, output);
        Assert.True(difference is null, $"{context()}\nthe build into the same folder is not the clean build:\n{difference}");
        var strays = BuildState.Strays(output);
        Assert.True(strays.Count == 0, $"{context()}\nleft beside the output folder: {string.Join(", ", strays)}");
        var published = BuildState.Inside(output);
        Assert.True(published.Count == 0, $"{context()}\nthe build's state is inside the output folder, to be published: {string.Join(", ", published)}");
        return new Output(Tree.Hashes(output), FileIdentity.OfTree(output));
    }

    /// <summary>A build that stops on a content error exits 1 and leaves the output folder exactly as it was, down to
    /// each file's inode and time.</summary>
    private static void AssertFailedBuildChangesNothing(string site, string output, Output before, Func<string> context)
    {
        var failed = Parksitegen.Run("build", site, "--out", output, "--no-search");
        Assert.True(failed.ExitCode == 1, $"{context()}\nthe build should have failed on the content error:\n{failed}");
        var after = new Output(Tree.Hashes(output), FileIdentity.OfTree(output));
        var changed = Changed(before.Hashes, after.Hashes);
        Assert.True(changed.Count == 0, $"{context()}\nthe failed build changed the output folder:\n  {string.Join("\n  ", changed.Take(40))}");
        var touched = Changed(before.Identities, after.Identities);
        Assert.True(touched.Count == 0, $"{context()}\nthe failed build touched files of the output folder:\n  {string.Join("\n  ", touched.Take(40))}");
        var strays = BuildState.Strays(output);
        Assert.True(strays.Count == 0, $"{context()}\nthe failed build left beside the output folder: {string.Join(", ", strays)}");
    }

    /// <summary>Files whose bytes are the same after as before, but which are another file or were written again.</summary>
    private static List<string> Touched(Output before, Output after) =>
        after.Hashes.Where(f => before.Hashes.TryGetValue(f.Key, out var hash) && hash == f.Value && before.Identities[f.Key] != after.Identities[f.Key])
            .Select(f => $"{f.Key}: {before.Identities[f.Key]} -> {after.Identities[f.Key]}").ToList();

    private static List<string> Changed<T>(SortedDictionary<string, T> before, SortedDictionary<string, T> after) =>
        [
            .. before.Keys.Except(after.Keys).Select(k => "removed: " + k),
            .. after.Keys.Except(before.Keys).Select(k => "added: " + k),
            .. after.Keys.Intersect(before.Keys).Where(k => !EqualityComparer<T>.Default.Equals(before[k], after[k])).Select(k => $"changed: {k} ({before[k]} -> {after[k]})"),
        ];
}
