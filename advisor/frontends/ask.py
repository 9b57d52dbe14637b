"""The terminal front end of the questionnaire: prompts, answers, back/why/quit, save/resume.

Questions and progress go to stderr, the final answer to stdout, so
``printf 'none\\n1\\n...' | stridewise ask --format json > answer.json`` gives clean JSON.
In a real terminal (stdin and stdout both TTYs) choices use questionary's arrow-key menus;
otherwise plain lines are read from stdin: that path is what scripts and tests use.
"""
from __future__ import annotations

import json
import sys

import click

from advisor.errors import InputError
from advisor.frontends.output import atomic_writer
from advisor.interview.questionnaire import Ask, Questionnaire

YES = {"y", "yes"}
NO = {"n", "no"}
UNSURE = {"?", "u", "unsure", "not sure", "dont know", "don't know", "skip"}
NONE = {"none", "0", "no", "n", "nothing"}
COMMANDS = "back, why or quit"


class Quit(Exception):
    """The runner typed quit."""


class Back(Exception):
    """The runner typed back."""


class LinePrompter:
    """Plain line-based answers from stdin (pipes, scripts, CliRunner)."""

    def __init__(self):
        self.stdin = sys.stdin

    def say(self, text: str = "") -> None:
        click.echo(text, err=True)

    def _read(self, prompt: str) -> str:
        click.echo(prompt, err=True, nl=False)
        line = self.stdin.readline()
        if not line:
            raise EOFError
        return line.strip()

    def ask(self, q: Questionnaire, ask: Ask):
        self.say(f"\n[question {ask.number}, at most {ask.cap}] {ask.text}")
        if ask.kind == "yesno":
            if ask.help:
                self.say(f"  ({ask.help})")
            while True:
                reply = self._read("  yes / no / not sure (or back, why, quit): ").lower()
                if reply in YES:
                    return {ask.id: True}
                if reply in NO:
                    return {ask.id: False}
                if reply in UNSURE:
                    return {ask.id: None}
                self._command(reply, q, ask)
        for n, option in enumerate(ask.options, 1):
            self.say(f"  {n:>2}. {option.label}")
        rest = "the others count as no" if ask.unselected_absent else "the others stay unknown"
        while True:
            reply = self._read(f"  numbers that apply, e.g. 1,3 ('none'; '?' if unsure; {rest}): ").lower()
            if reply in NONE:
                return {o.id: False for o in ask.options} if ask.unselected_absent else {}
            if reply in UNSURE:
                return {o.id: None for o in ask.options}
            picked = self._numbers(reply, len(ask.options))
            if picked is not None:
                values = {o.id: True for n, o in enumerate(ask.options, 1) if n in picked}
                if ask.unselected_absent:
                    values.update({o.id: False for n, o in enumerate(ask.options, 1) if n not in picked})
                return values
            self._command(reply, q, ask)

    @staticmethod
    def _numbers(reply: str, count: int) -> set[int] | None:
        parts = [p for p in reply.replace(",", " ").split() if p]
        if not parts or not all(p.isdigit() for p in parts):
            return None
        numbers = {int(p) for p in parts}
        return numbers if all(1 <= n <= count for n in numbers) else None

    def _command(self, reply: str, q: Questionnaire, ask: Ask) -> None:
        if reply == "back":
            raise Back
        if reply in ("quit", "q", "exit"):
            raise Quit
        if reply == "why":
            self.say("  Why: " + q.why(ask))
            return
        self.say(f"  Sorry, '{reply}' is not an answer here. You can also type {COMMANDS}.")


class TerminalPrompter(LinePrompter):
    """Arrow-key menus with questionary, only when stdin and stdout are both terminals."""

    def __init__(self):
        super().__init__()
        import questionary  # lazy: 85 ms, and only useful on a real terminal
        self.questionary = questionary

    def ask(self, q: Questionnaire, ask: Ask):
        qy = self.questionary
        self.say(f"\n[question {ask.number}, at most {ask.cap}]")
        while True:
            if ask.kind == "yesno":
                text = ask.text + (f"\n  ({ask.help})" if ask.help else "")
                reply = qy.select(text, choices=["yes", "no", "not sure", "why", "back", "quit"]).ask()
                if reply is None:
                    raise KeyboardInterrupt
                if reply in ("yes", "no", "not sure"):
                    return {ask.id: {"yes": True, "no": False, "not sure": None}[reply]}
            else:
                choices = [qy.Choice(o.label, value=o.id) for o in ask.options]
                reply = qy.checkbox(ask.text + " (space to tick, enter when done; tick nothing for none)",
                                    choices=choices).ask()
                if reply is None:
                    raise KeyboardInterrupt
                picked = set(reply)
                values = {o: True for o in picked}
                if ask.unselected_absent:
                    values.update({o.id: False for o in ask.options if o.id not in picked})
                nxt = qy.select("Next:", choices=["continue", "why", "back", "quit"]).ask()
                if nxt is None:
                    raise KeyboardInterrupt
                if nxt == "continue":
                    return values
                reply = nxt
            self._command(reply, q, ask)


def load_resume(path: str, q: Questionnaire) -> None:
    from advisor.inputs.symptoms import case_from_data, parse_json, read_text
    text = read_text(path)
    data = parse_json(text, path)
    asked = data.pop("asked", None) if isinstance(data, dict) else None
    if asked is not None and (not isinstance(asked, list) or not all(isinstance(a, str) for a in asked)):
        raise InputError(path, "$.asked", "expected a list of question ids")
    case, answers = case_from_data(data, q.kb, path)
    known = {g.id for g in q.kb.questions} | set(q.kb.observations)
    for n, qid in enumerate(asked or []):
        if qid not in known:
            raise InputError(path, f"$.asked[{n}]", f"unknown question id '{qid}'")
    q.athlete = case.athlete
    q.restore(answers, asked)


def run(q: Questionnaire, save: str | None, tty: bool) -> None:
    """Drive the questionnaire to its end. Raises Quit, EOFError or KeyboardInterrupt."""
    prompter: LinePrompter = TerminalPrompter() if tty else LinePrompter()
    prompter.say("Stridewise: a few questions about your running. " + q.kb.notice)
    prompter.say(f"Answer each one; you can type {COMMANDS} at any question.")
    while (ask := q.next_question()) is not None:
        try:
            values = prompter.ask(q, ask)
        except Back:
            if not q.back():
                prompter.say("  (This is the first question.)")
            continue
        q.answer(ask.id, values)
        if save:
            with atomic_writer(save) as fh:
                fh.write(json.dumps(q.document(), indent=2, ensure_ascii=False) + "\n")
    reasons = {"red_flag": "A red flag came up: the answer below is a referral.",
               "settled": "That settles it.", "cap": "That is the last question.",
               "nothing_reported": "Nothing to look into: here is general prevention advice."}
    prompter.say(reasons.get(q.stop_reason or "", "") + "\n")


def is_tty() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()
