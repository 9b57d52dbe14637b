"""OSTRC-O2 scoring: the four questions of the updated Oslo Sports Trauma Research Center
overuse injury questionnaire, as pure functions.

Source: Clarsen B, Bahr R, Myklebust G, et al. Improved reporting of overuse injuries and
health problems in sport: an update of the Oslo Sport Trauma Research Center questionnaires.
Br J Sports Med 2020;54:390-396, doi:10.1136/bjsports-2019-101337 (OSTRC-O2 and OSTRC-H2).
The paper's own page (bmj.com, PubMed) could not be read with the stored search corpus: no
copy of its text or abstract was found there. Every rule below names where it WAS read
(docs/sources-seen.md has the full entries).

Confirmed, and where:
* Four questions, in order, the first three about participation, training modified and
  performance (ostRc's question 1-3 texts, below); the 2020 update changed "the wording of all
  four questions", "questionnaire logic and answer categories" and brought "gatekeeper logic"
  (abstract of the Japanese update, Mashimo et al. 2021,
  https://pmc.ncbi.nlm.nih.gov/articles/PMC8016239).
* Option scores 0, 8, 17, 25 for the four answers of EVERY question, and the severity as their
  sum, 0-100: ostRc, the R package of the Oslo Sports Trauma Research Center (Bache-Mathiesen
  LK, Clarsen BM; https://github.com/lenakba/ostRc, R/functions-ostrc-questionnaire.R):
  "0, 8, 17, and 25 for the corresponding replies of 1, 2, 3, 4 on each question", "only
  compatible with OSTRC questionnaires version 2.0"; its severity is the plain sum of the four.
  (Version 1.0, the 2013 original, had five answers to questions 2 and 3, which ostRc scores
  0, 6, 13, 19, 25 in its tests and "0, 13, 17, 19, 25" in its documentation: 0/8/17/25 is
  the 2020 scoring, not the 2013 one, for those two questions. Version 1.0 is not read here.)
* A substantial problem, 2020 ("version 2.0 recipe" in ostRc): "Any reply of 'Could not
  participate due to (location) problems' on Question 1 ... OR a reply of 'To a moderate
  extent' or 'To a major extent' on EITHER Question 2 OR Question 3"; it is the 2013
  definition (Clarsen et al., BJSM 2013;47:495, abstract at
  https://bjsm.bmj.com/content/47/8/495: "moderate or severe reductions in sports performance
  or participation, or time loss") read on the 2020 answers. ostRc gives no substantial
  problem (NA) when question 1 says full participation without problems, counts "could not
  participate" as substantial whatever questions 2-3 hold (even unanswered), and a moderate
  or major answer to 2 or 3 as substantial even when question 1 is unanswered. Here the first
  case is False (no problem, so no substantial one), not unknown.
* The gatekeeper (skip logic) of question 1, read only as the paper is quoted, word for word,
  in another project's notes (snuyoon/runlab-pilot on GitHub, docs/OSTRC.md, the notes of a
  Korean OSTRC-H2 app): "If an athlete selects the first answer option 'full participation
  without health problems', all further questions are redundant. In this case, a total
  severity score of 0 is assigned and the questionnaire is complete." and "If an athlete
  selects the fourth answer option 'could not participate due to a health problem',
  questions 2-4 are redundant. In this case, a total severity score of 100 is assigned."
  It agrees with ostRc's handling of question 1 above. Applied here, and marked as seen
  second-hand: the paper's own text would settle it.
* The 2020 wording of questions 1-3 (ostRc: "Have you had any difficulties participating in
  training and competition due to (location) problems during the past 7 days?", "To what
  extent have you modified your training or competition due to (location) problems during
  the past 7 days?", "To what extent have (location) problems affected your performance
  during the past 7 days?"), ours with "running-related" as the location; the answers of
  questions 1 and 2 (an OSTRC-H2 vendor page,
  https://atiumsuccess.freshdesk.com/support/solutions/articles/89000019029).

NOT confirmed, so marked here and in the report:
* that question 4 asks about pain (seen only in a blog's summary of the paper,
  https://slhamsterdam.com/blog/fj1udqeezv80fuhdwivkt6ckb4nv47: "(1) sports participation,
  (2) training volume, (3) sports performance and (4) pain"; a blog is not a source);
* the 2020 wording of question 4 and of the answers of questions 3 and 4 (ours follow the
  pattern of questions 1 and 2; only their order, no problem first, is used in scoring);
* the 2013 paper's per-answer scores (its full text was not read; see version 1.0 above).
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

SCORES = (0, 8, 17, 25)
"""The score of each question's options, in order (first option: no problem), 2020 scoring."""

