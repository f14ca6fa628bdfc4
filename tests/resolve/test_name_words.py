"""Words read in worker processes give the name forms read in this process."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from izde.resolve import comparisons, name_words, translit
from izde.resolve.comparisons import name_form

NAMES = ["Asqar Azatbekuly", "Асқар Азатбекұлы", "阿斯卡尔·阿扎提别克", "ئابدۇرېھىم ئىلھام",
         "Serik uly Berik", "Abudureyimu Maimaitiming", "王伟", "Nur-Sultan Amanov",
         "Gulnar Tursun kyzy", "Mehmet  Memet"]


def forget_readings() -> None:
    for cached in (name_form, translit.latinize, translit._latinize_word):
        cached.cache_clear()
    comparisons.forget_token_entries()


@pytest.fixture
def fresh_caches(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(name_words, "MIN_NAMES", 0)
    forget_readings()
    yield
    forget_readings()
    name_words.prepare([], workers=1)  # leaves nothing read ahead


@pytest.mark.usefixtures("fresh_caches")
def test_words_read_in_workers_give_the_name_forms_read_here() -> None:
    expected = [name_form(n) for n in NAMES]
    forget_readings()
    name_words.prepare(NAMES, workers=2)  # builds the forms, from the workers' readings
    assert name_form.cache_info().currsize == len(set(NAMES))
    assert [name_form(n) for n in NAMES] == expected


@pytest.mark.usefixtures("fresh_caches")
def test_every_word_read_in_workers_is_taken_by_the_name_forms() -> None:
    name_words.prepare(NAMES, workers=2)
    [name_form(n) for n in NAMES]
    assert not translit.READ_ELSEWHERE
    assert {word for word, _ in comparisons.MADE_ELSEWHERE} <= {"uly", "kyzy"}  # particles


@pytest.mark.usefixtures("fresh_caches")
def test_with_one_worker_nothing_is_read_ahead() -> None:
    name_words.prepare(NAMES, workers=1)
    assert not comparisons.MADE_ELSEWHERE and not translit.READ_ELSEWHERE
