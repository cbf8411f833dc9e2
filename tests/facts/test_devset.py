"""The extractor stays above the issue's targets on the hand-annotated dev set."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


# score.py --check exits non-zero when a kind falls below its floor (figures P 0.9 R 0.85,
# dates P 0.9, quotes P 0.85). The dev set is in the repository and no corpus is read: it
# is scored as the corpus Markdown, and as the plain text an import stores, which is what
# users get.
@pytest.mark.parametrize("reading", [[], ["--as-imported"]], ids=["markdown", "as-imported"])
def test_the_dev_set_scores_at_least_the_pinned_floors(reading: list[str]) -> None:
    run = subprocess.run(
        [sys.executable, str(REPO / "bench/facts/score.py"), "--check", *reading],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "figure" in run.stdout
