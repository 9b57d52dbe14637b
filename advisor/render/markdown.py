"""Markdown: one case, and the team report (for people: who to act on first, then counts)."""
from __future__ import annotations

from advisor.reasoning.result import Result
from advisor.reasoning.team import AthleteReport, Status, TeamSummary
from .base import TeamWriter
from .common import (
    NOT_READ, REFERRAL_LINE, WORDS_HEADING, all_sources, citation_text, not_read_line, outside_line, step_text, triage_text,
    visible,
    word_line,
)
from .summary import CAUSES_UNDER_A_FLAG, likelihood, summarise
from .team_table import (
    CAUSES_WAIT, COLUMNS, FLAGS_NOT_ASKED_MEANS, NO_ANSWER_HEADING, NO_ANSWER_SHOWN, MAYBE, no_answers_card, answered_words,
    findings_shown, flag_when, flags_asked_card, no_answer_intro, no_answer_note, no_answer_more, not_listed_line, table_line, unsure_card,
)

_MARKUP = frozenset("\\`*{}[]|<>~&")
"""Escaped wherever they are: emphasis, code, links (no "]", no link), tables, HTML, entities."""
_AT_START = frozenset("#+-=>!")
"""Escaped at the start only, where they would open a heading, a list or a quote."""


def md_escape(text: str) -> str:
    """Athlete-supplied text as literal Markdown: no markup, link, HTML or terminal control.
    Only what could be markup where it stands is escaped: "knee_pain (please confirm)" stays as
    it is, "_so_" does not (a coach reading a report piped to a terminal saw "\\+shin\\_pain
    \\(please confirm\\)", test drive 64)."""
    text = visible(text)
    last = len(text) - 1
    return "".join(
        "\\" + ch if ch in _MARKUP or (n == 0 and ch in _AT_START) or (ch == "(" and n and text[n - 1] == "]") or (
            ch == "_" and not (0 < n < last and text[n - 1].isalnum() and text[n + 1].isalnum())) else ch
        for n, ch in enumerate(text))


def render_markdown(result: Result, heading_level: int = 1, details: bool = False) -> str:
    h = "#" * heading_level
    s = summarise(result)
    title = "Stridewise advice" + (f": {md_escape(result.athlete)}" if result.athlete else "")
    out: list[str] = [f"{h} {title}", ""]
    if result.words is not None and result.words.outside:
        out += [f"**{outside_line(result.words.outside)}**", ""]   # before the answer: it does not cover this
    out += [f"**{s.triage}**", ""]
    if s.red_flags:
        out += [f"- **Red flag:** {f}" for f in s.red_flags] + ["", f"**{REFERRAL_LINE}**", ""]
    if s.unsure_flags:
        out += [f"- **{line}**" for line in s.unsure_flags] + [""]
    if result.words is not None:   # what the answer rests on, before what it says
        out += [f"**{WORDS_HEADING}:**", ""] + [f"- {word_line(w, md_escape)}" for w in result.words.read] + [""]
        if result.words.unread:
            line = not_read_line(result.words.unread, md_escape)
            out += [f"**{NOT_READ}:**{line[len(NOT_READ) + 1:]}", ""]
    if s.problem:
        out += [s.problem, ""]
    if s.this_week:
        out += [f"**{s.this_week_heading}**", ""]
        out += [f"- {item}" for item in s.this_week] + [""]
    if s.running:
        out += [f"**{s.running_heading}**", ""] + [f"- {item}" for item in s.running] + [""]
    if s.stop_and_see:
        out += [s.stop_and_see, ""]
    out += [f"> {s.notice}", ""]
    if details:
        out += _details(result, h)
    return "\n".join(out)


def _details(result: Result, h: str) -> list[str]:
    out = [f"{h}# Details", ""]
    for flag in result.red_flags:
        out.append(f"- **{flag.label}** ({flag.triage}). Because: {'; '.join(p.label for p in flag.because)}")
        out += [f"  - Source: {citation_text(c)}" for c in flag.citations]
    if result.red_flags:
        out.append("")
    if result.causes:
        out += [f"{h}## Why these causes", ""] + ([CAUSES_UNDER_A_FLAG + ".", ""] if result.red_flags else [])
        for n, cause in enumerate(result.causes, 1):
            out.append(f"{n}. **{cause.label}**, certainty {cause.certainty:.2f} (0 to 1)")
            if cause.explanation and not result.red_flags:
                out.append(f"   {cause.explanation}")
            for step in cause.chain:
                out.append(f"   - {step_text(step)}")
                out += [f"     - {citation_text(c)}" for c in step.citations]
            out += [f"   - against: {step_text(step)}" for step in cause.against]
        out.append("")
    if result.ruled_out:
        out += [f"{h}## Considered and ruled out", ""]
        out += [f"- {r.label}: {r.reason}" for r in result.ruled_out] + [""]
    if result.exercises:
        out += [f"{h}## The exercises", "", "| Exercise | Dose | For |", "|---|---|---|"]
        out += [f"| {ex.name} | {ex.dose} (dose: {ex.dose_detail.basis_label}) | {', '.join(ex.for_causes) or 'prevention'} |"
                for ex in result.exercises]
        out.append("")
        for ex in result.exercises:
            out.append(f"- **{ex.name}**: {ex.how}" + (f" Progression: {ex.progression}" if ex.progression else ""))
            out += [f"  - Source: {citation_text(c)}" for c in ex.citations]
        out.append("")
    sources = all_sources(result)
    if sources:
        out += [f"{h}## Sources", ""]
        out += [f"- **{c.short}**: {c.reference}" + (f" <{c.url}>" if c.url else "") for c in sources] + [""]
    return out


