"""The terminal front end of the questionnaire: prompts, answers, back/why/quit, save/resume.

Questions and progress go to stderr, the final answer to stdout, so
``printf 'none\\n1\\n...' | stridewise ask --format json > answer.json`` gives clean JSON.
In a real terminal (stdin and stdout both TTYs) questions use questionary's arrow-key menus,
with the keys b (back), w (why) and q (quit) bound in every menu; otherwise plain lines are
read from stdin: that path is what scripts and tests use. Both paths build a checklist's
answer with ``checklist_values``, so an unticked item means the same in both. Every line is
wrapped to the terminal width (``shutil.get_terminal_size``), never cut off.
"""
from __future__ import annotations

import bisect
import itertools
import json
import re
import shutil
import string
import sys
import textwrap
import time

import click

from advisor.errors import InputError, show
from advisor.frontends.output import atomic_writer
from advisor.interview.questionnaire import Ask, AskKind, Questionnaire, checklist_values

YES = {"y", "yes"}
NO = {"n", "no"}
UNSURE = {"?", "u", "unsure", "not sure", "dont know", "don't know", "skip"}
NONE = {"none", "0", "no", "n", "nothing"}
COMMANDS = "back, why or quit"
NOT_SURE = "Not sure about the ones I leave unticked"
"""The extra checklist item: unticked items stay unknown instead of counting as a no."""
KEYS = "Keys: arrows move, {space}enter answers; b back, w why, q quit."
CHECKLIST_ENTER = "enter shows the rest of the list, then answers"
"""A checklist's Enter, said in its keys line: until every item has been on screen, each press
moves a screen on (test drive 24: at 80x24 the red-flag list showed 12 of 27 items, and one
Enter recorded the 14 unseen ones, a limp and missed periods among them, as "no")."""
TYPED_HINT = ("Words typed here are not read: this list takes ticks (arrows move, space ticks, Enter "
              "answers). To tell it in your own words, press q and run: stridewise check --text \"...\"")
"""Said when a runner types words into a menu (test drive 16: "it started with a snap at the back
of the ankle" typed into the red-flag screen ticked every box, and Enter said "call an ambulance")."""
TYPED_KEYS = frozenset(string.ascii_letters + string.digits + string.punctuation) - set("bwq")
"""Keys that only words use in a menu (questionary's own "a" ticks all and "i" inverts)."""
TYPING_QUIET = 1.0
"""Seconds without a key that end a burst of typing; until then every key of it is swallowed."""
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


def width() -> int:
    """Columns to wrap to: the terminal's (COLUMNS, else 80 when it cannot be asked)."""
    return max(40, shutil.get_terminal_size((80, 24)).columns)


def wrap(text: str, indent: str = "", hang: str | None = None) -> str:
    """``text`` wrapped to the terminal width; continuation lines start with ``hang``."""
    return textwrap.fill(text, width=width() - 1, initial_indent=indent,
                         subsequent_indent=indent if hang is None else hang,
                         break_long_words=True, break_on_hyphens=False)


def heading_text(ask: Ask) -> str:
    """The question as the runner reads it: number, text and (yes/no) help, wrapped."""
    text = wrap(f"[question {ask.number}, at most {ask.cap}] {ask.text}")
    if ask.help and ask.kind is AskKind.YESNO:
        text += "\n" + wrap(ask.help, "  ")
    return text


def not_sure_before(ask: Ask) -> bool:
    """Was "not sure" ticked when this checklist was answered before going back?"""
    previous = dict(ask.previous)
    return ask.unselected_absent and bool(previous) and False not in previous.values()


