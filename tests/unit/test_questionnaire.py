"""The questionnaire's rules: follow-ups before settling (one checklist per reported site),
near ties and plans kept open, what an unticked item means, and how questions read (no I/O
here; see test_ask for screens)."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.interview.questionnaire import (FOLLOW_UP_PREFIX, NEAR_TIE, AskKind, Questionnaire,
                                             StopReason, checklist_values)
from advisor.reasoning.case import Case
from advisor.reasoning.certainty import LIKELY
from advisor.reasoning.plan import choose_exercises
from advisor.reasoning.result import PLAN_FOR_TOP, advised
from tools.simulate import play

# The runner of the issue: knee pain around the kneecap on long runs and downhills, the knee
# dips inward. (No observation says "pain on long runs": quads_tire_long_runs is about the
# thighs tiring, which she did not report, so it stays out of her story.)
KNEE_STORY = {"knee_pain", "pain_around_kneecap", "downhill_knee_pain", "knee_caves_in"}


def asked_in(advisor, present, absent=(), cap=15):
    seen = []
    q = play(advisor, set(present), set(absent), cap=cap, on_ask=seen.append)
    return q, seen


def test_knee_story_asks_the_kneecap_and_downhill_questions(advisor):
    q, seen = asked_in(advisor, KNEE_STORY)
    # one knee checklist, right after the broad ones and before any yes/no question
    knee = [a for a in seen if a.kind is AskKind.FOLLOW_UP]
    assert [(a.id, a.follows) for a in knee] == [(FOLLOW_UP_PREFIX + "knee_pain", "knee_pain")]
    assert {o.id for o in knee[0].options} >= {"pain_around_kneecap", "downhill_knee_pain"}
    first_yesno = next((n for n, a in enumerate(seen) if a.kind is AskKind.YESNO), len(seen))
    assert seen.index(knee[0]) < first_yesno
    assert q.answers["pain_around_kneecap"] is True and q.answers["downhill_knee_pain"] is True
    # and the answer is the one check gives on her whole story, with the near-tied cause kept
    full = advisor.advise(Case(frozenset(KNEE_STORY), frozenset(), ""))
    got = q.result()
    assert [c.id for c in got.causes[:2]] == [c.id for c in full.causes[:2]]
    # (her red-flag screen answered "not sure" leaves its signs open: the plan waits for them, as
    # a team report's does; answered no, it is check's)
    assert got.unsure_red_flags and got.exercises == ()
    q, _ = asked_in(advisor, KNEE_STORY, absent=advisor.flags_inputs() - KNEE_STORY)
    assert {e.id for e in q.result().exercises} == {e.id for e in full.exercises}


def sites(kb):
    return [o for o in next(g for g in kb.questions if g.id == "where_it_hurts").options]


def is_self_test(obs):
    return obs.category.value == "self_test" or bool(obs.self_test)


def follow_ups_of(kb, site):
    """From the data: what the site's checklist must cover (self-tests keep their own question)."""
    return {o.id for o in kb.observations.values()
            if site in o.ask_only_if and site not in o.never_if and not is_self_test(o)}


def test_every_follow_up_of_every_reported_site_is_asked_before_settling(advisor, kb):
    checked = 0
    for site in sites(kb):
        q, seen = asked_in(advisor, {site}, cap=60)  # no cap in the way
        assert q.stop_reason is StopReason.SETTLED, site
        asked = {a.id for a in seen} | {o.id for a in seen for o in a.options}
        assert follow_ups_of(kb, site) <= asked, site
        checklists = [a for a in seen if a.kind is AskKind.FOLLOW_UP]
        assert len(checklists) <= 1 and all(a.follows == site for a in checklists), site  # one per site
        if len(follow_ups_of(kb, site)) > 1:
            assert {o.id for o in checklists[0].options} == follow_ups_of(kb, site), site
        checked += bool(follow_ups_of(kb, site))
    assert checked >= len(sites(kb)) - 1  # every site but outer knee pain has a follow-up in the data