STATUS_WORDS = {
    Status.REFERRAL: "referred (each one is in the referrals table)",
    Status.PLAN: "with an exercise plan",
    Status.PREVENTION: "for prevention work",
    Status.NO_ANSWERS: "with no answers",
}


def not_shown_line(summary: TeamSummary) -> str:
    """What a human report says about the athletes it counts instead of showing (shared with HTML)."""
    left = summary.not_shown_by_status()
    parts = [f"{left[s]} {STATUS_WORDS[s]}" for s in Status if s in left]
    return (f"The {len(summary.most_urgent)} most urgent of {summary.athletes} athletes are shown in full. "
            f"The other {summary.not_shown} ({'; '.join(parts)}) are counted, not listed: every athlete is "
            f"in the CSV or JSON report (stridewise screen ROSTER --format csv).")


def patterns_basis(summary: TeamSummary) -> str:
    """What the team patterns count, said when some athletes are left out of them (shared with text
    and HTML): the referred (their likely causes wait for the clinician) and the blank rows."""
    n = summary.patterns.athletes
    if n == summary.athletes:
        return ""
    who = f"Of the {n} athletes who answered" if n != 1 else "Of the 1 athlete who answered"
    if not summary.referrals:
        return who + "."
    return who + (" and were" if n != 1 else " and was") + \
        " not referred: a referred athlete's likely causes wait for the clinician."


def problems_heading(summary: TeamSummary) -> str:
    """The heading of the rows listed after the athletes, counted as the totals line counts
    them (test drive 24: "Rows with problems (8)" under "0 roster rows with problems; 8 notes")."""
    bad = sum(1 for p in summary.problems if not p.info)
    notes = len(summary.problems) - bad
    heading = " and ".join(([f"roster rows with problems ({bad})"] if bad else [])
                           + ([f"notes to confirm ({notes})"] if notes else []))
    return heading[:1].upper() + heading[1:]


def totals_line(summary: TeamSummary) -> str:
    """The counts under the title (shared with HTML and text)."""
    bad = sum(1 for p in summary.problems if not p.info)
    notes = len(summary.problems) - bad  # information for the coach (words read, a response replaced)
    answered = answered_words(summary)
    line = (f"{summary.athletes} {'athlete' if summary.athletes == 1 else 'athletes'} screened; " + (f"{answered}; " if answered else "")
            + f"{len(summary.referrals)} referred to a clinician; "
            f"{bad} roster {'row' if bad == 1 else 'rows'} with problems")
    line += f"; {notes} {'note' if notes == 1 else 'notes'} to confirm." if notes else "."
    if summary.flags_not_asked:
        n = summary.flags_not_asked
        line += f" {n} {'athlete reports' if n == 1 else 'athletes report'} a problem with the red flags not asked."
    if summary.flags_partly_asked:
        n = summary.flags_partly_asked
        line += (f" {n} {'athlete reports' if n == 1 else 'athletes report'} a problem with the red flags only partly "
                 "asked: ask the rest before starting a plan.")
    if summary.flags_unsure:
        n = summary.flags_unsure
        line += (f" {n} {'athlete' if n == 1 else 'athletes'} answered a red-flag question 'not sure': "
                 "ask again (the red-flag column says what it would be).")
    silent = sum(1 for a in summary.no_answer or () if a.last_triage)
    if silent:
        # (test drive 35: one urgent last week and silent now was listed only under the table)
        line += (f" {silent} {'athlete' if silent == 1 else 'athletes'} had a red flag last week and sent nothing "
                 f"this week: call them ('{NO_ANSWER_HEADING}', below).")
    return line


def _table(summary: TeamSummary) -> list[str]:
    out = ["| # | " + " | ".join(COLUMNS) + " |", "|---" * (len(COLUMNS) + 1) + "|"]
    for n, row in enumerate(summary.most_urgent, 1):
        line = table_line(row)
        who = md_escape(line.athlete) + (f" ({md_escape(line.group)})" if line.group else "")
        cells = [f"**{c}**" if i == 0 and line.triage_class else c for i, c in enumerate(line.cells)]
        out.append(f"| {n} | {who} | " + " | ".join(cells) + " |")
    return out