class LinePrompter:
    """Plain line-based answers from stdin (pipes, scripts, CliRunner)."""

    gap = "\n"
    """Before each question and reply: a blank line (input read from a pipe is not echoed, so
    the prompt's line would otherwise run on into the next text)."""

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
        # The process's stdin, read as bytes (closed stdin: bad input, before a prompt is
        # half-written); or a stream given in its place (tests, other front ends).
        stdin = stdin_binary() if self.stdin is sys.stdin else self.stdin
        click.echo(prompt, err=True, nl=False)
        if self.piped and (self.unusable >= MAX_UNUSABLE or self.lines >= MAX_LINES):
            what = (f"{self.unusable} replies in a row that are not answers" if self.unusable >= MAX_UNUSABLE
                    else f"{self.lines} lines without finishing")
            click.echo(err=True)  # the error gets its own line, not the end of the prompt's
            raise InputError("<stdin>", f"line {self.lines}", f"{what}; stopping (see 'stridewise ask --help')")
        try:
            raw = stdin.readline(MAX_ANSWER_BYTES + 1)
            if isinstance(raw, str):
                raw = raw.encode("utf-8", "surrogateescape")
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

    def heading(self, ask: Ask) -> None:
        self.say(self.gap + heading_text(ask))

    def ask(self, q: Questionnaire, ask: Ask):
        self.heading(ask)
        if ask.kind is AskKind.YESNO:
            while True:
                reply = self._read("  yes / no / not sure (or back, why, quit): ").lower()
                if reply in YES:
                    return self._answered({ask.id: True})
                if reply in NO:
                    return self._answered({ask.id: False})
                if reply in UNSURE:
                    return self._answered({ask.id: None})
                self._command(reply, q, ask)
        count = len(ask.options)
        for n, option in enumerate(ask.options, 1):
            if option.heading:
                self.say(f"  {option.heading}:")
            self.say(wrap(option.label, f"  {n:>2}. ", " " * 6))
        self.say(wrap(NOT_SURE, f"  {count + 1:>2}. ", " " * 6))
        rest = "the others count as a no" if ask.unselected_absent else "the others stay open"
        self.say(wrap(f"Type the numbers that apply, e.g. 1,3 ('none': none of them apply; {rest}; "
                      f"{count + 1} or '?': not sure about the others; '?2': not sure about 2 only).", "  ", "  "))
        while True:
            reply = self._read("  > ").lower()
            if reply in NONE:   # (said outright: a no to each, on any list; test drive 31 had them asked again)
                return self._answered({o.id: False for o in ask.options if not o.unticked_says_nothing})
            if reply in UNSURE:
                return self._answered(checklist_values(ask, set(), not_sure=True))
            # "?2": not sure about item 2 only (test drive 28: one doubt made all 26 unsure)
            named, rest = _ONE_UNSURE.findall(reply), _ONE_UNSURE.sub(" ", reply)
            doubted = self._numbers(" ".join(named), count) if named else set()
            picked = self._numbers(rest.replace("?", f" {count + 1} "), count + 1) if rest.strip() else set()
            if picked is not None and doubted is not None and (picked or doubted):
                ticked = {o.id for n, o in enumerate(ask.options, 1) if n in picked}
                unsure = {o.id for n, o in enumerate(ask.options, 1) if n in doubted}
                return self._answered(checklist_values(ask, ticked, not_sure=count + 1 in picked, unsure=unsure))
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
        if reply in ("back", "b"):
            raise Back
        if reply in ("quit", "q", "exit"):
            raise Quit
        if reply in ("why", "w"):
            # (its number: printed above the menu, under the last answer, it had read as that
            # question's reason: fc24)
            self.say(self.gap + wrap(f"Why question {ask.number} is asked: " + q.why(ask), "  ", "  "))
            return
        self.say(self.gap + wrap(f"Sorry, '{show(reply, 80)}' is not an answer here. You can also type {COMMANDS}.",
                                 "  ", "  "))


