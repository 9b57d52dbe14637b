"""A Google or Microsoft Forms export read as a roster: the plan ``advisor.inputs.forms``
builds from its header, its rows, and each athlete's latest response.

Columns the form does not ask (timestamp, e-mail ...) are ignored and named once on stderr.
With a timestamp column (Google 'Timestamp', Microsoft 'Completion time') an athlete's latest
response is screened and the earlier ones are named as replaced."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Iterator

from advisor.errors import InputError
from advisor.inputs.roster.rows import Entry, Fields, KeptRedFlag, Replaced, RowNote, RowProblem, notice
from advisor.knowledge.model import KnowledgeBase, ObservationCategory
from advisor.reasoning.history import athlete_key

if TYPE_CHECKING:
    from advisor.inputs.forms import FormPlan

MAX_FORM_RESPONSES = 200_000
"""Rows of a form export with a timestamp held at once to find each athlete's latest response
(a weekly check-in has tens; a few hundred bytes each)."""


def form_plan(kb: KnowledgeBase, shown: str, header: list[str], header_line: int) -> FormPlan | None:
    """The form-export plan for this header, or None when it is no form export. Columns
    the form does not ask are ignored, and named once on stderr."""
    # Imported here: advisor.inputs.forms imports the row types of this package.
    from advisor.inputs.forms import NAME_QUESTION, FormPlan
    plan = FormPlan.from_header(kb, header)
    if plan is None:
        return None
    if plan.name_col < 0:
        raise InputError(shown, f"line {header_line}", f"a form export without a name column: ask "
                         f"'{NAME_QUESTION}' (see 'stridewise form'), or add a 'Name' or 'Email' column")
    said = [f"'{h}' read as {q}" for h, q in plan.fuzzy]
    if plan.time_col is not None:
        said.append(f"'{header[plan.time_col].strip()}' read as the response time (an athlete's latest "
                    "response counts)")
    if plan.ignored:
        said.append("ignored columns: " + ", ".join(f"'{h}'" for h in plan.ignored))
    if said:
        notice(shown, header_line, "form export; " + "; ".join(said))
    return plan


def form_rows(plan: FormPlan, items: Iterator[Fields], width: int, partial: dict[int, list[str]],
              shown: str) -> Iterator[Entry | RowProblem]:
    """The export's rows after its header; with a response time, each athlete's latest."""
    rows = _rows(plan, items, width, partial)
    return _latest_wins(plan, rows, shown) if plan.time_col is not None else rows


def _rows(plan: FormPlan, items: Iterator[Fields], width: int,
          partial: dict[int, list[str]]) -> Iterator[Entry | RowProblem]:
    for line, row, why in items:
        if row is None:
            yield RowProblem(line, plan.name(partial.pop(line, [])), why)
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != width:
            yield RowProblem(line, plan.name(row), f"has {len(row)} fields; the header has {width}")
            continue
        yield from plan.rows(line, row)


def _latest_wins(plan: FormPlan, rows: Iterator[Entry | RowProblem], shown: str) -> Iterator[Entry | RowProblem]:
    """A form export's rows, each athlete's latest response screened: by the response time
    when all of that athlete's times can be read, else the later row (forms export in the
    order sent). The others are named as replaced, with the winning line; their notes go
    with them. The rows are held to look ahead (at most ``MAX_FORM_RESPONSES``)."""
    held: list[Entry | RowProblem] = []
    for item in rows:
        held.append(item)
        if len(held) > MAX_FORM_RESPONSES:
            raise InputError(shown, f"line {item.line}", f"a form export of more than "
                             f"{MAX_FORM_RESPONSES:,} rows: clear old responses each week")
    lines: dict[str, list[int]] = {}
    for item in held:
        if type(item) is Entry:
            # (one athlete whatever the case and spaces: a phone's "ruth adams " is "Ruth Adams",
            # as the weekly history has it; test drive 22 screened her twice)
            lines.setdefault(athlete_key(item.athlete), []).append(item.line)
    winner: dict[int, int] = {}  # replaced line -> the line that replaces it
    for found in lines.values():
        if len(found) > 1:
            times = [plan.times.get(n) for n in found]
            best = (max(zip(times, found))[1] if all(t is not None for t in times) else max(found))
            winner.update({n: best for n in found if n != best})
    # A red flag ticked in a replaced response stays: a later response that leaves its box
    # unticked does not clear it (test drive 20: a faint ticked at 6 pm, a response with nothing
    # ticked at 8 pm, and the coach saw "no problem reported"). An unticked box is not told
    # apart from a "no" here, so a recovery is confirmed by the coach, not assumed.
    flags = {o for o, obs in plan.kb.observations.items() if obs.category is ObservationCategory.RED_FLAG}
    kept: dict[int, set[str]] = {}
    for item in held:
        if type(item) is Entry and item.line in winner:
            kept.setdefault(winner[item.line], set()).update(item.present & flags)
    for item in held:
        if item.line not in winner:
            carried = kept.get(item.line, set()) - item.present if type(item) is Entry else set()
            yield replace(item, present=item.present | carried, absent=item.absent - carried,
                          unsure=item.unsure - carried, kept=frozenset(carried)) if carried else item
            if carried:
                yield KeptRedFlag(item.line, item.athlete, "kept a red flag ticked in the athlete's earlier response, "
                              "which this one left unticked: " + "; ".join(plan.kb.observations[o].text
                                                                           for o in sorted(carried)))
        elif type(item) is Entry:
            flagged = sorted(item.present & flags)
            yield Replaced(item.line, item.athlete, f"replaced by the same athlete's later response "
                                                    f"on line {winner[item.line]}"
                           + (f" (its red flag kept: {', '.join(flagged)})" if flagged else ""))
        elif not isinstance(item, RowNote):  # a replaced row's notes go with it
            yield item
