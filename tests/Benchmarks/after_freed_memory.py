"""Two builds of one site into fresh folders, alternating, each after another process has touched a lot of memory
and exited, as in hugo_compare.py, where every build of ours follows a Hugo run that freed about 3.5 GB.

Why: on a virtual machine that reports freed memory to its host (free page reporting), memory a process frees goes
back to the host after a couple of seconds, and whoever touches it next pays for the host to provide it again.
Builds run back to back (a plain A/B) mostly reuse memory the host still provides; this A/B does not.

    python3 tests/Benchmarks/after_freed_memory.py --site SITE_DIR --a BIN_A --b BIN_B [--rounds 6] [--hog-mb 3500]
    [--b-env NAME=VALUE ...]

Prints each build's wall time and peak RSS, and the median of each side. Each build is timed as hugo_compare.py
times its runs (its inputs read first, then `sync`). Standard library only."""
import argparse
import statistics
import subprocess
import tempfile
import time

from hugo_compare import timed_build


def hog(megabytes):
    """A separate process that writes every page of `megabytes` MB and exits."""
    subprocess.run(["python3", "-c", f"b = bytearray(b'\\x01') * ({megabytes} << 20)"], check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", required=True)
    parser.add_argument("--a", required=True, help="release binary A")
    parser.add_argument("--b", required=True, help="release binary B (may be A, with --b-env)")
    parser.add_argument("--b-env", action="append", default=[], help="NAME=VALUE added to B's environment")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--hog-mb", type=int, default=3500)
    parser.add_argument("--pause", type=float, default=4.0, help="seconds between the hog's exit and the build")
    parser.add_argument("--work", default=None, help="where the output folders go (kept: delete them afterwards)")
    args = parser.parse_args()

    sides = {"A": (args.a, {}), "B": (args.b, dict(item.split("=", 1) for item in args.b_env))}
    work = args.work or tempfile.mkdtemp(prefix="after-freed-memory-")
    times = {"A": [], "B": []}
    for round_ in range(args.rounds):
        for name in ("A", "B") if round_ % 2 == 0 else ("B", "A"):
            hog(args.hog_mb)
            time.sleep(args.pause)
            program, env = sides[name]
            wall, rss = timed_build([program, "build", args.site, "--out", "{out}", "--no-search"],
                                    tempfile.mkdtemp(dir=work), env)
            times[name].append(wall)
            print(f"round {round_ + 1} {name} {wall:.2f} s, peak {rss:.0f} MiB", flush=True)

    a, b = statistics.median(times["A"]), statistics.median(times["B"])
    print(f"median A {a:.2f} s, B {b:.2f} s, A/B {a / b:.3f}; outputs in {work}")


if __name__ == "__main__":
    main()