class TerminalPrompter(LinePrompter):
    """Arrow-key menus with questionary, only when stdin and stdout are both terminals.

    The question, its help and the keys head the menu, so they stay on screen when a long
    list scrolls; every line is wrapped here (prompt_toolkit cuts long menu lines off instead
    of wrapping them). When answered, the menu is erased and the question and answer are
    printed as one short record. b, w and q end the menu at once, so there is no extra
    "Next:" screen; "why" puts the same menu back, ticks kept, with its answer in the heading."""

    gap = ""

    def __init__(self, **app_options):
        """``app_options`` go to every prompt_toolkit application (tests pass ``input``/``output``)."""
        super().__init__()
        import questionary  # lazy: 85 ms, and only useful on a real terminal
        self.questionary = questionary
        self.app_options = app_options
        self.typing = _Typing()

    def ask(self, q: Questionnaire, ask: Ask):
        keys = wrap(KEYS.format(space="") if ask.kind is AskKind.YESNO
                    else KEYS.format(space="space ticks, ").replace("enter answers", CHECKLIST_ENTER))
        why = ""   # after "w": the reason, inside the menu's heading (printed above it, a tall
        # checklist scrolled it off an 80x24 screen at once: test drive 25)
        previous = dict(ask.previous)
        ticked = {o for o, v in previous.items() if v is True}
        not_sure = not_sure_before(ask)
        pointed: str | None = None
        while True:
            # (a checklist says how long it is: at 100x30 the first list stopped mid-item with no
            # sign that more followed, test drive 39)
            count = "" if ask.kind is AskKind.YESNO else wrap(f"({len(ask.options)} items, then \"not sure\" at the end; the list scrolls)") + "\n"
            message = heading_text(ask) + "\n" + count + why + keys  # questionary adds one space: lines stay <= width
            if ask.kind is AskKind.YESNO:
                # (a question not answered before starts on "not sure": Enter pressed without a
                # choice states no symptom and denies none)
                default = {True: "yes", False: "no", None: "not sure"}.get(previous.get(ask.id))
                choices = [self.questionary.Choice(c, value=c) for c in ("yes", "no", "not sure")]
                question = self.questionary.select(message, choices=choices, default=pointed or default, qmark="",
                                                   instruction=" ", erase_when_done=True, **self.app_options)
            else:
                choices = [c for o in ask.options for c in (
                    ([self.questionary.Separator(f"  {o.heading}:")] if o.heading else [])
                    + [self._choice(o.label, o.id, o.id in ticked)])]
                choices.append(self._choice(NOT_SURE, _NOT_SURE, not_sure))
                question = self.questionary.checkbox(message, choices=choices, instruction=" ", qmark="",
                                                     initial_choice=_find(choices, pointed), erase_when_done=True,
                                                     **self.app_options)
            reply = self._with_keys(question, wraps=ask.kind is not AskKind.YESNO).unsafe_ask()
            if isinstance(reply, _Command):
                ticked, pointed = set(reply.ticked) - {_NOT_SURE}, reply.pointed
                not_sure = _NOT_SURE in reply.ticked
                if reply.name == "typed":
                    self.say(self.gap + wrap(TYPED_HINT, "  ", "  "))
                elif reply.name == "why":
                    why = wrap(f"Why question {ask.number} is asked: " + q.why(ask), "  ", "  ") + "\n"
                else:
                    self._command(reply.name, q, ask)
                continue
            self.heading(ask)  # the menu was erased: leave the question and its answer on record
            if ask.kind is AskKind.YESNO:
                self.say(f"  Your answer: {reply}")
                return {ask.id: {"yes": True, "no": False, "not sure": None}[reply]}
            picked = set(reply)
            labels = [o.label for o in ask.options if o.id in picked] + ([NOT_SURE] if _NOT_SURE in picked else [])
            self.say(wrap("Ticked: " + ("; ".join(labels) or "nothing"), "  ", "    "))
            left = [o for o in ask.options if o.id not in picked]
            if _NOT_SURE in picked and ask.unsure_is_answer and len(left) > 1:
                # which ones (test drive 28: one doubt made all 26 unsure, and the answer opened
                # with three blocks of "if it is there: Emergency ...")
                menu = self.questionary.checkbox(wrap(WHICH_UNSURE), choices=[self._choice(o.label, o.id, False) for o in left],
                                                 instruction=" ", qmark="", erase_when_done=True, **self.app_options)
                doubted = set(self._kept_whole(menu).unsafe_ask() or ())
                if doubted:
                    self.say(wrap("Not sure about: " + "; ".join(o.label for o in left if o.id in doubted), "  ", "    "))
                    return checklist_values(ask, picked - {_NOT_SURE}, not_sure=False, unsure=doubted)
            return checklist_values(ask, picked - {_NOT_SURE}, not_sure=_NOT_SURE in picked)

    def _choice(self, label: str, value: str, checked: bool):
        # 5 columns: questionary's pointer (" » ") and tick ("○ ") before the label
        return self.questionary.Choice(wrap(label, " " * 5)[5:], value=value, checked=checked)

    @staticmethod
    def _kept_whole(question):
        """The menu, its pointed item shown whole as it scrolls (``_items_kept_whole``)."""
        _items_kept_whole(question)
        return question

    def _with_keys(self, question, wraps: bool = True):
        """Bind b, w and q in this menu: each ends it with the command and the ticks so far. Any
        other key of words ends it as "typed" (the hint is said, the menu put back), and the
        rest of that burst of typing is swallowed, spaces and Enter too: typed words never tick,
        untick or answer anything. ``wraps=False``: the arrows stop at the ends (a yes/no
        question starts on "not sure", the last; one Down press wrapped to "yes" and recorded
        it, test drive 22)."""
        from prompt_toolkit.filters import Condition
        from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
        app = question.application
        control = _items_kept_whole(question).content
        keys = KeyBindings()
        typing = self.typing

        def ending(name):
            def command(event):
                if name == "typed":
                    typing.extend()
                pointed = control.get_pointed_at().value
                event.app.exit(result=_Command(name, tuple(control.selected_options), pointed))
            return command
        for key, name in (("b", "back"), ("w", "why"), ("q", "quit")):
            keys.add(key, eager=True)(ending(name))
        # Ctrl-D ends the input, as it does when answers are piped (test drive 24: it did nothing)
        keys.add("c-d", eager=True)(lambda event: event.app.exit(exception=EOFError()))

        def moving(step):
            def move(event):
                n = control.pointed_at + step
                if 0 <= n < len(control.choices):
                    control.pointed_at = n
            return move
        if not wraps:
            for key, step in (("down", 1), ("up", -1), ("c-n", 1), ("c-p", -1)):
                keys.add(key, eager=True)(moving(step))
        else:
            _page_before_answering(app, control, keys)
        for key in TYPED_KEYS:
            keys.add(key, eager=True)(ending("typed"))
        for key in (*TYPED_KEYS, *"bwq", " ", "enter"):   # added last: they win while typing
            keys.add(key, eager=True, filter=Condition(typing.active))(lambda event: typing.extend())
        app.key_bindings = merge_key_bindings([app.key_bindings, keys])  # last wins: ours
        return question


