#!/usr/bin/env python3
"""Side-by-side timing of offside against pandas and DuckDB on the same data and questions.

Run from the repository root:

    python3 scripts/compare_peers.py            # full run (about 30 s with a warm Rust build)
    python3 scripts/compare_peers.py --quick    # fewer repetitions, for a smoke test
    python3 scripts/compare_peers.py --skip-cargo   # peers only, no Rust build or benches

See scripts/README.md for what is measured and how to read the table.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv-bench"
DATA = ROOT / "data"
INTL = DATA / "international_results"
OPENFOOTBALL = DATA / "openfootball"

# Exact pins so that numbers from two runs of this script differ because offside
# changed, not because a peer released a faster version in between.
PEER_PACKAGES = ["pandas==3.1.1", "duckdb==2.0.1"]

# The questions, keyed by the divan benchmark that answers them in offside, in the
# order the table prints them.
QUESTIONS = [
    ("run_england_2022", "England's 2022 World Cup run"),
    ("table_2022_group_b", "2022 World Cup Group B table"),
    ("h2h_england_scotland", "England v Scotland head-to-head"),
    ("player_messi", "Lionel Messi's goals"),
    ("records_2022", "2022 World Cup top scorers"),
]
LOAD = ("load_embedded", "load the data")

# results.csv has no edition column, so "World Cup 2022" has to be spelled as a
# tournament name and a date window, the way a pandas or SQL user would.
WC = "FIFA World Cup"
WC_FROM, WC_TO = "2022-11-20", "2022-12-18"
GROUP_B = ["England", "United States", "Iran", "Wales"]

# Used only with --skip-cargo, when there is no offside answer to check against:
# a few facts that are true of the real 2022 tournament, so that two peers that are
# wrong in the same way still get flagged.
KNOWN_FACTS = {
    "run_england_2022": {"played": 5, "gf": 13, "ga": 4},
    "table_2022_group_b": {"England": 7, "United States": 5, "Iran": 3, "Wales": 1},
}


# --------------------------------------------------------------------------- venv


def in_bench_venv() -> bool:
    return Path(sys.prefix).resolve() == VENV.resolve()


def ensure_venv_and_reexec() -> None:
    """Make sure pandas and duckdb are importable, then run this script inside the venv.

    The system Python must stay untouched (other tools on the machine rely on it),
    so the peers live in a private venv that the script creates on first use and
    reuses afterwards; re-executing is simpler than juggling sys.path.
    """
    if in_bench_venv():
        return
    py = VENV / "bin" / "python"
    if not py.exists():
        print(f"[setup] creating {VENV.relative_to(ROOT)}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    # Asking pip every time costs a couple of seconds but keeps the venv in step
    # with PEER_PACKAGES when the pins change; pip is a no-op when they already match.
    print(f"[setup] pip install {' '.join(PEER_PACKAGES)}", file=sys.stderr)
    subprocess.run(
        [str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *PEER_PACKAGES],
        check=True,
    )
    os.execv(str(py), [str(py), str(Path(__file__).resolve()), *sys.argv[1:]])


# --------------------------------------------------------------------------- timing


def median_seconds(fn, reps: int, warmup: int) -> float:
    """Median wall time of fn() over reps calls.

    Medians, because on a 2-core machine shared with other work a single slow
    sample says more about the neighbours than about the code. The garbage
    collector is paused while timing, as timeit does: pandas makes a lot of
    short-lived objects and a collection landing in one sample would only add noise.
    """
    for _ in range(warmup):
        fn()
    gc.collect()
    gc.disable()
    try:
        samples = []
        for _ in range(reps):
            t0 = time.perf_counter_ns()
            fn()
            samples.append(time.perf_counter_ns() - t0)
    finally:
        gc.enable()
    return statistics.median(samples) / 1e9


def fmt_time(sec: float | None) -> str:
    if sec is None:
        return "-"
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6), ("ns", 1e-9)):
        if sec >= scale:
            return f"{sec / scale:.3g} {unit}"
    return f"{sec / 1e-9:.3g} ns"


def fmt_ratio(num: float | None, den: float | None) -> str:
    if num is None or den is None or den == 0:
        return "-"
    r = num / den
    return f"{r:,.0f}×" if r >= 100 else f"{r:.3g}×"


# --------------------------------------------------------------------------- offside

DIVAN_UNITS = {"ps": 1e-12, "ns": 1e-9, "µs": 1e-6, "μs": 1e-6, "us": 1e-6, "ms": 1e-3, "s": 1.0}


def parse_divan(output: str) -> dict[str, float]:
    """Benchmark name -> median seconds, from divan's table.

    divan draws a tree whose columns are separated by '│'; the header row says which
    column is the median, so read its position from there rather than assuming it.
    """
    medians: dict[str, float] = {}
    median_col = None
    for line in output.splitlines():
        cells = [c.strip() for c in line.split("│")]
        if len(cells) < 3:
            continue
        if "median" in cells:
            median_col = cells.index("median")
            continue
        if median_col is None or median_col >= len(cells):
            continue
        # First cell: tree drawing, the name, then the "fastest" value.
        name_match = re.search(r"([A-Za-z_][A-Za-z0-9_]*)\s+[\d.]+\s*\S+$", cells[0])
        value_match = re.fullmatch(r"([\d.]+)\s*(\S+)", cells[median_col])
        if name_match and value_match and value_match.group(2) in DIVAN_UNITS:
            medians[name_match.group(1)] = float(value_match.group(1)) * DIVAN_UNITS[value_match.group(2)]
    return medians


def run_cargo(args: list[str], what: str) -> str:
    print(f"[offside] {what}: cargo {' '.join(args)}", file=sys.stderr)
    env = dict(os.environ, CARGO_TERM_COLOR="never")
    # cargo waits by itself when another build holds the lock, so there is nothing
    # to coordinate here beyond not giving it a timeout.
    proc = subprocess.run(["cargo", *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        sys.exit(f"cargo {' '.join(args)} failed with exit code {proc.returncode}")
    return proc.stdout


def offside_medians() -> dict[str, float]:
    medians = {}
    for package, bench in (("offside-data", "load"), ("offside-query", "queries")):
        out = run_cargo(["bench", "-p", package, "--bench", bench, "--", "--color", "never"], f"bench {bench}")
        medians.update(parse_divan(out))
    missing = [k for k, _ in [LOAD, *QUESTIONS] if k not in medians]
    if missing:
        print(f"WARNING: divan printed no median for {', '.join(missing)}", file=sys.stderr)
    return medians


def offside_answers() -> dict[str, dict]:
    """offside's own answers, from the CLI's --json output, in the shape the peers return.

    The benches throw their results away, so the CLI is the honest source of what
    offside says; it runs the same query functions the benches time.
    """
    run_cargo(["build", "--release", "-p", "offside-cli"], "build the CLI for its answers")
    exe = ROOT / "target" / "release" / "offside"

    def cli(*args: str) -> dict:
        out = subprocess.run([str(exe), *args, "--json"], cwd=ROOT, capture_output=True, text=True, check=True)
        return json.loads(out.stdout)

    run = cli("run", "England", "World Cup 2022")
    table = cli("table", "World Cup 2022", "Group B")
    h2h = cli("h2h", "England", "Scotland")
    player = cli("player", "Lionel Messi")
    records = cli("records", "World Cup 2022")
    return {
        "run_england_2022": tally(run),
        "table_2022_group_b": {r["team"]: (r["points"], r["goal_difference"], r["goals_for"]) for r in table["rows"]},
        "h2h_england_scotland": tally(h2h),
        "player_messi": {"goals": player["goals"], "penalties": player["penalties"]},
        "records_2022": {
            "matches": records["matches"],
            "goals": records["goals"],
            "top_scorers": sorted((s["player"], s["goals"]) for s in records["top_scorers"]),
        },
    }


def tally(d: dict) -> dict:
    return {k: int(d[src]) for k, src in (("played", "played"), ("won", "won"), ("drawn", "drawn"),
                                          ("lost", "lost"), ("gf", "goals_for"), ("ga", "goals_against"))}


# --------------------------------------------------------------------------- openfootball files


def openfootball_files() -> dict[str, list[Path]]:
    # Only the per-edition match files: the .groups/.teams/.stadiums/.standings
    # side files are not part of what offside's loader reads either.
    return {
        "worldcup": sorted(OPENFOOTBALL.glob("worldcup/*/worldcup.json")),
        "continental": sorted([*OPENFOOTBALL.glob("euro/*/euro.json"), *OPENFOOTBALL.glob("copa-america/*/copa.json")]),
    }


def team_name(t) -> str:
    # World Cup files name a team with a string; the Euro and Copa files with {name, code}.
    return t["name"] if isinstance(t, dict) else t


# --------------------------------------------------------------------------- pandas


class PandasPeer:
    name = "pandas"

    def __init__(self):
        import numpy as np
        import pandas as pd

        self.pd, self.np = pd, np
        self.version = pd.__version__

    def load(self):
        pd = self.pd
        # Dates parsed on load, because offside parses them too and every question
        # below filters on them.
        results = pd.read_csv(INTL / "results.csv", parse_dates=["date"])
        goals = pd.read_csv(INTL / "goalscorers.csv", parse_dates=["date"])
        shootouts = pd.read_csv(INTL / "shootouts.csv", parse_dates=["date"])

        # One row per openfootball match and one per goal: the natural tidy shape a
        # pandas user would flatten the nested JSON into.
        matches, of_goals = [], []
        for kind, paths in openfootball_files().items():
            for path in paths:
                doc = json.loads(path.read_text(encoding="utf-8"))
                rounds = [(None, doc["matches"])] if "matches" in doc else [(r["name"], r["matches"]) for r in doc["rounds"]]
                for round_name, ms in rounds:
                    for m in ms:
                        score = m.get("score") or {}
                        ft = score.get("ft") or [None, None]
                        t1, t2 = team_name(m["team1"]), team_name(m["team2"])
                        matches.append({
                            "source": path.parent.name + "/" + path.name, "round": m.get("round", round_name),
                            "group": m.get("group"), "date": m["date"], "team1": t1, "team2": t2,
                            "ft1": ft[0], "ft2": ft[1], "et": score.get("et"), "pens": score.get("p"),
                        })
                        for side, team in (("goals1", t1), ("goals2", t2)):
                            for g in m.get(side) or []:
                                of_goals.append({
                                    "date": m["date"], "team": team, "name": g.get("name"),
                                    "minute": g.get("minute"), "offset": g.get("offset"),
                                    "penalty": bool(g.get("penalty")), "owngoal": bool(g.get("owngoal")),
                                })
        of_matches = pd.DataFrame(matches)
        of_matches["date"] = pd.to_datetime(of_matches["date"])
        of_goals = pd.DataFrame(of_goals)
        of_goals["date"] = pd.to_datetime(of_goals["date"])
        self.results, self.goals, self.shootouts = results, goals, shootouts
        self.of_matches, self.of_goals = of_matches, of_goals

    def _wc2022(self):
        r = self.results
        return r[(r["tournament"] == WC) & r["date"].between(WC_FROM, WC_TO)]

    def _tally(self, m, team: str) -> dict:
        np = self.np
        home = (m["home_team"] == team).to_numpy()
        gf = np.where(home, m["home_score"], m["away_score"])
        ga = np.where(home, m["away_score"], m["home_score"])
        return {"played": len(m), "won": int((gf > ga).sum()), "drawn": int((gf == ga).sum()),
                "lost": int((gf < ga).sum()), "gf": int(gf.sum()), "ga": int(ga.sum())}

    def run_england_2022(self):
        m = self._wc2022()
        return self._tally(m[(m["home_team"] == "England") | (m["away_team"] == "England")], "England")

    def table_2022_group_b(self):
        pd = self.pd
        m = self._wc2022()
        m = m[m["home_team"].isin(GROUP_B) & m["away_team"].isin(GROUP_B)]
        # Every match seen from both sides, so one groupby makes the table.
        sides = pd.concat([
            pd.DataFrame({"team": m["home_team"], "gf": m["home_score"], "ga": m["away_score"]}),
            pd.DataFrame({"team": m["away_team"], "gf": m["away_score"], "ga": m["home_score"]}),
        ])
        sides["pts"] = 3 * (sides["gf"] > sides["ga"]) + (sides["gf"] == sides["ga"])
        t = sides.groupby("team").agg(pts=("pts", "sum"), gf=("gf", "sum"), ga=("ga", "sum"))
        t["gd"] = t["gf"] - t["ga"]
        t = t.sort_values(["pts", "gd", "gf"], ascending=False)
        return {team: (int(row.pts), int(row.gd), int(row.gf)) for team, row in t.iterrows()}

    def h2h_england_scotland(self):
        r = self.results
        m = r[((r["home_team"] == "England") & (r["away_team"] == "Scotland"))
              | ((r["home_team"] == "Scotland") & (r["away_team"] == "England"))]
        return self._tally(m, "England")

    def player_messi(self):
        g = self.goals
        mine = g[(g["scorer"] == "Lionel Messi") & ~g["own_goal"]]
        return {"goals": len(mine), "penalties": int(mine["penalty"].sum())}

    def records_2022(self):
        wc = self._wc2022()
        keys = ["date", "home_team", "away_team"]
        goals = self.goals[~self.goals["own_goal"]].merge(wc[keys], on=keys)
        counts = goals.groupby("scorer").size().sort_values(ascending=False)
        # Top five with ties, as offside lists them: everyone level with the fifth.
        top = counts[counts >= counts.iloc[4]]
        return {
            "matches": len(wc),
            "goals": int((wc["home_score"] + wc["away_score"]).sum()),
            "top_scorers": sorted((p, int(n)) for p, n in top.items()),
        }


# --------------------------------------------------------------------------- DuckDB


class DuckDBPeer:
    name = "duckdb"

    # The same questions in SQL. Literals rather than parameters: that is how these
    # would be typed at a DuckDB prompt, and parsing is part of what a user waits for.
    WC2022 = f"tournament = '{WC}' AND date BETWEEN DATE '{WC_FROM}' AND DATE '{WC_TO}'"
    SQL = {
        "run_england_2022": f"""
            WITH m AS (
              SELECT CASE WHEN home_team = 'England' THEN home_score ELSE away_score END AS gf,
                     CASE WHEN home_team = 'England' THEN away_score ELSE home_score END AS ga
              FROM results WHERE {WC2022} AND 'England' IN (home_team, away_team))
            SELECT count(*), count(*) FILTER (gf > ga), count(*) FILTER (gf = ga),
                   count(*) FILTER (gf < ga), sum(gf), sum(ga) FROM m""",
        "table_2022_group_b": f"""
            WITH m AS (
              SELECT * FROM results WHERE {WC2022}
                AND home_team IN {tuple(GROUP_B)} AND away_team IN {tuple(GROUP_B)}),
            sides AS (
              SELECT home_team AS team, home_score AS gf, away_score AS ga FROM m
              UNION ALL SELECT away_team, away_score, home_score FROM m)
            SELECT team,
                   sum(CASE WHEN gf > ga THEN 3 WHEN gf = ga THEN 1 ELSE 0 END) AS pts,
                   sum(gf) - sum(ga) AS gd, sum(gf) AS gf
            FROM sides GROUP BY team ORDER BY pts DESC, gd DESC, gf DESC""",
        "h2h_england_scotland": """
            WITH m AS (
              SELECT CASE WHEN home_team = 'England' THEN home_score ELSE away_score END AS gf,
                     CASE WHEN home_team = 'England' THEN away_score ELSE home_score END AS ga
              FROM results
              WHERE (home_team = 'England' AND away_team = 'Scotland')
                 OR (home_team = 'Scotland' AND away_team = 'England'))
            SELECT count(*), count(*) FILTER (gf > ga), count(*) FILTER (gf = ga),
                   count(*) FILTER (gf < ga), sum(gf), sum(ga) FROM m""",
        "player_messi": """
            SELECT count(*), count(*) FILTER (penalty)
            FROM goalscorers WHERE scorer = 'Lionel Messi' AND NOT own_goal""",
        "records_2022": f"""
            WITH wc AS (SELECT * FROM results WHERE {WC2022}),
            scorers AS (
              SELECT g.scorer, count(*) AS goals
              FROM goalscorers g JOIN wc USING (date, home_team, away_team)
              WHERE NOT g.own_goal GROUP BY g.scorer)
            SELECT scorer, goals,
                   (SELECT count(*) FROM wc), (SELECT sum(home_score + away_score) FROM wc)
            FROM scorers QUALIFY rank() OVER (ORDER BY goals DESC) <= 5""",
    }

    def __init__(self):
        import duckdb

        self.duckdb = duckdb
        self.version = duckdb.__version__
        self.con = None

    def load(self):
        # A fresh in-memory database each time, so a repetition pays for everything
        # offside's load pays for: reading, parsing, and building the tables.
        if self.con is not None:
            self.con.close()
        con = self.duckdb.connect(":memory:")
        for table in ("results", "goalscorers", "shootouts"):
            con.execute(f"CREATE TABLE {table} AS SELECT * FROM read_csv_auto('{INTL / (table + '.csv')}')")
        files = openfootball_files()
        wc_list = ", ".join(f"'{p}'" for p in files["worldcup"])
        cont_list = ", ".join(f"'{p}'" for p in files["continental"])
        # union_by_name because older World Cup files lack fields (goals, half-time)
        # that newer ones have; the two shapes (matches[] with string teams, and
        # rounds[].matches[] with {name, code} teams) get one table each.
        con.execute(f"""
            CREATE TABLE of_worldcup AS
            SELECT filename, m.round, m."group", m.date, m.team1, m.team2, m.score, m.goals1, m.goals2
            FROM (SELECT filename, unnest(matches) AS m
                  FROM read_json([{wc_list}], filename = true, union_by_name = true))""")
        con.execute(f"""
            CREATE TABLE of_continental AS
            SELECT filename, round_name AS round, m."group", m.date, m.team1.name AS team1,
                   m.team2.name AS team2, m.score, m.goals1, m.goals2
            FROM (SELECT filename, r.name AS round_name, unnest(r.matches) AS m
                  FROM (SELECT filename, unnest(rounds) AS r
                        FROM read_json([{cont_list}], filename = true, union_by_name = true)))""")
        self.con = con

    def query(self, key: str):
        return self.con.execute(self.SQL[key]).fetchall()

    @staticmethod
    def shape(key: str, rows):
        """Rows -> the same plain dicts the pandas peer and the offside CLI give."""
        if key in ("run_england_2022", "h2h_england_scotland"):
            return dict(zip(("played", "won", "drawn", "lost", "gf", "ga"), (int(v or 0) for v in rows[0])))
        if key == "table_2022_group_b":
            return {team: (int(p), int(gd), int(gf)) for team, p, gd, gf in rows}
        if key == "player_messi":
            return {"goals": int(rows[0][0]), "penalties": int(rows[0][1])}
        if key == "records_2022":
            return {"matches": int(rows[0][2]), "goals": int(rows[0][3]),
                    "top_scorers": sorted((p, int(n)) for p, n, _, _ in rows)}
        raise KeyError(key)


# --------------------------------------------------------------------------- checking


def disagreements(got: dict, want: dict) -> list[tuple[str, object, object]]:
    """(key, got, wanted) for each key number that differs; only the keys want has are
    compared, so a reference can pin down a few facts without spelling out a whole answer."""
    return [(k, got.get(k), v) for k, v in want.items() if got.get(k) != v]


def check(peer: str, answers: dict, reference: dict, ref_name: str) -> int:
    warnings = 0
    for key, _ in QUESTIONS:
        if key not in reference:
            continue
        diffs = disagreements(answers[key], reference[key])
        for k, got, want in diffs:
            print(f"WARNING: {peer} disagrees with {ref_name} on {key}, {k}: {peer} says {got!r}, {ref_name} says {want!r}")
        warnings += len(diffs)
    return warnings


# --------------------------------------------------------------------------- main


def measure_peer(peer, load_reps: int, query_reps: int) -> tuple[dict[str, float], dict[str, dict]]:
    print(f"[{peer.name}] load x{load_reps}", file=sys.stderr)
    times = {LOAD[0]: median_seconds(peer.load, load_reps, warmup=1)}
    answers = {}
    for key, _ in QUESTIONS:
        if isinstance(peer, DuckDBPeer):
            fn = lambda key=key: peer.query(key)  # noqa: E731
            answers[key] = peer.shape(key, fn())
        else:
            fn = getattr(peer, key)
            answers[key] = fn()
        print(f"[{peer.name}] {key} x{query_reps}", file=sys.stderr)
        times[key] = median_seconds(fn, query_reps, warmup=5)
    return times, answers


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="fewer repetitions of the peers' loads and queries")
    ap.add_argument("--skip-cargo", action="store_true", help="do not build or bench offside; time the peers only")
    args = ap.parse_args()

    ensure_venv_and_reexec()
    os.chdir(ROOT)

    load_reps, query_reps = (3, 30) if args.quick else (15, 300)

    offside_times: dict[str, float] = {}
    reference: dict[str, dict] = {}
    ref_name = "offside"
    # offside first: its benches build in release mode, and letting the compiler
    # finish before the peers are timed keeps the two cores quiet for them.
    if not args.skip_cargo:
        offside_times = offside_medians()
        reference = offside_answers()

    peers = [PandasPeer(), DuckDBPeer()]
    peer_times, peer_answers = {}, {}
    for peer in peers:
        peer_times[peer.name], peer_answers[peer.name] = measure_peer(peer, load_reps, query_reps)

    print()
    warnings = 0
    if args.skip_cargo:
        # No offside answers: check the peers against each other and against a few known facts.
        ref_name = "pandas"
        reference = peer_answers["pandas"]
        warnings += check("duckdb", peer_answers["duckdb"], reference, ref_name)
        known = {
            "run_england_2022": lambda a: {k: a[k] for k in KNOWN_FACTS["run_england_2022"]},
            "table_2022_group_b": lambda a: {t: v[0] for t, v in a.items()},
        }
        for p in peers:
            for key, project in known.items():
                for k, got, want in disagreements(project(peer_answers[p.name][key]), KNOWN_FACTS[key]):
                    print(f"WARNING: {p.name} disagrees with the known facts on {key}, {k}: "
                          f"{p.name} says {got!r}, the facts say {want!r}")
                    warnings += 1
    else:
        for p in peers:
            warnings += check(p.name, peer_answers[p.name], reference, ref_name)
    if warnings == 0:
        who = "offside" if not args.skip_cargo else "each other and the known facts"
        print(f"answers: pandas and duckdb agree with {who} on every key number checked")
    print()

    rustc = ("offside not run (--skip-cargo)" if args.skip_cargo
             else subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip())
    print(f"machine: {os.cpu_count()} cores, {platform.system()} {platform.machine()}; python {platform.python_version()}, "
          f"pandas {peers[0].version}, duckdb {peers[1].version}, {rustc}")
    print(f"peers: median of {load_reps} loads and {query_reps} runs per question; offside: divan's median")
    print()

    header = ["question", "offside median", "pandas median", "duckdb median", "pandas/offside", "duckdb/offside"]
    rows = []
    for key, label in [LOAD, *QUESTIONS]:
        o, p, d = offside_times.get(key), peer_times["pandas"][key], peer_times["duckdb"][key]
        rows.append([label, fmt_time(o), fmt_time(p), fmt_time(d), fmt_ratio(p, o), fmt_ratio(d, o)])
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    print(" | ".join(h.ljust(w) for h, w in zip(header, widths)))
    print("-|-".join("-" * w for w in widths))
    for r in rows:
        # Question names left-aligned, numbers right-aligned so their magnitudes line up.
        print(" | ".join([r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]))


if __name__ == "__main__":
    main()
