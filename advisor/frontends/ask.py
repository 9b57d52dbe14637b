"""The terminal front end of the questionnaire: prompts, answers, back/why/quit, save/resume.

Questions and progress go to stderr, the final answer to stdout, so
``printf 'none\\n1\\n...' | stridewise ask --format json > answer.json`` gives clean JSON.
In a real terminal (stdin and stdout both TTYs) choices use questionary's arrow-key menus;
otherwise plain lines are read from stdin: that path is what scripts and tests use.
"""
from __future__ import annotations

import json
import re
import sys

import click

from advisor.errors import InputError, show
from advisor.frontends.output import atomic_writer
from advisor.interview.questionnaire import Ask, Questionnaire

YES = {"y", "yes"}
NO = {"n", "no"}
UNSURE = {"?", "u", "unsure", "not sure", "dont know", "don't know", "skip"}
NONE = {"none", "0", "no", "n", "nothing"}
COMMANDS = "back, why or quit"
MAX_ANSWER_BYTES = 1000
"""Longest answer line: an answer is a few words; ``ask < /dev/zero`` must end, not fill memory."""
MAX_UNUSABLE = 20
"""Piped input: replies in a row that answer nothing (``yes | stridewise ask``) before giving up."""
MAX_LINES = 1000
"""Piped input: lines read in all (60 questions at most; ``back`` loops must end too)."""


class Quit(Exception):
    """The runner typed quit."""


class Back(Exception):
    """The runner typed back."""


class LinePrompter:
    """Plain line-based answers from stdin (pipes, scripts, CliRunner)."""

    def __init__(self):
        from advisor.inputs.reading import stdin_binary
        stdin_binary()  # closed stdin (<&-): one line of bad input before any question is shown
        self.stdin = sys.stdin
        self.lines = 0
        self.unusable = 0
        try:
            self.piped = self.stdin is None or not self.stdin.isatty()
        except (OSError, ValueError):
            self.piped = True

    def say(self, text: str = "") -> None:
        click.echo(text, err=True)

    def _read(self, prompt: str) -> str:
        """One answer line, bounded and decoded on its own; piped input that keeps answering
        nothing is bad input rather than a loop that never ends."""
        from advisor.inputs.reading import stdin_binary
        stdin = stdin_binary()  # closed stdin: bad input, before a prompt is half-written
        click.echo(prompt, err=True, nl=False)
        if self.piped and (self.unusable >= MAX_UNUSABLE or self.lines >= MAX_LINES):
            what = (f"{self.unusable} replies in a row that are not answers" if self.unusable >= MAX_UNUSABLE
                    else f"{self.lines} lines without finishing")
            click.echo(err=True)  # the error gets its own line, not the end of the prompt's
            raise InputError("<stdin>", f"line {self.lines}", f"{what}; stopping (see 'stridewise ask --help')")
        try:
            raw = stdin.readline(MAX_ANSWER_BYTES + 1)
        except OSError as err:
            click.echo(err=True)
            raise InputError("<stdin>", "", f"cannot read: {err.strerror or err}") from err
        if not raw:
            click.echo(err=True)
            raise EOFError
        self.lines += 1
        self.unusable += 1  # until the reply turns out to be an answer
        if len(raw) > MAX_ANSWER_BYTES and not raw.endswith(b"\n"):
            click.echo(err=True)
            raise InputError("<stdin>", f"line {self.lines}", f"answer longer than {MAX_ANSWER_BYTES:,} bytes")
        return raw.decode("utf-8", "replace").strip()

    def _answered(self, values):
        self.unusable = 0
        return values

    def ask(self, q: Questionnaire, ask: Ask):
        self.say(f"\n[question {ask.number}, at most {ask.cap}] {ask.text}")
        if ask.kind == "yesno":
            if ask.help:
                self.say(f"  ({ask.help})")
            while True:
                reply = self._read("  yes / no / not sure (or back, why, quit): ").lower()
                if reply in YES:
                    return self._answered({ask.id: True})
                if reply in NO:
                    return self._answered({ask.id: False})
                if reply in UNSURE:
                    return self._answered({ask.id: None})
                self._command(reply, q, ask)
        for n, option in enumerate(ask.options, 1):
            self.say(f"  {n:>2}. {option.label}")
        rest = "the others count as no" if ask.unselected_absent else "the others stay unknown"
        while True:
            reply = self._read(f"  numbers that apply, e.g. 1,3 ('none'; '?' if unsure; {rest}): ").lower()
            if reply in NONE:
                return self._answered({o.id: False for o in ask.options} if ask.unselected_absent else {})
            if reply in UNSURE:
                return self._answered({o.id: None for o in ask.options})
            picked = self._numbers(reply, len(ask.options))
            if picked is not None:
                values = {o.id: True for n, o in enumerate(ask.options, 1) if n in picked}
                if ask.unselected_absent:
                    values.update({o.id: False for n, o in enumerate(ask.options, 1) if n not in picked})
                return self._answered(values)
            self._command(reply, q, ask)

    @staticmethod
    def _numbers(reply: str, count: int) -> set[int] | None:
        parts = [p for p in reply.replace(",", " ").split() if p]
        # ASCII digits only: str.isdigit() also accepts '²', which int() refuses
        if not parts or not all(re.fullmatch(r"[0-9]{1,4}", p) for p in parts):
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
        self.say(f"  Sorry, '{show(reply, 80)}' is not an answer here. You can also type {COMMANDS}.")


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
    from advisor.inputs.reading import load_json, shown_name
    from advisor.inputs.symptoms import case_from_data, read_text
    data = load_json(read_text(path), shown_name(path))
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
    prompter.say(reasons.get(q.stop_reason, "") + "\n")


def is_tty() -> bool:
    try:
        return sys.stdin is not None and sys.stdout is not None and sys.stdin.isatty() and sys.stdout.isatty()
    except (OSError, ValueError):
        return False
