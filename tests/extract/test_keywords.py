"""One-pass keyword occurrences (``keywords``): the same as a ``str.find`` loop per keyword."""

import random

from izde.extract.keywords import by_find, occurrences, starts


def _by_find(words: set[str], text: str) -> list[tuple[int, int, str]]:
    found = []
    for w in words:
        i = text.find(w)
        while i >= 0:
            found.append((i, i + len(w), w))
            i = text.find(w, i + 1)
    return sorted(found)


def test_every_occurrence_is_found_with_its_offsets() -> None:
    assert occurrences({"detain", "held"}, "was detained, then held") == [
        (4, 10, "detain"), (19, 23, "held")]


def test_overlapping_and_nested_keywords_are_all_reported() -> None:
    assert occurrences({"arrest", "rest", "res"}, "arrested") == [
        (0, 6, "arrest"), (2, 5, "res"), (2, 6, "rest")]


def test_a_keyword_repeated_in_itself_is_found_at_each_start() -> None:
    assert occurrences({"aa"}, "aaaa") == [(0, 2, "aa"), (1, 3, "aa"), (2, 4, "aa")]


def test_no_keywords_or_no_text_find_nothing() -> None:
    assert occurrences(set(), "text") == []
    assert occurrences({"x"}, "") == []
    assert starts([], "text") == []


def test_starts_keep_one_entry_per_occurrence() -> None:
    assert starts({"he", "her"}, "her he") == [0, 0, 4]


def test_non_ascii_text_keeps_character_offsets() -> None:
    assert occurrences({"camp"}, "Ürümqi camp, Ghulja camp") == [(7, 11, "camp"), (20, 24, "camp")]


def test_the_loops_used_without_the_automaton_find_the_same() -> None:
    rng = random.Random(8)
    for _ in range(100):
        text = "".join(rng.choice("ab ") for _ in range(rng.randint(0, 30)))
        words = frozenset({"a", "ab", "ba", "b b"})
        assert by_find(words, text) == occurrences(words, text)


def test_random_texts_agree_with_find_loops() -> None:
    rng = random.Random(7)
    for _ in range(200):
        text = "".join(rng.choice("abc ") for _ in range(rng.randint(0, 40)))
        words = {"".join(rng.choice("abc") for _ in range(rng.randint(1, 3))) for _ in range(5)}
        assert occurrences(words, text) == _by_find(words, text)
        assert starts(words, text) == [s for s, _, _ in _by_find(words, text)]
