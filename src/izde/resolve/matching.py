"""Scoring a pair of records and deciding: merge, propose for review, or keep apart.

The score is Splink's: a prior plus the weight of each comparison's level (log2 odds), turned
into a probability. The decision adds two rules the weights cannot express: only a pair whose
full names agree (two or more tokens aligned) may merge without a person looking at it (a
lone "Nurlan" matching "Nurlan Amanov" is at best a proposal, however well the rest agrees),
and a name many records share merges automatically only when something that tells namesakes
apart agrees too (``uncorroborated_common_name``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from izde.resolve.blocking import candidate_pairs
from izde.resolve.comparisons import (
    COMPARISONS,
    STRONG_NAME_LEVELS,
    Contribution,
    MatchContext,
    Record,
    best_names,
)
from izde.resolve.settings import CORROBORATING, DEFAULT, MatchSettings

MERGE, REVIEW, APART = "merge", "review", "apart"


@dataclass(frozen=True)
class PairScore:
    """A scored pair (``left`` < ``right``) with its waterfall and decision."""

    left: str
    right: str
    weight: float
    probability: float
    decision: str
    reason: str
    waterfall: tuple[Contribution, ...]

    def level(self, comparison: str) -> str | None:
        return next((c.level for c in self.waterfall if c.comparison == comparison), None)

    def explanation(self, settings: MatchSettings,
                    model: dict[str, Any] | None = None) -> dict[str, Any]:
        """What an automatic Judgement stores: the waterfall, the decision and the model
        (``model``: ``settings.to_dict()`` when the caller already has it, as a run storing
        many judgements does)."""
        return {"decision": self.decision, "reason": self.reason,
                "weight": round(self.weight, 3), "probability": round(self.probability, 6),
                "waterfall": [c.to_dict() for c in self.waterfall],
                "settings": settings.to_dict() if model is None else model}


def waterfall(a: Record, b: Record, settings: MatchSettings,
              ctx: MatchContext) -> tuple[Contribution, ...]:
    bars = [Contribution("prior", "blocked candidates", settings.prior_weight)]
    for comparison in COMPARISONS:
        bars.extend(comparison.contributions(a, b, settings, ctx))
    return tuple(bars)


def decide(probability: float, bars: Iterable[Contribution], a: Record, b: Record,
           settings: MatchSettings) -> tuple[str, str]:
    """The decision and its reason in words (the waterfall says how much each part weighed)."""
    bars = tuple(bars)
    levels = {c.comparison: c.level for c in bars}
    if levels.get("same_document") == "same":
        return APART, "both records come from the same document"
    if probability < settings.review:
        return APART, f"probability {probability:.3f} below the review threshold"
    if probability < settings.auto_merge:
        return REVIEW, f"probability {probability:.3f} in the review band"
    if not name_decides(levels.get("name"), min(a.longest, b.longest),
                        levels.get("shared_relative")):
        return REVIEW, "only one name token agrees: a person must confirm"
    if uncorroborated_common_name(bars, settings):
        return REVIEW, ("a name many records share, and nothing but the name and gender "
                        "agrees: a person must confirm")
    return MERGE, f"probability {probability:.3f} at or above the merge threshold"


def name_decides(name_level: str | None, shortest: int, relative_level: str | None) -> bool:
    """May the names let a pair merge without a person? Full names that agree (two or
    more tokens aligned) may; so may a name of one token that agrees when both records are
    related the same way to one relative ("his wife, Gulsim" beside the Nurkhat Syzdykuly
    whose wife is Gulsim Kaldybaikyzy: shared_relative "same_kin")."""
    if name_level in STRONG_NAME_LEVELS and shortest >= 2:
        return True
    return name_level == "single_token" and relative_level == "same_kin"


def uncorroborated_common_name(bars: Iterable[Contribution], settings: MatchSettings) -> bool:
    """A name more than ``settings.corroborate_above`` records share, and no comparison that
    tells namesakes apart (``CORROBORATING``) agrees. Such a name is likely several people's:
    a record reporting nothing else may be any of them (most false merges at a million
    generated records were these, session 12)."""
    common = corroborated = False
    for c in bars:
        if c.comparison == "name_frequency":
            common = c.weight < settings.common_name_bound()
        elif c.comparison in CORROBORATING and c.weight > 0:
            corroborated = True
    return common and not corroborated


def score_pair(a: Record, b: Record, settings: MatchSettings = DEFAULT,
               ctx: MatchContext | None = None) -> PairScore:
    """Compare two records with every comparison of the model and decide."""
    if b.id < a.id:
        a, b = b, a
    bars = waterfall(a, b, settings, ctx or MatchContext())
    total = sum(c.weight for c in bars)
    probability = settings.probability(total)
    decision, reason = decide(probability, bars, a, b, settings)
    return PairScore(a.id, b.id, total, probability, decision, reason, bars)


CONTRADICTING_NAMES = frozenset({"partial", "different"})


def compatible(a: Record, b: Record) -> bool:
    """Could these two records be one person by their names? (for cluster-level checks)"""
    return best_names(a, b)[0] not in CONTRADICTING_NAMES


def hopeless_name_levels(settings: MatchSettings) -> frozenset[str]:
    """Name levels no agreement of the other comparisons can lift to the review band.

    Skipping their waterfall changes no decision; it only saves the time of computing it.
    """
    best_rest = sum(max(0.0, *levels.values()) for comp, levels in settings.weights.items()
                    if comp not in ("name", "name_frequency"))
    return frozenset(level for level, w in settings.weights["name"].items()
                     if settings.probability(settings.prior_weight + w + best_rest)
                     < settings.review)


def name_counts(records: Iterable[Record]) -> Counter[str]:
    """How many records carry each folded name (term frequencies for ``NameComparison``)."""
    return Counter(k for r in records for k in {n.folded for n in r.names})


def match_records(records: list[Record], settings: MatchSettings = DEFAULT,
                  pairs: Iterable[tuple[int, int]] | None = None,
                  counts: Counter[str] | None = None) -> Iterator[PairScore]:
    """Block ``records`` in memory and score each candidate pair; yields all but "apart".

    ``pairs`` (indexes into ``records``) and ``counts`` (``name_counts``) may be given when
    the caller scores the work in parts. Pairs from one document are never scored: they can
    only ever be kept apart.
    """
    counts = name_counts(records) if counts is None else counts
    ctx = MatchContext(name_count=lambda key: counts.get(key, 1))
    todo = candidate_pairs(records, settings.max_block) if pairs is None else pairs
    hopeless = hopeless_name_levels(settings)
    for i, j in todo:
        a, b = records[i], records[j]
        if a.document_id is not None and a.document_id == b.document_id:
            continue
        if hopeless and best_names(a, b)[0] in hopeless:
            continue
        score = score_pair(a, b, settings, ctx)
        if score.decision != APART:
            yield score
