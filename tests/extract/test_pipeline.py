"""The pipeline as a whole: evidence spans, languages, bad input, the registered name."""

from __future__ import annotations

import pathlib
import resource

import pytest

from izde.extract.model import Extraction
from izde.extract.pipeline import EXTRACTOR, extract

SEEDS = pathlib.Path("/work/shared/corpus/seeds")
STORY = ("Askar Azatbek, 47, was arrested by Chinese police on Dec. 7, 2017 in Khorgos. "
         "His older sister, Gauhar Kurmanalieva, said he was sentenced to 20 years for "
         "“divulging state secrets.” Ambassador Zhang Xiao told reporters he was guilty.\n\n")


def all_spans(ex: Extraction) -> list[tuple[int, int, str]]:
    out = [(m.start, m.end, m.text) for p in ex.persons for m in p.mentions]
    out += [(m.start, m.end, m.text) for p in ex.places for m in p.mentions]
    out += [(m.start, m.end, m.text) for o in ex.organisations for m in o.mentions]
    out += [(r.evidence.start, r.evidence.end, r.evidence.quote) for p in ex.persons
            for r in p.roles]
    out += [(a.evidence.start, a.evidence.end, a.evidence.quote) for p in ex.persons
            for a in p.attributes]
    out += [(e.start, e.end, e.quote) for ev in ex.events for e in ev.evidence]
    out += [(r.evidence.start, r.evidence.end, r.evidence.quote) for r in ex.relations]
    return out


def test_extractor_name_is_versioned() -> None:
    assert extract(STORY, "2023-12-01").extractor == EXTRACTOR == "izde.extract.rules.v1"


def test_every_span_quotes_the_text() -> None:
    ex = extract(STORY, "2023-12-01")
    assert all(STORY[s:e] == q for s, e, q in all_spans(ex))


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_every_span_quotes_a_real_report(path: pathlib.Path) -> None:
    body = path.read_text(encoding="utf-8").partition("\n\n")[2]
    ex = extract(body, None)
    spans = all_spans(ex)
    assert spans and all(body[s:e] == q for s, e, q in spans)


def test_events_carry_confidence_and_evidence() -> None:
    ev = extract(STORY, "2023-12-01").events
    assert ev and all(e.evidence and 0 < e.confidence <= 1 for e in ev)


def test_non_english_language_is_skipped_with_note() -> None:
    ex = extract(STORY, "2023", language="ru")
    assert ex.persons == [] and ex.events == []
    assert ex.notes == ["extraction skipped: no pipeline for language 'ru' yet"]


def test_english_language_tag_runs() -> None:
    assert extract(STORY, "2023", language="en-GB").persons


def test_cyrillic_text_is_skipped() -> None:
    text = "Аскар Азатбек был арестован китайской полицией в Хоргосе. " * 20
    ex = extract(text, "2023")
    assert ex.persons == [] and "non-Latin" in ex.notes[0]


def test_chinese_text_is_skipped() -> None:
    ex = extract("阿斯卡尔在霍尔果斯被中国警方逮捕。他被判处二十年徒刑。" * 30, "2023")
    assert ex.persons == [] and ex.notes


def test_latin_non_english_is_skipped() -> None:
    text = ("Askar Azatbek Qytaı polısııasy tarapynan ustaldy. Ol jıyrma jylǵa sottaldy. "
            "Onyń apasy bul týraly aıtty. ") * 10
    ex = extract(text, "2023")
    assert ex.persons == [] and "English" in ex.notes[0]


def test_mixed_scripts_still_extracted() -> None:
    text = ("Askar Azatbek lived in Ghulja (伊宁, Құлжа, غۇلجا) and was arrested by police "
            "in 2017, his sister said. ") * 3
    ex = extract(text, "2023")
    assert "Askar Azatbek" in {p.name for p in ex.persons} and ex.events


def test_table_dump_gives_note_and_no_crash() -> None:
    rows = "\n".join(f"{i}\tKazakh\tXinjiang\t{1990 + i % 30}\t{i * 7}" for i in range(400))
    ex = extract(rows, "2023")
    assert ex.events == [] and any("no sentences" in n for n in ex.notes)


def test_empty_text() -> None:
    ex = extract("", None)
    assert ex.persons == [] and ex.events == [] and ex.notes == []


def test_whitespace_and_punctuation_only() -> None:
    assert extract(" \n\n ... ;;; \n", "2020").persons == []


def test_one_very_long_line_without_spaces() -> None:
    assert extract("x" * 200_000, "2020").persons == []


def test_ten_megabytes_in_bounded_memory() -> None:
    """A 10 MB document (a data dump with a few reports in it) runs without holding copies."""
    block = "qmx7 zp0a lkq9w 33fa0 " * 4000 + "\n" + STORY
    text = block * (10_000_000 // len(block) + 1)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    ex = extract(text, "2023-12-01")
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert len(text) >= 10_000_000 and {e.type for e in ex.events} >= {"detention"}
    assert grown_mb < 500


def test_long_prose_document_keeps_all_persons() -> None:
    # names two letters apart: one letter apart is one name spelled two ways (coref)
    text = "".join(STORY.replace("Askar Azatbek", f"Askar Azatbek{chr(97 + i % 26) * 2}")
                   for i in range(200))
    assert len(extract(text, "2023-12-01").persons) > 20
