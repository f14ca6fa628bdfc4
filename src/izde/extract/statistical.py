"""Optional statistical named-entity model: extra candidate evidence, never required.

When the setting ``IZDE_SPACY_MODEL`` names an installed spaCy pipeline (a package name or a
directory saved with ``nlp.to_disk``), its PERSON, GPE/LOC and ORG entities are added as
candidates *where the rules found nothing*: the rules' own decisions are never overridden,
and everything downstream (coreference, events, roles) treats the added mentions like any
other. Without the setting, or when the model cannot be loaded, extraction is unchanged
and a note says why. No model is downloaded: the user installs one they trust.

The model runs sentence by sentence through ``nlp.pipe`` so memory stays bounded on a long
document; the extractor name stored on claims records the model ("...+spacy:NAME").
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from functools import cache
from typing import Any

from izde.extract.candidates import Candidate, Kind
from izde.extract.places import PlaceMention
from izde.extract.segment import Sentence

PERSON_LABELS = frozenset({"PERSON", "PER"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ORG_LABELS = frozenset({"ORG", "NORP_ORG"})
_POSSESSIVE = ("'s", "’s")


@cache
def load_model(name: str) -> Any:
    """The spaCy pipeline ``name`` (package or path); raises OSError/ImportError if absent."""
    import spacy

    return spacy.load(name)


def model_entities(nlp: Any, text: str, sents: Iterable[Sentence]
                   ) -> tuple[list[Candidate], list[PlaceMention], list[Candidate]]:
    """(persons, places, organisations) the model finds, with absolute offsets."""
    persons: list[Candidate] = []
    places: list[PlaceMention] = []
    orgs: list[Candidate] = []
    sents = list(sents)
    for sent, doc in zip(sents, nlp.pipe(s.text for s in sents), strict=True):
        for ent in doc.ents:
            start, end = _trimmed(text, sent.start + ent.start_char, sent.start + ent.end_char)
            if end <= start:
                continue
            span = text[start:end]
            if ent.label_ in PERSON_LABELS:
                toks = tuple(span.split())
                kind: Kind = "person" if len(toks) > 1 else "single"
                persons.append(Candidate(kind, start, end, span, toks, True))
            elif ent.label_ in PLACE_LABELS:
                places.append(PlaceMention(start, end, span, None))
            elif ent.label_ in ORG_LABELS:
                orgs.append(Candidate("organisation", start, end, span, tuple(span.split())))
    return persons, places, orgs


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The entity without a possessive ending ("Bob Smith's" -> "Bob Smith")."""
    if text.endswith(_POSSESSIVE, start, end):
        end -= 2
    return start, end


def add_new(found: list[Any], extra: list[Any]) -> list[Any]:
    """``found`` plus each ``extra`` mention that overlaps none of ``found``, sorted by start.

    A mention overlaps a found one exactly when, among the found ones starting before its
    end, the farthest end lies after its start: one bisection per mention."""
    spans = sorted((f.start, f.end) for f in found)
    starts = [s for s, _ in spans]
    reach: list[int] = []
    for _, e in spans:
        reach.append(max(e, reach[-1]) if reach else e)
    out = list(found)
    for x in extra:
        i = bisect.bisect_left(starts, x.end)
        if i == 0 or reach[i - 1] <= x.start:
            out.append(x)
    return sorted(out, key=lambda m: m.start)
