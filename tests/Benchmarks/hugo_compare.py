#!/usr/bin/env python3
"""ParkSiteGen against Hugo on the same bilingual corpus: cold builds and rebuilds, side by side.

  python3 tests/Benchmarks/hugo_compare.py [--corpora 20x5,200x5,1000x10] [--runs 3] [--cases fresh,theme,nochange,edit,photos]
                                           [--sample] [--scale 5000x10] [--photos 200]

For each corpus (N parks x Y years, made by corpus/gen.py in both formats, cached under --work), it builds
ParkSiteGen's release binary (dotnet publish with Native AOT: compiled ahead of time; about a minute) once, then times
both generators alternately (A B, B A, A B ...; the machine's speed drifts, pairs keep the ratio honest), after `sync`
(no run pays for writing back the output of the one before), in the cases of issue 19's table (--cases):

  fresh     a cold build into a fresh, empty output folder, after one unmeasured warm-up run of each;
  theme     a full rebuild into the existing output after a theme change: before each run a file every page uses is
            changed (toggled between two versions): ParkSiteGen's footer partial, overridden in the site's own theme
            (SITE/themes/default/partials/footer.sbn-html, a copy of the shipped one with a line added: every page's
            layout includes it, as every Hugo page is rendered through baseof), and the footer of Hugo's base layout
            (layouts/_default/baseof.html);
  nochange  a rebuild into the existing output with nothing changed since the last build (after one unmeasured
            rebuild each: the case before edited files moments before its last build);
  edit      a rebuild into the existing output after one bulletin's narrative changed (the same bulletin in both
            formats: a sentence added, then taken out again, in turn);
  photos    issue 21's: a cold build of a site of --photos photos (10 a park), not of a corpus, with every processed
            image made again: ParkSiteGen into a fresh output whose state folder (its image cache) is new, Hugo into a
            fresh folder after its resources/_gen cache is deleted. Then one ParkSiteGen rebuild with nothing changed
            into the same output, which must encode no image and change no file of its image cache.

The rebuild cases share one output folder per generator and corpus, made by one unmeasured build. Hugo has no on-disk
incremental mode: its rebuild is `hugo` into the existing public/, which renders and writes every page again (its
fast render lives in `hugo server`'s memory only); ParkSiteGen's is `build` into the existing output, which it may
update in place (issue 19). Every file edited is restored at the end, and the override removed.

It checks that ParkSiteGen's output has every page of Hugo's (corpus/compare.py --pages-only), and prints the medians
of wall time and of peak RSS, their ratios and the paired ratios, against the issue's targets. --sample also times
the sample site (content/) against Hugo's 20 x 5 build (a site of the same size, fresh folders only); --scale times
ParkSiteGen alone on a larger corpus and reports how time and memory grow.

The photos (cached under --work) are 4000 x 3000 JPEGs at quality 90 as a phone takes them, EXIF orientation (every
second one 6: a portrait stored on its side), GPS position and XMP, made by PhotoGen/ (the tests' TestImages.Jpeg).
The two sites publish the same files (hard links): ParkSiteGen's lists them in each park.yml's `photos:` and encodes
each at widths 480, 960 and 1600 as WebP and JPEG, quality 75, oriented, metadata stripped; Hugo's page bundles do the
same in single.html with .Resize (Lanczos, as libvips' thumbnail; rotated as the EXIF tag says first, which Hugo
0.111 does not do by itself), one language (the images are encoded once either way), originals not published. Both
outputs must hold 3 WebP and 3 JPEG files per photo, at those widths.

ParkSiteGen builds with --no-search: Hugo builds no search index. Timing: wall seconds from a monotonic clock around
the whole process (start-up included); peak RSS from wait4(). Before each run its inputs are read, untimed (see
prime()). Outputs are kept until both generators have finished a case, then deleted, and the script pauses
(--cooldown) before the next: ext4 walks past recently freed inodes (for a minute or more) when it creates files, so
a run straight after deleting 20,000 files is slowed by the cleanup of the one before. Keep several GB free under
--work for the 1000 x 10 outputs.
Needs: Python 3.9+, the .NET SDK, Hugo (Debian: apt-get install -y hugo; the photos case needs its extended edition,
which encodes WebP: Debian's is). Standard library only.
"""
import argparse
import collections
import math
import os
import re
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rebuild_edits import bulletin_toggles, theme_toggles

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CORPUS_TOOLS = HERE / "corpus"