NO_PROBLEM = 0
"""Question 1's first option, full participation without problems: the questionnaire ends
there, severity 0 (the gatekeeper)."""
TIME_LOSS = 3
"""Question 1's fourth option, could not participate: questions 2-4 are redundant, severity 100."""
SEVERITY_NO_PROBLEM = 0
SEVERITY_TIME_LOSS = 100
MODERATE = 2
"""The option of questions 2 and 3 from which a problem is substantial: 'to a moderate extent'
and 'to a major extent'."""


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

FOLLOW_UPS = (OstrcQuestion.TRAINING, OstrcQuestion.PERFORMANCE, OstrcQuestion.PAIN)
"""Questions 2-4: asked only when question 1 reports a problem without time loss."""


@dataclass(frozen=True)
class OstrcScore:
    """One athlete's OSTRC answers for one week, scored."""

    answers: tuple[tuple[OstrcQuestion, int], ...]
    """(question, option index 0-3) for each question answered, in questionnaire order (answers
    to questions the gatekeeper makes redundant are kept here, and not scored)."""
    severity: int | None
    """The severity score 0-100, or None when a question it needs is unanswered (nothing is
    imputed)."""
    substantial: bool | None
    """A substantial problem (see ``substantial``), or None when it cannot be told."""
    missing: tuple[OstrcQuestion, ...]
    """The questions the severity needs that were not answered (question 1, or questions 2-4
    after a problem without time loss)."""

    @property
    def problem(self) -> bool:
        """A problem reported, scored or not: a severity above 0, or, unless question 1 says full
        participation without problems, any answer beyond its question's first option ("Reduced
        participation due to a problem" with questions 2-4 unanswered has no severity, and a test
        drive's coach saw "no problem reported")."""
        if self.severity is not None:
            return self.severity > 0
        q1 = dict(self.answers).get(OstrcQuestion.PARTICIPATION)
        return q1 != NO_PROBLEM and any(index > 0 for _, index in self.answers)


def needed(answers: dict[OstrcQuestion, int]) -> tuple[OstrcQuestion, ...]:
    """The questions the severity needs, given question 1 (the gatekeeper): question 1 alone
    when it says no problem or time loss (or is unanswered), else all four."""
    q1 = answers.get(OstrcQuestion.PARTICIPATION)
    if q1 is None or _index(q1) in (NO_PROBLEM, TIME_LOSS):
        return (OstrcQuestion.PARTICIPATION,)
    return tuple(OstrcQuestion)


def severity(answers: dict[OstrcQuestion, int]) -> int | None:
    """0 when question 1 says full participation without problems, 100 when it says could not
    participate; otherwise the sum of the four questions' scores; None when a needed question
    is unanswered."""
    q1 = answers.get(OstrcQuestion.PARTICIPATION)
    if q1 is None:
        return None
    if _index(q1) == NO_PROBLEM:
        return SEVERITY_NO_PROBLEM
    if q1 == TIME_LOSS:
        return SEVERITY_TIME_LOSS
    if any(q not in answers for q in FOLLOW_UPS):
        return None
    return sum(SCORES[_index(answers[q])] for q in OstrcQuestion)


def substantial(answers: dict[OstrcQuestion, int]) -> bool | None:
    """A substantial problem: could not participate (question 1, time loss), or training
    modified (question 2) or performance affected (question 3) to a moderate or major extent.
    False when question 1 says no problem (questions 2-3 are then redundant); None when the
    answers given cannot tell."""
    q1 = answers.get(OstrcQuestion.PARTICIPATION)
    if q1 is not None and _index(q1) == NO_PROBLEM:
        return False
    if q1 == TIME_LOSS:
        return True
    reductions = [answers.get(q) for q in (OstrcQuestion.TRAINING, OstrcQuestion.PERFORMANCE)]
    if any(r is not None and _index(r) >= MODERATE for r in reductions):
        return True
    if q1 is not None and all(r is not None for r in reductions):
        return False
    return None


def score(answers: dict[OstrcQuestion, int]) -> OstrcScore:
    """Score one week's answers (option indexes 0-3)."""
    for q, index in answers.items():
        _index(index)
    ordered = tuple((q, answers[q]) for q in OstrcQuestion if q in answers)
    missing = tuple(q for q in needed(answers) if q not in answers)
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
