"""Blind index tokens: confidential names findable by those allowed, unreadable without
the key file."""

from __future__ import annotations

from pathlib import Path

from izde import crypto
from izde.protect.blind import blind, index_tokens, open_text, query_variants
from izde.protect.policy import Viewer

EDITOR = Viewer("e", "editor")
VIEWER = Viewer("v", "viewer")


def test_a_blind_token_does_not_contain_the_key(key_file: Path) -> None:
    [token] = blind(["zholdasbek"])
    assert token.startswith("b:") and "zholdasbek" not in token


def test_the_same_key_gives_the_same_token(key_file: Path) -> None:
    assert blind(["nurlan"]) == blind(["nurlan"])


def test_another_key_file_gives_other_tokens(key_file: Path) -> None:
    assert blind(["nurlan"]) != blind(["nurlan"], crypto.Keyring.generate())


def test_tokens_survive_key_rotation(key_file: Path) -> None:
    ring = crypto.load_keyring(key_file)
    before = blind(["nurlan"], ring)
    ring.add_new_key()
    ring.drop_all_but_current()
    assert blind(["nurlan"], ring) == before


def test_confidential_names_are_indexed_blind(key_file: Path) -> None:
    assert index_tokens(["nurlan"], "confidential") == blind(["nurlan"])


def test_restricted_and_public_names_are_indexed_in_clear(key_file: Path) -> None:
    assert index_tokens(["nurlan", "nurlan"], "restricted") == ["nurlan"]
    assert index_tokens(["nurlan"], "public") == ["nurlan"]


def test_unknown_sensitivity_counts_as_confidential(key_file: Path) -> None:
    assert index_tokens(["nurlan"], None) == blind(["nurlan"])


def test_editors_also_look_up_blinded_query_keys(key_file: Path) -> None:
    variants = query_variants(["nurlan"], ["nrln"], EDITOR)
    assert variants == [(["nurlan"], ["nrln"]), (blind(["nurlan"]), blind(["nrln"]))]


def test_viewers_look_up_plain_query_keys_only(key_file: Path) -> None:
    assert query_variants(["nurlan"], ["nrln"], VIEWER) == [(["nurlan"], ["nrln"])]


def test_open_text_decrypts_ciphertext_read_with_core(key_file: Path) -> None:
    token = crypto.encrypt_text("Aigerim", crypto.load_keyring(key_file))
    assert open_text(token) == "Aigerim" and open_text("plain") == "plain"
