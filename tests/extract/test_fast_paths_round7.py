"""Shortcuts of the seventh speed round must find exactly what the plain way finds: one
keyword pass per document, place spans kept per word sequence, triggers skipped when none of
their leading words occurs, patterns spelled for the engine, and cheap tests before searches."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable

import pytest

from extract.test_fast_paths import TEXTS
from izde.extract import (
    aliases,
    bylines,
    candidates,
    charges,
    dates,
    event_dates,
    event_places,
    events,
    facilities,
    names,
    narrative,
    people,
    profile,
    relations,
    subjects,
    terms,
    triggers,
)
from izde.extract.keywords import DocumentHits, occurrences, starts
from izde.extract.literals import Folded, passes, scan
from izde.extract.places import PlaceFinder, PlaceMention, crossing
from izde.extract.segment import _is_abbreviation, abbreviations, sentences
from izde.extract.spans import at_line_starts, fold, left_context
from izde.extract.tokens import Word, capitalised_runs, words

FACILITIES = ("He was held in Urumqi No. 3 Detention Center and then Tianshui prison. Later "
              "sent to a re-education camp in Yining, the Kashgar Vocational Skills Education "
              "and Training Centre, ınternment camp, İnternment Camp, 12 camp, and of Camp No. 4;"
              " Gansu's Tianshui Prison, The Prison, of labour camp.")
ODD = "ıİſK٣ 3 No. 3 Al-Farabi O'Neil Mr. X, 45, (b. 1970) 'S ’s born 1980 ,( :"
DOCUMENT_SETS = (triggers._ALL_STEMS, charges._CHARGES_OF, relations._KIN_STEMS,
                 profile._LEFT_CUE_STEMS, people._ACTIVITY_STEMS)
SAMPLE = [*TEXTS[:25], FACILITIES, ODD]


def _windows(text: str, rng: random.Random, n: int = 60) -> list[tuple[int, int]]:
    out = []
    for _ in range(n):
        a = rng.randrange(0, max(1, len(text)))
        out.append((a, min(len(text), a + rng.randint(0, 120))))
    return out


@pytest.mark.parametrize("keywords", DOCUMENT_SETS, ids=lambda k: str(len(k)))
def test_the_document_pass_gives_each_keyword_set_what_its_own_pass_finds(
        keywords: Iterable[str]) -> None:
    for text in SAMPLE:
        folded = fold(text)
        shared = DocumentHits(folded)
        assert occurrences(keywords, folded, shared) == occurrences(keywords, folded)
        assert starts(keywords, folded, shared) == starts(keywords, folded)


def test_the_document_pass_is_not_used_for_another_text() -> None:
    shared = DocumentHits(fold(TEXTS[0]))
    other = fold(TEXTS[1])
    assert occurrences(triggers._ALL_STEMS, other, shared) == occurrences(
        triggers._ALL_STEMS, other)


def test_the_document_pass_is_not_used_for_keywords_never_declared() -> None:
    folded = fold(TEXTS[0])
    shared = DocumentHits(folded)
    wanted = ("zebra", "the", "detain")
    assert occurrences(wanted, folded, shared) == occurrences(wanted, folded)


def _plain_places(finder: PlaceFinder, text: str, runs: list[list[Word]]
                  ) -> list[PlaceMention]:
    """Places as found before round 7: each span of a run tested on the text itself."""
    out: list[PlaceMention] = []
    for run in runs:
        i, found = 0, len(out)
        while i < len(run):
            n = next((n for n in range(min(5, len(run) - i), 0, -1)
                      if finder.is_place(text[run[i].start:run[i + n - 1].end])), 0)
            if n:
                out.append(finder._mention(text, run[i].start, run[i + n - 1].end))
            i += n or 1
        if len(out) == found:
            out.extend(crossing(text, run))
    return out


def _runs(text: str) -> list[list[list[Word]]]:
    return [capitalised_runs(text, words(text, s.start, s.end, capitalised=True))
            for s in sentences(text)]


def test_places_kept_per_word_sequence_are_those_found_in_the_text() -> None:
    finder = PlaceFinder(None)
    for text in SAMPLE:
        for runs in _runs(text):
            assert finder.find(text, runs) == _plain_places(finder, text, runs)


def test_the_words_of_a_run_joined_by_single_spaces_are_its_text() -> None:
    for text in SAMPLE:
        for runs in _runs(text):
            for run in runs:
                assert text[run[0].start:run[-1].end] == " ".join(w.text for w in run)


def _plain(spelled: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern with its engine hints taken out: no lookahead of opening letters and
    every word read with ordinary (giving back) repetition."""
    plain = spelled.replace(facilities._OPENING, "").replace("*+", "*").replace("++", "+")
    return re.compile(plain, flags)


