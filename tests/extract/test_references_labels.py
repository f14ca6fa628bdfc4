"""Interview and transcript lines labelled with the speaker's name."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run
from izde.extract.references import PersonIndex, is_speaker_label

INTERVIEW = """RFA spoke with Saule Nurbekova, a nurse from Tacheng now in Almaty.
RFA: When did you last hear from your brother?
Saule Nurbekova: My brother Daulet was detained in 2019.
RFA: Where is he now?
Nurbekova: Daulet is in prison in Tacheng. He was sentenced to 12 years.
"""


def test_name_opening_a_line_before_colon_is_a_label() -> None:
    assert is_speaker_label("Saule Nurbekova: Yes.", 0, 15)


def test_name_inside_a_sentence_before_colon_is_no_label() -> None:
    text = "We asked Saule Nurbekova: was he there?"
    assert not is_speaker_label(text, 9, 24)


def test_sole_labelled_speaker_is_the_narrator() -> None:
    text = "Saule Nurbekova: I was there.\nRFA: And then?\nSaule Nurbekova: I left."
    index = PersonIndex(text, [(0, 15, "p1"), (45, 60, "p1")])
    assert index.narrator == "p1"


def test_two_labelled_speakers_leave_the_narrator_open() -> None:
    text = "Saule Nurbekova: I was there.\nDaulet Serikuly: I was not."
    index = PersonIndex(text, [(0, 15, "p1"), (30, 45, "p2")])
    assert index.narrator is None


def test_my_kin_on_a_labelled_line_is_the_speaker_relative() -> None:
    ex = run(INTERVIEW)
    names = {p.key: p.name for p in ex.persons}
    pairs = {(names[r.subject], r.type, names[r.object]) for r in ex.relations}
    assert ("Daulet", "sibling", "Saule Nurbekova") in pairs


def test_pronoun_skips_the_speaker_label() -> None:
    assert ("Daulet", "sentencing") in events_by_name(run(INTERVIEW))


def test_label_speaker_is_not_given_the_pronoun_event() -> None:
    assert ("Saule Nurbekova", "sentencing") not in events_by_name(run(INTERVIEW))
