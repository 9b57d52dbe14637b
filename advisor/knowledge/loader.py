"""Rule pack loader and validator: YAML files in a folder -> a frozen ``KnowledgeBase``.

Every problem in the whole pack is collected (file:line: path: what is wrong) before
anything is raised, so a physio fixing a pack sees all of it at once.
"""
from __future__ import annotations

import difflib
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from advisor.errors import KnowledgeBaseError, Problem
from advisor.knowledge.model import (
    Cause, CauseType, Citation, Correction, Dose, Exercise, Finding, KnowledgeBase, Literal,
    Muscle, MuscleRole, MuscleState, Observation, ObservationCategory, Question, RedFlag, Rule, SelfTest,
    Source, Strength, Triage,
)
from advisor.knowledge.yamlsource import LineDict, LineList, load_yaml, read_yaml_bytes

MAX_QUOTE_WORDS = 25
ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
SECTIONS = ("settings", "sources", "observations", "findings", "causes", "rules", "red_flags",
            "exercises", "self_tests", "muscles", "corrections", "questions")
PHASES = ("swing", "foot_strike", "push_off", "whole_stride")

FIELDS = {
    "sources": {"id", "kind", "reference", "url", "strength", "short"},
    "observations": {"id", "text", "category", "question", "synonyms", "help", "self_test",
                     "ask_only_if", "never_if"},
    "findings": {"id", "text"},
    "causes": {"id", "text", "type", "muscle", "state", "explanation"},
    "rules": {"id", "if", "then", "weight", "cite", "note"},
    "red_flags": {"id", "text", "triage", "see", "action", "if", "cite"},
    "exercises": {"id", "name", "how", "dose", "addresses", "cite", "kind", "prevention"},
    "self_tests": {"id", "name", "how", "positive", "feeds", "cite", "caution"},
    "muscles": {"id", "name", "members", "roles", "cite"},
    "corrections": {"id", "claim", "correction", "cite"},
    "questions": {"id", "kind", "text", "options", "unselected"},
}
REQUIRED = {
    "sources": ("id", "kind", "reference"),
    "observations": ("id", "text", "category", "question"),
    "findings": ("id", "text"),
    "causes": ("id", "text", "type"),
    "rules": ("id", "if", "then", "weight", "cite"),
    "red_flags": ("id", "text", "triage", "see", "action", "if", "cite"),
    "exercises": ("id", "name", "how", "dose", "addresses", "cite"),
    "self_tests": ("id", "name", "how", "positive", "feeds", "cite"),
    "muscles": ("id", "name", "members", "roles", "cite"),
    "corrections": ("id", "claim", "correction", "cite"),
    "questions": ("id", "kind", "text", "options"),
}
DOSE_FIELDS = {"sets", "reps", "hold", "frequency", "when", "progression"}
CITE_FIELDS = {"source", "section", "quote", "note"}
DEFAULT_NOTICE = ("Not a diagnosis: this is general guidance from a rule base, not a medical "
                  "assessment. If in doubt, see a clinician.")


def suggest(word: str, options) -> str:
    match = difflib.get_close_matches(str(word), list(options), n=1, cutoff=0.6)
    return f" (did you mean '{match[0]}'?)" if match else ""


@dataclass
class _Item:
    """One YAML entry with where it came from."""

    section: str
    index: int
    data: LineDict
    file: str

    def where(self, key: str | None = None) -> tuple[int, str]:
        path = f"{self.section}[{self.index}]"
        ident = self.data.get("id") if isinstance(self.data, dict) else None
        if isinstance(ident, str):
            path = f"{self.section}[{self.index}] ({ident})"
        if key is None:
            return self.data.line, path
        return self.data.line_of(key), f"{path}.{key}"


@dataclass
class _Collector:
    problems: list[Problem] = field(default_factory=list)

    def add(self, file: str, line: int, path: str, message: str) -> None:
        self.problems.append(Problem(file, line, path, message))

    def at(self, item: _Item, key: str | None, message: str) -> None:
        line, path = item.where(key)
        self.add(item.file, line, path, message)


