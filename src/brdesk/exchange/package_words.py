"""What a package holds, in words: each kind of record counted ("3 observations",
"1 participation summary"), said in the window's language where it is shown."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from brdesk.languages import joined, marked, said_n

#: Each kind's count in words, in any language (said_n: lupdate reads each one).
COUNTED: dict[str, Callable[[int], str]] = {
    "programmes": lambda n: said_n("%Ln programme(s)", "", n),
    "participants": lambda n: said_n("%Ln participant(s)", "", n),
    "reserves": lambda n: said_n("%Ln reserve(s)", "", n),
    "zones": lambda n: said_n("%Ln zone(s)", "", n),
    "action_zones": lambda n: said_n("%Ln [action's zone|actions' zones]", "", n),
    "plans": lambda n: said_n("%Ln action plan(s)", "", n),
    "objectives": lambda n: said_n("%Ln objective(s)", "", n),
    "actions": lambda n: said_n("%Ln action(s)", "", n),
    "participation_summaries": lambda n: said_n("%Ln participation summary(ies)", "", n),
    "training_evaluations": lambda n: said_n("%Ln training evaluation(s)", "", n),
    "followup_items": lambda n: said_n("%Ln follow-up item(s)", "", n),
    "observations": lambda n: said_n("%Ln observation(s)", "", n),
    "assessments": lambda n: said_n("%Ln self-assessment(s)", "", n),
    "assessment_answers": lambda n: said_n("%Ln assessment answer(s)", "", n),
    "good_practices": lambda n: said_n("%Ln good practice(s)", "", n),
    "good_practice_actions": lambda n: said_n(
        "%Ln [good practice's action|good practices' actions]", "", n),
    "good_practice_observations": lambda n: said_n(
        "%Ln [good practice's observation|good practices' observations]", "", n),
    "attachments": lambda n: said_n("%Ln attachment(s)", "", n),
}  # fmt: skip


def amounts(counts: Mapping[str, int]) -> str:
    """'1 reserve, 5,000 observations': the non-zero counts, in the order of KINDS."""
    from brdesk.exchange.package import KINDS

    shown = [COUNTED[kind](counts[kind]) for kind in KINDS if counts.get(kind)]
    return joined(shown, ", ") if shown else marked("no records")
