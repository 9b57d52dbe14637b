"""Team report writers for ``stridewise screen``: markdown, html, json, csv.

JSON and CSV stream: one athlete is written as soon as it is screened (roster order), and
the team sections follow at the end, so memory stays flat however long the roster.
Markdown and HTML are for people: they sort athletes by urgency, then certainty, in memory.
"""
from __future__ import annotations

import csv
import json
from abc import ABC, abstractmethod
from typing import TextIO

from advisor.knowledge.model import KnowledgeBase, Triage
from advisor.inputs.roster import RowProblem
from advisor.screening.screener import AthleteRow, TeamSummary
from .common import TRIAGE_WORDS
from .markdown import md_escape

TEAM_SCHEMA_VERSION = "1.0"
STATUS = {"referral": "referral", "treatment": "plan", "prevention": "prevention"}


def _triage_text(triage: str) -> str:
    return TRIAGE_WORDS.get(triage, triage)


def _row_dict(row: AthleteRow, kb: KnowledgeBase) -> dict:
    r = row.result
    return {
        "line": row.line, "athlete": row.athlete, "group": row.group, "status": STATUS[r.plan_kind],
        "triage": r.red_flags and min((f.triage for f in r.red_flags), key=lambda t: list(Triage).index(Triage(t))) or "",
        "red_flags": [{"id": f.id, "label": f.label, "triage": f.triage, "see": f.see, "action": f.action}
                      for f in r.red_flags],
        "causes": [{"id": c.id, "label": c.label, "type": c.kind, "certainty": c.certainty, "chain": c.chain}
                   for c in r.causes],
        "plan": list(r.plan),
    }


def _plan_dicts(summary: TeamSummary) -> list[dict]:
    kb = summary.kb
    out = []
    for ex_id, covers, athletes, names in summary.team_plan():
        ex = kb.exercises[ex_id]
        out.append({"exercise": ex_id, "name": ex.name, "dose": ex.dose.summary(), "how": ex.how,
                    "covers": covers, "athletes": athletes, "for": names,
                    "for_truncated": athletes > len(names)})
    return out


class TeamWriter(ABC):
    """Interface: ``begin()``, ``row(AthleteRow)``, ``problem(RowProblem)``, ``end(summary)``."""

    def __init__(self, out: TextIO, kb: KnowledgeBase, title: str = "Team screening report"):
        self.out = out
        self.kb = kb
        self.title = title
        self.problems: list[RowProblem] = []

    def begin(self) -> None:
        pass

    @abstractmethod
    def row(self, row: AthleteRow) -> None:
        """Take one screened athlete."""

    def problem(self, problem: RowProblem) -> None:
        self.problems.append(problem)

    @abstractmethod
    def end(self, summary: TeamSummary) -> None:
        """Write the team sections and finish."""


