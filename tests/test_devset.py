"""The development set's score, through the scorer the project is measured with.

The dev articles live outside the repository (`../shared/eval/dev/`); where they are not
present this test skips and says so. The floor below is the one the project commits to.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
FLOOR = {"quote_F1": 0.95, "e2e_F1": 0.95, "speakers_F1": 0.95, "reported_F1": 0.85, "reported_e2e_F1": 0.80}


@pytest.mark.skipif(not (EVAL / "score.py").exists(), reason=f"no development set at {EVAL}")
def test_dev_set_score_meets_the_floor():
    command = f"{sys.executable} {ROOT / 'build.py'} --seed {{article}} --out {{out}}"
    result = subprocess.run(
        [
            sys.executable,
            str(EVAL / "score.py"),
            "--articles",
            str(EVAL / "dev" / "articles"),
            "--gold",
            str(EVAL / "dev" / "gold"),
            "--cmd",
            command,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    summary = result.stdout.strip().splitlines()[-1]
    print(summary)
    scores = {k: float(v) for k, v in re.findall(r"(\w+_F1)=([\d.]+)", summary)}
    assert "failed=0" in summary and "headline=8/8" in summary, summary
    for key, floor in FLOOR.items():
        assert scores[key] >= floor, summary
