"""OSTRC-O2 scoring (advisor.inputs.ostrc) against worked examples and a second scorer.

What the examples rest on (sources in the module docstring and docs/sources-seen.md):
* each question's four answers score 0, 8, 17, 25 and the severity is their sum (2020 scoring,
  as ostRc, the OSTRC group's R package, codes it);
* question 1 is a gatekeeper (the 2020 paper as quoted word for word in snuyoon/runlab-pilot,
  docs/OSTRC.md): full participation without problems makes the rest redundant, severity 0;
  could not participate makes questions 2-4 redundant, severity 100;
* substantial: could not participate, or a moderate or major answer to question 2 or 3
  (ostRc's "version 2.0 recipe"; the 2013 abstract's "moderate or severe reductions in sports
  performance or participation, or time loss").
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advisor.inputs.ostrc import OPTIONS, SCORES, OstrcQuestion as Q, option_index, score, severity, substantial

P, T, F, PAIN = Q.PARTICIPATION, Q.TRAINING, Q.PERFORMANCE, Q.PAIN


def answers(p=None, t=None, f=None, pain=None):
    given_ = {P: p, T: t, F: f, PAIN: pain}
    return {q: v for q, v in given_.items() if v is not None}


@pytest.mark.parametrize("given_answers, expected_severity, expected_substantial, expected_missing", [
    # Gatekeeper, first answer: "all further questions are redundant ... a total severity score
    # of 0 is assigned". Nothing else asked: 0, and no problem, so none substantial.
    (answers(0), 0, False, ()),
    # ... even when a form that asks every question got answers to the redundant ones.
    (answers(0, 3, 3, 3), 0, False, ()),
    # Gatekeeper, fourth answer: "questions 2-4 are redundant ... a total severity score of 100
    # is assigned"; time loss is substantial.
    (answers(3), 100, True, ()),
    (answers(3, 0, 0, 0), 100, True, ()),
    # Full participation with a problem, minor training change, minor effect on performance,
    # mild pain: 8 + 8 + 8 + 8 = 32; nothing moderate, no time loss: not substantial.
    (answers(1, 1, 1, 1), 32, False, ()),
    # Reduced participation 17, training modified to a moderate extent 17, performance to a
    # minor extent 8, moderate pain 17: 59; moderate training change: substantial.
    (answers(2, 2, 1, 2), 59, True, ()),
    # Reduced participation 17, minor training change 8, performance affected to a major
    # extent 25, severe pain 25: 75; major effect on performance: substantial.
    (answers(2, 1, 3, 3), 75, True, ()),
    # Reduced participation with minor reductions only and severe pain: 17 + 8 + 8 + 25 = 58;
    # pain is not in the definition: not substantial.
    (answers(2, 1, 1, 3), 58, False, ()),
    # The highest score without time loss: 17 + 25 + 25 + 25 = 92.
    (answers(2, 3, 3, 3), 92, True, ()),
    # A problem without time loss and question 3 unanswered: no severity (nothing imputed);
    # question 2 moderate already makes it substantial.
    (answers(1, 2, None, 1), None, True, (F,)),
    # ... and with nothing moderate answered, substantial cannot be told.
    (answers(1, 1, None, None), None, None, (F, PAIN)),
    # Question 1 unanswered: no severity; a major answer to question 3 is still substantial.
    (answers(None, None, 3, None), None, True, (P,)),
    (answers(None, 1, 1, 1), None, None, (P,)),
])
def test_worked_examples(given_answers, expected_severity, expected_substantial, expected_missing):
    result = score(given_answers)
    assert result.severity == expected_severity
    assert result.substantial is expected_substantial
    assert result.missing == expected_missing


@pytest.mark.parametrize("q1, q2, q3, q4, expected", [
    # ostRc's own example for calc_severity_score (R/functions-ostrc-questionnaire.R): scores
    # q1 = (17, 8, 8, 0), q2 = (25, 17, 17, 0), q3 = (25, 8, 17, 0), q4 = (25, 8, 0, 0), summed.
    (17, 25, 25, 25, 92), (8, 17, 8, 8, 41), (8, 17, 17, 0, 42), (0, 0, 0, 0, 0),
])
def test_ostrc_package_severity_examples(q1, q2, q3, q4, expected):
    given_answers = {q: SCORES.index(points) for q, points in zip((P, T, F, PAIN), (q1, q2, q3, q4))}
    assert severity(given_answers) == expected


@pytest.mark.parametrize("q1, q2, q3, expected", [
    # ostRc's examples for find_hp_substantial, version 2.0 (scores, None for NA): question 1
    # (8, 8, 8, 8) with q2 (0, 0, 0, 25), q3 (0, 0, 17, 0), which its rule scores 0, 0, 1, 1; with missing
    # answers, q1 (25, NA, NA, NA), q2 (NA, NA, NA, 17), q3 (NA, 8, NA, NA): 1, NA, NA, 1.
    (8, 0, 0, False), (8, 0, 0, False), (8, 0, 17, True), (8, 25, 0, True),
    (25, None, None, True), (None, None, 8, None), (None, None, None, None), (None, 17, None, True),
])
def test_ostrc_package_substantial_examples(q1, q2, q3, expected):
    given_answers = {q: SCORES.index(points) for q, points in zip((P, T, F), (q1, q2, q3)) if points is not None}
    assert substantial(given_answers) is expected


# -- a second scorer, written from the description alone and driven by tables of answer texts --

POINTS = {
    P: {"Full participation without problems": 0, "Full participation, but with a problem": 8,
        "Reduced participation due to a problem": 17, "Could not participate due to a problem": 25},
    T: {"No modification": 0, "To a minor extent": 8, "To a moderate extent": 17, "To a major extent": 25},
    F: {"No effect": 0, "To a minor extent": 8, "To a moderate extent": 17, "To a major extent": 25},
    PAIN: {"No pain": 0, "Mild pain": 8, "Moderate pain": 17, "Severe pain": 25},
}
GATE = {"Full participation without problems": (0, False), "Could not participate due to a problem": (100, True)}
"""Question 1's answers that end the questionnaire: (severity, substantial)."""
SUBSTANTIAL = {P: {"Could not participate due to a problem"},
               T: {"To a moderate extent", "To a major extent"},
               F: {"To a moderate extent", "To a major extent"}}