def test_the_site_checklist_leaves_out_self_tests_and_what_is_answered(advisor, kb):
    q = Questionnaire(advisor)
    broad = [g.id for g in kb.questions]
    q.restore([("knee_pain", True), ("downhill_knee_pain", False)], broad)
    ask = q.next_question()
    assert ask.kind is AskKind.FOLLOW_UP and ask.id == FOLLOW_UP_PREFIX + "knee_pain"
    assert {o.id for o in ask.options} == follow_ups_of(kb, "knee_pain") - {"downhill_knee_pain"}
    assert not [o for o in ask.options if is_self_test(kb.observations[o.id])]
    assert "unticked counts as a no" in ask.text.lower()  # said on screen
    assert "pain in or around the knee" in ask.text.lower()  # about the runner's own complaint


def test_not_sure_on_a_site_checklist_records_not_sure_not_no(advisor, kb):
    q = Questionnaire(advisor)
    q.restore([("knee_pain", True)], [g.id for g in kb.questions])
    ask = q.next_question()
    first = ask.options[0].id
    plain = checklist_values(ask, {first}, not_sure=False)
    unsure = checklist_values(ask, {first}, not_sure=True)
    assert plain == {o.id: o.id == first for o in ask.options}  # unticked: a no
    assert unsure == {o.id: True if o.id == first else None for o in ask.options}  # asked, no evidence
    q.answer(ask.id, unsure)
    later = q.next_question()
    assert later is None or later.id not in {o.id for o in ask.options}  # not asked again one by one


def test_back_from_a_site_checklist_keeps_its_ticks(advisor, kb):
    q = Questionnaire(advisor)
    q.restore([("knee_pain", True)], [g.id for g in kb.questions])
    ask = q.next_question()
    q.answer(ask.id, checklist_values(ask, {"pain_around_kneecap"}, not_sure=False))
    assert q.back()
    again = q.next_question()
    assert again.id == ask.id and {o for o, v in again.previous if v is True} == {"pain_around_kneecap"}


def test_two_sites_each_get_their_follow_ups(advisor):
    _, seen = asked_in(advisor, {"knee_pain", "achilles_pain"}, cap=60)
    by_site = {a.follows for a in seen if a.follows}
    assert by_site >= {"knee_pain", "achilles_pain"}


def test_follow_ups_are_not_asked_without_their_site(advisor, kb):
    _, seen = asked_in(advisor, {"low_back_pain"}, cap=60)
    for a in seen:
        ids = [o.id for o in a.options] if a.kind is AskKind.FOLLOW_UP else [a.id]
        for ident in ids:
            obs = kb.observations.get(ident)
            if obs and obs.ask_only_if:
                assert "low_back_pain" in obs.ask_only_if, ident
    assert "pain_around_kneecap" not in {a.id for a in seen} | {o.id for a in seen for o in a.options}


def _certainties(advisor, present, absent):
    # Every cause's certainty, not only the causes the result lists (at most five): a cause in
    # play may rank sixth after the answer and still be in the plan of the causes in play.
    full = advisor.certainties(advisor.engine.run(frozenset(present), frozenset(absent)))
    # Unrounded, as the result ranks them: rounding would turn 0.6099... against 0.61 into a
    # tie broken by id, which no answer shows.
    return {c: full.get("+" + c, 0.0) for c in advisor.kb.causes}


def _in_play_outcome(advisor, present, absent, in_play):
    """Top cause, certainties and plan, through the causes in play (an answer that brings in a
    cause nothing pointed to is a new complaint), from the engine's certainties: an independent
    reading of the stopping rule, not the questionnaire's own arithmetic."""
    cf = _certainties(advisor, present, absent)
    ranked = sorted((c for c in in_play if cf[c] >= LIKELY), key=lambda c: (-cf[c], c))
    kept = ranked[:PLAN_FOR_TOP]
    return (kept[0] if kept else None), cf, frozenset(choose_exercises(
        advisor.kb, advised(ranked, lambda c: advisor.kb.causes[c].type)))


