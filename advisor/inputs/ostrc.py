"""OSTRC-O2 scoring: the four questions of the updated Oslo Sports Trauma Research Center
overuse injury questionnaire, as pure functions.

Source: Clarsen B, Bahr R, Myklebust G, et al. Improved reporting of overuse injuries and
health problems in sport: an update of the Oslo Sport Trauma Research Center questionnaires.
Br J Sports Med 2020;54:390-396 (OSTRC-O2 and OSTRC-H2).

The paper's full text was not seen. What was confirmed, and where:
* the four domains, in order: participation, training volume, performance, pain, and that the
  2020 update changed wording, structure and logic (a summary of the 2020 paper,
  https://slhamsterdam.com/blog/fj1udqeezv80fuhdwivkt6ckb4nv47; the Japanese update's
  abstract, https://pmc.ncbi.nlm.nih.gov/articles/PMC8016239: "changes to questionnaire logic
  and answer categories", "gatekeeper logic");
* the 2020 wording of questions 1 and 2 and their four options (participation: full
  participation without / with a problem, reduced participation, could not participate;
  training: no modification, to a minor / moderate / major extent), from a vendor's OSTRC-H2
  page (https://atiumsuccess.freshdesk.com/support/solutions/articles/89000019029);
* the severity score: the four answers summed to 0-100 (a vendor's help page,
  https://support.en.athletemonitoring.com/support/solutions/articles/13000050392).

What was NOT confirmed and is therefore not done here:
* the paper's skip logic (what questions 2 and 3 score when question 1 is "could not
  participate"): no skip is applied; every question must be answered, else no severity;
* the exact 2020 wording of questions 3 and 4 and their options (ours follow the pattern of 1-2);
* the per-option scores 0/8/17/25 are the brief's, matching "each 0-25, summed to 0-100";
* the 2020 paper's own definition of a "substantial problem": the one implemented is the
  ORIGINAL 2013 definition (Clarsen et al. BJSM 2013;47:495, abstract): "those leading to
  moderate or severe reductions in sports performance or participation, or time loss".
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

SCORES = (0, 8, 17, 25)
"""The score of each question's options, in order (first option: no problem)."""


class OstrcQuestion(str, Enum):
    """The four questions, in the questionnaire's order; the value is the stable id."""

    PARTICIPATION = "ostrc_participation"
    TRAINING = "ostrc_training_modified"
    PERFORMANCE = "ostrc_performance"
    PAIN = "ostrc_pain"


TEXTS: dict[OstrcQuestion, str] = {
    OstrcQuestion.PARTICIPATION: "Have you had any difficulties participating in training and competition "
                                 "due to running-related problems during the past 7 days?",
    OstrcQuestion.TRAINING: "To what extent have you modified your training or competition "
                            "due to running-related problems during the past 7 days?",
    OstrcQuestion.PERFORMANCE: "To what extent have running-related problems affected your performance "
                               "during the past 7 days?",
    OstrcQuestion.PAIN: "To what extent have you experienced pain related to your running during the past 7 days?",
}
"""The question texts shown in the form (overuse version, about running-related problems)."""

OPTIONS: dict[OstrcQuestion, tuple[str, str, str, str]] = {
    OstrcQuestion.PARTICIPATION: ("Full participation without problems", "Full participation, but with a problem",
                                  "Reduced participation due to a problem", "Could not participate due to a problem"),
    OstrcQuestion.TRAINING: ("No modification", "To a minor extent", "To a moderate extent", "To a major extent"),
    OstrcQuestion.PERFORMANCE: ("No effect", "To a minor extent", "To a moderate extent", "To a major extent"),
    OstrcQuestion.PAIN: ("No pain", "Mild pain", "Moderate pain", "Severe pain"),
}
"""Each question's four options, scored ``SCORES`` in this order."""


@dataclass(frozen=True)
class OstrcScore:
    """One athlete's OSTRC answers for one week, scored."""

    answers: tuple[tuple[OstrcQuestion, int], ...]
    """(question, option index 0-3) for each question answered, in questionnaire order."""
    severity: int | None
    """The severity score 0-100, or None when a question is unanswered (nothing is imputed)."""
    substantial: bool | None
    """A substantial problem (see ``substantial``), or None when it cannot be told."""
    missing: tuple[OstrcQuestion, ...]
    """The questions not answered."""


def severity(answers: dict[OstrcQuestion, int]) -> int | None:
    """The sum of the four questions' scores, 0-100; None unless all four are answered."""
    if any(q not in answers for q in OstrcQuestion):
        return None
    return sum(SCORES[_index(answers[q])] for q in OstrcQuestion)


def substantial(answers: dict[OstrcQuestion, int]) -> bool | None:
    """A substantial problem by the 2013 definition: time loss (could not participate, question 1,
    last option), or a moderate or major reduction in training (question 2) or performance
    (question 3), i.e. their third or fourth option. None when the answers given cannot tell."""
    if answers.get(OstrcQuestion.PARTICIPATION) == 3:
        return True
    if any(_index(answers.get(q, 0)) >= 2 for q in (OstrcQuestion.TRAINING, OstrcQuestion.PERFORMANCE)):
        return True
    if all(q in answers for q in (OstrcQuestion.PARTICIPATION, OstrcQuestion.TRAINING, OstrcQuestion.PERFORMANCE)):
        return False
    return None


def score(answers: dict[OstrcQuestion, int]) -> OstrcScore:
    """Score one week's answers (option indexes 0-3)."""
    for q, index in answers.items():
        _index(index)
    ordered = tuple((q, answers[q]) for q in OstrcQuestion if q in answers)
    missing = tuple(q for q in OstrcQuestion if q not in answers)
    return OstrcScore(ordered, severity(answers), substantial(answers), missing)


def option_index(question: OstrcQuestion, answer: str) -> int | None:
    """The option an exported answer names: its exact text (case and spaces aside), or its
    score written as a number ("17"); None when it names none."""
    wanted = " ".join(answer.split()).casefold()
    for n, text in enumerate(OPTIONS[question]):
        if text.casefold() == wanted:
            return n
    if wanted.isdigit() and int(wanted) in SCORES:
        return SCORES.index(int(wanted))
    return None


def _index(index: int) -> int:
    if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(SCORES):
        raise ValueError(f"an OSTRC answer is an option index 0-{len(SCORES) - 1}, not {index!r}")
    return index
