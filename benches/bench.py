#!/usr/bin/env python3
"""Whole-command benchmarks of claimtrack against the parse floor.

    python3 benches/bench.py                      # 100k and 1M claims, 3 runs each
    python3 benches/bench.py --sizes 100000 --runs 5
    python3 benches/bench.py --every-output       # and the other long outputs
    python3 benches/bench.py --changes            # and `changes` on a git copy

Builds the release binary and the examples, generates the corpora with
`examples/gen-corpus.rs` (deterministic; kept under target/bench-corpus and
reused until the generator changes), then times each command, the commands
taking turns run by run: wall time (median of the runs), claims per second,
peak resident memory (the largest of the runs), CPU time (user and system,
median), and the ratios that docs/performance.md states targets for; the
ratio to the floor is also given round by round (median and range), since
the command and the floor of one round ran moments apart. Every
figure is measured in the same run as its baseline, the parse floor
(`examples/parse-floor.rs`: read every file and `toml::from_str` it into
plain serde structs).
"""

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RELEASE = ROOT / "target" / "release"
PER_FILE = 100

# (name, program and arguments, environment added; None removes a variable)
COMMANDS = [
    ("floor (parallel)", ["examples/parse-floor"], {}),
    ("floor (serial)", ["examples/parse-floor", "--serial"], {}),
    ("check", ["claimtrack", "check"], {}),
    ("list --format json", ["claimtrack", "list", "--format", "json"], {}),
    ("report --format json", ["claimtrack", "report", "--format", "json"], {}),
]

# With --every-output: the other long outputs, for the memory target
# (peak RSS under 3× the corpus) and to see what each costs.
EVERY_OUTPUT = [
    ("report (table, the default command)", ["claimtrack", "report"], {"COLUMNS": None}),
    ("list (table fitted to 120 columns)", ["claimtrack", "list"], {"COLUMNS": "120"}),
    ("list (table to a pipe)", ["claimtrack", "list"], {"COLUMNS": None}),
    ("list --format csv", ["claimtrack", "list", "--format", "csv"], {}),
    ("report --format markdown", ["claimtrack", "report", "--format", "markdown"], {}),
    ("report --format html", ["claimtrack", "report", "--format", "html"], {}),
    ("export", ["claimtrack", "export"], {}),
]


def run_once(command):
    """Wall seconds, peak RSS in bytes and CPU seconds (user and system)
    of one run of (argv, added environment), output discarded."""
    argv, env = command
    start = time.perf_counter()
    with open(os.devnull, "wb") as null:
        environment = {**os.environ, **env}
        environment = {k: v for k, v in environment.items() if v is not None}
        proc = subprocess.Popen(argv, stdout=null, stderr=null, env=environment)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"{' '.join(map(str, argv))} exited {code}")
    return wall, usage.ru_maxrss * 1024, usage.ru_utime + usage.ru_stime


def measure(commands, runs):
    """Median wall, largest RSS and median CPU of each command, and its wall
    time in each round divided by the first command's in that round. The
    commands take turns, one run each per round, so a machine whose speed
    drifts (a shared one) slows every command alike and the ratios hold."""
    results = [[] for _ in commands]
    for _ in range(runs):
        for i, command in enumerate(commands):
            results[i].append(run_once(command))
    return [
        (statistics.median(w for w, _, _ in r), max(m for _, m, _ in r),
         statistics.median(c for _, _, c in r),
         [w / base[0] for (w, _, _), base in zip(r, results[0])])
        for r in results
    ]


def spread(ratios):
    """The median of a command's round-by-round ratios to the floor, and
    their range: how far one round could have misled."""
    if len(ratios) < 2:
        return f"{ratios[0]:.2f}"
    return f"{statistics.median(ratios):.2f} ({min(ratios):.2f}–{max(ratios):.2f})"


def corpus(base, claims):
    files = claims // PER_FILE
    path = base / f"{claims}"
    marker = path / ".complete"
    # A corpus from an older generator is made again: the marker records a
    # hash of the generator's source.
    stamp = hashlib.sha256((ROOT / "examples" / "gen-corpus.rs").read_bytes()).hexdigest()
    if not marker.exists() or marker.read_text().strip() != stamp:
        if path.exists():
            shutil.rmtree(path)
        print(f"generating {claims:,} claims in {path} …", file=sys.stderr)
        subprocess.run(
            [RELEASE / "examples" / "gen-corpus", "--files", str(files),
             "--claims-per-file", str(PER_FILE), str(path)],
            check=True,
        )
        marker.write_text(stamp + "\n")
    size = sum(f.stat().st_size for f in path.rglob("*.toml"))
    return path, size


# With --changes: `changes` in a git repository holding a copy of the
# corpus, committed, with a few files edited in the work tree.
CHANGES = [
    ("changes HEAD (work tree as head)", ["claimtrack", "changes", "HEAD"], {}),
    ("changes HEAD HEAD (two revisions)", ["claimtrack", "changes", "HEAD", "HEAD"], {}),
]
EDITED = 4