def assert_nothing_open_when_settled(advisor, q: Questionnaire):
    assert q.stop_reason is StopReason.SETTLED
    assert q.follow_ups() == []
    present = {o for o, v in q.answers.items() if v is True}
    absent = {o for o, v in q.answers.items() if v is False}
    in_play = {c for c, v in _certainties(advisor, present, absent).items() if v > 0}
    top, cf, plan = _in_play_outcome(advisor, present, absent, in_play)
    now = advisor.advise(Case(frozenset(present), frozenset(absent), ""))
    assert top == (now.causes[0].id if now.causes and now.causes[0].certainty >= LIKELY else None)
    near = [c for c in cf if c != top and cf[c] > 0 and cf[top] - cf[c] < NEAR_TIE - 1e-3] if top else []
    for obs in advisor.kb.observations.values():
        if not q._eligible(obs):
            continue
        for answer in (True, False):
            p, a = (present | {obs.id}, absent) if answer else (present, absent | {obs.id})
            top2, cf2, plan2 = _in_play_outcome(advisor, p, a, in_play)
            assert top2 == top, (obs.id, answer, "top cause")
            assert plan2 == plan, (obs.id, answer, "plan")
            for c in near:
                assert cf2.get(top, 0) - cf2.get(c, 0) < NEAR_TIE + 1e-3, (obs.id, answer, "near tie", c)


def test_knee_story_does_not_settle_while_the_near_tie_can_be_separated(advisor):
    q, seen = asked_in(advisor, KNEE_STORY, cap=60)
    final = q.result()
    assert final.causes[0].certainty - final.causes[1].certainty < NEAR_TIE  # the tie is real
    # the old rule (top cause only) stopped here; a test that can separate the tie is asked
    assert "single_leg_squat_knee_in" in {a.id for a in seen}
    assert_nothing_open_when_settled(advisor, q)


@settings(max_examples=25)
@given(data=st.data())
def test_settled_means_no_question_left_that_changes_the_answer(advisor, data):
    kb = advisor.kb
    candidates = sorted(o for o, obs in kb.observations.items() if obs.category.value != "red_flag")
    present = data.draw(st.sets(st.sampled_from(candidates), min_size=1, max_size=4))
    absent = data.draw(st.sets(st.sampled_from(candidates), max_size=3)) - present
    q = play(advisor, present, absent, cap=60)
    if q.stop_reason is StopReason.SETTLED:
        assert_nothing_open_when_settled(advisor, q)
    elif q.stop_reason is StopReason.RED_FLAG:   # ("still growing" with Achilles pain)
        assert advisor.advise(Case(frozenset(present), frozenset(absent))).red_flags
    else:
        assert q.stop_reason is StopReason.NOTHING_REPORTED


def test_every_checklist_that_counts_unticked_as_no_says_so(kb):
    for group in kb.questions:
        text = group.text.lower()
        if group.unselected_absent:
            assert "unticked counts as a no" in text, group.id
        else:
            assert "counts as a no" not in text or "does not count as a no" in text, group.id


def _ask(advisor, group_id):
    q = Questionnaire(advisor)
    group = next(g for g in advisor.kb.questions if g.id == group_id)
    return q._group_ask(group, 1)


@pytest.mark.parametrize("group_id", ["where_it_hurts", "how_it_feels", "what_is_seen", "about_you"])
def test_an_unticked_item_is_a_no_only_when_the_question_said_so(advisor, group_id):
    ask = _ask(advisor, group_id)
    first = ask.options[0].id
    plain = checklist_values(ask, {first}, not_sure=False)
    unsure = checklist_values(ask, {first}, not_sure=True)
    assert plain[first] is True and unsure == {first: True}  # "not sure": nothing becomes a no
    unticked = {o.id for o in ask.options} - {first}
    says_nothing = {o.id for o in ask.options if o.unticked_says_nothing}
    if ask.unselected_absent:
        assert all(plain[o] is False for o in unticked - says_nothing)
        assert not says_nothing & set(plain)   # ("free of aches" unticked is no complaint, test drive 31)
    else:
        assert not unticked & set(plain)


def test_sex_and_growth_left_unticked_stay_unknown_and_the_question_says_so(advisor):
    # test drive 54: "You are female" unticked recorded a man; fc24: "still growing" unticked
    # in a form read a 14-year-old as grown. Both stay open, to be asked on their own.
    ask = _ask(advisor, "about_you")
    plain = checklist_values(ask, set(), not_sure=False)
    assert {"is_female", "still_growing"}.isdisjoint(plain) and plain["sits_all_day"] is False
    assert "except female and still growing" in ask.text


