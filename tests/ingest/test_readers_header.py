"""The `key: value` header block and normalisation of its values."""

from __future__ import annotations

import pytest

from izde.ingest.header import normalise_language, normalise_published, split_header


@pytest.mark.parametrize(
    ("written", "edtf"),
    [
        ("2023-12-01", "2023-12-01"),
        ("2019-12", "2019-12"),
        ("2020", "2020"),
        ("Feb 22, 2021", "2021-02-22"),
        ("Feb. 22, 2021", "2021-02-22"),
        ("February 22 2021", "2021-02-22"),
        ("22 February 2021", "2021-02-22"),
        ("1st March 2018", "2018-03-01"),
        ("Sept 2019", "2019-09"),
        ("2019-10-28T10:00:00+06:00", "2019-10-28"),
        ("2019-10-28 10:00:00", "2019-10-28"),
        ("2017/8/16", "2017-08-16"),
        ("16.08.2017", "2017-08-16"),
    ],
)
def test_published_in_plain_shapes_becomes_edtf(written: str, edtf: str) -> None:
    assert normalise_published(written) == edtf


@pytest.mark.parametrize("written", ["last spring", "2021-02-30", "Smarch 3, 2020", "c. 1990s"])
def test_published_in_other_shapes_is_kept_as_written(written: str) -> None:
    assert normalise_published(written) == written


@pytest.mark.parametrize(
    ("written", "code"), [("en", "en"), ("EN-us", "en"), ("Kazakh", "kk"), ("Uighur", "ug")]
)
def test_language_values_become_iso_639_1(written: str, code: str) -> None:
    assert normalise_language(written) == code


def test_header_keys_are_case_insensitive_and_the_first_value_wins() -> None:
    metadata, body = split_header("Title: First\nTITLE: Second\n\nBody.")
    assert (metadata, body) == ({"title": "First"}, "Body.")


def test_unknown_keys_inside_a_header_are_ignored() -> None:
    metadata, body = split_header("url: https://x.org\nsource-id: 123\n\nBody.")
    assert (metadata, body) == ({"url": "https://x.org"}, "Body.")


def test_empty_values_are_no_metadata() -> None:
    assert split_header("title:\npublisher: P\n\nBody.") == ({"publisher": "P"}, "Body.")


def test_a_line_of_spaces_ends_the_header() -> None:
    assert split_header("title: T\n   \nBody.") == ({"title": "T"}, "Body.")


def test_url_values_keep_their_colons() -> None:
    assert split_header("url: https://x.org:8080/a\n\nB")[0] == {"url": "https://x.org:8080/a"}


def test_a_header_needs_a_blank_line_within_its_first_lines() -> None:
    glossary = "title: Glossary\n" + "term: meaning\n" * 30 + "\nnotes"
    assert split_header(glossary) == ({}, glossary)


def test_markdown_front_matter_is_a_header() -> None:
    text = '---\ntitle: "Detained"\ntags:\n  - kazakh\npublished: 2020-01-02\n---\n# Story\n'
    assert split_header(text) == ({"title": "Detained", "published": "2020-01-02"}, "# Story\n")


def test_horizontal_rules_around_prose_are_not_front_matter() -> None:
    text = "---\nA paragraph between two rules.\n---\nMore text."
    assert split_header(text) == ({}, text)
