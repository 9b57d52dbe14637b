"""Forms in: the questionnaire as a Google or Microsoft Forms template, and those forms' exports
(CSV or .xlsx) read back as roster rows.

The template is the rule pack's questionnaire (``rules/questions.yaml``): a name question, a
group question, the red-flag checklist first, the other checklists, each with its question
and option texts exactly as the rule pack has them, the four OSTRC-O2 questions
(``advisor.inputs.ostrc``) and one free-text question. Its mapping (question text -> question
id, option text -> observation id) is derived from the rule pack, so ``screen`` needs no file.

An export's header is matched to the questions by text (exact, case and spacing aside; then by
shared words); other columns (timestamp, e-mail, score ...) are ignored and listed. A ticked
answer maps by its option text, then as an observation id (any case), then through the
runner's-words matcher (``advisor.inputs.text``); what the matcher read is reported as a note.
An answer nothing reads is left out with a note when the rest of the row states something
(a tick, a yes/no, words read); a row where nothing stated can be read is a bad row. An
unticked box counts as a "no" (for checklists that say so) only when the athlete answered
something: a response with a name and nothing else states nothing, and is reported "no answers".
Google joins ticked answers with ", " and Microsoft with ";" (and a trailing ";"): option texts
hold commas themselves, so the cell is cut at both and the pieces rejoined into the longest
option texts they spell.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import Enum

from advisor.inputs import ostrc
from advisor.inputs.roster import GROUP_COLUMNS, Entry, ReadNote, RowProblem, unknown_notes, unsure, yes_no
from advisor.inputs.roster.rows import read_words, short
from advisor.knowledge.ids import suggest
from advisor.knowledge.model import KnowledgeBase, ObservationCategory, QuestionKind

NAME_QUESTION = "Your name"
GROUP_QUESTION = "Your training group"
FREE_TEXT_QUESTION = "Anything else about how your running feels? (in your own words)"
UNSURE_QUESTION = ("Not sure about any of the ones in the list above? Tick those you are not sure of: "
                   "they are asked again, not counted as a no.")
"""Right after the red-flag checklist, with its options: a red flag answered not sure is said
with what to do if it is there (test drive 27: the form had no way to say it)."""
UNSURE_ID = "screen_unsure"
NAME_HEADERS = ("athlete", "name")
"""A column that names the athlete when the form has no name question (Microsoft's 'Name')."""
EMAIL_HEADERS = ("email address", "email", "e-mail")
"""... and, failing that, the respondent's e-mail (Google's 'Email address')."""
TIME_HEADERS = ("timestamp", "completion time", "start time")
"""The column giving when a response was sent (Google 'Timestamp', Microsoft 'Completion time'),
by preference: with one, an athlete's latest response counts."""
_TIME_FORMATS = ("%Y/%m/%d %I:%M:%S %p", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%d.%m.%Y %H:%M:%S",
                 "%d.%m.%Y %H:%M")
"""Google's (en-US and 24 h) and a European Excel's. Day/month order with '/' and the year last
(11/3/2026) cannot be told: such times are not read, and the later row counts instead."""
_ZONE = re.compile(r"\s*(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$")
WORD_MATCH = 0.75
"""A header that is not a question's exact text maps to the question sharing this share of words."""
_SEPARATORS = re.compile(r"\s*[;,]\s*")
_WORD = re.compile(r"[a-z0-9]+")


class FormFormat(str, Enum):
    GOOGLE = "google"
    MICROSOFT = "microsoft"
    TEXT = "text"


class ItemKind(str, Enum):
    SHORT_TEXT = "short_text"
    CHECKBOXES = "checkboxes"
    ONE_CHOICE = "one_choice"
    PARAGRAPH = "paragraph"


@dataclass(frozen=True)
class FormItem:
    """One question of the form template."""

    id: str
    """The question id (a rule-pack question id, an OSTRC question id, or athlete/group/notes)."""
    kind: ItemKind
    text: str
    options: tuple[tuple[str, str], ...] = ()
    """(option text, observation id or OSTRC score) in display order."""
    required: bool = False
    hint: str = ""
    """A line shown under the question (e.g. when to skip it)."""


_TYPE_NAMES = {
    FormFormat.GOOGLE: {ItemKind.SHORT_TEXT: "Short answer", ItemKind.CHECKBOXES: "Checkboxes",
                        ItemKind.ONE_CHOICE: "Multiple choice", ItemKind.PARAGRAPH: "Paragraph"},
    FormFormat.MICROSOFT: {ItemKind.SHORT_TEXT: "Text", ItemKind.CHECKBOXES: "Choice (Multiple answers on)",
                           ItemKind.ONE_CHOICE: "Choice", ItemKind.PARAGRAPH: "Text (Long answer on)"},
    FormFormat.TEXT: {ItemKind.SHORT_TEXT: "text", ItemKind.CHECKBOXES: "tick all that apply",
                      ItemKind.ONE_CHOICE: "choose one", ItemKind.PARAGRAPH: "free text"},
}


def template(kb: KnowledgeBase) -> tuple[FormItem, ...]:
    """The form's questions, in order: name, group, red-flag checklist, its "not sure" checklist,
    other checklists, OSTRC, notes."""
    items = [FormItem("athlete", ItemKind.SHORT_TEXT, NAME_QUESTION, required=True),
             FormItem("group", ItemKind.SHORT_TEXT, GROUP_QUESTION)]
    questions = sorted(kb.questions, key=lambda q: q.kind is not QuestionKind.SCREEN)  # stable: screen first
    for q in questions:
        options = tuple((kb.observations[o].to_runner, o) for o in q.options)
        items.append(FormItem(q.id, ItemKind.CHECKBOXES, q.text, options))
        if q.kind is QuestionKind.SCREEN:
            items.append(FormItem(UNSURE_ID, ItemKind.CHECKBOXES, UNSURE_QUESTION, options))
    first = ostrc.OstrcQuestion.PARTICIPATION
    skip = (f"Skip if you answered '{ostrc.OPTIONS[first][0]}' or '{ostrc.OPTIONS[first][-1]}' "
            f"to the participation question (OSTRC-O2 gatekeeper).")
    for oq in ostrc.OstrcQuestion:
        # Question 1 is the gatekeeper: its first and last answers make questions 2-4 redundant.
        items.append(FormItem(oq.value, ItemKind.ONE_CHOICE, ostrc.TEXTS[oq],
                              tuple((text, str(score)) for text, score in zip(ostrc.OPTIONS[oq], ostrc.SCORES)),
                              required=oq is first, hint="" if oq is first else skip))
    items.append(FormItem("notes", ItemKind.PARAGRAPH, FREE_TEXT_QUESTION))
    return tuple(items)


def render_template(kb: KnowledgeBase, fmt: FormFormat) -> str:
    """The template as text to build the form from: each question with its type and options."""
    lines = ["Stridewise weekly check-in: build the form with these questions, in this order, with the",
             "texts exactly as written (copy each option line into its own option).", ""]
    for n, item in enumerate(template(kb), 1):
        kind = _TYPE_NAMES[fmt][item.kind] + (", required" if item.required else "")
        lines.append(f"{n}. [{kind}] {item.text}")
        if item.hint:
            lines.append(f"   ({item.hint})")
        lines.extend(f"   - {text}" for text, _ in item.options)
        lines.append("")
    return "\n".join(lines)


def mapping(kb: KnowledgeBase) -> dict:
    """The mapping ``screen`` applies to an export of the form, as a JSON-ready document."""
    questions = []
    for item in template(kb):
        entry = {"id": item.id, "text": item.text, "kind": item.kind.value}
        if item.options:
            key = "scores" if item.kind is ItemKind.ONE_CHOICE else "observations"
            entry[key] = {text: (int(v) if key == "scores" else v) for text, v in item.options}
        questions.append(entry)
    return {"questions": questions,
            "separators": [", ", ";"],
            "ignored": "every other column (timestamp, e-mail, score ...) is ignored and listed on stderr"}


def _key(text: str) -> str:
    """A text as compared: case, spacing and the separators of a ticked list aside."""
    return " ".join(_SEPARATORS.sub(" ", text.casefold()).split())


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _best_by_words(header: str, candidates: dict[str, str]) -> str | None:
    """The candidate text sharing at least ``WORD_MATCH`` of the words of both (Jaccard)."""
    mine = _words(header)
    best, best_score = None, 0.0
    for text, target in candidates.items():
        theirs = _words(text)
        if not mine or not theirs:
            continue
        score = len(mine & theirs) / len(mine | theirs)
        if score > best_score:
            best, best_score = target, score
    return best if best_score >= WORD_MATCH else None


@dataclass
class FormPlan:
    """How an export's columns map to the form: built from the header, applied to each row."""

    kb: KnowledgeBase
    name_col: int
    group_col: int | None = None
    checklists: dict[int, str] = field(default_factory=dict)
    """column -> rule-pack question id"""
    ostrc_cols: dict[int, ostrc.OstrcQuestion] = field(default_factory=dict)
    yes_no: dict[int, str] = field(default_factory=dict)
    """column -> observation id, for a yes/no question asking one observation"""
    notes_cols: list[int] = field(default_factory=list)
    unsure_cols: list[int] = field(default_factory=list)
    """The red-flag checklist's "not sure" question: what it ticks is answered not sure."""
    time_col: int | None = None
    """The response time's column, when the export has one."""
    times: dict[int, dt.datetime | None] = field(default_factory=dict)
    """line -> response time (UTC where the export says its zone), filled as rows are read"""
    ignored: list[str] = field(default_factory=list)
    fuzzy: list[tuple[str, str]] = field(default_factory=list)
    """(header, question id) mapped by shared words rather than exact text"""

    @classmethod
    def from_header(cls, kb: KnowledgeBase, header: list[str]) -> FormPlan | None:
        """The plan for a header that holds at least one form question; None otherwise (then
        the roster is not a form export, and the usual column errors apply)."""
        by_text: dict[str, str] = {_key(NAME_QUESTION): "athlete", _key(GROUP_QUESTION): "group",
                                   _key(FREE_TEXT_QUESTION): "notes", _key(UNSURE_QUESTION): UNSURE_ID}
        by_text.update({_key(q.text): q.id for q in kb.questions})
        by_text.update({_key(ostrc.TEXTS[q]): q.value for q in ostrc.OstrcQuestion})
        yes_no = {_key(o.question): o.id for o in kb.observations.values() if o.question}
        question_ids = {q.id for q in kb.questions}
        found: dict[int, str] = {}
        fuzzy = []
        for n, head in enumerate(header):
            key = _key(head)
            target = by_text.get(key)
            if target is None and key and key not in yes_no:
                target = _best_by_words(head, by_text)
                if target is not None:
                    fuzzy.append((head.strip(), target))
            if target is not None and target not in found.values():
                found[n] = target
        if not any(t in question_ids or t.startswith("ostrc_") for t in found.values()) and \
                not any(_key(h) in yes_no for h in header):
            return None
        plan = cls(kb, -1, fuzzy=fuzzy)
        lower = [h.strip().casefold() for h in header]
        for n, target in found.items():
            if target == "athlete":
                plan.name_col = n
            elif target == "group":
                plan.group_col = n
            elif target == "notes":
                plan.notes_cols.append(n)
            elif target == UNSURE_ID:
                plan.unsure_cols.append(n)
            elif target in question_ids:
                plan.checklists[n] = target
            else:
                plan.ostrc_cols[n] = ostrc.OstrcQuestion(target)
        for names in (NAME_HEADERS, EMAIL_HEADERS):
            if plan.name_col < 0:
                plan.name_col = next((n for n, h in enumerate(lower) if h in names and n not in found), -1)
        if plan.group_col is None:
            plan.group_col = next((n for n, h in enumerate(lower) if h in GROUP_COLUMNS and n not in found
                                   and n != plan.name_col), None)
        for names in TIME_HEADERS:
            if plan.time_col is None:
                plan.time_col = next((n for n, h in enumerate(lower) if h == names and n not in found
                                      and n not in (plan.name_col, plan.group_col)), None)
        for n, head in enumerate(header):
            if n in found or n in (plan.name_col, plan.group_col, plan.time_col):
                continue
            if _key(head) in yes_no:
                plan.yes_no[n] = yes_no[_key(head)]
            elif head.strip():
                plan.ignored.append(head.strip())
        return plan

    def name(self, fields: list[str]) -> str:
        """The athlete a row names ('' when its name cell is blank or missing): also for a row
        too short or broken to read, so that its problem names the athlete."""
        return fields[self.name_col].strip() if 0 <= self.name_col < len(fields) else ""

    def rows(self, line: int, row: list[str]) -> list[Entry | RowProblem]:
        """One export row as an ``Entry`` (with any notes after it) or a ``RowProblem``."""
        name = self.name(row)
        if not name:
            return [RowProblem(line, "", "missing athlete name (the '" + NAME_QUESTION + "' question)")]
        if self.time_col is not None:
            self.times[line] = response_time(row[self.time_col])
        present: set[str] = set()
        absent: set[str] = set()
        said: set[str] = set()  # what the answers state (ticks, yes/no, words); unticked boxes say nothing
        not_sure: set[str] = set()  # answered "not sure" (a yes/no cell, or the words)
        notes: list[str] = []
        unread: list[str] = []  # answers nothing reads: left out with a note if the rest says something
        for col, qid in self.checklists.items():
            question = next(q for q in self.kb.questions if q.id == qid)
            ticked, words, read = self._ticked(row[col], question.options)
            if words:
                unread.append(f"'{short(question.text)}': '{words}' is none of its options, no observation id, "
                              "and names no observation" + suggest(words, self.kb.observations))
            notes.extend(read)
            said |= {o for o, yes in ticked.items() if yes is not None}
            present |= {o for o, yes in ticked.items() if yes}
            absent |= {o for o, yes in ticked.items() if yes is False}
            not_sure |= {o for o, yes in ticked.items() if yes is None}
            if question.unselected_absent:
                absent |= {o for o in question.options if o not in present | not_sure
                           and (o in said or not self.kb.unticked_says_nothing(question, o))}
        screen = next((q for q in self.kb.questions if q.kind is QuestionKind.SCREEN), None)
        for col in self.unsure_cols if screen is not None else ():
            ticked, words, read = self._ticked(row[col], screen.options)
            if words:
                unread.append(f"'{short(UNSURE_QUESTION)}': '{words}' is none of its options, no observation id, "
                              "and names no observation" + suggest(words, self.kb.observations))
            notes.extend(read)
            not_sure |= set(ticked)
        for col, obs in self.yes_no.items():
            try:
                answer = yes_no(row[col])
            except ValueError as err:
                return [RowProblem(line, name, f"'{short(self.kb.observations[obs].question)}': {err}")]
            if answer is not None:
                (present if answer else absent).add(obs)
                said.add(obs)
            elif unsure(row[col]):
                not_sure.add(obs)
        for col in self.notes_cols:
            words = row[col].strip()
            if words:
                yes, no, maybe, read = read_words(self.kb, words)
                present |= yes
                absent |= no - present
                not_sure |= maybe
                said |= yes | no
                notes.append(read)
        if unread and not said:  # nothing the athlete said could be read: the row is not screened
            return [RowProblem(line, name, unread[0])]
        absent -= present  # a tick, or words saying it is there, outweigh an unticked box elsewhere
        # "not sure" in words outweighs an unticked box (test drive 27: "Swelling? not sure" in the
        # notes was a no, from the checklist), never a tick or a plain answer
        absent -= not_sure - said
        not_sure -= present | absent
        if not any(row[col].strip() for col in (*self.checklists, *self.yes_no, *self.notes_cols, *self.ostrc_cols,
                                                *self.unsure_cols)):
            # Nothing ticked, nothing answered, no words: unticked boxes are a "no" only from an
            # athlete who answered something. A blank response states nothing ("no answers").
            absent, not_sure = set(), set()
        answers: dict[ostrc.OstrcQuestion, int] = {}
        for col, oq in self.ostrc_cols.items():
            value = row[col].strip()
            if not value:
                continue
            index = ostrc.option_index(oq, value)
            if index is None:
                return [RowProblem(line, name, f"'{short(ostrc.TEXTS[oq])}': '{value}' is not one of its options")]
            answers[oq] = index
        score = ostrc.score(answers) if self.ostrc_cols else None
        if score is not None and score.problem:
            absent |= self._a_complaint(present, said)
        group = row[self.group_col].strip() if self.group_col is not None else ""
        entry = Entry(line, name, group, frozenset(present), frozenset(absent), ostrc=score,
                      unsure=frozenset(not_sure))
        return [entry, *(ReadNote(line, name, note) for note in notes), *unknown_notes(line, name, unread)]

    def _a_complaint(self, present: set[str], said: set[str]) -> set[str]:
        """A problem the OSTRC answers report, with no complaint ticked or written: the observation
        marked ``complaint_when_absent`` (no aches or pains), absent, so the triage is never
        self-care beside a substantial problem (test drive 24: "self-care", severity 68)."""
        if any(self.kb.observations[o].category is not ObservationCategory.CONTEXT for o in present):
            return set()
        return {o.id for o in self.kb.complaints_when_absent() if o.id not in said}

    def _ticked(self, cell: str, options: tuple[str, ...]) -> tuple[dict[str, bool | None], str, list[str]]:
        """The options a cell ticks: {observation id: present, None for words saying not sure},
        the words in it that nothing reads ('' when none), and notes of words read."""
        # an option reads as the form shows it, or as forms built before test drive 22 showed
        # it (the observation's text, "The runner is female ..."), or by a text it had before
        texts = {_key(text): o for o in options
                 for text in (self.kb.observations[o].text, self.kb.observations[o].to_runner,
                              *self.kb.observations[o].former_texts)}
        pieces = [p for p in _SEPARATORS.split(cell.strip()) if p]
        ticked: dict[str, bool | None] = {}
        leftovers: list[str] = []
        i = 0
        while i < len(pieces):
            for j in range(len(pieces), i, -1):  # the longest run of pieces that spells an option
                joined = _key(" ".join(pieces[i:j]))
                if joined in texts:
                    ticked[texts[joined]] = True
                    i = j
                    break
            else:
                leftovers.append(pieces[i])
                i += 1
        notes = []
        ids = {o.casefold(): o for o in self.kb.observations}
        words = []
        for piece in leftovers:
            if piece.casefold() in ids:
                ticked[ids[piece.casefold()]] = True
            else:
                words.append(piece)
        if words:
            text = ", ".join(words)
            yes, no, maybe, read = read_words(self.kb, text)
            if not yes and not no and not maybe:
                return ticked, text, notes
            ticked.update({o: None for o in maybe if o not in ticked})
            ticked.update({o: True for o in yes})
            ticked.update({o: False for o in no if o not in yes})
            notes.append(read)
        return ticked, "", notes


def response_time(text: str) -> dt.datetime | None:
    """When a response was sent, as a form export writes it; None when it cannot be told."""
    text = " ".join(text.split())
    offset = dt.timedelta(0)
    zone = _ZONE.search(text)
    if zone:
        text = text[:zone.start()]
        sign = -1 if zone.group(1) == "-" else 1
        offset = sign * dt.timedelta(hours=int(zone.group(2) or 0), minutes=int(zone.group(3) or 0))
    try:
        when = dt.datetime.fromisoformat(text)  # an .xlsx cell, read as a datetime
    except ValueError:
        when = None
    for fmt in _TIME_FORMATS:
        if when is not None:
            break
        try:
            when = dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
    if when is None:
        return None
    if when.tzinfo is not None:
        return when.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return when - offset
