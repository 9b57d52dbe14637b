"""Invariants of scoring, checked on generated cases (hypothesis)."""
from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.inputs.symptoms import case_from_data
from advisor.reasoning.certainty import combine

CF = st.floats(min_value=-1, max_value=1, allow_nan=False)


@st.composite
def reports(draw, kb):
    ids = sorted(kb.observations)
    chosen = draw(st.lists(st.sampled_from(ids), unique=True, max_size=12))
    answers = [(i, draw(st.sampled_from([True, True, False, None]))) for i in chosen]
    return answers


def doc(answers):
    return {"symptoms": [i if v is True else {"id": i, "present": v} for i, v in answers]}


def advise(advisor, answers):
    case, _ = case_from_data(doc(answers), advisor.kb, "test")
    return advisor.advise(case)


@settings(max_examples=200)
@given(data=st.data())
def test_order_of_observations_never_changes_the_result(advisor, data):
    answers = data.draw(reports(advisor.kb))
    shuffled = data.draw(st.permutations(answers))
    first = json.dumps(advise(advisor, answers).to_dict(), sort_keys=True)
    second = json.dumps(advise(advisor, list(shuffled)).to_dict(), sort_keys=True)
    assert first == second


@settings(max_examples=200)
@given(data=st.data())
def test_certainty_stays_in_range_and_ranking_is_sorted(advisor, data):
    result = advise(advisor, data.draw(reports(advisor.kb)))
    values = [c.certainty for c in result.causes]
    assert all(0.0 <= v <= 1.0 for v in values)
    assert values == sorted(values, reverse=True)
    assert all(0.0 <= r.certainty <= 1.0 for r in result.ruled_out)
    ranked = {c.id for c in result.causes}
    assert not ranked & {r.id for r in result.ruled_out}


@settings(max_examples=200)
@given(data=st.data())
def test_red_flag_always_replaces_the_plan(advisor, data):
    result = advise(advisor, data.draw(reports(advisor.kb)))
    if result.red_flags:
        assert result.exercises == () and result.plan_kind == "referral"
    else:
        assert result.plan_kind in ("treatment", "prevention")
    assert result.notice


def _purely_supporting(kb, obs_id: str, cause_id: str) -> bool:
    """True when every path from the observation to the cause uses positive rules and no
    'not' premise: then reporting the observation can only add support."""
    for rule in kb.rules:
        for lit in rule.all + rule.any:
            if lit.id == obs_id and lit.negated:
                return False
    frontier, seen = [obs_id], set()
    while frontier:
        node = frontier.pop()
        for rule in kb.rules:
            if any(l.id == node and not l.negated for l in rule.all + rule.any):
                if rule.weight < 0:
                    return False
                if rule.then not in seen:
                    seen.add(rule.then)
                    frontier.append(rule.then)
    return True


@settings(max_examples=200)
@given(data=st.data())
def test_more_supporting_evidence_never_lowers_a_cause(advisor, data):
    kb = advisor.kb
    answers = [(i, v) for i, v in data.draw(reports(kb)) if v is not None]
    extra = data.draw(st.sampled_from(sorted(set(kb.observations) - {i for i, _ in answers})))
    before, after = advisor.certainties(advisor.engine.run({i for i, v in answers if v}, {i for i, v in answers if not v})), None
    present = {i for i, v in answers if v} | {extra}
    after = advisor.certainties(advisor.engine.run(present, {i for i, v in answers if not v}))
    for cause in kb.causes:
        if _purely_supporting(kb, extra, cause):
            assert after.get("+" + cause, 0) >= before.get("+" + cause, 0) - 1e-12, (extra, cause)


@given(st.lists(CF, max_size=8), st.randoms())
def test_combine_is_order_independent_and_bounded(values, rnd):
    shuffled = list(values)
    rnd.shuffle(shuffled)
    a, b = combine(values), combine(shuffled)
    assert abs(a - b) < 1e-9
    assert -1.0 <= a <= 1.0


@given(st.lists(CF, max_size=6), st.floats(min_value=0, max_value=1))
def test_combine_is_monotone_in_added_support(values, extra):
    assert combine(values + [extra]) >= combine(values) - 1e-12
