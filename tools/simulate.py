"""Play a runner for every golden case and count the questions ``ask`` needs.

``python -m tools.simulate`` (also part of ``python -m tools.bench``). The simulated
runner answers from the case's own observations: present -> yes (ticked), reported absent ->
no, anything else -> "not sure". On a checklist (the broad ones and the follow-up checklist of
a reported site alike) it ticks what is present and, when its story is silent on some item
the checklist would otherwise count as a no, it also ticks "not sure" (so nothing it was not
told becomes a no). The final top cause is compared with what ``check`` gives on the full
case file. Every checklist counts as one question.
"""
from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

from advisor.reasoning.advisor import get_advisor
from advisor.inputs.symptoms import case_from_data
from advisor.reasoning.case import Case
from advisor.interview.questionnaire import AskKind, Questionnaire, checklist_values
from advisor.knowledge.model import QuestionKind

CASES = Path(__file__).resolve().parent.parent / "tests" / "cases"
MEDIAN_TARGET = 7
"""Median questions over the golden cases, the red-flag checklist counting as one."""


def play(advisor, present: set[str], absent: set[str], cap: int = 15, on_ask=None):
    """Run the questionnaire for a runner whose story is ``present`` / ``absent``.
    ``on_ask(ask)`` sees every question put to it."""
    q = Questionnaire(advisor, cap=cap)
    while (ask := q.next_question()) is not None:
        if on_ask:
            on_ask(ask)
        if ask.kind is AskKind.YESNO:
            q.answer(ask.id, {ask.id: True if ask.id in present else False if ask.id in absent else None})
        else:
            silent = any(o.id not in present and o.id not in absent for o in ask.options)
            q.answer(ask.id, checklist_values(ask, {o.id for o in ask.options if o.id in present},
                                              not_sure=ask.unselected_absent and silent))
    return q


def run(cases_dir: Path = CASES) -> list[dict]:
    advisor = get_advisor(None)
    screen = frozenset(o for g in advisor.kb.questions if g.kind is QuestionKind.SCREEN for o in g.options)
    checklists = frozenset(g.id for g in advisor.kb.questions if g.kind is not QuestionKind.SCREEN)
    rows = []
    for folder in sorted(p for p in cases_dir.iterdir() if p.is_dir()):
        story = folder / "input.txt"
        if story.exists():   # a story in the runner's words: what parse reads is what they would answer
            from advisor.inputs.text import document, read
            doc = document(read(advisor.kb, story.read_text(encoding="utf-8")))
        else:
            doc = json.loads((folder / "input.json").read_text(encoding="utf-8"))
        case, _ = case_from_data(doc, advisor.kb, str(folder))
        full = advisor.advise(case)
        q = play(advisor, set(case.present), set(case.absent))
        got = q.result()
        full_top = full.causes[0].id if full.causes else None
        got_top = got.causes[0].id if got.causes else None
        red = bool(full.red_flags)
        # A red flag the screen's items alone show must stop ask there; one that also needs a
        # later answer (heel pain in a runner still growing) stops at the red flag all the same
        on_screen = bool(advisor.advise(Case(case.present & screen)).red_flags)
        rows.append({"case": folder.name, "questions": len(q.asked), "stop": q.stop_reason,
                     "red_flag": red, "on_screen": red and on_screen,
                     # (at the screen: no checklist after it, only what would make the referral
                     # more urgent, asked yes or no)
                     "stopped_at_screen": red and q.stop_reason == "red_flag" and not set(q.asked[1:]) & checklists,
                     # A red-flag case agrees when ask refers too: the referral replaces the causes.
                     "agrees": bool(got.red_flags) if red else (got_top == full_top and not got.red_flags),
                     "top_check": full_top, "top_ask": got_top})
    return rows


def report(cases_dir: Path = CASES) -> bool:
    if not cases_dir.is_dir():
        print("ask simulation: skipped (run from the repository; it needs tests/cases)")
        return True
    rows = run(cases_dir)
    width = max(len(r["case"]) for r in rows)
    print(f"ask simulation over {len(rows)} golden cases (answers from the case; unknown -> not sure):")
    for r in rows:
        mark = "ok " if r["agrees"] else "DIFF"
        print(f"  {mark} {r['case']:<{width}}  {r['questions']:>2} questions  stop={r['stop']:<8} "
              f"check={r['top_check']} ask={r['top_ask']}" + ("  [red flag]" if r["red_flag"] else ""))
    counts = [r["questions"] for r in rows]
    agree = sum(r["agrees"] for r in rows) / len(rows)
    reds = [r for r in rows if r["red_flag"]]
    screenable = [r for r in reds if r["on_screen"]]
    screened = sum(r["stopped_at_screen"] for r in screenable)
    later = [r for r in reds if not r["on_screen"]]
    stopped_later = sum(r["stop"] == "red_flag" for r in later)
    print(f"  questions: median {statistics.median(counts):g}, max {max(counts)} "
          f"(targets: median <= {MEDIAN_TARGET}, max <= 15)")
    # The red-flag cases stop at question 1 and pull the median down: say what the rest need.
    others = [r["questions"] for r in rows if not r["red_flag"]]
    if others:
        print(f"  without the {len(reds)} red-flag cases: median {statistics.median(others):g} "
              f"over {len(others)} cases")
    print(f"  top cause agrees with full-information check: {agree:.0%} (target 100%)")
    print(f"  red-flag cases stopped at the screen: {screened}/{len(screenable)}; needing a later "
          f"answer (not on the screen), stopped at the red flag: {stopped_later}/{len(later)}")
    return (statistics.median(counts) <= MEDIAN_TARGET and max(counts) <= 15 and agree == 1
            and screened == len(screenable) and stopped_later == len(later))


if __name__ == "__main__":
    sys.exit(0 if report() else 1)
