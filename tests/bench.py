"""Benchmark of the build loop on this machine: `python tests/bench.py [--quick] [--json FILE]`.

Reports, against the targets in README.md (*Benchmark*):
- cold build: the whole `python build.py` process, next to `python -c "import jinja2, cmarkgfm,
  trafilatura"` (the import floor: the runtime dependencies but the watcher) timed in the same
  run, as a ratio; and which heavy modules it imported;
- warm rebuild: build() again inside one process, as watch mode does it per save: after an
  edit of the article, and after a save that leaves it as it was;
- save-to-page: `build.py --watch` running, from the seed's write to the new index.html on disk;
- scaling: the seed's body repeated to 10 KB ... 5 MB, time and peak memory per size;
- pathological input: 1 MB runs of quote marks and of unclosed quotes, time per size;
- at the size limit: one row per hostile plain-text input that once stalled a build (2 MiB of
  `"a" `, of `said `, one-word paragraphs ...), whole build time and peak memory against the
  bounds (5 s / 300 MB);
- pathological markup: Markdown at its 2 MiB limit and saved pages at their 8 MiB limit made of
  runs that stall other parsers, time and peak memory of each whole build.

Not a test: it never fails on a slow machine. It prints figures and marks each target
met or missed. Everything is built in a temporary folder, never into site/.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = next(p for p in sorted((ROOT / "seeds").iterdir()) if p.suffix == ".txt")
PYTHON = sys.executable
IMPORT_FLOOR = "import jinja2, cmarkgfm, trafilatura"
HEAVY = ("trafilatura", "lxml", "cmarkgfm", "watchfiles", "http.server", "jinja2")
SIZES = (10_000, 100_000, 1_000_000, 5_000_000)

# Runs in a fresh interpreter: build one article, report time, phases and peak memory (JSON).
CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from briefing.pipeline import build
from briefing.article import load_article
from briefing.extract import extract
from briefing.render import render_html, render_json
from briefing.pipeline import DEFAULT_TEMPLATES
import briefing.article
from briefing.errors import BriefingError


def peak_rss():
    # this process's own peak (VmHWM): ru_maxrss would include the parent's RSS before exec
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


seed, out = Path(sys.argv[1]), Path(sys.argv[2])
if "--no-reported" in sys.argv:  # the build as it was before reported speech: for its share
    import briefing.extract.attribute
    briefing.extract.attribute.add_reported = lambda briefing, heard, cast: briefing
limit = getattr(briefing.article, "MAX_TEXT_BYTES", None)
over_limit = limit is not None and seed.suffix == ".txt" and seed.stat().st_size > limit
if over_limit:  # measure the pipeline past the input limit; a real build refuses this file
    briefing.article.MAX_TEXT_BYTES = seed.stat().st_size
base = peak_rss()
t0, cpu0 = time.perf_counter(), time.process_time()
refused = None
try:
    build(seed, out)
except BriefingError as exc:  # refused with one clear line: a bounded answer too
    refused = str(exc)
total, cpu = time.perf_counter() - t0, time.process_time() - cpu0
peak = peak_rss()
phases, article, briefing = {}, None, None
if "--phases" in sys.argv:
    steps = [
        ("load", lambda: load_article(seed)),
        ("extract", lambda: extract(article)),
        ("html", lambda: render_html(briefing, DEFAULT_TEMPLATES)),
        ("json", lambda: render_json(briefing)),
    ]
    for name, step in steps:
        t = time.perf_counter()
        value = step()
        phases[name] = time.perf_counter() - t
        article = value if name == "load" else article
        briefing = value if name == "extract" else briefing
result = {"seconds": total, "cpu_seconds": cpu, "base_rss": base, "peak_rss": peak, "phases": phases}
result["over_limit"] = over_limit
result["refused"] = refused
print(json.dumps(result))
"""


