"""The English extraction pipeline: body text in, an ``Extraction`` with evidence out.

Stages, each in its own module: sentences (``segment``) -> capitalised runs classified as
person / organisation / place (``candidates``, ``places``) plus bylines -> persons by
coreference of short forms (``coref``) -> gender and kinship (``relations``, ``profile``) ->
events per sentence (``events``, merged in ``assemble``) -> roles and attributes.

Registered as ``izde.extract.rules.v1``; that name is stored on every claim it proposes.
"""

from __future__ import annotations

import bisect
import dataclasses
import gc
import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial, update_wrapper
from typing import Any

from izde.config import setting
from izde.extract import language as lang
from izde.extract.aliases import nicknames
from izde.extract.assemble import Neighbours, PlaceHit, merge
from izde.extract.bylines import byline_spans
from izde.extract.candidates import Candidate, classify, with_names
from izde.extract.charges import find_charges
from izde.extract.coref import Cluster, cluster, is_latin
from izde.extract.dates import find_dates
from izde.extract.events import (
    RawEvent,
    SentenceFacts,
    deaths_disproved,
    events_in_sentence,
    facts_for,
    illness_deaths,
    moves_between_camps,
    questioning_after_custody,
    releases_at_until,
    silence_after_custody,
    visits_that_warned,
)
from izde.extract.glosses import attach_glosses, join_renderings
from izde.extract.initialled_names import initialled_names
from izde.extract.inverted_names import comma_inverted
from izde.extract.judgments import read_judgment
from izde.extract.model import Evidence, ExtractedOrganisation, Extraction, Mention
from izde.extract.parties import party_mentions
from izde.extract.people import build_persons
from izde.extract.places import (
    PlaceFinder,
    PlaceMention,
    build_places,
    place_finder,
    place_glosses,
    place_rank,
)
from izde.extract.profile import patronymic_gender, pronoun_gender
from izde.extract.records import Field, read_fields, read_records, sheet_people
from izde.extract.references import PersonIndex, first_person_at, is_cited_source
from izde.extract.relations import find_narrator, honorific_gender, kinship
from izde.extract.segment import Sentence, sentences
from izde.extract.short_forms import common_word_shorts
from izde.extract.statistical import add_new, load_model, model_entities
from izde.extract.structured import merge_found
from izde.extract.subjects import refs_in
from izde.extract.tables import read_tables
from izde.extract.terms import find_terms
from izde.extract.tokens import CapitalisedWords, capitalised_runs
from izde.extract.triggers import StemIndex
from izde.extract.voices import adopt_labels

EXTRACTOR = "izde.extract.rules.v1"


def extract(text: str, published: str | None = None, *, language: str | None = None,
            gazetteer: Any | None = None, spacy_model: str | None = None,
            publisher: str | None = None) -> Extraction:
    """Persons, places, organisations, relations and events of one English document.

    ``spacy_model`` (default: the ``IZDE_SPACY_MODEL`` setting) names an optional spaCy
    pipeline whose entities are added as candidate evidence; empty means rules only.
    ``publisher`` (the document's metadata) names an outlet, never a person: "He told
    Stepnoy Kurier that ..." speaks to the paper that publishes the report.
    """
    out = Extraction(EXTRACTOR, language=language or "en")
    skip = lang.skip_reason(text, language)
    if skip:
        out.notes.append(skip)
        out.language = language
        return out
    out.notes.extend(lang.warnings(text))
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    nlp = _model(spacy_model if spacy_model is not None else setting("IZDE_SPACY_MODEL"), out)
    work = _FILL_MARKS.sub(_blanked, text) if "_" in text else text
    fields = read_fields(work)  # a case sheet's lines: for both passes, read once
    _run(work, published, place_finder(gaz), out, fields, nlp, _outlet_words(publisher))
    _structure(work, published, out, fields)
    if work is not text:
        _requote(out, text)
    _freeze_once()
    return out


# A form's handwritten entries are underlined in a transcription ("placed _Ma Jianguo_ under
# criminal detention"): the rules read the marks as blanks, so that the words they enclose
# are words; quotes are then taken from the text as written (same offsets).
_FILL_MARKS = re.compile(r"(?<![^\W_])_+|_+(?![^\W_])")


