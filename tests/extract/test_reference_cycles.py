"""Reference lookups that lead back to themselves end instead of recursing for ever: the
speaker of a quotation is a pronoun whose antecedent is the relative the quotation's "my"
names. Names are invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run


def test_a_quoted_my_father_whose_speaker_is_a_pronoun_does_not_recurse() -> None:
    text = ("Nurbol Aidos, 34, was jailed for a year. In a letter, Aidos said he fled after "
            "police summoned him for the third time.\n\n\"My father was in the camp for the "
            "whole of 2018. I knew I was next,\" he wrote.\n\nHis father, Aidos Serik, a "
            "retired schoolteacher, was held in a camp in Tacheng.")
    found = events_by_name(run(text))
    assert ("Aidos Serik", "internment") in found
    assert ("Nurbol Aidos", "sentencing") in found
