"""Score the extractor on PolNeAR in-process: the same figures as `polnear_score.py`, in seconds.

`../shared/eval/polnear_score.py` runs one `build.py` process per article (minutes for 840);
this script hands it a runner that calls the library directly, so a rule change can be checked
against the whole corpus after each edit. Arguments after the script's name go to the scorer
(`-v` for every miss, `--limit N`).

    .venv/bin/python tests/score_polnear.py [-v] [--limit N]
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(EVAL))

from briefing.article import load_article  # noqa: E402
from briefing.errors import BriefingError  # noqa: E402
from briefing.extract import extract  # noqa: E402


def run_in_process(cmd: str, article: Path, keep: Path | None = None) -> tuple[dict | None, str | None]:
    """What the scorer's run_one gives: briefing.json's data, or why there is none."""
    try:
        return json.loads(json.dumps(extract(load_article(Path(article))).to_dict())), None
    except BriefingError as exc:
        return None, str(exc)


def main() -> int:
    if not (EVAL / "polnear_score.py").exists():
        print(f"error: {EVAL} has no polnear_score.py", file=sys.stderr)
        return 2
    import polnear_score

    logging.disable(logging.WARNING)
    polnear_score.run_one = run_in_process
    corpus = EVAL / "polnear-train"
    sys.argv = [
        "polnear_score.py",
        *("--articles", str(corpus / "articles"), "--gold", str(corpus / "gold")),
        *("--cmd", "in-process", "--jobs", "1"),
        *sys.argv[1:],
    ]
    return polnear_score.main()


if __name__ == "__main__":
    sys.exit(main())