def _items_kept_whole(question):
    """The menu's window, set so the pointed item's wrapped lines stay on screen as the list
    scrolls (the pointer is on an item's first line: test drive 40 saw the last item cut after
    one line at 100x30)."""
    from prompt_toolkit.layout import ScrollOffsets
    from questionary.prompts.common import InquirerControl
    window = next(w for w in question.application.layout.find_all_windows() if isinstance(w.content, InquirerControl))
    window.scroll_offsets = ScrollOffsets(bottom=max(str(c.title).count("\n") for c in window.content.choices))
    return window


def _page_before_answering(app, control, keys) -> None:
    """A checklist answers once every item has been on screen: Enter before that moves the
    pointer a screen on (the list scrolls with it), so no item is answered unseen (test drive
    24: one Enter answered 14 red flags never shown; fc25: a jump to the end skipped four). A
    list the terminal shows whole answers at once."""
    from prompt_toolkit.filters import Condition
    last = len(control.choices) - 1
    ends = list(itertools.accumulate(str(c.title).count("\n") + 1 for c in control.choices))
    # (the last item shown whole so far; None until a screen says what it shows, and then Enter
    # answers as it always did)
    furthest: list[int | None] = [None]
    window = next(w for w in app.layout.find_all_windows() if w.content is control)

    def shown(_):
        info = window.render_info
        if info is not None and info.displayed_lines:
            bottom = max(info.displayed_lines) + 1   # lines shown, counted from the top
            furthest[0] = max(-1 if furthest[0] is None else furthest[0], bisect.bisect_right(ends, bottom) - 1)
    app.after_render += shown

    def a_screen_on(event):
        # the pointer to the furthest item that scrolls the list no further than the line after
        # the last item shown whole: the window scrolls until the pointer's first line and the
        # lines kept under it (``_items_kept_whole``) are on screen, so the first line shown is
        # at most that one
        info = window.render_info
        page = max(1, len(info.displayed_lines) if info is not None else 1)
        below = window.scroll_offsets.bottom
        lines = ends[furthest[0]] if furthest[0] >= 0 else 0
        starts = [0, *ends[:-1]]
        # (an item, not a heading: the pointer on "Bones and joints:" ticked nothing)
        items = [m for m in range(control.pointed_at + 1, last + 1) if not control.choices[m].disabled]
        fits = [m for m in items if starts[m] <= lines + page - 1 - below]
        if not items:
            return
        control.pointed_at = (fits or items)[-1 if fits else 0]
        # (what that screen will show, counted now: keys typed ahead of the redraw go on)
        bottom = max(lines, starts[control.pointed_at] + below + 1)
        furthest[0] = max(furthest[0], bisect.bisect_right(ends, bottom) - 1)
    keys.add("enter", eager=True, filter=Condition(lambda: furthest[0] is not None and furthest[0] < last))(a_screen_on)