def git_corpus(base, claims, path, stamp):
    """A git repository holding `path` as `claims/`, committed, then the
    first value of EDITED files changed in the work tree (made again when
    the corpus is). Returns its claim folder."""
    repo = base / f"git-{claims}"
    marker = repo / ".complete"
    if not marker.exists() or marker.read_text().strip() != stamp:
        if repo.exists():
            shutil.rmtree(repo)
        print(f"committing {claims:,} claims to {repo} …", file=sys.stderr)
        shutil.copytree(path, repo / "claims", ignore=shutil.ignore_patterns(".complete"))
        git = ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.invalid",
               "-c", "commit.gpgsign=false"]
        subprocess.run(git + ["init", "-q"], cwd=repo, check=True)
        subprocess.run(git + ["add", "-A"], cwd=repo, check=True)
        subprocess.run(git + ["commit", "-q", "-m", "corpus"], cwd=repo, check=True)
        files = sorted((repo / "claims").rglob("*.toml"))
        edited = 0
        for f in files[:: max(1, len(files) // EDITED)]:
            if edited == EDITED:
                break
            text = f.read_text()
            at = text.find("\nvalue = ") + 1
            if at == 0:
                continue  # a registry, say: no claim to edit
            end = text.index("\n", at)
            f.write_text(text[:at] + 'value = "about 12,345"' + text[end:])
            edited += 1
        (repo / ".git" / "info" / "exclude").write_text(".complete\n")
        marker.write_text(stamp + "\n")
    return repo / "claims"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000",
                        help="corpus sizes in claims, comma-separated")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=ROOT / "target" / "bench-corpus")
    parser.add_argument("--every-output", action="store_true",
                        help="also time the other long outputs (the report as a table, list's "
                        "tables, CSV, markdown, HTML, export)")
    parser.add_argument("--changes", action="store_true",
                        help="also time `changes` against the work tree and between two "
                        "revisions, in a git copy of each corpus")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    commands = COMMANDS + (EVERY_OUTPUT if args.every_output else [])

    subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "claimtrack", "--examples"],
                   cwd=ROOT, check=True)
    args.dir.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores; runs per figure: {args.runs}, the commands taking turns "
          "(median wall and CPU, largest RSS)\n")
    print("| claims | command | wall (s) | claims/s | peak RSS (MB) | × parallel floor "
          "| × floor, round by round | CPU (s) | CPU × floor | RSS ÷ corpus |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    walls = {}
    for claims in sizes:
        path, size = corpus(args.dir, claims)
        runs = [([RELEASE / exe[0]] + exe[1:] + [str(path)], env) for _, exe, env in commands]
        figures = measure(runs, args.runs)
        floor_wall, _, floor_cpu, _ = figures[0]
        for (name, _, _), (wall, rss, cpu, rounds) in zip(commands, figures):
            walls[(claims, name)] = wall
            print(f"| {claims:,} | `{name}` | {wall:.2f} | {claims / wall:,.0f} | "
                  f"{rss / 1e6:,.0f} | {wall / floor_wall:.2f} | {spread(rounds)} | {cpu:.2f} "
                  f"| {cpu / floor_cpu:.2f} | {rss / size:.1f} |")
        if args.changes:
            folder = git_corpus(args.dir, claims, path, (path / ".complete").read_text().strip())
            runs = [runs[0]] + [([RELEASE / exe[0]] + exe[1:] + [str(folder)], env)
                                for _, exe, env in CHANGES]
            figures = measure(runs, args.runs)
            floor_wall, _, floor_cpu, _ = figures[0]
            for (name, _, _), (wall, rss, cpu, rounds) in zip(CHANGES, figures[1:]):
                print(f"| {claims:,} | `{name}` | {wall:.2f} | {claims / wall:,.0f} | "
                      f"{rss / 1e6:,.0f} | {wall / floor_wall:.2f} | {spread(rounds)} | {cpu:.2f} "
                      f"| {cpu / floor_cpu:.2f} | {rss / size:.1f} |")
        print(f"| {claims:,} | corpus on disk | | | {size / 1e6:,.0f} | | | | | |")
        if shutil.which("taplo"):
            schema = args.dir / "claimtrack.schema.json"
            with open(schema, "wb") as f:
                subprocess.run([RELEASE / "claimtrack", "schema"], stdout=f, check=True)
            files = [str(p) for p in path.rglob("*.toml")]
            argv = ["taplo", "check", "--schema", schema.as_uri()] + files
            [(wall, rss, cpu, _)] = measure([(argv, {})], 1)
            print(f"| {claims:,} | `taplo check` with the schema | {wall:.2f} | {claims / wall:,.0f} | "
                  f"{rss / 1e6:,.0f} | {wall / floor_wall:.2f} | | {cpu:.2f} | {cpu / floor_cpu:.2f} "
                  f"| {rss / size:.1f} |")
    if not shutil.which("taplo"):
        print("\ntaplo is not installed: its comparison was skipped.")
    if len(sizes) >= 2:
        small, large = sizes[0], sizes[-1]
        print(f"\nScaling, wall({large:,}) ÷ wall({small:,}) (linear would be {large / small:.0f}):\n")
        for name, _, _ in commands:
            print(f"- `{name}`: {walls[(large, name)] / walls[(small, name)]:.1f}")


if __name__ == "__main__":
    main()
