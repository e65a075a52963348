"""The edits hugo_compare.py makes before each rebuild it times, the same in both formats of a corpus: a theme file
every page uses, and one bulletin's narrative. Each is a Toggle: switched between two versions before each run (so
every run sees a change) and put back as it was at the end. Standard library only."""
from pathlib import Path


class Toggle:
    """A file switched between two versions, in turn; restore() puts back the file as it was (or removes it, and
    the folders made for it, if it did not exist)."""

    def __init__(self, path, versions):
        self.path = Path(path)
        self.versions = versions
        self.turn = 0
        self.original = self.path.read_bytes() if self.path.exists() else None
        self.made = [p for p in reversed(self.path.parents) if not p.exists()]

    def flip(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(self.versions[self.turn % len(self.versions)], encoding="utf-8")
        self.turn += 1

    def restore(self):
        if self.original is not None:
            self.path.write_bytes(self.original)
            return
        self.path.unlink(missing_ok=True)
        for folder in reversed(self.made):
            if folder.exists() and not any(folder.iterdir()):
                folder.rmdir()


def _editions(text, where):
    """Two versions of a template, each with a visible line before its </footer> (Go's html/template drops HTML
    comments, so a comment would not change Hugo's output)."""
    if "</footer>" not in text:
        raise SystemExit(f"{where} has no </footer> to change")
    return [text.replace("</footer>", f'<p class="benchmark-edition">Edition {v}</p>\n</footer>', 1) for v in "AB"]


def theme_toggles(root, repo):
    """(ParkSiteGen's, Hugo's) theme change. ParkSiteGen has no layout every page uses: each kind of page has its own,
    and every one of them includes the footer partial, which the site overrides in its own theme (a copy of the
    shipped one); Hugo renders every page through its base layout."""
    shipped = repo / "themes" / "default" / "partials" / "footer.sbn-html"
    base = root / "hugo" / "layouts" / "_default" / "baseof.html"
    return (Toggle(root / "parksitegen" / "themes" / "default" / "partials" / "footer.sbn-html", _editions(shipped.read_text(encoding="utf-8"), shipped)),
            Toggle(base, _editions(base.read_text(encoding="utf-8"), base)))


def bulletin_toggles(root):
    """(ParkSiteGen's, Hugo's) edit of the same bulletin (the first park's last year, in English): a sentence added
    at the end of its narrative, then taken out again."""
    parks = root / "parksitegen" / "content" / "parks"
    slug = min(p.name for p in parks.iterdir() if p.is_dir())
    year = max(y.name for y in (parks / slug).iterdir() if y.name.isdigit())
    files = (parks / slug / year / "bulletin.en.md", root / "hugo" / "content" / "parks" / slug / f"{year}.en.md")
    toggles = []
    for file in files:
        text = file.read_text(encoding="utf-8")
        toggles.append(Toggle(file, [text.rstrip("\n") + "\n\nThis sentence was added to time a rebuild.\n", text]))
    return tuple(toggles)