def test_a_runner_who_ticks_nothing_is_not_sent_to_a_physio(advisor):
    # test drive 31: every list left unticked (all a no) read "free of aches and pains" as a no,
    # a complaint: "see a physiotherapist if it is not clearly better"
    q = Questionnaire(advisor)
    while (ask := q.next_question()) is not None:
        if ask.kind is AskKind.YESNO:
            q.answer(ask.id, {ask.id: False})
        else:
            q.answer(ask.id, checklist_values(ask, set(), not_sure=False))
    assert "no_complaints" not in q.answers or q.answers["no_complaints"] is not False
    assert q.result().triage.value == "self_care"


def test_an_item_left_open_on_a_checklist_can_still_be_asked_alone(advisor):
    q = Questionnaire(advisor)
    while (ask := q.next_question()) is not None and ask.kind is not AskKind.YESNO:
        ticked = {o.id for o in ask.options} & {"knee_pain"}
        q.answer(ask.id, checklist_values(ask, ticked, not_sure=ask.id == "where_it_hurts"))
    assert "outer_knee_pain" not in q.answers  # "not sure" left it open, not a no
    assert q.kb.observations["outer_knee_pain"] and q._eligible(q.kb.observations["outer_knee_pain"])


def test_about_you_items_are_in_the_second_person(advisor):
    for option in _ask(advisor, "about_you").options:
        assert option.label.startswith("You "), option


def test_why_is_plain_words_without_certainty_numbers(advisor):
    q = Questionnaire(advisor)
    whys = []
    while (ask := q.next_question()) is not None:
        whys.append(q.why(ask))
        if ask.kind is AskKind.YESNO:
            q.answer(ask.id, {ask.id: None})
        else:
            q.answer(ask.id, checklist_values(ask, {o.id for o in ask.options} & KNEE_STORY, not_sure=False))
    assert len(whys) > 5
    for text in whys:
        assert text and not re.search(r"\d\.\d|certaint", text), text
    assert any("You reported pain in or around the knee" in w for w in whys)


def test_back_offers_the_earlier_answer_again(advisor):
    q = Questionnaire(advisor)
    screen = q.next_question()
    q.answer(screen.id, checklist_values(screen, set(), not_sure=False))
    where = q.next_question()
    q.answer(where.id, checklist_values(where, {"knee_pain", "shin_pain"}, not_sure=False))
    assert q.next_question().id != where.id
    assert q.back()
    again = q.next_question()
    assert again.id == where.id  # back returns to the question just answered ...
    assert {o for o, v in again.previous if v is True} == {"knee_pain", "shin_pain"}  # ... ticks kept
    assert "knee_pain" not in q.answers  # undone until answered again


def test_the_site_checklist_leaves_out_what_never_if_rules_out(advisor, kb, monkeypatch):
    # No follow-up in the pack has a never_if today: give one one, for this test only.
    from advisor import records
    obs = kb.observations["pain_only_after_runs"]
    monkeypatch.setitem(kb.observations, obs.id, records.replace(obs, never_if=("knee_caves_in",)))
    q = Questionnaire(advisor)
    q.restore([("knee_pain", True), ("knee_caves_in", True)], [g.id for g in kb.questions])
    ask = q.next_question()
    assert ask.kind is AskKind.FOLLOW_UP and "pain_only_after_runs" not in {o.id for o in ask.options}
    q = Questionnaire(advisor)
    q.restore([("knee_pain", True)], [g.id for g in kb.questions])
    assert "pain_only_after_runs" in {o.id for o in q.next_question().options}


def test_a_self_test_is_asked_once_per_session(advisor):
    # knee_caves_in and single_leg_squat_knee_in share the single-leg squat: its instructions
    # came twice in one session (test drive 12), then the test itself was asked twice, the
    # runner who said "not sure" to one asked it again (test drive 22)
    kb = advisor.kb
    for first, second in (("knee_caves_in", "single_leg_squat_knee_in"),
                          ("single_leg_squat_knee_in", "knee_caves_in")):
        q = Questionnaire(advisor)
        q.restore([("knee_pain", True)], [g.id for g in kb.questions])
        assert q._eligible(kb.observations[second])
        assert "Single-leg squat" in q._help(kb.observations[first])
        q.asked.append(first)
        q.answers[first] = None
        assert not q._eligible(kb.observations[second])