def test_named_facilities_are_those_of_the_plain_pattern() -> None:
    plain = _plain(facilities.NAMED_RE.pattern)
    assert plain.pattern != facilities.NAMED_RE.pattern
    for text in SAMPLE:
        assert [m.span() for m in facilities.NAMED_RE.finditer(text)] == [
            m.span() for m in plain.finditer(text)]


def test_journalist_lines_are_those_of_the_plain_pattern() -> None:
    plain = _plain(bylines.IS_JOURNALIST_RE.pattern)
    extra = "Aigul Serik is a journalist. Dana Aliyeva-Smith  is an independent reporter."
    for text in [*SAMPLE, extra]:
        assert [m.span() for m in bylines.IS_JOURNALIST_RE.finditer(text)] == [
            m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("pattern", [dates._DATELINE, dates._YEAR_LINE, bylines.AUTHOR_LINE_RE],
                         ids=["dateline", "year line", "author line"])
def test_patterns_of_line_starts_find_what_a_scan_of_every_character_finds(
        pattern: re.Pattern[str]) -> None:
    lines = "ALMATY, May 18 - x\n2018\n**2019**:\n  URUMQI (AP) — y\nAigul Serik Feb 22, 2021\n"
    for text in [*SAMPLE, lines, "\n" + lines]:
        assert [m.span() for m in at_line_starts(pattern, text)] == [
            m.span() for m in pattern.finditer(text)]


def test_the_words_of_a_sentence_are_every_gate_and_leading_word_it_holds() -> None:
    for text in SAMPLE:
        for s in sentences(text):
            folded = fold(s.text)
            assert triggers.words_in(folded) == {w for w in triggers._TRIGGER_WORDS
                                                 if w in folded}


def test_a_trigger_none_of_whose_leading_words_occurs_matches_nothing() -> None:
    for text in SAMPLE:
        for s in sentences(text):
            folded = fold(text[s.start:s.end])
            found_at, present = Folded(folded, s.start), triggers.words_in(folded)
            for trig, leading in triggers.passing(triggers.active_stems(s.text), folded):
                if leading is None or trig.side == "lead":
                    continue
                full = [m.span() for m in scan(trig.pattern, text, s.start, s.end, found_at,
                                               leading, events._MAX_TRIES)]
                kept = leading.intersection(present)
                assert full == ([m.span() for m in scan(
                    trig.pattern, text, s.start, s.end, found_at, kept, events._MAX_TRIES)]
                    if kept else [])


def test_a_place_word_after_a_run_is_found_as_the_pattern_finds_it() -> None:
    for text in [*SAMPLE, "the Yengi Hayat district and Kok town, Ili Region"]:
        for at in range(len(text)):
            assert candidates._place_word_after(text, at) == bool(
                candidates._PLACE_AFTER.match(text, at))


def test_a_birth_year_after_a_mention_needs_a_comma_or_bracket_first() -> None:
    for text in [*SAMPLE, "X, b. 1970, and Y (Kazakh) , born 1981; Z  (born in 1990)"]:
        for at in range(len(text)):
            if people._BORN.match(text, at, at + 90):
                assert people._opens_aside(text, at)


def test_names_of_letters_alone_need_no_pattern() -> None:
    tokens = {w for text in SAMPLE for w in re.findall(r"\S+", text)}
    for token in [*tokens, "Ⅻx", "Ab²", "Al_Farabi", "Xı"]:
        plain = (len(token) >= 2 and token[0].isupper() and not token.isupper()
                 and names._LETTERS_RE.fullmatch(token) is not None)
        assert names.looks_like_name_token(token) == plain


def test_a_sentence_without_quotation_marks_is_all_the_narrators() -> None:
    for text in SAMPLE:
        for s in sentences(text):
            if not any(q in s.text for q in "\"“”"):
                assert profile.outside_quotes(s.text) == profile._QUOTED.sub(" ", s.text)


_GATED = [
    (narrative._WHEN_BACK, narrative._WHEN_BACK_NEEDS),
    (event_dates._EARLIER_ACT, event_dates._EARLIER_ACT_NEEDS),
    (event_dates._BEFORE_DATED_ACT, event_dates._BEFORE_DATED_ACT_NEEDS),
    (event_dates._BACKGROUND_VERB, event_dates._BACKGROUND_VERB_NEEDS),
    (events._SPEECH_CLAUSE, events._SPEECH_NEEDS),
    (event_places._ORIGIN, event_places._ORIGIN_NEEDS),
    (subjects._UNRESOLVED_SUBJECT, subjects._UNRESOLVED_NEEDS),
    *((p, needs) for p, needs in subjects._NEEDS.items()),
]


@pytest.mark.parametrize(("pattern", "needs"), _GATED, ids=lambda x: str(getattr(x, "pattern",
                                                                             ""))[:24])
def test_a_window_the_word_test_rules_out_holds_no_match(pattern: re.Pattern[str],
                                                         needs: tuple[frozenset[str], ...]
                                                         ) -> None:
    rng = random.Random(7)
    written = ("When she returned, after his arrest in 2017, before the trial, he had "
               "been held since May because police said the man was a citizen of China, "
               "like others, a photo of the wife of X; thousands of people. The court ruled "
               "that; she learned that he was held; heard on Monday; got the news about")
    for text in [*SAMPLE, written]:
        for lo, hi in _windows(text, rng):
            if pattern.search(text, lo, hi):
                assert passes(needs, fold(text[lo:hi]))


def test_pronouns_are_counted_as_the_plain_word_patterns_count_them() -> None:
    rng = random.Random(11)
    plain_male = re.compile(r"\b(?:he|him|his)\b")
    plain_female = re.compile(r"\b(?:she|her|hers)\b")
    texts = ["he said his son, hers and her sister's, she'd; the shed, him-self _he", *(
        "".join(rng.choice("hesirm .,'-_1") for _ in range(rng.randint(0, 24)))
        for _ in range(3000))]
    for text in [*texts, *(fold(t) for t in SAMPLE)]:
        assert profile._MALE_PRONOUN.findall(text) == plain_male.findall(text)
        assert profile._FEMALE_PRONOUN.findall(text) == plain_female.findall(text)


@pytest.mark.parametrize("word", ["J.", "U.S.", "a.b.c.", "Dec.", "him.", "J.R", "J..", "1.", "é."])
def test_initials_are_told_as_the_plain_pattern_tells_them(word: str) -> None:
    plain = word in abbreviations() or bool(re.fullmatch(r"(?:[A-Za-z]\.)+", word))
    assert _is_abbreviation(word + " X", 0, len(word) - 1) == plain


def test_an_i_before_the_trigger_is_found_as_the_plain_pattern_finds_it() -> None:
    plain = re.compile(r"(?<![\w’'])(?-i:I)\s+(?:[\w’'-]+\s+){0,3}$")
    rng = random.Random(3)
    written = "Then I was told, xI was, 'I  had been, II was, and I "
    for text in [*SAMPLE, written]:
        for lo, hi in [*_windows(text, rng), (0, len(text))]:
            found, expected = events._I_BEFORE.search(text, lo, hi), plain.search(text, lo, hi)
            assert (found and found.span()) == (expected and expected.span())


def test_an_alias_after_a_mention_needs_a_bracket_or_comma_first() -> None:
    written = "Aigul Serik (also spelled Aygul), Berik, aka Bek;  \t(née Omar) X , formerly Y"
    for text in [*SAMPLE, written]:
        for at in range(len(text)):
            if aliases.ALIAS_RE.match(text, at):
                assert aliases._opens_aside(text, at)


_LOOKAHEAD = re.compile(r"\(\?=\(\?i:\[[^\]]*\]\)\)")


@pytest.mark.parametrize("pattern", [dates._L_DATE, dates._L_YEAR, dates._L_SEASON,
                                     dates._L_UNIT, terms._L_UNIT],
                         ids=["date", "year", "season", "unit", "term unit"])
def test_left_contexts_with_opening_lookaheads_are_those_of_the_plain_pattern(
        pattern: re.Pattern[str]) -> None:
    plain = re.compile(_LOOKAHEAD.sub("", pattern.pattern), pattern.flags)
    rng = random.Random(5)
    written = ("in early 2019, since the end of May, last Monday, mid-June, the following "
               "spring, two and a half years, several (3) months, half a year, ſince ıt")
    for text in [*SAMPLE, written]:
        for _, at in [*_windows(text, rng), (0, len(text))]:
            found = left_context(pattern, text, at, 40)
            expected = left_context(plain, text, at, 40)
            assert (found.span(), found.groupdict()) == (expected.span(), expected.groupdict())