CASES = {
    "fresh": "fresh folder",
    "theme": "full rebuild into the existing output (theme changed)",
    "nochange": "rebuild with nothing changed",
    "edit": "rebuild after editing one bulletin",
    "photos": "cold build of a site with photos, no image cache",
}

# The issues' targets, ParkSiteGen / Hugo, ratio of medians: wall time by case, and peak RSS (of the fresh build).
WALL_TARGETS = {
    (1000, 10): {"fresh": 0.10, "theme": 0.10, "nochange": 0.02, "edit": 0.03},
    (200, 5): {"fresh": 0.20, "theme": 0.20, "nochange": 0.20, "edit": 0.20},
    (20, 5): {"fresh": 0.50},
}
RSS_TARGETS = {(1000, 10): 0.25, (200, 5): 0.50}
# Issue 21's, for the photos case: wall time and peak RSS.
PHOTO_TARGETS = (0.50, 1.00)
PHOTO_WIDTHS = (480, 960, 1600)
PHOTOS_PER_PARK = 10


# Folders of the repository that are not a site's input (the sample site is built from the repository root); Hugo's
# resources/ cache is input, and is read.
SKIPPED_FOLDERS = {".git", "bin", "obj", "artifacts", "node_modules", "public"}


def prime(argv):
    """Reads a run's inputs (the program, the theme beside it, the site folder it is given; not its output) so that
    they are in the page cache when it starts, for both tools alike. This machine's kernel pages out files left
    unread for a minute (DAMON's proactive reclaim: 2,806 of the 1000 x 10 corpus's 33,003 files were out after 95 s
    idle), and between two runs of one tool there is always a run of the other, Hugo's taking 40 to 80 s: without
    this, either could start with part of its input on the disk, how much depending on the order of the runs."""
    program = Path(shutil.which(argv[0]) or argv[0]).resolve()
    files = [program] + list((program.parent / "themes").rglob("*"))  # ParkSiteGen's default theme ships beside it
    files += list(program.parent.glob("*.so*"))  # and libvips, which it loads to process photos
    for arg in argv[1:]:
        if "{out}" not in arg and Path(arg).is_dir():
            for folder, subfolders, names in os.walk(arg):
                subfolders[:] = [d for d in subfolders if d not in SKIPPED_FOLDERS]
                files += [Path(folder) / name for name in names]
    for path in files:
        if path.is_file():
            with open(path, "rb") as f:
                while f.read(1 << 20):
                    pass


def timed_build(argv, out, env=None, capture=False):
    """One build into the folder `out` (fresh or built before), with `env` (a dict) added to its environment: (wall
    seconds, peak RSS MiB), and with `capture` what it printed (stdout and stderr, as text) as a third value."""
    prime(argv)
    argv = [a.replace("{out}", str(out)) for a in argv]
    # The previous run's output (up to a GB) may still be in memory, waiting to be written: without this, the kernel
    # writes it back during this run and throttles this run's own writes, so each tool would pay for the other.
    os.sync()
    start = time.monotonic()
    # One pipe either way (with capture, stderr joins stdout): reading two in turn could block on the other's.
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                            stderr=subprocess.STDOUT if capture else subprocess.PIPE, env={**os.environ, **(env or {})})
    err = (proc.stdout if capture else proc.stderr).read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"build failed: {' '.join(argv)}\n{err.decode(errors='replace')[-3000:]}")
    if capture:
        return wall, usage.ru_maxrss / 1024, err.decode(errors="replace")
    return wall, usage.ru_maxrss / 1024


def run_once(argv, scratch):
    """One cold build into a fresh folder: (wall seconds, peak RSS MiB, HTML pages, output folder)."""
    out = tempfile.mkdtemp(prefix="out-", dir=scratch)
    wall, rss = timed_build(argv, out)
    pages = sum(1 for _ in Path(out).rglob("*.html"))
    return wall, rss, pages, out


