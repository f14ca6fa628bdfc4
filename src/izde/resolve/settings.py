"""The person-matching model as one settings object, saved beside every decision it makes.

Following Splink, a pair's score is a sum of log2 Bayes factors ("match weights"): a prior
(how likely two candidates sharing a blocking key are one person before looking at them)
plus one weight per comparison, chosen by the level the comparison finds. The sum converts to
a probability; two thresholds on it decide: merge automatically, propose for review, or keep
apart. Each automatic Judgement stores these settings (``to_dict``) with its waterfall, so a
decision can be re-read, audited and reproduced after the defaults change.

The weights are set by reasoning about the evidence, not fitted: a shared detention date and
place is rarer than a shared birth year, a different gender all but rules a pair out, an age
estimate is off by a year as often as not. ``benchmarks/resolve.py`` measures what they give.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

VERSION = "izde.resolve.persons.v1"
# comparisons whose agreement (a positive weight) tells namesakes apart: what a common name
# needs beside it to merge automatically (``MatchSettings.corroborate_above``)
CORROBORATING = ("birth_year", "hometown", "shared_relative", "shared_event")


def _default_weights() -> dict[str, dict[str, float]]:
    return {
        # vowel_variant: every word agrees but for vowels romanisations disagree on, a
        # systematic variant and so stronger than a typo, weaker than a letter-for-letter
        # transliteration (Memtimin / Mamtimin, Abulikemu / Ablikim)
        "name": {"exact": 13.0, "transliteration": 12.0, "vowel_variant": 10.5, "fuzzy": 9.0,
                 "subset": 9.0, "single_token": 5.5, "partial": -8.0, "different": -12.0},
        "name_frequency": {"rare": 0.0},  # common names: -log2(count / rare_name_count)
        "birth_year": {"exact": 3.0, "within_1": 2.0, "within_3": -1.5, "far": -10.0,
                       "missing": 0.0},
        "gender": {"same": 0.5, "different": -9.0, "missing": 0.0},
        "ethnicity": {"same": 0.5, "different": -4.0, "missing": 0.0},
        "hometown": {"same": 2.0, "different": -0.5, "missing": 0.0},
        # same_kin: the same relative, related the same way (both his wife). It weighs a
        # little more than a bare shared relative (kept below 5, so that no agreement of the
        # rest lifts two different names to review: ``matching.hopeless_name_levels``);
        # what it changes is that a lone given name may merge (``matching.name_decides``)
        "shared_relative": {"same_kin": 4.5, "shared": 4.0, "none": 0.0},
        "shared_event": {"same_type_date_place": 6.0, "same_date_place": 3.0, "none": 0.0},
        "same_document": {"same": -40.0, "different": 0.0},
    }


@dataclass
class MatchSettings:
    """Thresholds and weights of the person-matching model (see module docstring)."""

    version: str = VERSION
    prior_weight: float = -5.0  # log2 odds that two blocked candidates are one person
    auto_merge: float = 0.97  # probability at or above which a pair merges by itself
    review: float = 0.5  # probability at or above which a pair is proposed for review
    rare_name_count: int = 2  # a name key shared by up to this many records costs nothing
    # a name more records share than this is likely some namesakes' (more than one person's
    # reports): a pair on it merges automatically only when something besides the name and
    # gender agrees (``CORROBORATING``: birth year, hometown, a relative, an event); else a
    # person must confirm (see matching.decide)
    corroborate_above: int = 8
    max_block: int = 50  # larger blocks are split by birth year and events (see blocking)
    # a record matching two people who cannot be one keeps only its best match, and only
    # when it outweighs the other by this much (log2 odds; see merges.unambiguous_links)
    ambiguity_margin: float = 1.0
    weights: dict[str, dict[str, float]] = field(default_factory=_default_weights)

    def weight(self, comparison: str, level: str) -> float:
        return self.weights[comparison][level]

    def common_name_bound(self) -> float:
        """The term-frequency weight (-log2(count / rare_name_count)) below which a name is
        shared by more than ``corroborate_above`` records."""
        ratio = max(self.corroborate_above, self.rare_name_count) / self.rare_name_count
        return -math.log2(ratio) - 1e-9

    def probability(self, total_weight: float) -> float:
        return 1.0 / (1.0 + math.pow(2.0, -total_weight))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MatchSettings:
        """Settings from a dict; levels added since it was saved take their default weight."""
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        if "weights" in known:
            weights = _default_weights()
            for comparison, levels in known["weights"].items():
                weights.setdefault(comparison, {}).update(levels)
            known["weights"] = weights
        return cls(**known)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> MatchSettings:
        return cls.from_dict(json.loads(text))

    def save(self, path: Path) -> None:
        path.write_text(self.to_json() + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> MatchSettings:
        return cls.from_json(path.read_text(encoding="utf-8"))


DEFAULT = MatchSettings()