def default_rules_dir() -> Path:
    """The rules shipped with the package; the source tree's ``rules/`` when run from a checkout."""
    package = Path(__file__).resolve().parents[1]
    installed = package / "_rules"
    if installed.is_dir():
        return installed
    return package.parent / "rules"


def _display_name(path: Path, rules_dir: Path, given: str | None) -> str:
    if given is None:
        return f"rules/{path.name}"
    return str(Path(given) / path.name)


def load_knowledge_base(rules_dir: str | Path | None = None) -> KnowledgeBase:
    """Load and validate a rule pack. Raises ``KnowledgeBaseError`` with every problem."""
    given = None if rules_dir is None else str(rules_dir)
    folder = default_rules_dir() if rules_dir is None else Path(rules_dir)
    col = _Collector()
    if not folder.is_dir():
        raise KnowledgeBaseError([Problem(str(given or folder), 0, "", "no such rules folder")])
    files = sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))
    if not files:
        raise KnowledgeBaseError([Problem(str(given or folder), 0, "", "no .yaml files in the rules folder")])
    digest = hashlib.sha256()
    items: dict[str, list[_Item]] = {name: [] for name in SECTIONS}
    settings: dict = {}
    for path in files:
        shown = _display_name(path, folder, given)
        data = read_yaml_bytes(path)  # once: the digest and the parser see the same bytes
        digest.update(path.name.encode() + b"\0" + (data if isinstance(data, bytes) else b""))
        doc, problems = load_yaml(path, shown, data)
        col.problems.extend(problems)
        if doc is None:
            continue
        if not isinstance(doc, dict):
            col.add(shown, getattr(doc, "line", 1), "", "a rules file must be a mapping of sections "
                    f"({', '.join(SECTIONS)})")
            continue
        for key, line in doc.get("__duplicate_keys__", []):
            col.add(shown, line, str(key), "section appears twice in this file")
        for section, value in doc.items():
            if section == "__duplicate_keys__":
                continue
            if section not in SECTIONS:
                col.add(shown, doc.line_of(section), str(section),
                        "unknown section" + suggest(section, SECTIONS))
                continue
            if section == "settings":
                if isinstance(value, dict):
                    settings.update(value)
                else:
                    col.add(shown, doc.line_of(section), section, "must be a mapping")
                continue
            if not isinstance(value, list):
                col.add(shown, doc.line_of(section), section, "must be a list of entries")
                continue
            for index, entry in enumerate(value):
                if not isinstance(entry, dict):
                    line = value.line_of(index) if isinstance(value, LineList) else doc.line_of(section)
                    col.add(shown, line, f"{section}[{index}]", "each entry must be a mapping with an 'id'")
                    continue
                items[section].append(_Item(section, index, entry, shown))
    kb = _Builder(col, items, settings, digest.hexdigest()[:16]).build()
    if col.problems:
        raise KnowledgeBaseError(col.problems)
    return kb