def corpus(work, parks, years):
    """The corpus in both formats, generated once (gen.py is deterministic)."""
    root = work / f"n{parks}-y{years}"
    for fmt in ("parksitegen", "hugo"):
        target = root / fmt
        if not (target / ".complete").exists():
            shutil.rmtree(target, ignore_errors=True)
            subprocess.run([sys.executable, str(CORPUS_TOOLS / "gen.py"), "--parks", str(parks), "--years", str(years),
                            "--format", fmt, "--out", str(target)], check=True, stdout=subprocess.DEVNULL)
            (target / ".complete").write_text("")
    return root


def publish(work):
    """ParkSiteGen's release binary, made as README's "A release binary" says: compiled ahead of time (Native AOT), so a
    build neither waits for the JIT nor runs code that is not yet optimized. Built under --work (--artifacts-path),
    never in the repository's obj/ folders."""
    out = work / "parksitegen-bin"
    subprocess.run(["dotnet", "publish", str(REPO / "src" / "ParkSiteGen"), "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true",
                    "--artifacts-path", str(work / "artifacts"), "-o", str(out)], check=True, stdout=subprocess.DEVNULL)
    return out / "ParkSiteGen"


def stats(values):
    return min(values), statistics.median(values), max(values)


def fmt_row(name, xs, unit, digits=2):
    lo, med, hi = stats(xs)
    return f"    {name:<20} median {med:8.{digits}f} {unit}   (min {lo:.{digits}f}, max {hi:.{digits}f})"


def report(label, a, b):
    """Prints the medians of A (ParkSiteGen) and B (Hugo), each a list of (wall, peak RSS) in run order, their ratios and
    the ratios of each pair of runs; returns (wall ratio, peak RSS ratio, A's median wall, A's median RSS)."""
    a_wall, b_wall = [r[0] for r in a], [r[0] for r in b]
    a_rss, b_rss = [r[1] for r in a], [r[1] for r in b]
    pair_ratios = [x / y for x, y in zip(a_wall, b_wall)]
    print(f"  {label}")
    print(fmt_row("ParkSiteGen wall", a_wall, "s"))
    print(fmt_row("Hugo wall", b_wall, "s"))
    print(fmt_row("ParkSiteGen peak RSS", a_rss, "MiB", 0))
    print(fmt_row("Hugo peak RSS", b_rss, "MiB", 0))
    wall_ratio = statistics.median(a_wall) / statistics.median(b_wall)
    rss_ratio = statistics.median(a_rss) / statistics.median(b_rss)
    print(f"    ratio of medians     wall {wall_ratio:.3f}   peak RSS {rss_ratio:.3f}   (paired wall ratios: {', '.join(f'{r:.3f}' for r in pair_ratios)})")
    return wall_ratio, rss_ratio, statistics.median(a_wall), statistics.median(a_rss)


def check_equivalence(psg_out, hugo_out):
    check = subprocess.run([sys.executable, str(CORPUS_TOOLS / "compare.py"), str(psg_out), str(hugo_out), "--pages-only"],
                           capture_output=True, text=True)
    print(f"    equivalence (compare.py --pages-only): {check.stdout.strip()}")
    if check.returncode != 0:
        sys.exit("ParkSiteGen's output lacks pages of Hugo's: the comparison is void")


def compare_pair(label, a_argv, b_argv, runs, scratch, cooldown, check_pages):
    """Alternating cold builds of A (ParkSiteGen) and B (Hugo) into fresh folders; returns the ratios, A's medians and
    its pages. No output is deleted until the pair's last run: a run right after a deletion would pay for it (see the
    module's notes)."""
    outputs = []
    for argv in (a_argv, b_argv):  # warm-up: file cache, first-run effects; not measured
        outputs.append(run_once(argv, scratch)[3])
    a, b = [], []
    for i in range(runs):
        # A B, then B A: whichever runs first in a pair meets the file system a little less settled.
        pair = ((a_argv, a), (b_argv, b)) if i % 2 == 0 else ((b_argv, b), (a_argv, a))
        for argv, results in pair:
            results.append(run_once(argv, scratch))
        if i == 0 and check_pages:
            check_equivalence(a[0][3], b[0][3])
        outputs += [a[-1][3], b[-1][3]]
    for out in outputs:
        shutil.rmtree(out, ignore_errors=True)
    time.sleep(cooldown)
    ratios = report(f"{label}, {CASES['fresh']}: ParkSiteGen {a[0][2]} HTML pages, Hugo {b[0][2]}; {runs} runs each", a, b)
    return (*ratios, a[0][2])


