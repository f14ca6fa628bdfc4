"""Text encodings: UTF-8 with or without BOM, UTF-16, and legacy cp1251 and GBK files."""

from __future__ import annotations

import codecs
import random

import pytest

from izde.errors import IngestError
from izde.ingest.readers import read_document

RUSSIAN = (
    "Суд в Алматы приговорил гражданского активиста к трём годам ограничения свободы за "
    "участие в мирной акции у консульства Китая. Родственники задержанного заявили, что его "
    "обвиняют в разжигании межнациональной розни, хотя следствие так и не предоставило "
    "доказательств. Правозащитники считают это дело частью давления на тех, кто открыто "
    "говорит о лагерях в Синьцзяне и о судьбе своих близких, пропавших там после 2017 года.\n"
)
CHINESE = (
    "新疆维吾尔自治区的一名哈萨克族男子被判处二十年有期徒刑。他的家人表示，他在二零一七年"
    "十二月被警方拘留，此后一直下落不明。家属多次向当地公安局询问，但始终没有得到任何答复。"
    "人权组织呼吁中国当局释放所有因宗教信仰而被关押的人，并允许家属探视和聘请律师。"
    "据报道，该男子曾在哈萨克斯坦居住多年，回国探亲时在边境口岸被带走。\n"
)


def test_utf8_without_bom() -> None:
    result = read_document("ru.txt", RUSSIAN.encode("utf-8"))
    assert (result.body, result.encoding, result.notes) == (RUSSIAN, "utf-8", ())


def test_utf8_with_bom_drops_the_bom() -> None:
    result = read_document("ru.txt", codecs.BOM_UTF8 + RUSSIAN.encode("utf-8"))
    assert (result.body, result.encoding) == (RUSSIAN, "utf-8-sig")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(codec, b"")
    result = read_document("zh.txt", bom + CHINESE.encode(codec))
    assert (result.body, result.encoding) == (CHINESE, "utf-16")


def test_utf16_without_bom_is_recognised_by_its_nul_bytes() -> None:
    english = "The court sentenced him to twenty years in prison for espionage.\n"
    result = read_document("en.txt", english.encode("utf-16-le"))
    assert (result.body, result.encoding) == (english, "utf-16")
    assert result.notes == ("decoded as UTF-16 without a byte-order mark",)


def test_cp1251_cyrillic_is_detected_and_noted() -> None:
    result = read_document("ru.txt", RUSSIAN.encode("cp1251"))
    assert (result.body, result.encoding, result.language) == (RUSSIAN, "cp1251", "ru")
    assert result.notes == ("decoded as cp1251 (not UTF-8; detected)",)


def test_cp1251_with_header_block() -> None:
    data = ("title: Приговор активисту\npublished: 2019-10-28\n\n" + RUSSIAN).encode("cp1251")
    result = read_document("ru.txt", data)
    assert result.metadata == {"title": "Приговор активисту", "published": "2019-10-28"}
    assert result.body == RUSSIAN


def test_gbk_chinese_is_detected() -> None:
    result = read_document("zh.txt", CHINESE.encode("gbk"))
    assert (result.body, result.encoding, result.language) == (CHINESE, "gbk", "zh")


def test_nul_bytes_in_a_text_file_are_binary_data() -> None:
    with pytest.raises(IngestError, match="NUL bytes"):
        read_document("a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")


def test_control_characters_in_a_text_file_are_binary_data() -> None:
    data = bytes(range(1, 9)) * 20 + b"some words"
    with pytest.raises(IngestError, match="control characters"):
        read_document("a.txt", data)


def test_bytes_no_encoding_explains_are_undecodable() -> None:
    noise = random.Random(0).randbytes(600)
    data = bytes(byte for byte in noise if byte >= 0x20)  # no NULs or controls, yet no text
    with pytest.raises(IngestError, match="cannot decode the text"):
        read_document("a.txt", data)


def test_a_broken_promise_of_a_bom_is_an_error() -> None:
    with pytest.raises(IngestError, match="byte-order mark but is not utf-8-sig"):
        read_document("a.txt", codecs.BOM_UTF8 + b"caf\xe9 ok")