def _blanked(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _requote(obj: object, text: str) -> object:
    """``obj`` with every quote and mention text read again from ``text`` (same offsets)."""
    if isinstance(obj, Evidence):
        return Evidence(obj.start, obj.end, text[obj.start:obj.end], obj.confidence)
    if isinstance(obj, Mention):
        return Mention(obj.start, obj.end, text[obj.start:obj.end])
    if isinstance(obj, list):
        obj[:] = [_requote(x, text) for x in obj]
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if isinstance(value, (list, Evidence, Mention)) or dataclasses.is_dataclass(value):
                setattr(obj, f.name, _requote(value, text))
    return obj


def _structure(text: str, published: str | None, out: Extraction,
               fields: list[Field]) -> None:
    """Facts that a case sheet's fields or a court judgment's form state (``records``,
    ``judgments``), merged into what the sentence rules found."""
    found = read_records(text, published, fields)
    found.extend(read_judgment(text, published))
    found.extend(read_tables(text, published))
    merge_found(out, found, text)


def _model(name: str, out: Extraction) -> Any | None:
    """The optional statistical model, or None (with a note when it was asked for)."""
    if not name:
        return None
    try:
        nlp = load_model(name)
    except (ImportError, OSError, ValueError) as exc:
        out.notes.append(f"IZDE_SPACY_MODEL {name!r} could not be loaded ({exc}); rules only")
        return None
    out.extractor = f"{EXTRACTOR}+spacy:{name}"
    return nlp


def default_gazetteer() -> Any | None:
    """The packaged gazetteer when it can be loaded, else None (places keep their text)."""
    try:
        from izde.resolve.gazetteer import Gazetteer

        return Gazetteer.load_default()
    except (ImportError, OSError):
        return None


_FROZEN: list[bool] = []


def _freeze_once() -> None:
    """After the first document, move what is loaded by then (gazetteer, lexicons, compiled
    patterns: ~100k objects that live as long as the process) out of the garbage collector's
    scans, once per process.
    Otherwise every full collection walks them all again, about 7% of extraction time over a
    large batch (``benchmarks/extract.py``). A full collection first reclaims the garbage
    that exists at that moment, so nothing unreachable is frozen with the rest."""
    if not _FROZEN:
        _FROZEN.append(True)
        gc.collect()
        gc.freeze()


def _outlet_words(publisher: str | None) -> frozenset[str]:
    """The words of a publisher's name, outside any bracket ("Stepnoy Kurier (English
    translation)"), folded for comparison with a candidate's tokens."""
    if not publisher:
        return frozenset()
    return frozenset(w.casefold() for w in re.findall(r"[^\W\d_]+", re.sub(r"\([^)]*\)", " ",
                                                                         publisher)))


def _not_the_outlet(cands: list[Candidate], outlet: frozenset[str]) -> list[Candidate]:
    """Candidates without those naming the publishing outlet (every word one of its name's)."""
    if not outlet:
        return cands
    return [c for c in cands if not all(t.casefold() in outlet for t in c.tokens)]


def _run(text: str, published: str | None, finder: PlaceFinder, out: Extraction,
         fields: list[Field], nlp: Any | None = None,
         outlet: frozenset[str] = frozenset()) -> None:
    sents = list(sentences(text))
    cands, place_mentions, orgs = _mentions(text, sents, finder)
    if nlp is not None:
        more = model_entities(nlp, text, sents)
        taken = [*cands, *place_mentions, *orgs]
        cands = [c for c in add_new(taken, more[0]) if isinstance(c, Candidate)
                 and c.kind in ("person", "single")]
        # an uncued single word is only a maybe-name: a model place may take it
        sure = [*place_mentions, *orgs, *(c for c in cands if c.kind == "person" or c.cued)]
        place_mentions = [p for p in add_new(sure, more[1]) if isinstance(p, PlaceMention)]
        orgs = [o for o in add_new(taken, more[2]) if isinstance(o, Candidate)
                and o.kind == "organisation"]
    place_mentions, cands, resolved = _with_place_glosses(text, place_mentions, cands, finder)
    cands = with_names(cands, comma_inverted(text, finder.is_place))
    cands = with_names(cands, initialled_names(text, cands, finder.is_place))
    cands = _not_the_outlet(cands, outlet)
    nicks = nicknames(text)  # "we call him Ata": a later "Ata" alone is a mention of him
    if nicks:
        cands = [replace(c, cued=True) if c.kind == "single" and c.tokens[0] in nicks else c
                 for c in cands]
    occupied = [(c.start, c.end) for c in cands] + [(o.start, o.end) for o in orgs] + [
        (p.start, p.end) for p in place_mentions]
    cands += common_word_shorts(text, [s.start for s in sents], cands, occupied)
    bylines = byline_spans(text)
    clusters = cluster(_with_bylines(text, cands, bylines), text)
    attach_glosses(text, clusters)
    join_renderings(clusters)
    spans = sorted((m.start, m.end, c.key) for c in clusters for m in c.mentions)
    subject, others = sheet_people(fields)
    index = PersonIndex(text, sorted(spans + party_mentions(text, spans)),
                        sent_starts=[s.start for s in sents], bylines=set(bylines),
                        fielded={(s, e) for s, e, _ in spans
                                 if any(a <= s and e <= b for a, b in others)},
                        sheet_subject=next((k for s, e, k in spans if subject is not None
                                            and subject[0] <= s and e <= subject[1]), None))
    adopt_labels(index)
    honorific_gender(index)
    patronymic_gender(index)
    find_narrator(index)
    pronoun_gender(index, sents)
    out.relations.extend(kinship(index))
    index.settle()
    out.places, place_at = build_places(place_mentions, resolved)
    out.organisations = _organisations(orgs)
    raw = _raw_events(index, sents, text, published, out.notes)
    ranks = {p.key: place_rank(p) for p in out.places}
    hits = _place_hits(place_mentions, place_at, ranks)
    out.events = merge(raw[0], raw[1], hits, text, _neighbours(index, sents))
    out.persons = build_persons(clusters, index, sents, out.events, out.relations,
                                set(bylines))


def _mentions(text: str, sents: list[Sentence], finder: PlaceFinder
              ) -> tuple[list[Candidate], list[PlaceMention], list[Candidate]]:
    persons: list[Candidate] = []
    places: list[PlaceMention] = []
    orgs: list[Candidate] = []
    latin = text.isascii()  # then every run is Latin, which one test tells for them all
    capitals = CapitalisedWords(text)
    for s in sents:
        runs = capitalised_runs(text, capitals.within(s.start, s.end))
        found = finder.find(text, runs)
        places.extend(found)
        for run in runs:
            if not latin and not is_latin(text[run[0].start:run[-1].end]):
                continue  # other scripts are names only when cued: see ``glosses``
            c = classify(text, run, finder.is_place)
            if c is None:
                continue
            if c.kind == "organisation":
                orgs.append(c)
            elif c.kind == "place":
                if not any(p.start < c.end and c.start < p.end for p in found):
                    places.append(PlaceMention(c.start, c.end, c.text, None))
            else:
                if c.kind == "person" and any(p.start == c.start and p.end == c.end
                                              for p in found):
                    continue  # a place's whole name, none of whose words is one ("Kuala Lumpur")
                if c.kind == "person" and any(_part_of(p, c) for p in found):
                    # a place's name inside a person's ("Manas Turgunov", "Serik Oral, 45")
                    places = [p for p in places if not _part_of(p, c)]
                persons.append(c)
    return persons, sorted(places, key=lambda p: p.start), orgs


def _part_of(place: PlaceMention, person: Candidate) -> bool:
    """The place's words are some, not all, of the person candidate's."""
    return person.start <= place.start and place.end <= person.end and (
        person.end - person.start > place.end - place.start)


def _with_place_glosses(text: str, places: list[PlaceMention], persons: list[Candidate],
                        finder: PlaceFinder
                        ) -> tuple[list[PlaceMention], list[Candidate],
                                   Callable[[PlaceMention], tuple[str | None, str, str | None]]]:
    """Other names given right after a place ("Kizilsu, known in Kyrgyzstan as Kyzyl-Suu")
    are mentions of that place (never persons); an unknown one resolves as its place does."""
    glosses = place_glosses(text, places)
    named_as = {alias.start: anchor for alias, anchor in glosses}

    def resolved(m: PlaceMention) -> tuple[str | None, str, str | None]:
        own = finder.resolve(m, [])
        anchor = named_as.get(m.start)
        return own if anchor is None or own[0] is not None else finder.resolve(anchor, [])

    if not glosses:
        return places, persons, resolved
    known = {m.start for m in places}
    places = sorted([*places, *(a for a, _ in glosses if a.start not in known)],
                    key=lambda m: m.start)
    persons = [c for c in persons
               if not any(a.start < c.end and c.start < a.end for a, _ in glosses)]
    return places, persons, resolved


def _with_bylines(text: str, persons: list[Candidate], spans: list[tuple[int, int]]
                  ) -> list[Candidate]:
    """Byline names are persons even when the name rules would hesitate ("Qiao Long")."""
    starts = [s for s, _ in spans]

    def overlaps(c: Candidate) -> bool:
        i = bisect.bisect_left(starts, c.end) - 1
        return i >= 0 and spans[i][1] > c.start

    kept = [c for c in persons if not overlaps(c)]
    for s, e in spans:
        kept.append(Candidate("person", s, e, text[s:e], tuple(text[s:e].split()), True))
    return kept


def _organisations(orgs: list[Candidate]) -> list[ExtractedOrganisation]:
    by_name: dict[str, ExtractedOrganisation] = {}
    for c in orgs:
        o = by_name.setdefault(c.text, ExtractedOrganisation(f"o{len(by_name) + 1}", c.text, []))
        o.mentions.append(Mention(c.start, c.end, c.text))
    return list(by_name.values())


def _guarded(finder: Callable[[str], list[Any]], text: str, sents: list[Sentence],
             notes: list[str]) -> list[Any]:
    """Run a mention finder on the whole text; if it fails, sentence by sentence, so that one
    odd sentence costs only its own mentions (the failure is noted, never raised)."""
    try:
        return finder(text)
    except Exception as exc:  # a finder bug must not lose the whole document
        notes.append(f"{getattr(finder, '__name__', 'finder')} failed ({exc!r}); "
                     "retried sentence by sentence")
    found: list[Any] = []
    for s in sents:
        try:
            found.extend(replace(m, start=m.start + s.start, end=m.end + s.start)
                         for m in finder(s.text))
        except Exception:
            continue
    return found


def _raw_events(index: PersonIndex, sents: list[Sentence], text: str, published: str | None,
                notes: list[str]) -> tuple[list[RawEvent], Callable[[Sentence], SentenceFacts]]:
    dates = _guarded(lambda t: find_dates(t, published), text, sents, notes)
    # the charge finder with the document's keyword pass, under its own name (for the note)
    charges = _guarded(update_wrapper(partial(find_charges, shared=index.keyword_hits),
                                      find_charges), text, sents, notes)
    terms = _guarded(find_terms, text, sents, notes)
    starts = _Bins(dates), _Bins(charges), _Bins(terms)
    terms_in = starts[2]
    cache: dict[int, SentenceFacts] = {}

    def facts(s: Sentence) -> SentenceFacts:
        if s.start not in cache:
            cache[s.start] = facts_for(s, starts[0].within(s), starts[1].within(s),
                                       starts[2].within(s))
        return cache[s.start]

    raw: list[RawEvent] = []
    stems = StemIndex(text, index.keyword_hits)
    # "I" and "you" may mean a person named once, far from the events they tell (a long
    # testimony, a letter to a missing father): then no sentence needs a name near it
    voiced = index.narrator is not None or index.voices.addressee is not None or \
        index.voices.guest is not None
    for s in sents:
        found = stems.stems(s.start, s.end)
        if found and _subheading(text, s, index):
            continue  # "Sent back", "Released, but not free": a section's title, not a fact
        if (found or terms_in.within(s)) and (voiced or index.names_between(
                max(0, s.start - 1500), s.end + 400)):
            raw.extend(events_in_sentence(index, s, 0, facts(s).terms, found))
    raw = illness_deaths(releases_at_until(raw, lambda s: facts(s).dates, text), text)
    raw = deaths_disproved(visits_that_warned(moves_between_camps(raw, text), text), index)
    raw = questioning_after_custody(raw, text)
    return silence_after_custody(raw, index, sents), facts


class _Bins:
    """Mentions sorted by start, to pick those inside a sentence quickly."""

    def __init__(self, items: list[Any]) -> None:
        self.items = sorted(items, key=lambda x: x.start)
        self.starts = [x.start for x in self.items]

    def within(self, s: Sentence) -> list[Any]:
        lo = bisect.bisect_left(self.starts, s.start)
        hi = bisect.bisect_left(self.starts, s.end)
        return self.items[lo:hi]


_FIRST_PERSON = re.compile(r"\b(?:I|me|my|myself)\b")


_SUBHEADING_WORDS = 8


def _subheading(text: str, s: Sentence, index: PersonIndex) -> bool:
    """A line of its own, set between paragraphs, of a few words with no closing stop, no
    figure and nobody named: a feature's subheading ("Sent back", "Released, but not free").
    A case sheet's or timeline's telegraphic line ("Detained 12 May 2018") has its figures."""
    line = s.text.strip()
    if not line or line[-1] in ".!?:;\"”'’)" or any(ch.isdigit() for ch in line):
        return False
    if len(line.split()) > _SUBHEADING_WORDS or index.names_between(s.start, s.end):
        return False
    before = text[max(0, s.start - 2):s.start]
    after = text[s.end:s.end + 2]
    return before in ("", "\n\n") and after.startswith("\n\n")


def _neighbours(index: PersonIndex, sents: list[Sentence]) -> Neighbours:
    """The sentence before/after each sentence within its paragraph, and who it is about."""
    pos = {s.start: i for i, s in enumerate(sents)}

    def step(s: Sentence, by: int) -> Sentence | None:
        i = pos.get(s.start, -2) + by
        ok = 0 <= i < len(sents) and sents[i].paragraph == s.paragraph
        return sents[i] if ok else None

    def refers_to(s: Sentence, key: str) -> bool:
        """By name or pronoun; "I" and "me" refer to whoever speaks there (the label's
        speaker, the narrator of a testimony)."""
        if any(key in r.keys for r in refs_in(index, s.start, s.end, 0)):
            return True
        first = _FIRST_PERSON.search(index.text, s.start, s.end)
        return first is not None and first_person_at(index, first.start()) == key

    def refers_to_other(s: Sentence, key: str) -> bool:
        """Someone else is spoken of (whom the sentence cites as its source is not: "The court
        convicted the four in August, said X")."""
        return any(r.keys and key not in r.keys and not is_cited_source(index, r.start, r.end)
                   for r in refs_in(index, s.start, s.end, 0))

    def answer(s: Sentence) -> Sentence | None:
        voices = index.voices
        if not voices.qa_lines or voices.turn_at(s.start) != "q":
            return None
        i = pos.get(s.start, -2) + 1
        while 0 < i < len(sents) and voices.turn_at(sents[i].start) == "q":
            i += 1
        ok = 0 < i < len(sents) and voices.turn_at(sents[i].start) == "a"
        return sents[i] if ok else None

    def referred(start: int, end: int) -> frozenset[str]:
        return frozenset(k for r in refs_in(index, start, end, 0) for k in r.keys)

    return Neighbours(lambda s: step(s, -1), lambda s: step(s, 1), refers_to, refers_to_other,
                      answer, sents, referred, index.gender_of)


def _place_hits(mentions: list[PlaceMention], place_at: dict[int, str], ranks: dict[str, int]
                ) -> Callable[[Sentence], list[PlaceHit]]:
    starts = [m.start for m in mentions]

    def hits(s: Sentence) -> list[PlaceHit]:
        lo, hi = bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.end)
        return [PlaceHit(m.start, m.end, place_at[m.start], ranks[place_at[m.start]])
                for m in mentions[lo:hi]]

    return hits


__all__ = ["EXTRACTOR", "Cluster", "default_gazetteer", "extract"]
