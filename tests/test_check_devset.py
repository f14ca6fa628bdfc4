"""scripts/check_devset.py: a dev set's gold is checked against its texts and the shared
scorer before the set is scored."""

from __future__ import annotations

import importlib.util
import json
import pathlib
import shutil
from types import ModuleType

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests/fixtures/devset38"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_devset", ROOT / "scripts/check_devset.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check = _script()
pytestmark = pytest.mark.skipif(not check.SCORER.exists(), reason="shared scorer not present")


def _copy(tmp_path: pathlib.Path, stem: str) -> pathlib.Path:
    (tmp_path / "gold").mkdir()
    shutil.copy(DEVSET / f"{stem}.txt", tmp_path)
    shutil.copy(DEVSET / "gold" / f"{stem}.json", tmp_path / "gold")
    return tmp_path


def test_a_committed_devset_passes(monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.argv", ["check_devset.py", str(DEVSET)])
    assert check.main() == 0
    assert "16 gold files" in capsys.readouterr().out


def test_an_unknown_event_type_and_a_name_not_in_the_text_fail(
        tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    stem = "001_rfa_chuguchak_editor_sentenced_separatism"
    root = _copy(tmp_path, stem)
    path = root / "gold" / f"{stem}.json"
    gold = json.loads(path.read_text(encoding="utf-8"))
    gold["events"][0]["type"] = "sentenced"
    gold["persons"][0]["names"] = ["Nobody Anywhere"]
    path.write_text(json.dumps(gold), encoding="utf-8")
    monkeypatch.setattr("sys.argv", ["check_devset.py", str(root)])
    assert check.main() == 1
    out = capsys.readouterr().out
    assert "event type sentenced" in out
    assert "occurs verbatim" in out