_NOT_SURE = "__not_sure__"
_ONE_UNSURE = re.compile(r"\?([0-9]{1,4})")
"""A checklist reply's "?2": not sure about item 2 (a bare "?" is not sure about every other)."""
WHICH_UNSURE = ("Which of these are you not sure about? Tick them; the others count as a no "
                "(tick none: not sure about all of them).")
"""After "not sure about the ones I leave unticked" on the red-flag screen (arrow-key menus)."""


class _Typing:
    """A burst of words typed into the menus: swallowed until TYPING_QUIET passes without a key."""

    def __init__(self):
        self.until = 0.0

    def active(self) -> bool:
        return time.monotonic() < self.until

    def extend(self) -> None:
        self.until = time.monotonic() + TYPING_QUIET


class _Command:
    """A key command that ended a menu, with the menu's state to put back after ``why``."""

    def __init__(self, name: str, ticked: tuple[str, ...], pointed: str | None):
        self.name, self.ticked, self.pointed = name, ticked, pointed


def _find(choices, value):
    return next((c for c in choices if c.value == value), None)


def load_resume(path: str, q: Questionnaire) -> None:
    from advisor.inputs.reading import load_json, shown_name
    from advisor.inputs.symptoms import case_from_data, read_text
    try:
        data = load_json(read_text(path), shown_name(path))
    except InputError as err:
        # (test drive 52: a story saved to a file, given to --resume, read only "not valid JSON")
        if err.where == "line 1 column 1" and err.message.startswith("not valid JSON"):
            import shlex
            raise InputError(err.source, err.where, f"{err.message}; --resume takes the answers saved with "
                             f"'stridewise ask --save FILE'; for a runner's own words in a file use "
                             f"stridewise check --text - < {shlex.quote(path)}") from err
        raise
    asked = data.pop("asked", None) if isinstance(data, dict) else None
    if asked is not None and (not isinstance(asked, list) or not all(isinstance(a, str) for a in asked)):
        raise InputError(path, "$.asked", "expected a list of question ids")
    case, answers = case_from_data(data, q.kb, path)
    for n, qid in enumerate(asked or []):
        if not q.is_question(qid):
            raise InputError(path, f"$.asked[{n}]", f"unknown question id '{qid}'")
    q.athlete = case.athlete
    q.restore(answers, asked)


def run(q: Questionnaire, save: str | None, tty: bool) -> None:
    """Drive the questionnaire to its end. Raises Quit, EOFError or KeyboardInterrupt."""
    prompter: LinePrompter = TerminalPrompter() if tty else LinePrompter()
    prompter.say(wrap("Stridewise: a few questions about your running. " + q.kb.notice))
    prompter.say(wrap("Answer each one; at any question you can press b to go back, w for why, q to quit."
                      if tty else f"Answer each one; you can type {COMMANDS} at any question."))
    # (a parent or a coach answers for the runner: "you" in the questions is the runner)
    prompter.say(wrap("Answering for someone else, a child or an athlete you coach? Answer for them: "
                      "\"you\" in the questions means the runner."))
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
    try:
        return sys.stdin is not None and sys.stdout is not None and sys.stdin.isatty() and sys.stdout.isatty()
    except (OSError, ValueError):
        return False