def test_an_item_left_unticked_in_a_checklist_says_so_when_asked_alone(advisor):
    # fc24: "Does the front of your hip feel tight ...?" after the same item left unticked in a
    # checklist read as the same question asked twice
    from advisor.interview.questionnaire import LEFT_UNTICKED
    kb = advisor.kb
    q = Questionnaire(advisor)
    q.restore([("knee_pain", True), ("knee_caves_in", True), ("quads_tire_long_runs", True)],
              [g.id for g in kb.questions])
    seen = []
    while (ask := q.next_question()) is not None and len(seen) < 20:
        seen.append(ask)
        q.answer(ask.id, {o.id: False for o in ask.options} if ask.options else {ask.id: False})
    singles = [a for a in seen if a.kind is AskKind.YESNO]
    assert singles, [a.id for a in seen]
    for a in singles:
        group = next((g for g in kb.questions if a.id in g.options), None)
        left = group is not None and (not group.unselected_absent or kb.unticked_says_nothing(group, a.id))
        assert a.text.startswith(LEFT_UNTICKED) == left, (a.id, a.text)
    assert any(a.text.startswith(LEFT_UNTICKED) for a in singles)   # front_of_hip_tight here


def test_an_item_asked_again_on_its_own_says_which_two_causes_it_tells_apart(advisor):
    # test drives 48, 50 and 51: six questions in a row about quads and hamstrings for an outer-hip
    # pain, none saying why
    from advisor.interview.questionnaire import LEFT_UNTICKED
    q = Questionnaire(advisor)
    truth = {"outer_hip_pain", "pain_sitting_or_lying_on_side", "outer_hip_bony_point_tender", "is_female"}
    # (after "still growing", left open in "about you": in a growing child, outer-hip pain is a red flag)
    while (ask := q.next_question()) is not None and (ask.options or ask.id == "still_growing"):
        q.answer(ask.id, checklist_values(ask, {o.id for o in ask.options if o.id in truth}, False)
                 if ask.options else {ask.id: False})
    assert ask is not None and ask.text.startswith(LEFT_UNTICKED), ask
    assert "it helps tell overloaded gluteal tendons (outer hip) and weak glutes (hip stabilisers) apart" in ask.text


def test_what_would_make_the_complaint_a_red_flag_is_asked_before_settling(advisor):
    # test drive 56: a parent ticked one item of "about you" (a rise in training), "still growing"
    # stayed open, and a 12-year-old's Achilles pain got heavy calf raises, never asked
    story = {"achilles_pain", "morning_stiffness", "achilles_pain_above_heel", "pain_eases_after_warmup",
             "recent_mileage_increase"}
    q, seen = asked_in(advisor, story | {"still_growing"})
    assert "still_growing" in q.answers and q.stop_reason is StopReason.RED_FLAG
    q, seen = asked_in(advisor, story, {"still_growing"})
    assert q.answers["still_growing"] is False and q.stop_reason is StopReason.SETTLED
    growing = next(a for a in seen if a.id == "still_growing")
    assert growing.kind is AskKind.YESNO and "seeing a clinician" in growing.help
    assert growing.text.startswith("You left this unticked in the list above")


def test_what_would_refer_is_asked_only_where_the_questions_would_ask_it(advisor):
    # test drive 57: a runner who left Achilles pain unticked, with a calf pull, was asked "Is the
    # Achilles pain in the cord itself?" as a question whose yes means a clinician
    q, seen = asked_in(advisor, {"heel_pain", "morning_stiffness", "calf_sudden_pain"}, {"achilles_pain"})
    assert "achilles_pain_above_heel" not in [a.id for a in seen]


