"""JSON: one case as a document; a team report streamed, athletes in roster order."""
from __future__ import annotations

import json

from advisor.reasoning.result import Result
from advisor.reasoning.team import AthleteReport, ReportHead, TeamSummary
from .base import TeamWriter
from .common import json_visible


def _dumps(data, **kw) -> str:
    return json_visible(json.dumps(data, ensure_ascii=False, **kw))


def render_json(result: Result, details: bool = False) -> str:
    """Always everything: ``details`` only matters to the human formats."""
    return _dumps(result.to_dict(), indent=2) + "\n"


class JsonTeamWriter(TeamWriter):
    """The team report's JSON (advisor/schemas/team.schema.json), written as it is screened.

    The head opens the object and the ``athletes`` array; each athlete is one line of it;
    ``end`` closes the array and adds the team sections. Parsed, it equals
    ``TeamReport.to_dict()``."""

    streams = True

    def begin(self, head: ReportHead) -> None:
        super().begin(head)
        self.out.write(_dumps(head.to_dict())[:-1] + ', "athletes": [\n')
        self.first = True

    def athlete(self, row: AthleteReport) -> None:
        self.out.write(("" if self.first else ",\n") + _dumps(row.to_dict()))
        self.first = False

    def end(self, summary: TeamSummary) -> None:
        self.out.write("\n], " + _dumps(summary.to_dict())[1:] + "\n")