class _Builder:
    def __init__(self, col: _Collector, items: dict[str, list[_Item]], settings: dict, fingerprint: str):
        self.col = col
        self.items = items
        self.settings = settings
        self.fingerprint = fingerprint
        self.ids: dict[str, str] = {}  # id -> section, across all node kinds

    # -- field helpers -------------------------------------------------------------------
    def _check_fields(self, item: _Item) -> None:
        allowed = FIELDS[item.section]
        for key in item.data:
            if key == "__duplicate_keys__":
                for dup, line in item.data[key]:
                    self.col.add(item.file, line, f"{item.where()[1]}.{dup}", "field appears twice")
                continue
            if key not in allowed:
                self.col.at(item, key, "unknown field" + suggest(key, allowed))
        for key in REQUIRED[item.section]:
            if key == "addresses" and item.data.get(key) == []:
                continue  # reported by the exercise check, with a better message
            if key not in item.data or item.data[key] in (None, "", []):
                self.col.at(item, None, f"missing required field '{key}'")

    def _text(self, item: _Item, key: str, default: str = "") -> str:
        value = item.data.get(key, default)
        if value is None:
            return default
        if not isinstance(value, str):
            self.col.at(item, key, "must be text")
            return str(value)
        return value.strip()

    def _strings(self, item: _Item, key: str) -> tuple[str, ...]:
        value = item.data.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            return (value,)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.col.at(item, key, "must be a list of text")
            return ()
        return tuple(v.strip() for v in value)

    def _enum(self, item: _Item, key: str, enum, default=None):
        value = item.data.get(key)
        if value is None:
            return default
        try:
            return enum(value)
        except ValueError:
            options = [e.value for e in enum]
            self.col.at(item, key, f"'{value}' is not one of {', '.join(options)}" + suggest(value, options))
            return default

    def _register(self, item: _Item) -> str | None:
        ident = item.data.get("id")
        if not isinstance(ident, str) or not ident:
            return None
        if not ID_PATTERN.match(ident):
            self.col.at(item, "id", f"'{ident}' is not a snake_case id (lower case, digits, underscores)")
        return ident

    def _unique(self, item: _Item, ident: str, seen: dict[str, _Item]) -> bool:
        if ident in seen:
            other = seen[ident]
            self.col.at(item, "id", f"duplicate id '{ident}' (first defined at {other.file}:{other.data.line})")
            return False
        seen[ident] = item
        return True

    def _citations(self, item: _Item, key: str = "cite", value=None, line: int | None = None,
                   path: str | None = None) -> tuple[Citation, ...]:
        raw = item.data.get(key) if value is None else value
        base_line, base_path = item.where(key)
        base_line = line or base_line
        base_path = path or base_path
        if raw is None:
            return ()
        entries = raw if isinstance(raw, list) else [raw]
        out = []
        for n, entry in enumerate(entries):
            p = f"{base_path}[{n}]" if isinstance(raw, list) else base_path
            ln = raw.line_of(n) if isinstance(raw, LineList) else base_line
            if not isinstance(entry, dict):
                self.col.add(item.file, ln, p, "a citation is a mapping with source, section and quote")
                continue
            for k in entry:
                if k not in CITE_FIELDS and k != "__duplicate_keys__":
                    self.col.add(item.file, entry.line_of(k), f"{p}.{k}", "unknown field" + suggest(k, CITE_FIELDS))
            source = entry.get("source")
            section = entry.get("section")
            quote = entry.get("quote") or ""
            note = entry.get("note") or ""
            if not isinstance(source, str) or not source:
                self.col.add(item.file, ln, p, "citation needs a 'source'")
                continue
            if source not in self.sources:
                self.col.add(item.file, entry.line_of("source"), f"{p}.source",
                             f"unknown source '{source}'" + suggest(source, self.sources))
            if not isinstance(section, str) or not section.strip():
                self.col.add(item.file, ln, p, "citation needs a 'section'")
                section = ""
            if not isinstance(quote, str) or not isinstance(note, str):
                self.col.add(item.file, ln, p, "quote and note must be text")
                continue
            words = len(quote.split())
            if words > MAX_QUOTE_WORDS:
                self.col.add(item.file, entry.line_of("quote"), f"{p}.quote",
                             f"excerpt has {words} words; the limit is {MAX_QUOTE_WORDS}")
            src = self.sources.get(source)
            if src is not None and src.kind == "article" and not quote.strip():
                self.col.add(item.file, ln, p, "an article citation needs a verbatim 'quote'")
            if src is not None and src.kind != "article" and not (quote.strip() or note.strip()):
                self.col.add(item.file, ln, p, "a published citation needs a 'note' on what it found (or a quote)")
            out.append(Citation(source, section.strip(), " ".join(quote.split()), " ".join(note.split())))
        return tuple(out)

    # -- sections ---------------------------------------------------------------------------
    def build(self) -> KnowledgeBase:
        self.sources: dict[str, Source] = {}
        seen: dict[str, _Item] = {}
        for item in self.items["sources"]:
            self._check_fields(item)
            ident = self._register(item)
            if not ident or not self._unique(item, ident, seen):
                continue
            kind = self._text(item, "kind")
            if kind not in ("article", "published"):
                self.col.at(item, "kind", f"'{kind}' is not one of article, published" + suggest(kind, ["article", "published"]))
            self.sources[ident] = Source(ident, kind, self._text(item, "reference"), self._text(item, "url"),
                                         self._enum(item, "strength", Strength, Strength.REFERENCE),
                                         self._text(item, "short"))

        node_items: dict[str, _Item] = {}
        observations = {}
        for item in self.items["observations"]:
            self._check_fields(item)
            ident = self._register(item)
            if not ident or not self._unique(item, ident, node_items):
                continue
            observations[ident] = item
        findings, causes, red_flag_items = {}, {}, {}
        for section, table in (("findings", findings), ("causes", causes), ("red_flags", red_flag_items)):
            for item in self.items[section]:
                self._check_fields(item)
                ident = self._register(item)
                if not ident or not self._unique(item, ident, node_items):
                    continue
                table[ident] = item
        self.node_items = node_items
        self.obs_ids = set(observations)
        self.premise_ids = set(observations) | set(findings) | set(causes)

        muscles = self._muscles()
        self_test_items = {}
        seen_tests: dict[str, _Item] = {}
        for item in self.items["self_tests"]:
            self._check_fields(item)
            ident = self._register(item)
            if ident and self._unique(item, ident, seen_tests):
                self_test_items[ident] = item

        obs_out = {}
        for ident, item in observations.items():
            self_test = self._text(item, "self_test")
            if self_test and self_test not in self_test_items:
                self.col.at(item, "self_test", f"unknown self-test '{self_test}'" + suggest(self_test, self_test_items))
            ask_only_if = self._refs(item, "ask_only_if", self.obs_ids, "observation")
            never_if = self._refs(item, "never_if", self.obs_ids, "observation")
            obs_out[ident] = Observation(
                ident, self._text(item, "text"),
                self._enum(item, "category", ObservationCategory, ObservationCategory.SYMPTOM),
                self._text(item, "question"), self._strings(item, "synonyms"), self._text(item, "help"),
                self_test, ask_only_if, never_if)
        findings_out = {i: Finding(i, self._text(it, "text")) for i, it in findings.items()}
        causes_out = {}
        for ident, item in causes.items():
            ctype = self._enum(item, "type", CauseType, CauseType.MUSCLE)
            muscle = self._text(item, "muscle")
            state = self._enum(item, "state", MuscleState)
            if ctype is CauseType.MUSCLE:
                if not muscle:
                    self.col.at(item, None, "a muscle cause needs 'muscle' (a muscle group id)")
                elif muscle not in muscles:
                    self.col.at(item, "muscle", f"unknown muscle group '{muscle}'" + suggest(muscle, muscles))
                if state is None:
                    self.col.at(item, None, "a muscle cause needs 'state' (weak, tight, overloaded, fatigued, tense)")
            causes_out[ident] = Cause(ident, self._text(item, "text"), ctype, muscle, state,
                                      self._text(item, "explanation"))

        rules: list[Rule] = []
        seen_rules: dict[str, _Item] = {}
        for item in self.items["rules"]:
            self._check_fields(item)
            ident = self._register(item)
            if not ident or not self._unique(item, ident, seen_rules):
                continue
            rule = self._rule(item, ident, self._text(item, "then"), item.data.get("weight"))
            if rule:
                rules.append(rule)
        red_flags = {}
        for ident, item in red_flag_items.items():
            rule_id = f"red_flag__{ident}"
            cites = self._citations(item)
            rule = self._rule(item, rule_id, ident, 1.0, cites)
            if rule:
                rules.append(rule)
            red_flags[ident] = RedFlag(ident, self._text(item, "text"),
                                       self._enum(item, "triage", Triage, Triage.SOON),
                                       self._text(item, "see"), self._text(item, "action"), rule_id, cites)

        exercises = self._exercises(causes_out)
        self_tests = {}
        for ident, item in self_test_items.items():
            feeds = self._text(item, "feeds")
            if feeds and feeds not in self.obs_ids:
                self.col.at(item, "feeds", f"unknown observation '{feeds}'" + suggest(feeds, self.obs_ids))
            self_tests[ident] = SelfTest(ident, self._text(item, "name"), self._text(item, "how"),
                                         self._text(item, "positive"), feeds, self._citations(item),
                                         self._text(item, "caution"))
        corrections = []
        seen_corr: dict[str, _Item] = {}
        for item in self.items["corrections"]:
            self._check_fields(item)
            ident = self._register(item)
            if not ident or not self._unique(item, ident, seen_corr):
                continue
            cites = self._citations(item)
            if cites and not any(self.sources.get(c.source) and self.sources[c.source].kind == "published" for c in cites):
                self.col.at(item, "cite", "a correction needs a published source, not only the article")
            corrections.append(Correction(ident, self._text(item, "claim"), self._text(item, "correction"), cites))

        questions = self._questions(obs_out)
        self._check_graph(rules, causes, findings)
        notice = self.settings.get("notice", DEFAULT_NOTICE)
        return KnowledgeBase(
            sources=self.sources, observations=obs_out, findings=findings_out, causes=causes_out,
            rules=tuple(rules), red_flags=red_flags, exercises=exercises, self_tests=self_tests,
            muscles=muscles, corrections=tuple(corrections), notice=str(notice).strip(),
            fingerprint=self.fingerprint, rules_by_id={r.id: r for r in rules}, questions=questions)

    def _refs(self, item: _Item, key: str, valid: set[str], what: str) -> tuple[str, ...]:
        values = self._strings(item, key)
        for n, value in enumerate(values):
            if value not in valid:
                line = item.data[key].line_of(n) if isinstance(item.data.get(key), LineList) else item.data.line_of(key)
                self.col.add(item.file, line, f"{item.where()[1]}.{key}[{n}]",
                             f"unknown {what} '{value}'" + suggest(value, valid))
        return values

    def _literals(self, item: _Item, raw, path: str, line: int) -> tuple[Literal, ...]:
        if raw is None:
            return ()
        if isinstance(raw, str):
            raw = LineList([raw])
            raw.line, raw.item_lines = line, [line]
        if not isinstance(raw, list):
            self.col.add(item.file, line, path, "must be a list of ids (prefix 'not ' for reported absent)")
            return ()
        out = []
        for n, entry in enumerate(raw):
            ln = raw.line_of(n) if isinstance(raw, LineList) else line
            if not isinstance(entry, str):
                self.col.add(item.file, ln, f"{path}[{n}]", "must be an id, or 'not ' and an observation id")
                continue
            text = entry.strip()
            negated = text.startswith("not ")
            ident = text[4:].strip() if negated else text
            if ident not in self.premise_ids:
                kind = "red flag" if ident in self.node_items else "id"
                msg = (f"a red flag cannot be a premise ('{ident}')" if kind == "red flag"
                       else f"unknown id '{ident}'" + suggest(ident, self.premise_ids))
                self.col.add(item.file, ln, f"{path}[{n}]", msg)
                continue
            if negated and ident not in self.obs_ids:
                self.col.add(item.file, ln, f"{path}[{n}]",
                             f"only observations can be negated ('not {ident}' means reported absent)")
                continue
            out.append(Literal(ident, negated))
        return tuple(out)

    def _rule(self, item: _Item, ident: str, then: str, weight, cites=None) -> Rule | None:
        cond = item.data.get("if")
        line, path = item.where("if")
        if isinstance(cond, dict):
            for key in cond:
                if key not in ("all", "any", "__duplicate_keys__"):
                    self.col.add(item.file, cond.line_of(key), f"{path}.{key}", "unknown field" + suggest(key, ["all", "any"]))
            all_ = self._literals(item, cond.get("all"), f"{path}.all", cond.line_of("all"))
            any_ = self._literals(item, cond.get("any"), f"{path}.any", cond.line_of("any"))
        elif isinstance(cond, (list, str)):
            all_, any_ = self._literals(item, cond, path, line), ()
        else:
            if cond is not None:
                self.col.at(item, "if", "must be a list of ids or a mapping with 'all' and/or 'any'")
            return None
        if item.section == "rules":
            if then and then not in self.node_items:
                self.col.at(item, "then", f"unknown id '{then}'" + suggest(then, self.node_items))
            elif then in self.obs_ids:
                self.col.at(item, "then", f"'{then}' is an observation; a rule concludes a finding or a cause")
            elif then and self.node_items[then].section == "red_flags":
                self.col.at(item, "then", f"'{then}' is a red flag; give the red flag its own 'if' instead")
            if isinstance(weight, bool) or not isinstance(weight, (int, float)):
                self.col.at(item, "weight", "must be a number between -1 and 1")
                weight = 0.0
            elif not -1.0 <= weight <= 1.0 or weight == 0:
                self.col.at(item, "weight", f"{weight} is outside [-1, 1] or zero")
            cites = self._citations(item)
        raw_lists = [cond.get("all"), cond.get("any")] if isinstance(cond, dict) else [cond]
        if not any(raw_lists):
            self.col.at(item, "if", "needs at least one condition")
        if not all_ and not any_:
            return None
        return Rule(ident, all_, any_, then, float(weight), cites or (), self._text(item, "note") if item.section == "rules" else "",
                    f"{item.file}:{item.data.line}")

    def _questions(self, observations: dict[str, Observation]) -> tuple[Question, ...]:
        out = []
        seen: dict[str, _Item] = {}
        placed: dict[str, str] = {}
        screens = []
        for item in self.items["questions"]:
            self._check_fields(item)
            ident = self._register(item)
            if not ident or not self._unique(item, ident, seen):
                continue
            kind = self._text(item, "kind")
            if kind not in ("screen", "choice"):
                self.col.at(item, "kind", f"'{kind}' is not one of screen, choice" + suggest(kind, ["screen", "choice"]))
            unselected = self._text(item, "unselected", "absent")
            if unselected not in ("absent", "unknown"):
                self.col.at(item, "unselected", f"'{unselected}' is not one of absent, unknown")
            options = self._refs(item, "options", self.obs_ids, "observation")
            for option in options:
                if option in placed:
                    self.col.at(item, "options", f"'{option}' is already an option of question '{placed[option]}'")
                placed[option] = ident
            question = Question(ident, kind, self._text(item, "text"), options, unselected == "absent")
            if kind == "screen":
                screens.append((item, question))
            out.append(question)
        red = {o.id for o in observations.values() if o.category.value == "red_flag"}
        if len(screens) > 1:
            self.col.at(screens[1][0], None, "only one red-flag screen is allowed")
        if self.items["questions"] and red:
            listed = set(screens[0][1].options) if screens else set()
            missing = sorted(red - listed)
            if missing:
                item = screens[0][0] if screens else self.items["questions"][0]
                self.col.at(item, None, "the red-flag screen must list every red_flag observation; missing: "
                            + ", ".join(missing))
        out.sort(key=lambda q: q.kind != "screen")
        return tuple(out)

    def _muscles(self) -> dict[str, Muscle]:
        out = {}
        seen: dict[str, _Item] = {}
        for item in self.items["muscles"]:
            self._check_fields(item)
            ident = self._register(item)
            if not ident or not self._unique(item, ident, seen):
                continue
            roles = []
            raw = item.data.get("roles") or []
            if not isinstance(raw, list):
                self.col.at(item, "roles", "must be a list of {phase, text, cite}")
                raw = []
            for n, role in enumerate(raw):
                line = raw.line_of(n) if isinstance(raw, LineList) else item.data.line
                path = f"{item.where('roles')[1]}[{n}]"
                if not isinstance(role, dict):
                    self.col.add(item.file, line, path, "must be a mapping {phase, text, cite}")
                    continue
                phase = role.get("phase")
                if phase not in PHASES:
                    self.col.add(item.file, line, f"{path}.phase", f"'{phase}' is not one of {', '.join(PHASES)}" + suggest(phase, PHASES))
                cites = self._citations(item, value=role.get("cite"), line=role.line_of("cite"), path=f"{path}.cite")
                if not cites:
                    self.col.add(item.file, line, path, "a muscle role needs a citation")
                roles.append(MuscleRole(str(phase), str(role.get("text", "")).strip(), cites))
            out[ident] = Muscle(ident, self._text(item, "name"), self._strings(item, "members"), tuple(roles),
                                self._citations(item))
        return out

    def _exercises(self, causes: dict[str, Cause]) -> dict[str, Exercise]:
        out = {}
        seen: dict[str, _Item] = {}
        for item in self.items["exercises"]:
            self._check_fields(item)
            ident = self._register(item)
            if not ident or not self._unique(item, ident, seen):
                continue
            addresses = self._refs(item, "addresses", set(causes), "cause")
            if "addresses" in item.data and not addresses:
                self.col.at(item, "addresses", "an exercise must address at least one cause")
            raw = item.data.get("dose")
            dose = Dose()
            if isinstance(raw, dict):
                for key in raw:
                    if key not in DOSE_FIELDS and key != "__duplicate_keys__":
                        self.col.add(item.file, raw.line_of(key), f"{item.where('dose')[1]}.{key}",
                                     "unknown field" + suggest(key, DOSE_FIELDS))
                sets = raw.get("sets")
                if sets is not None and (isinstance(sets, bool) or not isinstance(sets, int) or sets < 1):
                    self.col.add(item.file, raw.line_of("sets"), f"{item.where('dose')[1]}.sets", "must be a whole number of sets")
                    sets = None
                dose = Dose(sets, *(str(raw.get(k, "") or "").strip() for k in ("reps", "hold", "frequency", "when", "progression")))
                if not (dose.reps or dose.hold):
                    self.col.at(item, "dose", "a dose needs 'reps' or 'hold'")
                if not dose.frequency:
                    self.col.at(item, "dose", "a dose needs 'frequency'")
            elif raw is not None:
                self.col.at(item, "dose", "must be a mapping (sets, reps or hold, frequency, when, progression)")
            kind = self._text(item, "kind", "exercise")
            if kind not in ("exercise", "stretch", "form_cue"):
                self.col.at(item, "kind", f"'{kind}' is not one of exercise, stretch, form_cue")
            prevention = item.data.get("prevention", False)
            if not isinstance(prevention, bool):
                self.col.at(item, "prevention", "must be true or false")
            out[ident] = Exercise(ident, self._text(item, "name"), self._text(item, "how"), dose, addresses,
                                  self._citations(item), kind, bool(prevention))
        return out

    def _check_graph(self, rules: list[Rule], causes: dict, findings: dict) -> None:
        edges: dict[str, set[str]] = {}
        for rule in rules:
            for lit in rule.all + rule.any:
                edges.setdefault(lit.id, set()).add(rule.then)
        # cycles: iterative DFS with colours
        colour: dict[str, int] = {}
        reported = set()
        for start in sorted(edges):
            if colour.get(start):
                continue
            stack = [(start, iter(sorted(edges.get(start, ()))))]
            path = [start]
            colour[start] = 1
            while stack:
                node, children = stack[-1]
                nxt = next(children, None)
                if nxt is None:
                    colour[node] = 2
                    stack.pop()
                    path.pop()
                    continue
                if colour.get(nxt) == 1:
                    cycle = path[path.index(nxt):] + [nxt]
                    key = frozenset(cycle)
                    if key not in reported:
                        reported.add(key)
                        item = self.node_items.get(nxt)
                        self.col.add(item.file if item else "rules", item.data.line if item else 0, nxt,
                                     "rules form a cycle: " + " -> ".join(cycle))
                elif not colour.get(nxt):
                    colour[nxt] = 1
                    path.append(nxt)
                    stack.append((nxt, iter(sorted(edges.get(nxt, ())))))
        reachable = set(self.obs_ids)
        changed = True
        while changed:
            changed = False
            for rule in rules:
                if rule.weight <= 0 or rule.then in reachable:
                    continue
                if all(l.id in reachable for l in rule.all) and (not rule.any or any(l.id in reachable for l in rule.any)):
                    reachable.add(rule.then)
                    changed = True
        for section, table in (("cause", causes), ("finding", findings)):
            for ident, item in table.items():
                if ident not in reachable:
                    self.col.at(item, None, f"no rule can reach this {section} from observations")
