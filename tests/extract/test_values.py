"""``values.value_class``: values that compare and hash by their fields, without a dict."""

from izde.extract.values import value_class


@value_class
class _Point:
    x: int
    y: int
    label: str = ""


def test_equal_fields_make_equal_values() -> None:
    assert _Point(1, 2) == _Point(1, 2, "")


def test_different_fields_make_different_values() -> None:
    assert _Point(1, 2) != _Point(1, 3)


def test_equal_values_hash_alike_so_sets_and_dicts_merge_them() -> None:
    assert len({_Point(1, 2), _Point(1, 2)}) == 1


def test_values_keep_fields_in_slots_not_a_dict() -> None:
    assert not hasattr(_Point(1, 2), "__dict__")