def _athlete_card(row: AthleteReport) -> list[str]:
    o = row.outcome
    group = f" ({md_escape(row.group)})" if row.group else ""
    out = [f"### {md_escape(row.athlete)}{group}"]
    if not row.answered:
        out.append(f"- {no_answers_card(row)}")
    label, advice = flags_asked_card(row)
    if label:
        out.append(f"- **{label}:** {advice}")
    if o.red_flags:
        out.append("- **Referral:** " + "; ".join(f"{f.label} ({flag_when(row, f)})" for f in o.red_flags)
                   + f". No exercise plan until seen. {CAUSES_WAIT}")
    out += [f"- **{line}**" for line in unsure_card(row)]
    conditions, causes = findings_shown(row)
    if conditions:
        out.append("- Points to: " + ", ".join(c.label for c in conditions))
    if causes:
        # each cause with its own word (a test drive found "Likely: Tight calves 0.35")
        out.append("- Causes: " + ", ".join(f"{c.label} ({likelihood(c)}, {c.certainty:.2f})" for c in causes[:3]))
        out.append(f"- Chain: {causes[0].chain.line}")
    elif not o.red_flags and row.answered:
        out.append("- No likely cause found: prevention work.")
    if row.severity is not None:
        out.append(f"- OSTRC severity this week: {row.severity} of 100" + (", a substantial problem" if row.substantial else ""))
    if row.change is not None:
        out.append(f"- Since last week: {row.change.text}")
    if o.plan:
        out.append("- Plan: " + "; ".join(f"{e.name} ({e.dose})" for e in o.plan))
    out.append("")
    return out


class MarkdownTeamWriter(TeamWriter):
    """Who to act on (one line per athlete), the team plan, team patterns, then the referrals
    and the most urgent athletes in full."""

    def end(self, summary: TeamSummary) -> None:
        head = self.head
        out = [f"# {head.title}", "", f"> {head.notice}", "", totals_line(summary), ""]
        out += ["## Who to act on", ""]
        if summary.most_urgent:
            out += _table(summary) + [""]
        else:
            out += ["No athlete was screened.", ""]
        if summary.no_answer:
            out += [f"**{NO_ANSWER_HEADING}:** {no_answer_intro(summary)}", ""]
            out += [f"- {md_escape(a.athlete)}" + (f" ({md_escape(a.group)})" if a.group else "")
                    + (f": **{no_answer_note(a)}**" if a.last_triage else "")
                    + (f" ({MAYBE.format(md_escape(a.maybe))})" if a.maybe else "")
                    for a in summary.no_answer[:NO_ANSWER_SHOWN]]
            more = no_answer_more(summary)
            out += ["", more, ""] if more else [""]
        if summary.not_shown:
            out += [not_listed_line(summary), ""]
        if summary.flags_not_asked:
            out += [f"_{FLAGS_NOT_ASKED_MEANS}_", ""]
        out += ["## Team plan", "",
                "The fewest exercises that cover every athlete's top causes (athletes with a red flag excluded).", ""]
        if summary.team_plan:
            out += ["| Exercise | Dose | Covers | Athletes | For |", "|---|---|---|---|---|"]
            for p in summary.team_plan:
                names = ", ".join(md_escape(n) for n in p.names) + (" and more" if p.names_truncated else "")
                out.append(f"| {p.name} | {p.dose} | {', '.join(c.label for c in p.covers)} | {p.athletes} | {names} |")
        else:
            out.append("No team plan needed.")
        out += ["", "## Team patterns", ""]
        patterns, basis = summary.patterns, patterns_basis(summary)
        if patterns.rows and basis:
            out += [basis, ""]
        if patterns.rows:
            out += ["| Weak/tight muscle or form fault | Athletes | "
                    + " | ".join(md_escape(g) for g in patterns.groups) + " |",
                    "|---|---|" + "---|" * len(patterns.groups)]
            for r in patterns.rows:
                out.append(f"| {r.cause.label} | {r.athletes} | {' | '.join(str(n) for n in r.per_group)} |")
        else:
            out.append("No likely causes across the team.")
        out += ["", "## Referrals", ""]
        if summary.referrals:
            out += ["| Athlete | Group | Red flag | Who to see | How soon |", "|---|---|---|---|---|"]
            for ref in summary.referrals:
                for f in ref.red_flags:
                    out.append(f"| {md_escape(ref.athlete)} | {md_escape(ref.group)} | {f.label} | {f.see} | "
                               f"{triage_text(f.triage)} |")
        else:
            out.append("No athlete has a red flag.")
        out += ["", "## Athletes (most urgent first)", ""]
        if summary.not_shown:
            out += [not_shown_line(summary), ""]
        for row in summary.most_urgent:
            out += _athlete_card(row)
        if summary.problems:
            out += [f"## {problems_heading(summary)}", ""]
            out += [f"- line {p.line}" + (f" ({md_escape(p.athlete)})" if p.athlete else "") + f": {md_escape(p.reason)}"
                    for p in summary.problems]
            out.append("")
        out += [f"_{head.notice}_", ""]
        self.out.write("\n".join(out))