def test_a_red_flag_ticked_asks_what_would_make_it_more_urgent_before_the_referral(advisor):
    # test drive 34: under-fuelling ticked on the screen ended ask at "soon"; check said "urgent"
    # for the same runner with shin pain (under-fuelling with bone pain is today)
    q, seen = asked_in(advisor, {"low_energy_intake", "shin_pain"})
    assert q.stop_reason is StopReason.RED_FLAG
    assert [a.id for a in seen[1:]] == ["shin_pain"] and seen[1].kind is AskKind.YESNO
    assert q.result().triage.value == "urgent"
    # without the shin pain, the same one question, then the referral within days
    q, seen = asked_in(advisor, {"low_energy_intake"})
    assert [a.id for a in seen[1:]] == ["shin_pain"] and q.result().triage.value == "soon"
    # an emergency asks nothing more
    q, seen = asked_in(advisor, {"saddle_numbness"})
    assert len(seen) == 1 and q.stop_reason is StopReason.RED_FLAG


def test_a_referral_within_days_asks_the_follow_ups_of_what_was_reported_first(advisor):
    # test drive 42: a growing girl's knee pain was referred at question 5, the kneecap never
    # asked about, so the referral could not say "also fits: runner's knee" as check does
    story = {"knee_pain", "pain_around_kneecap", "still_growing", "is_female"}
    q, seen = asked_in(advisor, story)
    assert q.stop_reason is StopReason.RED_FLAG
    assert (FOLLOW_UP_PREFIX + "knee_pain") in [a.id for a in seen]
    got = q.result()
    assert got.triage.value == "soon" and not got.exercises
    assert "patellofemoral_pain" in [c.id for c in got.conditions]
    # a flag to be seen today asks nothing of the knee: the referral stands alone
    q, seen = asked_in(advisor, {"knee_pain", "pain_around_kneecap", "hot_swollen_joint_fever"})
    assert q.stop_reason is StopReason.RED_FLAG
    assert (FOLLOW_UP_PREFIX + "knee_pain") not in [a.id for a in seen]


def _unsure_on_the_screen(advisor, signs: set[str], ticked: set[str], still_unsure: bool):
    """A session whose red-flag screen answers ``signs`` not sure and ticks ``ticked`` where offered;
    a yes/no question is no, or, for one of ``signs`` when ``still_unsure``, not sure again.
    Returns the questionnaire and the questions asked."""
    q = Questionnaire(advisor)
    asked = []
    while (ask := q.next_question()) is not None:
        asked.append(ask)
        if ask.kind is AskKind.SCREEN:
            values = checklist_values(ask, set(), not_sure=False)
            values.update(dict.fromkeys(signs))
        elif ask.kind is AskKind.YESNO:
            values = {ask.id: None if still_unsure and ask.id in signs else False}
        else:
            values = checklist_values(ask, ticked & {o.id for o in ask.options}, not_sure=False)
        q.answer(ask.id, values)
    return q, asked


def test_a_red_flag_sign_answered_not_sure_is_asked_once_more_on_its_own(advisor):
    # test drive 61: "not sure" to numbness on the red-flag screen, then eight questions that sort
    # the plan, then "the exercise plan waits for that answer" and the session ended
    from advisor.interview.questionnaire import ASKED_AGAIN
    q, asked = _unsure_on_the_screen(advisor, {"numbness_tingling"}, {"knee_pain", "pain_around_kneecap"},
                                     still_unsure=False)
    again = [a for a in asked if a.id == "numbness_tingling"]
    assert len(again) == 1 and again[0].kind is AskKind.YESNO and again[0].text.startswith(ASKED_AGAIN)
    assert q.answers["numbness_tingling"] is False and q.result().exercises   # answered no: the plan follows


@pytest.mark.parametrize("unsure, asked_again", [(4, 3), (2, 2)])
def test_up_to_three_of_a_few_signs_answered_not_sure_are_asked_again(advisor, unsure, asked_again):
    # test drive 65: four red-flag signs answered "not sure" on the screen were none asked again
    # (only three or fewer were); a runner who stays not sure is asked three at most
    from advisor.interview.questionnaire import ASKED_AGAIN
    signs = ["pain_at_night", "pinpoint_bone_pain", "pain_on_hopping", "low_energy_intake"][:unsure]
    _, asked = _unsure_on_the_screen(advisor, set(signs), {"shin_pain"}, still_unsure=True)
    again = [a.id for a in asked if a.kind is AskKind.YESNO and a.text.startswith(ASKED_AGAIN)]
    assert len(again) == asked_again and set(again) <= set(signs)
