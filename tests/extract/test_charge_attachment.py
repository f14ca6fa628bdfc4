"""Which event a charge belongs to when the sentence that names it names no event."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.model import Extraction

N = "Yerlan Dosov"


def charges(ex: Extraction) -> dict[str, str | None]:
    return {e.type: e.charge for e in ex.events}


def test_conviction_charge_is_also_the_detention_charge() -> None:
    ex = run(f"{N} was detained in March 2018. In 2019 he was convicted of separatism.")
    assert charges(ex) == {"detention": "separatism", "sentencing": "separatism"}


def test_charge_in_a_following_sentence_about_the_charge() -> None:
    ex = run(f"{N} was sentenced to eight years in 2019. The charge was \"spreading extremism\".")
    assert charges(ex) == {"sentencing": "extremism"}


def test_following_sentence_about_someone_else_gives_no_charge() -> None:
    ex = run(f"{N} was sentenced to eight years. His cousin Bolat Seitov was charged with fraud.")
    assert charges(ex)["sentencing"] is None


def test_accusation_in_the_sentence_before_the_sentencing() -> None:
    ex = run(f"{N} ran a shop in Kulja. Prosecutors accused him of inciting ethnic hatred. "
             "He was sentenced to 12 years.")
    assert charges(ex)["sentencing"] == "inciting_ethnic_hatred"


def test_denied_charge_is_not_taken() -> None:
    ex = run(f"{N} ran a shop in Kulja. He was not charged with separatism. "
             "He was sentenced to 12 years.")
    assert charges(ex)["sentencing"] is None


def test_charge_is_not_shared_with_a_release() -> None:
    ex = run(f"{N} was convicted of fraud in 2015. He was released in 2019.")
    assert charges(ex) == {"sentencing": "fraud", "release": None}