# Profiles one build of the article given and prints the functions that took the most own time.
PROFILE = r"""
import cProfile, logging, pstats, sys
from pathlib import Path
from briefing.pipeline import build
logging.disable(logging.CRITICAL)
profile = cProfile.Profile()
profile.runcall(build, Path(sys.argv[1]), Path(sys.argv[2]))
stats = pstats.Stats(profile)
rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:3]
for (file, line, name), (calls, _, own, total, _) in rows:
    print(f"{Path(file).parent.name}/{Path(file).name}:{line} {name}: {own:.2f} s own, {calls} calls")
"""


def hotspots(text: str, work: Path) -> list[str]:
    seed = work / "profile.txt"
    seed.write_text(text, encoding="utf-8")
    command = [PYTHON, "-c", PROFILE, str(seed), str(work / "profile-site")]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    return done.stdout.splitlines() or [done.stderr.strip().splitlines()[-1]]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def mib(size: float) -> str:
    return f"{size / 2**20:.1f} MiB"


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def timed_run(command: list[str], **kwargs) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=ROOT, **kwargs)
    return time.perf_counter() - started


# --- 1. cold build -----------------------------------------------------------------------------------


def cold(runs: int, work: Path) -> dict:
    build_cmd = [PYTHON, "build.py", "--seed", str(SEED), "--out", str(work / "cold")]
    floor_cmd = [PYTHON, "-c", IMPORT_FLOOR]
    bare_cmd = [PYTHON, "-c", "pass"]
    # As the README's setup does: byte-compile the package, so that a machine with
    # PYTHONDONTWRITEBYTECODE set does not compile our modules afresh on every start.
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(ROOT / "briefing")], check=True)
    for command in (build_cmd, floor_cmd):  # warm the OS file cache first
        timed_run(command)
    builds, floors, bares = [], [], []
    for _ in range(runs):  # interleaved, so that a busy moment hits both alike
        builds.append(timed_run(build_cmd))
        floors.append(timed_run(floor_cmd))
        bares.append(timed_run(bare_cmd))
    probe = (
        "import sys; from briefing.cli import main; main(sys.argv[1:]); "
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    imported = subprocess.run(
        [PYTHON, "-c", probe, "--seed", str(SEED), "--out", str(work / "cold")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()[-1]
    build, floor = statistics.median(builds), statistics.median(floors)
    return {
        "import_self_ms": import_profile(build_cmd, 3 if runs < 10 else 7),
        "build_median_s": build,
        "build_min_s": min(builds),
        "floor_median_s": floor,
        "floor_min_s": min(floors),
        "python_startup_median_s": statistics.median(bares),
        "ratio_median": build / floor,
        "ratio_min": min(builds) / min(floors),
        "heavy_modules_imported": imported.split(",") if imported else [],
    }


def import_profile(command: list[str], runs: int) -> dict[str, float]:
    """Import time by package (`python -X importtime`, each module's own time, best of `runs`)."""
    best: dict[str, int] = {}
    for _ in range(runs):
        err = subprocess.run(
            [command[0], "-X", "importtime", *command[1:]], cwd=ROOT, capture_output=True, text=True
        ).stderr
        for line in err.splitlines():
            if line.startswith("import time:") and "|" in line:
                own, _total, name = (part.strip() for part in line[len("import time:") :].split("|"))
                if own.isdigit():
                    best[name] = min(best.get(name, 10**9), int(own))
    groups: dict[str, float] = {}
    for name, own in best.items():
        top = name.split(".")[0]
        group = name if top == "briefing" else top if top in ("jinja2", "markupsafe") else "other modules"
        groups[group] = groups.get(group, 0) + own / 1000
    return dict(sorted(groups.items(), key=lambda kv: -kv[1]))


# --- 2. warm rebuild ---------------------------------------------------------------------------------


def warm(runs: int, work: Path) -> dict:
    """Rebuilds of the seed in one process, as watch mode does them (the last briefing passed
    as `reuse`): saves that change the article (two versions, one word apart, in turn) and saves
    that leave it as it was (also what a template edit pays, less the template's compile)."""
    from briefing.article import load_article
    from briefing.extract import extract
    from briefing.pipeline import DEFAULT_TEMPLATES, build
    from briefing.render import render_html, render_json

    out = work / "warm"
    text = SEED.read_text(encoding="utf-8")
    headline, _, body = text.partition("\n")
    versions = [text, f"{headline}\n{body.replace(' the ', ' a ', 1)}"]
    seed = work / "warm-seed" / SEED.name
    seed.parent.mkdir()

    def rebuilds(edit: bool) -> tuple[list[float], list[float]]:
        """Wall and CPU times, each sorted: the difference is waiting, for the disk or the CPU."""
        seed.write_text(versions[0], encoding="utf-8")
        last = build(seed, out).briefing
        times, cpu = [], []
        for n in range(5 + runs):
            if edit:
                seed.write_text(versions[(n + 1) % 2], encoding="utf-8")
            started, cpu_started = time.perf_counter(), time.process_time()
            last = build(seed, out, reuse=last).briefing
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
        return sorted(times[5:]), sorted(cpu[5:])

    (edited, edited_cpu), (unchanged, unchanged_cpu) = rebuilds(edit=True), rebuilds(edit=False)
    article = load_article(SEED)
    briefing = extract(article)
    phases = {
        "load": lambda: load_article(SEED),
        "extract": lambda: extract(article),
        "html": lambda: render_html(briefing, DEFAULT_TEMPLATES),
        "json": lambda: render_json(briefing),
    }
    phase_ms = {}
    for name, action in phases.items():
        samples = []
        for _ in range(max(20, runs // 5)):
            started = time.perf_counter()
            action()
            samples.append(time.perf_counter() - started)
        phase_ms[name] = statistics.median(samples)
    return {
        "median_s": statistics.median(edited),
        "p90_s": edited[int(len(edited) * 0.9)],
        "cpu_median_s": statistics.median(edited_cpu),
        "unchanged_cpu_median_s": statistics.median(unchanged_cpu),
        "unchanged_median_s": statistics.median(unchanged),
        "unchanged_p90_s": unchanged[int(len(unchanged) * 0.9)],
        "phases_median_s": phase_ms,
    }


# --- 3. save-to-page latency -------------------------------------------------------------------------


def save_to_page(saves: int, work: Path) -> dict:
    folder = work / "latency"
    folder.mkdir()
    seed, out = folder / "story.txt", folder / "site"
    text = SEED.read_text(encoding="utf-8")
    seed.write_text(text, encoding="utf-8")
    index = out / "index.html"
    command = [PYTHON, "build.py", "--watch", "--seed", str(seed), "--out", str(out)]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    watching = threading.Event()

    def read() -> None:
        for line in process.stdout:
            lines.append(line)
            if line.startswith("watching "):
                watching.set()

    threading.Thread(target=read, daemon=True).start()
    results: dict[str, list[float]] = {"in place": [], "rename": []}
    try:
        if not watching.wait(30):
            raise RuntimeError(f"watch mode did not start: {process.stderr.read()}")
        for n in range(saves):
            kind = "in place" if n % 2 == 0 else "rename"
            marker = f"Latency marker {n} zq"
            new = text.replace("\n", f" {marker}.\n", 1)
            before = len(lines)
            if kind == "in place":
                started = time.perf_counter()
                with open(seed, "w", encoding="utf-8") as handle:
                    handle.write(new)
            else:
                temp = folder / ".story.txt.tmp"
                temp.write_text(new, encoding="utf-8")
                started = time.perf_counter()
                os.replace(temp, seed)
            deadline = started + 10
            while time.perf_counter() < deadline:
                try:
                    if marker in index.read_text(encoding="utf-8"):
                        break
                except OSError:
                    pass
                time.sleep(0.0005)
            else:
                raise RuntimeError(f"save {n} never reached the page")
            results[kind].append(time.perf_counter() - started)
            while len(lines) == before and time.perf_counter() < deadline:  # its report line: idle again
                time.sleep(0.001)
            time.sleep(0.05)  # let the editor-like pause between saves pass
    finally:
        process.terminate()
        process.wait(10)
    every = results["in place"] + results["rename"]
    return {
        kind: {"median_s": statistics.median(v), "max_s": max(v), "n": len(v)} for kind, v in results.items()
    } | {"all": {"median_s": statistics.median(every), "max_s": max(every), "n": len(every)}}


# --- 4. scaling and pathological input ---------------------------------------------------------------


def grow(size: int) -> str:
    """The seed's headline, then its body repeated until the file has `size` bytes."""
    headline, _, body = SEED.read_text(encoding="utf-8").partition("\n")
    body = body.strip("\n") + "\n\n"
    copies = size // len(body.encode("utf-8")) + 1
    text = headline + "\n\n" + body * copies
    return text.encode("utf-8")[:size].decode("utf-8", "ignore").rsplit("\n\n", 1)[0] + "\n"


def one_paragraph(unit: str, size: int) -> str:
    return "A run of marks\n\nIt begins here. " + unit * (size // len(unit.encode("utf-8"))) + "\n"


def child_build(
    text: str, work: Path, timeout: float, phases: bool = True, suffix: str = ".txt", extra: tuple = ()
) -> dict:
    seed = work / f"scale{suffix}"
    seed.write_text(text, encoding="utf-8")
    out = Path(tempfile.mkdtemp(prefix="site-", dir=work))  # a first build: no old outputs to read
    command = [PYTHON, "-c", CHILD, str(seed), str(out), *extra] + (["--phases"] if phases else [])
    try:
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return {"timeout_s": timeout, "bytes": seed.stat().st_size}
    except subprocess.CalledProcessError as exc:
        last = (exc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": last, "bytes": seed.stat().st_size}
    result = json.loads(done.stdout.splitlines()[-1])
    result["bytes"] = seed.stat().st_size
    return result


def series(make, sizes, work: Path, repeats: int, timeout: float) -> list[dict]:
    rows = []
    for size in sizes:
        tries = [child_build(make(size), work, timeout) for _ in range(repeats if size <= 1_000_000 else 1)]
        done = [t for t in tries if "seconds" in t]
        rows.append(min(done, key=lambda t: t["seconds"]) if done else tries[0])
        if not done and "timeout_s" in tries[0]:
            break  # a bigger size would only time out too
    for previous, row in zip(rows, rows[1:], strict=False):
        if "seconds" in row and "seconds" in previous:
            row["time_ratio"] = row["seconds"] / previous["seconds"]
            row["size_ratio"] = row["bytes"] / previous["bytes"]
    return rows


def reported_share(work: Path, runs: int) -> dict:
    """What the reported-speech pass adds to a 1 MB build (extraction, page and JSON), in CPU
    time, which a machine shared with other work disturbs less than the clock."""
    text = grow(1_000_000)
    times: dict[str, list[float]] = {"with": [], "without": []}
    for _ in range(runs):  # interleaved, so that a busy moment costs both alike
        times["with"].append(child_build(text, work, 120, phases=False)["cpu_seconds"])
        times["without"].append(
            child_build(text, work, 120, phases=False, extra=("--no-reported",))["cpu_seconds"]
        )
    with_s, without_s = min(times["with"]), min(times["without"])
    return {"runs": runs, "with_s": with_s, "without_s": without_s, "overhead": with_s / without_s - 1}


def print_share(work: Path, runs: int) -> dict:
    """Measure the reported-speech share of a 1 MB build and print it against its target."""
    share = reported_share(work, runs)
    print(
        f"  1 MB, CPU time, best of {share['runs']} interleaved: {ms(share['with_s'])} with reported "
        f"speech, {ms(share['without_s'])} without: {share['overhead']:.0%} more; "
        f"target <= 10%: {verdict(share['overhead'] <= 0.10)}"
    )
    return share


def print_series(title: str, rows: list[dict], interpreter_rss: int) -> None:
    print(f"\n{title}   (interpreter and imports: {mib(interpreter_rss)})")
    print(
        f"  {'input':>10}  {'build':>10}  {'x prev':>7}  {'peak RSS':>10}  {'over base':>10}"
        f"  {'/input':>7}  phases"
    )
    for row in rows:
        if "error" in row:
            print(f"  {row['bytes']:>10,}  failed: {row['error']}")
            continue
        if "seconds" not in row:
            print(f"  {row['bytes']:>10,}  over {row['timeout_s']:.0f} s (stopped)")
            continue
        extra = row["peak_rss"] - row["base_rss"]  # what the build added to this process
        phases = " ".join(f"{k} {v * 1000:.0f}" for k, v in row["phases"].items())
        ratio = f"{row['time_ratio']:.1f}x" if "time_ratio" in row else ""
        note = " [over the input limit: measured with the limit raised]" if row.get("over_limit") else ""
        print(
            f"  {row['bytes']:>10,}  {ms(row['seconds']):>10}  {ratio:>7}  {mib(row['peak_rss']):>10}"
            f"  {mib(extra):>10}  {extra / row['bytes']:>6.1f}x  {phases} (ms){note}"
        )


# --- 6. hostile input at the size limit -------------------------------------------------------------

MIB = 1024 * 1024


def repeated(head: str, unit: str, size: int, tail: str = "") -> str:
    """`head`, then `unit` repeated, then `tail`: `size` bytes at most."""
    room = size - len(head.encode()) - len(tail.encode())
    return head + unit * (room // len(unit.encode())) + tail


AT_THE_LIMIT = {  # name: (suffix, text); each once took from 20 s to minutes, or gigabytes
    '"a" "a" … in one paragraph': (".txt", repeated("Marks\n\nIt begins. ", '"a" ', 2 * MIB)),
    '"Yes," he said. … in one paragraph': (
        ".txt",
        repeated("Cues\n\nIt begins. ", '"Yes," he said. ', 2 * MIB),
    ),
    "said said … in one paragraph": (".txt", repeated("Verbs\n\nIt begins. ", "said ", 2 * MIB)),
    'paragraphs of "a"': (".txt", repeated("Short\n\n", '"a"\n\n', 2 * MIB)),
    "paragraphs of said": (".txt", repeated("Short\n\n", "said\n\n", 2 * MIB)),
    "one-word paragraphs": (".txt", repeated("Short\n\n", "Word.\n\n", 2 * MIB)),
    'Mr Lee said: "Yes." paragraphs': (".txt", repeated("Names\n\n", 'Mr Lee said: "Yes."\n\n', 2 * MIB)),
}
LIMIT_BOUNDS = {".txt": (5.0, 300 * MIB), ".md": (10.0, 500 * MIB), ".html": (10.0, 500 * MIB)}


def at_the_limit(work: Path, timeout: float) -> dict[str, dict]:
    rows = {}
    print("\n6. hostile plain text at the size limit (whole build; bounds: 5 s and 300 MiB;")
    print("   memory is the process's peak RSS)")
    for name, (suffix, text) in AT_THE_LIMIT.items():
        row = rows[name] = child_build(text, work, timeout, phases=False, suffix=suffix)
        seconds_bound, memory_bound = LIMIT_BOUNDS[suffix]
        size = f"{row['bytes'] / MIB:.1f} MiB {suffix}"
        if "seconds" not in row:
            what = f"failed: {row['error']}" if "error" in row else f"over {row['timeout_s']:.0f} s (stopped)"
            print(f"  {name:<36} {size:>14}  {what}  MISSED")
            continue
        ok = row["seconds"] < seconds_bound and row["peak_rss"] < memory_bound
        outcome = f"refused: {row['refused']}" if row["refused"] else "built"
        print(
            f"  {name:<36} {size:>14}  {row['seconds']:>6.2f} s  {mib(row['peak_rss']):>10}  "
            f"{verdict(ok)}  {outcome[:70]}"
        )
    return rows


# --- 7. pathological Markdown and saved pages ---------------------------------------------------------

MARKUP_LIMITS = {".md": 2 * 2**20, ".html": 8 * 2**20}
MARKUP_RUNS = {  # name: (suffix, repeated unit[, count]); filled to the format's size limit by default
    "md: [ run": (".md", "["),
    "md: ![ run": (".md", "!["),
    "md: [a]( run": (".md", "[a]("),
    "md: <http:// run": (".md", "<http://"),
    "md: *a * run": (".md", "*a* "),
    "md: nested > quotes": (".md", ">"),
    "md: &#123; entities": (".md", "&#123; "),
    "md: unclosed <!--": (".md", "<!--"),
    "md: a line per word": (".md", "a\n"),
    "md: links and emphasis in prose": (".md", "See [the report](https://example.com/r) and *this*. "),
    "html: unclosed <!--": (".html", "<!--"),
    "html: nested <ul><li>": (".html", "<ul><li>"),
    "html: nested <div>": (".html", "<div>"),
    "html: nested tables": (".html", "<table><tr><td>"),
    "html: unclosed <p>": (".html", "<p>a "),
    "html: one long paragraph": (".html", "word "),
    "html: paragraphs up to the tag limit": (
        ".html",
        '<p>"No," she said, and he wrote it down.</p>\n',
        19_990,
    ),
}
MARKUP_HEADS = {".md": "# A run of markup\n\n", ".html": "<title>A run of markup</title><p>It begins here. "}
# Runs one build.py in a child and reports its wall time, peak RSS and outcome (JSON).
MARKUP_CHILD = r"""
import json, resource, subprocess, sys, time
t = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True, timeout=120)
seconds = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
lines = (done.stdout + done.stderr).strip().splitlines()
print(json.dumps({"seconds": seconds, "peak_rss": peak, "code": done.returncode, "out": lines}))
"""


def markup_run(suffix: str, unit: str, work: Path, count: int | None = None) -> dict:
    """Build one file of `unit` repeated `count` times, or to the size limit of its format."""
    head = MARKUP_HEADS[suffix]
    seed = work / f"run{suffix}"
    count = count or (MARKUP_LIMITS[suffix] - len(head)) // len(unit)
    seed.write_text(head + unit * count, encoding="utf-8")
    build = [PYTHON, "build.py", "--seed", str(seed), "--out", str(Path(tempfile.mkdtemp(dir=work)))]
    try:
        done = subprocess.run(
            [PYTHON, "-c", MARKUP_CHILD, *build], cwd=ROOT, capture_output=True, text=True, timeout=180
        )
        return json.loads(done.stdout) | {"bytes": seed.stat().st_size}
    except (subprocess.TimeoutExpired, ValueError):
        return {"bytes": seed.stat().st_size, "timeout_s": 120}


def markup_rows(work: Path) -> dict:
    """Section 7: each run built or refused in one line, under 10 s and 500 MB."""
    print(
        "\n7. pathological markup at the size limit (target: built, or refused in one line, < 10 s, < 500 MB)"
    )
    rows = {}
    for name, (suffix, unit, *count) in MARKUP_RUNS.items():
        row = rows[name] = markup_run(suffix, unit, work, *count)
        if "seconds" not in row:
            print(f"  {name:34} {row['bytes']:>10,}  over {row['timeout_s']} s: MISSED")
            continue
        one_line = row["code"] == 0 or (row["code"] == 1 and len(row["out"]) == 1)
        outcome = "built" if row["code"] == 0 else "refused: " + (row["out"] or ["?"])[-1].split(": ", 2)[-1]
        ok = one_line and row["seconds"] < 10 and row["peak_rss"] < 500 * 2**20
        print(
            f"  {name:34} {row['bytes']:>10,}  {row['seconds']:6.2f} s  {mib(row['peak_rss']):>10}"
            f"  {verdict(ok):6}  {outcome[:70]}"
        )
    return rows


AEB_RUN = ROOT.parent / "shared" / "eval" / "aeb_run.py"  # outside the repository


def aeb_summary() -> str:
    """The Article Extraction Benchmark's summary line for saved pages (181 real news pages)."""
    if not AEB_RUN.exists():
        return f"skipped: {AEB_RUN} not found"
    command = f"{PYTHON} build.py --seed {{article}} --out {{out}}"
    done = subprocess.run(
        [PYTHON, str(AEB_RUN), "--cmd", command, "--jobs", "1"], cwd=ROOT, capture_output=True, text=True
    )
    return (done.stdout.strip().splitlines() or [done.stderr.strip()])[-1]


# --- report ------------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a rough look)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--skip-pathological", action="store_true", help="leave out the quote-mark runs")
    parser.add_argument(
        "--only-limit", action="store_true", help="run only the hostile inputs at the size limit (section 6)"
    )
    parser.add_argument(
        "--only-share", action="store_true", help="run only the reported-speech share of a 1 MB build"
    )
    parser.add_argument("--skip-markup", action="store_true", help="leave out the Markdown and HTML runs")
    parser.add_argument("--markup-only", action="store_true", help="only the Markdown and HTML runs")
    parser.add_argument("--aeb", action="store_true", help="only the saved-page benchmark (about 5 minutes)")
    args = parser.parse_args()
    quick = args.quick
    figures: dict = {"python": sys.version.split()[0], "cpus": os.cpu_count(), "load": os.getloadavg()}
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        work = Path(tmp)
        print(
            f"briefing benchmark: Python {figures['python']}, {figures['cpus']} CPUs, "
            f"load average {figures['load'][0]:.2f} at the start, seed {SEED.name}"
        )
        if args.aeb:
            print(f"\nsaved pages, Article Extraction Benchmark: {aeb_summary()}")
            return 0
        if args.markup_only:
            figures["markup"] = markup_rows(work)
            args.json and args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
            return 0

        if args.only_limit:
            figures["at_the_limit"] = at_the_limit(work, 60)
            if args.json:
                args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
            return 0

        if args.only_share:
            figures["reported_share"] = print_share(work, 3 if quick else 5)
            if args.json:
                args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
            return 0

        c = figures["cold"] = cold(5 if quick else 21, work)
        print("\n1. cold build (whole process, median of interleaved runs)")
        print(f"  python build.py                 {ms(c['build_median_s'])} (min {ms(c['build_min_s'])})")
        print(f"  python -c '{IMPORT_FLOOR}'  {ms(c['floor_median_s'])} (min {ms(c['floor_min_s'])})")
        print(f"  python -c pass                  {ms(c['python_startup_median_s'])}")
        print(
            f"  ratio {c['ratio_median']:.2f}x the import floor (min/min {c['ratio_min']:.2f}x); "
            f"target <= 0.75x: {verdict(c['ratio_median'] <= 0.75)}"
        )
        print(
            f"  heavy modules a plain-text build imports: {', '.join(c['heavy_modules_imported']) or 'none'}"
        )
        own = ", ".join(f"{k} {v:.1f}" for k, v in c["import_self_ms"].items() if v >= 0.5)
        print(f"  import time by module, own ms (-X importtime, best run): {own}")

        w = figures["warm"] = warm(50 if quick else 300, work)
        phases = ", ".join(f"{k} {v * 1000:.2f}" for k, v in w["phases_median_s"].items())
        print("\n2. warm rebuild of the seed inside one process (what watch mode pays per save)")
        print(
            f"  article edited:    median {ms(w['median_s'])}, p90 {ms(w['p90_s'])}; "
            f"CPU median {ms(w['cpu_median_s'])}"
        )
        print(
            f"  article unchanged: median {ms(w['unchanged_median_s'])}, p90 {ms(w['unchanged_p90_s'])}; "
            f"CPU median {ms(w['unchanged_cpu_median_s'])}"
        )
        print(f"  phases (ms): {phases}")
        print(
            f"  target < 5 ms: edited {verdict(w['median_s'] < 0.005)}, "
            f"unchanged {verdict(w['unchanged_median_s'] < 0.005)}"
        )

        s = figures["save_to_page"] = save_to_page(10 if quick else 40, work)
        print("\n3. save-to-page latency, build.py --watch (seed written -> new index.html on disk)")
        for kind, v in s.items():
            print(f"  {kind:>9}: median {ms(v['median_s'])}, max {ms(v['max_s'])} over {v['n']} saves")
        print(
            f"  target < 100 ms: {verdict(s['all']['max_s'] < 0.1)} (max), median {ms(s['all']['median_s'])}"
        )

        base = child_build(SEED.read_text(encoding="utf-8"), work, 60, phases=False)
        interpreter = base["peak_rss"]
        figures["interpreter_rss"] = interpreter
        rows = figures["scaling"] = series(grow, SIZES, work, 1 if quick else 3, 120)
        print(
            f"\n4. scaling: the seed's body repeated (interpreter + seed build: {mib(interpreter)} peak RSS)"
        )
        print_series("  time and memory per size", rows, interpreter)
        one_mb = next((r for r in rows if 900_000 <= r["bytes"] <= 1_000_000), None)
        if one_mb and "seconds" in one_mb:
            print(
                f"  1 MB in {ms(one_mb['seconds'])} ({ms(one_mb['cpu_seconds'])} of CPU); "
                f"target < 1 s: {verdict(one_mb['seconds'] < 1)}"
            )
        figures["reported_share"] = print_share(work, 3 if quick else 5)
        linear = [r["time_ratio"] <= 12 for r in rows if "time_ratio" in r and r["size_ratio"] > 5]
        print(f"  10x input -> at most 12x time: {verdict(all(linear))}")
        if one_mb and "seconds" in one_mb:  # smaller inputs are dwarfed by the imports the build makes
            extra = one_mb["peak_rss"] - one_mb["base_rss"]
            ok = verdict(extra < 10 * one_mb["bytes"])
            print(
                f"  peak memory above the interpreter, 1 MB: {mib(extra)}, "
                f"{extra / one_mb['bytes']:.1f}x the input; target < 10x: {ok}"
            )

        if not args.skip_pathological:
            cases = {
                'straight quote marks """…': lambda n: one_paragraph('"', n),
                'unclosed quotes "a "a "a …': lambda n: one_paragraph('"a ', n),
                "curly openers “““…": lambda n: one_paragraph("“", n),
                "apostrophes and elisions 'n' …": lambda n: one_paragraph("'n' ", n),
                "no marks (one long paragraph)": lambda n: one_paragraph("word ", n),
            }
            figures["pathological"] = {}
            print("\n5. pathological input: one paragraph of repeated marks (10x input -> at most 12x time)")
            for name, make in cases.items():
                rows = series(make, (10_000, 100_000, 1_000_000), work, 1, 60 if quick else 120)
                figures["pathological"][name] = rows
                print_series(f"  {name}", rows, interpreter)
                if any(r.get("time_ratio", 0) > 12 or "timeout_s" in r for r in rows):
                    print("    not linear; most own time at 10 KB (cProfile):")
                    for line in hotspots(make(10_000), work):
                        print(f"      {line}")
        figures["at_the_limit"] = at_the_limit(work, 60 if quick else 120)
        if not args.skip_markup:
            figures["markup"] = markup_rows(work)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