class JsonTeamWriter(TeamWriter):
    def begin(self) -> None:
        head = {"schema_version": TEAM_SCHEMA_VERSION, "kind": "team_report", "notice": self.kb.notice}
        self.out.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "athletes": [\n')
        self.first = True

    def row(self, row: AthleteRow) -> None:
        self.out.write(("" if self.first else ",\n") + json.dumps(_row_dict(row, self.kb), ensure_ascii=False))
        self.first = False

    def end(self, summary: TeamSummary) -> None:
        tail = {
            "referrals": [{"athlete": a, "group": g, "line": line,
                           "red_flags": [{"id": f.id, "label": f.label, "triage": f.triage, "see": f.see,
                                          "action": f.action} for f in flags]}
                          for a, g, line, flags in sorted(summary.referrals, key=_referral_key)],
            "patterns": {"overall": dict(summary.patterns()),
                         "by_group": {g: dict(summary.patterns(c)) for g, c in sorted(summary.pattern_by_group.items())}},
            "team_plan": _plan_dicts(summary),
            "problems": [{"line": p.line, "athlete": p.athlete, "reason": p.reason} for p in self.problems],
            "totals": {"athletes": summary.athletes, "referrals": len(summary.referrals),
                       "problems": len(self.problems), **{k: v for k, v in sorted(summary.plan_kinds.items())}},
        }
        self.out.write("\n]" + (", " + json.dumps(tail, ensure_ascii=False)[1:]) + "\n")


def _csv_safe(text: str) -> str:
    """Stop spreadsheet formula injection from athlete-supplied text."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class CsvTeamWriter(TeamWriter):
    FIELDS = ["athlete", "group", "line", "status", "triage", "red_flags", "top_cause", "certainty",
              "causes", "chain", "plan", "problem"]

    def begin(self) -> None:
        self.writer = csv.writer(self.out, lineterminator="\n")
        self.writer.writerow(self.FIELDS)

    def row(self, row: AthleteRow) -> None:
        d = _row_dict(row, self.kb)
        top = d["causes"][0] if d["causes"] else None
        self.writer.writerow([
            _csv_safe(row.athlete), _csv_safe(row.group), row.line, d["status"], d["triage"],
            ";".join(f["id"] for f in d["red_flags"]), top["id"] if top else "",
            f"{top['certainty']:.2f}" if top else "", ";".join(c["id"] for c in d["causes"]),
            top["chain"] if top else "", ";".join(d["plan"]), ""])

    def problem(self, problem: RowProblem) -> None:
        super().problem(problem)
        self.writer.writerow([_csv_safe(problem.athlete), "", problem.line, "not_screened", "", "", "", "", "", "",
                              "", problem.reason])

    def end(self, summary: TeamSummary) -> None:
        pass


def _referral_key(ref):
    athlete, group, line, flags = ref
    return (min(list(Triage).index(Triage(f.triage)) for f in flags), athlete.lower())


class CollectingWriter(TeamWriter):
    """Markdown and HTML: keep the rows, sort by urgency and certainty at the end."""

    def begin(self) -> None:
        self.rows: list[AthleteRow] = []

    def row(self, row: AthleteRow) -> None:
        self.rows.append(row)


class MarkdownTeamWriter(CollectingWriter):
    def end(self, summary: TeamSummary) -> None:
        kb = self.kb
        out = [f"# {self.title}", "", f"> {kb.notice}", "",
               f"{summary.athletes} athletes screened; {len(summary.referrals)} referred to a clinician; "
               f"{len(self.problems)} roster rows with problems.", ""]
        out += ["## Referrals first", ""]
        if summary.referrals:
            out += ["| Athlete | Group | Red flag | Who to see | How soon |", "|---|---|---|---|---|"]
            for athlete, group, line, flags in sorted(summary.referrals, key=_referral_key):
                for f in flags:
                    out.append(f"| {md_escape(athlete)} | {md_escape(group)} | {f.label} | {f.see} | "
                               f"{_triage_text(f.triage)} |")
        else:
            out.append("No athlete has a red flag.")
        out += ["", "## Athletes (most urgent first)", ""]
        for row in sorted(self.rows, key=lambda r: r.sort_key):
            r = row.result
            group = f" ({md_escape(row.group)})" if row.group else ""
            out.append(f"### {md_escape(row.athlete)}{group}")
            if r.red_flags:
                out.append("- **Referral:** " + "; ".join(f"{f.label} ({_triage_text(f.triage)})" for f in r.red_flags)
                           + ". No exercise plan until seen.")
            if r.causes:
                out.append("- Likely: " + ", ".join(f"{c.label} {c.certainty:.2f}" for c in r.causes[:3]))
                out.append(f"- Chain: {r.causes[0].chain}")
            elif not r.red_flags:
                out.append("- No likely cause found: prevention work.")
            if r.plan:
                out.append("- Plan: " + "; ".join(f"{kb.exercises[e].name} ({kb.exercises[e].dose.summary()})"
                                                  for e in r.plan))
            out.append("")
        out += ["## Team patterns", ""]
        if summary.pattern:
            groups = sorted(summary.pattern_by_group)
            out += ["| Weak/tight muscle or form fault | Athletes | " + " | ".join(md_escape(g) for g in groups) + " |",
                    "|---|---|" + "---|" * len(groups)]
            for cause, n in summary.patterns():
                per = " | ".join(str(summary.pattern_by_group[g].get(cause, 0)) for g in groups)
                out.append(f"| {kb.causes[cause].text} | {n} | {per} |")
        else:
            out.append("No likely causes across the team.")
        out += ["", "## Team plan", "",
                "The fewest exercises that cover every athlete's top causes (athletes with a red flag excluded).", ""]
        plan = _plan_dicts(summary)
        if plan:
            out += ["| Exercise | Dose | Covers | Athletes | For |", "|---|---|---|---|---|"]
            for p in plan:
                names = ", ".join(md_escape(n) for n in p["for"]) + (" and more" if p["for_truncated"] else "")
                out.append(f"| {p['name']} | {p['dose']} | {', '.join(kb.causes[c].text for c in p['covers'])} | "
                           f"{p['athletes']} | {names} |")
        else:
            out.append("No team plan needed.")
        if self.problems:
            out += ["", "## Roster rows not screened", ""]
            out += [f"- line {p.line}" + (f" ({md_escape(p.athlete)})" if p.athlete else "") + f": {md_escape(p.reason)}"
                    for p in self.problems]
        out += ["", f"_{kb.notice}_", ""]
        self.out.write("\n".join(out))


class HtmlTeamWriter(CollectingWriter):
    def end(self, summary: TeamSummary) -> None:
        from .html import render_team_html
        self.out.write(render_team_html(self, summary, _plan_dicts(summary), _referral_key, _triage_text))


TEAM_WRITERS = {"markdown": MarkdownTeamWriter, "html": HtmlTeamWriter, "json": JsonTeamWriter, "csv": CsvTeamWriter}