def compare_rebuilds(label, root, argvs, cases, runs, scratch, cooldown):
    """The rebuild cases, in the order given, alternating A (ParkSiteGen) and B (Hugo) as compare_pair does, each tool
    rebuilding one output folder of its own, made by an unmeasured first build. Each case starts from the output of the
    one before (nothing changed since its last run), and the files a case edits stay as its last run left them until
    all are done: put back between cases, they would be a change the next case did not ask for. Returns
    {case: (wall ratio, peak RSS ratio)}."""
    parents = [scratch / "rebuild-parksitegen", scratch / "rebuild-hugo"]
    outs = [parent / "public" for parent in parents]  # ParkSiteGen keeps its state beside it, in the same parent
    toggles = {"theme": theme_toggles(root, REPO), "edit": bulletin_toggles(root), "nochange": (None, None)}
    results = {}
    try:
        for parent, out, argv in zip(parents, outs, argvs):
            shutil.rmtree(parent, ignore_errors=True)
            out.mkdir(parents=True)
            timed_build(argv, out)
        if "fresh" not in cases:
            check_equivalence(*outs)
        for case in cases:
            if case == "nochange":
                # The edit of the case before was made moments before that case's last build: too close for the file
                # times that build recorded to be trusted (InputStamps' 2 s rule), so the first rebuild after it reads
                # every file again. One unmeasured rebuild each settles it: then nothing has changed since the last build.
                for tool in (0, 1):
                    timed_build(argvs[tool], outs[tool])
            measured = ([], [])
            for i in range(runs):
                for tool in ((0, 1) if i % 2 == 0 else (1, 0)):
                    if toggles[case][tool] is not None:
                        toggles[case][tool].flip()
                    measured[tool].append(timed_build(argvs[tool], outs[tool]))
            results[case] = report(f"{label}, {CASES[case]}: {runs} runs each", *measured)[:2]
    finally:
        for pair in toggles.values():
            for toggle in pair:
                if toggle is not None:
                    toggle.restore()
        for parent in parents:
            shutil.rmtree(parent, ignore_errors=True)
    time.sleep(cooldown)
    return results


# The photos case's two sites. ParkSiteGen's: the park.yml fields a park needs, and its photos.
PHOTO_SITE_YML = """title: { zh: 园区照片, en: Park photos }
base_url: https://parks.example.org/
languages: [zh, en]
theme: default
"""
HUGO_PHOTO_CONFIG = """baseURL = "https://parks.example.org/"
title = "Park photos"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[imaging]
  resampleFilter = "lanczos"
  quality = 75
# Hugo's default, said here: the cache each cold run deletes.
[caches.images]
  dir = ":resourceDir/_gen"
"""
HUGO_PHOTO_SINGLE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1>
{{/* Hugo 0.111 does not apply the EXIF orientation (its auto-orient filter came in 0.121): rotate as the tag says,
     as ParkSiteGen does; Hugo rotates before it resizes. */}}
{{ range .Resources.ByType "image" }}
  {{ $photo := . }}
  {{ $rotate := "" }}
  {{ with $photo.Exif }}{{ with .Tags.Orientation }}{{ $rotate = index (dict "3" " r180" "6" " r270" "8" " r90") (string .) | default "" }}{{ end }}{{ end }}
  {{ $webp := slice }}{{ $jpeg := slice }}
  {{ range $width := slice 480 960 1600 }}
    {{ $webp = $webp | append (printf "%s %dw" ($photo.Resize (printf "%dx%s webp q75" $width $rotate)).RelPermalink $width) }}
    {{ $jpeg = $jpeg | append (printf "%s %dw" ($photo.Resize (printf "%dx%s jpg q75" $width $rotate)).RelPermalink $width) }}
  {{ end }}
  <picture><source type="image/webp" srcset="{{ delimit $webp ", " }}"><img srcset="{{ delimit $jpeg ", " }}" alt="{{ $photo.Title }}"></picture>
{{ end }}
</body></html>
"""
HUGO_PHOTO_LIST = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1>{{ range .Pages }}<p><a href="{{ .RelPermalink }}">{{ .Title }}</a></p>{{ end }}</body></html>
"""


