#!/usr/bin/env python3
"""Edit-to-reload latency of `parksitegen serve`, measured on a copy of a site.

  reload_latency.py [--site DIR] [--edits N] [--pause S] [--parksitegen CMD]

Copies the site (default: the repository's sample site) to a temporary folder, starts the preview on a free
port, listens to its Server-Sent Events, and edits the title of the newest bulletin (the one the home page lists
first) N times. For each edit it records
  - the server's own figure: from the change seen by its watcher to the reload event sent (latencyMs), and
  - end to end: from this script's write to the reload event received.
Prints min / median / p90 / max of both. The issue's budget: reload event sent <= 50 ms after the change is seen.
The preview reloads the edited park's pages first and the listings (home, directory) in a second event right
after; the third row is that second event (the home page, which lists the title), from the server's figure.
Standard library only."""
import argparse
import glob
import http.client
import json
import os
import queue
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))


def listen(port, events):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    conn.request("GET", "/__parksitegen/events")
    response = conn.getresponse()
    name = None
    for raw in response:
        line = raw.decode("utf-8").rstrip("\n")
        if line.startswith("event: "):
            name = line[7:]
        elif line.startswith("data: ") and name == "reload":
            events.put((time.perf_counter(), json.loads(line[6:])))


def summary(label, values):
    values = sorted(values)
    p90 = values[max(0, int(round(0.9 * len(values))) - 1)]
    print(f"{label:<34} min {values[0]:6.1f}  median {statistics.median(values):6.1f}  p90 {p90:6.1f}  max {values[-1]:6.1f}  (ms, n={len(values)})")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--site", default=ROOT, help="a site folder holding content/ (copied, never edited)")
    ap.add_argument("--edits", type=int, default=30)
    ap.add_argument("--pause", type=float, default=0.3, help="seconds between edits (an editor's saves are far apart)")
    ap.add_argument("--parksitegen", default=None, help="how to run ParkSiteGen (default: the Release build of this repository)")
    a = ap.parse_args()

    command = a.parksitegen.split() if a.parksitegen else ["dotnet", os.path.join(ROOT, "src/ParkSiteGen/bin/Release/net10.0/ParkSiteGen.dll")]
    if not a.parksitegen and not os.path.exists(command[1]):
        subprocess.run(["dotnet", "build", os.path.join(ROOT, "src/ParkSiteGen"), "-c", "Release", "-v", "q"], check=True)

    work = tempfile.mkdtemp(prefix="psg-reload-")
    site = os.path.join(work, "site")
    os.makedirs(site)
    shutil.copytree(os.path.join(a.site, "content"), os.path.join(site, "content"))
    if os.path.isdir(os.path.join(a.site, "themes")):
        shutil.copytree(os.path.join(a.site, "themes"), os.path.join(site, "themes"))

    started = time.perf_counter()
    server = subprocess.Popen(command + ["serve", site, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    port = None
    for line in server.stdout:
        match = re.search(r"at http://127\.0\.0\.1:(\d+)/", line)
        if match:
            port = int(match.group(1))
            break
    if port is None:
        sys.exit("the preview did not start")
    threading.Thread(target=lambda: [None for _ in server.stdout], daemon=True).start()
    pages = sum(1 for _ in glob.glob(os.path.join(site, "content/parks/*/*/data.yml")))
    print(f"site: {a.site} ({pages} park-years); preview ready in {time.perf_counter() - started:.1f} s")

    home = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    home.request("GET", "/en/")
    newest = re.search(r'<ul class="bulletin-list">\s*<li>.*?href="(/en/parks/[^"]+/)"', home.getresponse().read().decode("utf-8"), re.S).group(1)
    page = newest
    bulletin = os.path.join(site, "content", newest.strip("/").split("/", 1)[1], "bulletin.en.md")
    original = open(bulletin, encoding="utf-8").read()
    print(f"editing the title of {os.path.relpath(bulletin, site)}")

    events = queue.Queue()
    threading.Thread(target=listen, args=(port, events), daemon=True).start()
    time.sleep(1.0)

    server_ms, end_to_end_ms, listings_ms = [], [], []
    try:
        for n in range(a.edits):
            with open(bulletin, "w", encoding="utf-8") as f:
                f.write(re.sub(r"^title: (.*)$", lambda m: "title: " + json.dumps(f"{m.group(1).strip().strip(chr(34))} (edit {n})", ensure_ascii=False), original, count=1, flags=re.M))
            written = time.perf_counter()
            seen_page = seen_listing = False
            while not (seen_page and seen_listing):
                received, data = events.get(timeout=30)
                if page in data["paths"] and not seen_page:
                    seen_page = True
                    end_to_end_ms.append((received - written) * 1000)
                    server_ms.append(data["latencyMs"])
                if "/en/" in data["paths"]:
                    seen_listing = True
                    listings_ms.append(data["latencyMs"])
            time.sleep(a.pause)
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)

    summary("change seen -> reload event sent", server_ms)
    summary("file written -> reload received", end_to_end_ms)
    summary("change seen -> listings reloaded", listings_ms)


if __name__ == "__main__":
    main()