def table_scorer(texts: dict) -> tuple[int | None, bool | None]:
    """(severity, substantial) from answer texts, by the tables above."""
    first = texts.get(P)
    if first in GATE:
        return GATE[first]
    hit = any(texts.get(q) in wanted for q, wanted in SUBSTANTIAL.items())
    asked = [texts.get(q) for q in (T, F)]
    flag = True if hit else (False if first is not None and None not in asked else None)
    if first is None or any(texts.get(q) is None for q in POINTS):
        return None, flag
    return sum(POINTS[q][texts[q]] for q in POINTS), flag


texts_strategy = st.fixed_dictionaries({q: st.one_of(st.none(), st.sampled_from(sorted(POINTS[q]))) for q in POINTS})


@given(texts_strategy)
def test_the_module_agrees_with_the_table_scorer(texts):
    given_answers = {q: option_index(q, text) for q, text in texts.items() if text is not None}
    result = score(given_answers)
    assert (result.severity, result.substantial) == table_scorer(texts)
    if result.severity is not None:
        assert 0 <= result.severity <= 100


def test_the_table_scorer_is_not_trivially_equal():
    # The comparison above can fail: a scorer without the gatekeeper disagrees with it.
    texts = {P: "Could not participate due to a problem", T: "No modification", F: "No effect", PAIN: "No pain"}
    assert table_scorer(texts) == (100, True)
    assert sum(POINTS[q][texts[q]] for q in POINTS) == 25


def test_option_tables_match_the_module():
    for q in Q:
        assert {text: SCORES[n] for n, text in enumerate(OPTIONS[q])} == POINTS[q]


@pytest.mark.parametrize("bad", [-1, 4, True, "2"])
def test_an_answer_out_of_range_is_refused(bad):
    with pytest.raises(ValueError):
        score({P: bad})


def test_option_texts_and_scores_read_back():
    for q in Q:
        assert len(OPTIONS[q]) == len(SCORES)
        for n, text in enumerate(OPTIONS[q]):
            assert option_index(q, f"  {text.upper()} ") == n
            assert option_index(q, str(SCORES[n])) == n
    assert option_index(PAIN, "a bit") is None
    assert option_index(PAIN, "12") is None


@pytest.mark.parametrize("given_answers, expected", [
    (answers(p=2), True),            # reduced participation, questions 2-4 unanswered: no severity, a problem
    (answers(p=1), True),            # full participation, but with a problem
    (answers(pain=1), True),         # question 1 unanswered, mild pain
    (answers(p=0), False),           # full participation without problems
    (answers(p=0, pain=2), False),   # the gatekeeper: the rest is redundant
    (answers(p=1, t=0, f=0, pain=0), True),   # scored 8
    (answers(t=0, f=0), False),
])
def test_a_problem_is_reported_whether_or_not_it_can_be_scored(given_answers, expected):
    assert score(given_answers).problem is expected