def link_or_copy(source, target):
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def photo_sites(work, count):
    """The photos (made once by PhotoGen, deterministic) and the two sites that publish them, under --work: (folder,
    parks). Park k holds photos 10k-9 to 10k, the same files in both sites (hard links where the file system allows)."""
    root = work / f"photos-{count}"
    parks = math.ceil(count / PHOTOS_PER_PARK)
    if (root / ".complete").exists():
        return root, parks
    shutil.rmtree(root, ignore_errors=True)
    photos = root / "jpg"
    print(f"Making {count} photos in {photos} (once)", flush=True)
    subprocess.run(["dotnet", "run", "--project", str(HERE / "PhotoGen"), "-c", "Release", "--artifacts-path", str(work / "artifacts"),
                    "--", str(photos), str(count)], check=True, stdout=subprocess.DEVNULL, cwd=REPO)
    content, hugo = root / "parksitegen" / "content", root / "hugo"
    content.mkdir(parents=True)
    (content / "site.yml").write_text(PHOTO_SITE_YML, encoding="utf-8")
    shutil.copyfile(REPO / "content" / "indicators.yml", content / "indicators.yml")
    (hugo / "layouts" / "_default").mkdir(parents=True)
    (hugo / "config.toml").write_text(HUGO_PHOTO_CONFIG, encoding="utf-8")
    (hugo / "layouts" / "_default" / "single.html").write_text(HUGO_PHOTO_SINGLE, encoding="utf-8")
    (hugo / "layouts" / "_default" / "list.html").write_text(HUGO_PHOTO_LIST, encoding="utf-8")
    (hugo / "content" / "_index.md").parent.mkdir()
    (hugo / "content" / "_index.md").write_text("---\ntitle: Park photos\n---\n", encoding="utf-8")
    for k in range(1, parks + 1):
        slug = f"park-{k:02d}"
        park, bundle = content / "parks" / slug, hugo / "content" / "parks" / slug
        (park / "images").mkdir(parents=True)
        bundle.mkdir(parents=True)
        yml = [f"name: {{ zh: 园区{k:02d}, en: Park {k:02d} }}", "level: provincial", "province: { zh: 湖南省, en: Hunan }",
               "city: { zh: 长沙市, en: Changsha }", "photos:"]
        for i in range((k - 1) * PHOTOS_PER_PARK + 1, min(k * PHOTOS_PER_PARK, count) + 1):
            name = f"photo-{i:03d}.jpg"
            link_or_copy(photos / name, park / "images" / name)
            link_or_copy(photos / name, bundle / name)
            yml += [f"  - file: images/{name}", f'    alt: {{ zh: "园区{k:02d}照片{i}", en: "Park {k:02d}, photo {i}" }}']
        (park / "park.yml").write_text("\n".join(yml) + "\n", encoding="utf-8")
        for lang, title in (("zh", f"园区{k:02d}"), ("en", f"Park {k:02d}")):
            (park / f"profile.{lang}.md").write_text(f"---\ntitle: {title}\n---\n{title}.\n", encoding="utf-8")
        # Only the processed images are published, as by ParkSiteGen: Hugo 0.111 would also copy every original into
        # the output unless told not to.
        (bundle / "index.md").write_text(f"---\ntitle: Park {k:02d}\n_build:\n  publishResources: false\n---\n", encoding="utf-8")
    (root / ".complete").write_text("")
    return root, parks


