"""OSTRC-O2 scoring (advisor.inputs.ostrc) against worked examples.

Each question is scored 0, 8, 17 or 25 by its option (first option: no problem), and the
severity is their sum, 0-100 (Clarsen et al. 2020; the sum and range confirmed, the per-option
scores from the brief). A substantial problem is the 2013 definition (Clarsen et al. BJSM
2013;47:495, abstract): "moderate or severe reductions in sports performance or participation,
or time loss", i.e. question 1's last option (could not participate: time loss), or the
third or fourth option (moderate, major) of question 2 (training) or 3 (performance).
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advisor.inputs.ostrc import OPTIONS, SCORES, OstrcQuestion as Q, option_index, score, severity, substantial


def answers(p, t, f, pain):
    return {Q.PARTICIPATION: p, Q.TRAINING: t, Q.PERFORMANCE: f, Q.PAIN: pain}


@pytest.mark.parametrize("given_answers, expected_severity, expected_substantial", [
    # No problem at all: every first option, 0 + 0 + 0 + 0 = 0; nothing reduced: not substantial.
    (answers(0, 0, 0, 0), 0, False),
    # Trains fully with a niggle and mild pain, nothing modified: 8 + 0 + 0 + 8 = 16;
    # no moderate reduction, no time loss: not substantial.
    (answers(1, 0, 0, 1), 16, False),
    # Reduced participation, training modified to a minor extent, performance affected to a
    # moderate extent, moderate pain: 17 + 8 + 17 + 17 = 59; a moderate reduction in
    # performance (question 3, third option): substantial.
    (answers(2, 1, 2, 2), 59, True),
    # Reduced participation, training modified to a moderate extent, performance to a minor
    # extent, mild pain: 17 + 17 + 8 + 8 = 50; moderate training reduction: substantial.
    (answers(2, 2, 1, 1), 50, True),
    # Could not participate, every other answer at its worst: 25 * 4 = 100; time loss: substantial.
    (answers(3, 3, 3, 3), 100, True),
    # Reduced participation with minor reductions only and severe pain: 17 + 8 + 8 + 25 = 58;
    # pain alone is not in the definition: not substantial.
    (answers(2, 1, 1, 3), 58, False),
])
def test_worked_examples(given_answers, expected_severity, expected_substantial):
    result = score(given_answers)
    assert result.severity == expected_severity
    assert result.substantial is expected_substantial
    assert result.missing == ()


def test_nothing_is_imputed_when_a_question_is_unanswered():
    # The paper's skip logic could not be confirmed: no answer is filled in for the athlete.
    partial = {Q.PARTICIPATION: 3, Q.PAIN: 3}
    result = score(partial)
    assert result.severity is None
    assert result.missing == (Q.TRAINING, Q.PERFORMANCE)
    assert result.substantial is True  # could not participate: time loss, whatever the rest says


def test_substantial_is_unknown_when_the_answers_cannot_tell():
    assert substantial({Q.PARTICIPATION: 1, Q.PAIN: 0}) is None
    assert substantial({Q.TRAINING: 2}) is True


@given(st.lists(st.integers(0, 3), min_size=4, max_size=4))
def test_severity_is_the_sum_and_stays_in_range(picks):
    given_answers = answers(*picks)
    value = severity(given_answers)
    assert value == sum(SCORES[i] for i in picks)
    assert 0 <= value <= 100


@pytest.mark.parametrize("bad", [-1, 4, True, "2"])
def test_an_answer_out_of_range_is_refused(bad):
    with pytest.raises(ValueError):
        score({Q.PARTICIPATION: bad})


def test_option_texts_and_scores_read_back():
    for q in Q:
        assert len(OPTIONS[q]) == len(SCORES)
        for n, text in enumerate(OPTIONS[q]):
            assert option_index(q, f"  {text.upper()} ") == n
            assert option_index(q, str(SCORES[n])) == n
    assert option_index(Q.PAIN, "a bit") is None
    assert option_index(Q.PAIN, "12") is None
