"""An event dated relative to another act ("the day after he crossed") is no finer than that
act's date, and is placed where it happened, not where the person was later held."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.model import Extraction

TEXT = ("Nurlan Sapargaliuly crossed the border in March 2019. Border guards detained him near "
        "the village of Kegen the day after he crossed. He has been held in a detention centre "
        "in Zharkent since.")


def _detention(ex: Extraction) -> tuple[str | None, str | None]:
    (ev,) = [e for e in ex.events if e.type == "detention"]
    return ev.date, {p.key: p.name for p in ex.places}.get(ev.place or "")


def test_the_day_after_a_month_is_that_month() -> None:
    assert _detention(run(TEXT))[0] == "2019-03"


def test_the_day_after_a_day_is_the_next_day() -> None:
    assert _detention(run(TEXT.replace("in March 2019", "on 3 March 2019")))[0] == "2019-03-04"


def test_the_detention_is_placed_where_it_happened_not_where_he_is_held() -> None:
    assert _detention(run(TEXT))[1] == "Kegen"


def test_the_day_after_an_untold_act_is_undated() -> None:
    text = TEXT.replace("crossed the border in March 2019", "was a herder")
    assert _detention(run(text))[0] is None