def image_size(path):
    """(format, width, height) of a JPEG, PNG or WebP file, from its header; None for any other file."""
    data = Path(path).read_bytes()
    if data[:3] == b"\xff\xd8\xff":
        at = 2
        while at + 9 <= len(data) and data[at] == 0xFF:
            marker = data[at + 1]
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):  # a frame header (SOFn)
                height, width = struct.unpack(">HH", data[at + 5:at + 9])
                return "jpeg", width, height
            at += 2 + struct.unpack(">H", data[at + 2:at + 4])[0]
        return None
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return ("png", *struct.unpack(">II", data[16:24]))
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        if data[12:16] == b"VP8 ":  # lossy
            width, height = struct.unpack("<HH", data[26:30])
            return "webp", width & 0x3FFF, height & 0x3FFF
        if data[12:16] == b"VP8L":  # lossless
            bits = int.from_bytes(data[21:25], "little")
            return "webp", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
        if data[12:16] == b"VP8X":  # extended (alpha, metadata)
            return "webp", int.from_bytes(data[24:27], "little") + 1, int.from_bytes(data[27:30], "little") + 1
    return None


def check_photo_outputs(tool, out, count):
    """Each photo's six files in an output: a WebP and a JPEG at each width, counted by format and width from the
    files' headers (whatever they are named); a portrait photo (every second one, PhotoGen's orientation 6) must come
    out taller than wide, which it does only if its orientation was applied."""
    sizes = [size for size in (image_size(p) for p in Path(out).rglob("*") if p.is_file()) if size]
    made = [(fmt, w, h) for fmt, w, h in sizes if w in PHOTO_WIDTHS]
    found = collections.Counter((fmt, w) for fmt, w, _ in made)
    expected = collections.Counter({(fmt, w): count for fmt in ("webp", "jpeg") for w in PHOTO_WIDTHS})
    tall = sum(1 for _, w, h in made if h > w)
    print(f"    {tool}: {', '.join(f'{found[k]} {k[0]} {k[1]}' for k in sorted(expected))}; {tall} of them portrait "
          f"(of {6 * (count // 2)}); {len(sizes) - len(made)} other images")
    if found != expected or tall != 6 * (count // 2):
        sys.exit(f"{tool}'s output ({out}) lacks photos' files or has wrong ones: the comparison is void")


def images_encoded(said):
    """The counts in a build's "200 images encoded" (or "photos")."""
    return [int(n) for n in re.findall(r"(\d+) (?:images?|photos?) encoded", said)]


def image_files(folder, skip):
    """The image files under `folder` but not under `skip`, told by their first bytes (JPEG, PNG, WebP), whatever
    they are named: {path: (size, modification time, inode)}."""
    files = {}
    for path in Path(folder).rglob("*"):
        if path.is_file() and skip not in path.parents:
            with open(path, "rb") as f:
                head = f.read(12)
            if head[:3] == b"\xff\xd8\xff" or head[:8] == b"\x89PNG\r\n\x1a\n" or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
                stat = path.stat()
                files[path] = (stat.st_size, stat.st_mtime_ns, stat.st_ino)
    return files


def compare_photos(work, count, psg, hugo, runs, scratch, cooldown):
    """The photos case: alternating cold builds of ParkSiteGen and Hugo, as compare_pair does, each into a new folder
    with no processed image to reuse, after one unmeasured run each (ParkSiteGen's must say it encoded every photo;
    both outputs are checked); then one ParkSiteGen rebuild with nothing changed into the output of its last run.
    Returns (wall ratio, peak RSS ratio)."""
    root, parks = photo_sites(work, count)
    hugo_site = root / "hugo"
    argvs = {"ParkSiteGen": [str(psg), "build", str(root / "parksitegen"), "--out", "{out}", "--no-search"],
             "Hugo": [hugo, "--quiet", "-s", str(hugo_site), "-d", "{out}"]}
    outputs = []

    def cold(tool, capture=False):
        """A build into DIR/public, DIR new: ParkSiteGen's state folder, beside its output, is new too; Hugo's image
        cache, in the site, is deleted first."""
        out = Path(tempfile.mkdtemp(prefix="photos-", dir=scratch)) / "public"
        out.mkdir()
        outputs.append(out)
        if tool == "Hugo":
            shutil.rmtree(hugo_site / "resources", ignore_errors=True)
        return timed_build(argvs[tool], out, capture=capture), out

    (*_, said), out = cold("ParkSiteGen", capture=True)  # warm-up, not measured (it also reads every photo once)
    if images_encoded(said) != [count]:
        sys.exit(f"ParkSiteGen's cold build did not say '{count} photos encoded': does it process photos? It said:\n{said[-2000:]}")
    check_photo_outputs("ParkSiteGen", out, count)
    results = {"ParkSiteGen": [], "Hugo": []}
    for i in range(runs):
        # A B, then B A (see compare_pair). Hugo has no warm-up run of its own (at 200 photos one takes a quarter of an
        # hour): its first measured run's output is the one checked.
        for tool in (("ParkSiteGen", "Hugo") if i % 2 == 0 else ("Hugo", "ParkSiteGen")):
            result, out = cold(tool)
            results[tool].append(result)
            if tool == "ParkSiteGen":
                last = out
            elif i == 0:
                check_photo_outputs("Hugo", out, count)
    ratios = report(f"{count} photos ({parks} parks x {PHOTOS_PER_PARK}), {CASES['photos']}: {runs} runs each",
                    results["ParkSiteGen"], results["Hugo"])

    # Nothing changed since the last build: every processed image is in the cache, and none may be made again.
    before = image_files(last.parent, skip=last)
    wall, rss, said = timed_build(argvs["ParkSiteGen"], last, capture=True)
    after = image_files(last.parent, skip=last)
    changed = set(before) ^ set(after) | {p for p in before if p in after and before[p] != after[p]}
    lines = said.strip().splitlines()
    print(f"  ParkSiteGen rebuild with nothing changed: {wall:.2f} s, {rss:.0f} MiB; images encoded: "
          f"{sum(images_encoded(said))}; of {len(before)} cached images, {len(changed)} changed; it said: {lines[-1] if lines else ''!r}")
    if not before:
        sys.exit(f"no image file beside ParkSiteGen's output, in {last.parent}: where is its image cache?")
    if any(images_encoded(said)) or changed:
        sys.exit("ParkSiteGen's rebuild with nothing changed encoded images again")

    for out in outputs:
        shutil.rmtree(out.parent, ignore_errors=True)
    shutil.rmtree(hugo_site / "resources", ignore_errors=True)
    time.sleep(cooldown)
    return ratios[:2]


def verdict(ratio, target):
    return "—" if target is None else ("met" if ratio <= target else "NOT met")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", default="20x5,200x5,1000x10", help="N x Y pairs, comma-separated")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cases", default=",".join(CASES), help=f"comma-separated, of: {', '.join(CASES)}")
    ap.add_argument("--sample", action="store_true", help="also time the sample site against Hugo's 20 x 5 build")
    ap.add_argument("--scale", default="", help="e.g. 5000x10: ParkSiteGen alone, with the growth from the largest corpus")
    ap.add_argument("--photos", type=int, default=200, help=f"how many photos the photos case publishes ({PHOTOS_PER_PARK} a park)")
    ap.add_argument("--work", default=os.environ.get("PARKSITEGEN_BENCH_WORK", "/tmp/parksitegen-bench"))
    ap.add_argument("--parksitegen", default=None, help="a ParkSiteGen binary (default: publish one from this repository)")
    ap.add_argument("--hugo", default="hugo")
    ap.add_argument("--cooldown", type=float, default=60.0, help="seconds to pause after deleting a comparison's outputs")
    args = ap.parse_args()
    cases = [c for c in args.cases.split(",") if c]
    if not cases or any(c not in CASES for c in cases):
        ap.error(f"--cases takes some of: {', '.join(CASES)}")

    work = Path(args.work)
    scratch = work / "out"
    scratch.mkdir(parents=True, exist_ok=True)
    if shutil.which(args.hugo) is None:
        sys.exit(f"'{args.hugo}' not found: install Hugo (Debian: apt-get install -y hugo)")
    hugo_version = subprocess.run([args.hugo, "version"], capture_output=True, text=True).stdout.strip()
    if "photos" in cases and "extended" not in hugo_version:
        sys.exit(f"the photos case needs Hugo's extended edition (it encodes WebP); this is {hugo_version}")
    psg = Path(args.parksitegen) if args.parksitegen else publish(work)
    time.sleep(args.cooldown)  # the publish step's own temporary files were just deleted
    print(f"ParkSiteGen vs Hugo, {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, "
          f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB; {hugo_version}")

    summary = []
    largest = None
    corpus_cases = [c for c in cases if c != "photos"]
    for spec in [s for s in args.corpora.split(",") if s and corpus_cases]:
        parks, years = (int(x) for x in spec.lower().split("x"))
        root = corpus(work, parks, years)
        psg_argv = [str(psg), "build", str(root / "parksitegen"), "--out", "{out}", "--no-search"]
        hugo_argv = [args.hugo, "--quiet", "-s", str(root / "hugo"), "-d", "{out}"]
        label = f"{parks} parks x {years} years"
        walls, rss_target = WALL_TARGETS.get((parks, years), {}), RSS_TARGETS.get((parks, years))
        if "fresh" in cases:
            wall, rss, *psg_medians = compare_pair(label, psg_argv, hugo_argv, args.runs, scratch, args.cooldown, check_pages=True)
            summary.append((f"{parks} x {years}", "fresh", wall, rss, walls.get("fresh"), rss_target))
            largest = (parks, years, *psg_medians)
        rebuilds = [c for c in corpus_cases if c != "fresh"]
        if rebuilds:
            results = compare_rebuilds(label, root, (psg_argv, hugo_argv), rebuilds, args.runs, scratch, args.cooldown)
            summary += [(f"{parks} x {years}", case, wall, rss, walls.get(case), None) for case, (wall, rss) in results.items()]

    if "photos" in cases:
        wall, rss = compare_photos(work, args.photos, psg, args.hugo, args.runs, scratch, args.cooldown)
        summary.append((f"{args.photos} photos", "photos", wall, rss, *PHOTO_TARGETS))

    if args.sample:
        root = corpus(work, 20, 5)
        psg_argv = [str(psg), "build", str(REPO), "--out", "{out}", "--no-search"]
        hugo_argv = [args.hugo, "--quiet", "-s", str(root / "hugo"), "-d", "{out}"]
        wall, rss, *_ = compare_pair("sample site (content/) vs Hugo's 20 x 5", psg_argv, hugo_argv, args.runs, scratch, args.cooldown, check_pages=False)
        summary.append(("sample site", "fresh", wall, rss, 0.50, None))

    print("\nSummary (ParkSiteGen / Hugo, ratio of medians; a peak RSS target is a cold build's: fresh, photos):")
    print(f"  {'corpus':<14} {'case':<9} {'wall':>7} {'target':>7} {'':<8} {'peak RSS':>9} {'target':>7}")
    for name, case, wall, rss, wt, rt in summary:
        print(f"  {name:<14} {case:<9} {wall:7.3f} {('≤ %.2f' % wt) if wt else '':>7} {verdict(wall, wt):<8} {rss:9.3f} {('≤ %.2f' % rt) if rt else '':>7} {verdict(rss, rt) if rt else ''}")

    if args.scale:
        parks, years = (int(x) for x in args.scale.lower().split("x"))
        root = corpus(work, parks, years)
        print(f"\nScale: ParkSiteGen alone, {parks} parks x {years} years")
        results, outputs = [], []
        for _ in range(args.runs):
            wall, rss, pages, out = run_once([str(psg), "build", str(root / "parksitegen"), "--out", "{out}", "--no-search"], scratch)
            results.append((wall, rss, pages))
            outputs.append(out)
        for out in outputs:
            shutil.rmtree(out, ignore_errors=True)
        print(f"    {results[0][2]} HTML pages")
        print(fmt_row("wall", [r[0] for r in results], "s"))
        print(fmt_row("peak RSS", [r[1] for r in results], "MiB", 0))
        if largest:
            p0, y0, wall0, rss0, pages0 = largest
            wall, rss = statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)
            print(f"    from {p0} x {y0} ({pages0} pages, {wall0:.2f} s, {rss0:.0f} MiB): pages x{results[0][2] / pages0:.2f}, "
                  f"time x{wall / wall0:.2f}, peak RSS x{rss / rss0:.2f}")


if __name__ == "__main__":
    main()
