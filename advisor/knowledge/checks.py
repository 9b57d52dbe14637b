"""Checks across sections: every id refers to something of the right kind, the rule graph is
sound, the pack keeps the invariants the tests and the questionnaire rely on, and the engine
can take it. Each check reports to the collector; none stops the others.

These are the same rules the test suite holds the shipped pack to, so a pack that passes
``stridewise rules check`` passes them too (documented in rules/README.md).
"""
from __future__ import annotations

from advisor.knowledge import graph, limits
from advisor.knowledge.model import CauseType, ObservationCategory, QuestionKind, SourceKind
from advisor.knowledge.problems import Collector, suggest
from advisor.knowledge.schema import Ref, Spot
from advisor.knowledge.sections import Entry, Parsed

EXERCISES_PER_CAUSE_HINT = 3


class Checker:
    def __init__(self, parsed: Parsed, col: Collector):
        self.p = parsed
        self.col = col
        e = parsed.entries
        self.observations = e["observations"]
        self.nodes: dict[str, str] = {}
        for section in ("observations", "findings", "causes", "red_flags"):
            for ident in e[section]:
                self.nodes.setdefault(ident, section)
        self.premises = set(e["observations"]) | set(e["findings"]) | set(e["causes"])

    def problem(self, spot: Spot, message: str) -> None:
        self.col.add(spot.file, spot.line, spot.path, message)

    def ref(self, r: Ref | None, valid, what: str) -> None:
        if r is not None and r.id not in valid:
            self.problem(r.spot, f"unknown {what} '{r.id}'" + suggest(r.id, valid))

    def run(self) -> None:
        for check in (self.citations, self.observations_refs, self.normal_phrases, self.causes, self.rules, self.exercises,
                      self.self_tests, self.corrections, self.questions, self.graph, self.limits):
            check()

    # -- citations --------------------------------------------------------------------------
    def _all_citations(self):
        for section, table in self.p.entries.items():
            for entry in table.values():
                for c in entry.values.get("cite") or ():
                    yield entry, c
                for role in entry.values.get("roles") or ():
                    for c in (role or {}).get("cite") or ():
                        yield entry, c

    def citations(self) -> None:
        sources = self.p.objects("sources")
        for _, c in self._all_citations():
            self.ref(c.source, sources, "source")
            src = sources.get(c.source.id)
            if src is None:
                continue
            if src.kind is SourceKind.ARTICLE and not c.quote:
                self.problem(c.spot, "an article citation needs a verbatim 'quote'")
            if src.kind is SourceKind.PUBLISHED and not (c.quote or c.note):
                self.problem(c.spot, "a published citation needs a 'note' on what it found (or a quote)")

    # -- sections ---------------------------------------------------------------------------
    def observations_refs(self) -> None:
        tests = self.p.entries["self_tests"]
        for entry in self.observations.values():
            self.ref(entry.values["self_test"], tests, "self-test")
            for key in ("ask_only_if", "never_if", "narrows", "yields_to", "denied_with"):
                for r in entry.values[key]:
                    self.ref(r, self.observations, "observation")
            self.narrowing(entry)

    def narrowing(self, entry) -> None:
        """An observation that narrows another to a situation names both: which it narrows, and
        the situation in plain words (a negation there would read the other way round)."""
        narrows, situation = entry.values["narrows"], entry.values["situation"]
        if bool(narrows) != bool(situation):
            self.problem(entry.at("narrows" if narrows else "situation"), "'narrows' and 'situation' go together: which observations this one "
                                     "narrows, and the runner's words for the situation")
        for r in narrows:
            if r.id == entry.values["id"]:
                self.problem(r.spot, f"'{r.id}' cannot narrow itself")
        for r in entry.values["yields_to"]:
            if r.id == entry.values["id"]:
                self.problem(r.spot, f"'{r.id}' cannot yield to itself")
        for r in entry.values["denied_with"]:
            if r.id == entry.values["id"]:
                self.problem(r.spot, f"'{r.id}' cannot be denied with itself")
        from advisor.knowledge.search import NOT, lexicon, tokens
        lex = lexicon()
        for n, phrase in enumerate(situation):
            canons = {t.canon for t in tokens(phrase, lex) if not t.stop}
            if not canons or NOT in canons:
                self.problem(entry.at("situation").at(n, entry.item.data.get("situation")),
                             f"situation '{phrase}' needs words to match on, without a negation")

    def normal_phrases(self) -> None:
        """A phrasing of the normal state is read as the observation absent, a part it is
        denied by ("fever") only ever as absent, and a word that leaves it unstated ("menopause")
        leaves it unstated anywhere in a text: each must say it in plain words (a negation
        would read it the other way round: "no gym" is a synonym, "I lift weights" the normal
        state) and must not also be another phrase of the pack, or the same words would state
        an observation and deny one."""
        kinds = (("normal", "normal phrasing"), ("denied_by", "denied-by phrase"), ("unstated_by", "unstated-by word"))
        if not any(entry.values[key] for entry in self.observations.values() for key, _ in kinds):
            return
        from advisor.knowledge.search import NOT, lexicon, tokens
        lex = lexicon()

        def words(phrase: str) -> tuple[str, ...]:
            return tuple(sorted({t.canon for t in tokens(phrase, lex) if not t.stop}))

        said: dict[tuple[str, ...], str] = {}
        for ident, entry in self.observations.items():
            for phrase in (*entry.values["synonyms"], ident.replace("_", " ")):
                said.setdefault(words(phrase), ident)
            # A synonym that is only a negation and body parts ("can't get my knee up" is "not"
            # and "knee") would state its observation from every "no knee pain"
            for n, phrase in enumerate(entry.values["synonyms"]):
                canon = words(phrase)
                if NOT in canon and all(w == NOT or w in lex.site_words for w in canon):
                    self.problem(entry.at("synonyms").at(n, entry.item.data.get("synonyms")),
                                 f"synonym '{phrase}' is only a negation and a body part: every denial of that "
                                 "body part would state it (say it with a word of its own)")
        # A part denied may be another observation's synonym: "no chest pain" denies chest pain
        # now and chest pain on runs, and "chest pain" said states only the one on runs.
        stated = dict(said)
        for key, name in kinds:
            for ident, entry in self.observations.items():
                for n, phrase in enumerate(entry.values[key]):
                    spot = entry.at(key).at(n, entry.item.data.get(key))
                    canon = words(phrase)
                    if not canon:
                        self.problem(spot, f"{name} '{phrase}' has no word to match on")
                    elif NOT in canon:
                        self.problem(spot, f"{name} '{phrase}' has a negation: say it without one "
                                           "(a negated phrase of the fault is already read as absent)")
                    elif key == "denied_by" and stated.get(canon, ident) != ident:
                        continue
                    elif canon in said:
                        self.problem(spot, f"{name} '{phrase}' has the words of a phrase of '{said[canon]}': "
                                           "the same words, in any order, cannot state one observation and deny one")
                    else:
                        said[canon] = ident

    def causes(self) -> None:
        muscles = self.p.entries["muscles"]
        for entry in self.p.entries["causes"].values():
            cause = entry.obj
            if cause.type is not CauseType.MUSCLE:
                continue
            if not cause.muscle:
                self.problem(entry.spot, "a muscle cause needs 'muscle' (a muscle group id)")
            else:
                self.ref(entry.values["muscle"], muscles, "muscle group")
            if cause.state is None:
                self.problem(entry.spot, "a muscle cause needs 'state' (weak, tight, overloaded, fatigued, tense)")

    def rules(self) -> None:
        for entry in list(self.p.entries["rules"].values()) + list(self.p.entries["red_flags"].values()):
            cond = entry.values["if"]
            for r in (cond.all + cond.any) if cond else ():
                if r.id not in self.premises:
                    if self.nodes.get(r.id) == "red_flags":
                        self.problem(r.spot, f"a red flag cannot be a premise ('{r.id}')")
                    else:
                        self.problem(r.spot, f"unknown id '{r.id}'" + suggest(r.id, self.premises))
                elif r.negated and r.id not in self.observations:
                    self.problem(r.spot, f"only observations can be negated ('not {r.id}' means reported absent)")
        for entry in self.p.entries["rules"].values():
            then = entry.values["then"]
            if then is None:
                continue
            section = self.nodes.get(then.id)
            if section is None:
                self.problem(then.spot, f"unknown id '{then.id}'" + suggest(then.id, self.nodes))
            elif section == "observations":
                self.problem(then.spot, f"'{then.id}' is an observation; a rule concludes a finding or a cause")
            elif section == "red_flags":
                self.problem(then.spot, f"'{then.id}' is a red flag; give the red flag its own 'if' instead")

    def exercises(self) -> None:
        causes = self.p.entries["causes"]
        by_cause: dict[str, list[tuple[Entry, Ref]]] = {}
        for entry in self.p.entries["exercises"].values():
            for r in entry.values["addresses"]:
                self.ref(r, causes, "cause")
                by_cause.setdefault(r.id, []).append((entry, r))
            self.ref(entry.values["instead_of"], self.p.entries["exercises"], "exercise")
            for r in entry.values["not_with"]:
                self.ref(r, causes, "cause")
            if entry.obj.instead_of == entry.obj.id:
                self.problem(entry.at("instead_of"), "an exercise cannot be an alternative to itself")
            dose = entry.obj.dose
            if entry.values["dose"] is not None:
                missing = [name for name, have in (("'reps' or 'hold'", dose.reps or dose.hold),
                                                   ("'frequency'", dose.frequency), ("'when'", dose.when),
                                                   ("'progression'", dose.progression)) if not have]
                for name in missing:
                    self.problem(entry.at("dose"), f"a dose needs {name}")
                cited = {c.source for c in entry.obj.citations}
                if dose.basis and dose.basis not in cited:
                    self.problem(entry.at("dose"), f"the dose's basis '{dose.basis}' must be one of the exercise's "
                                 f"citations ({', '.join(sorted(cited))}); leave 'basis' out for expert opinion")
        for ident, entry in causes.items():
            if ident not in by_cause:
                self.problem(entry.spot, "no exercise addresses this cause; every cause needs one")
        for cause, users in by_cause.items():
            if len(users) < 2:
                continue
            unranked = [(e, r) for e, r in users if r.priority is None]
            listing = ", ".join(f"{e.obj.id} {r.priority}" if r.priority is not None else e.obj.id for e, r in users)
            for e, r in unranked:
                self.problem(r.spot, f"{len(users)} exercises address '{cause}': give each a priority for it, "
                                     f"e.g. {{{cause}: {len(users)}}} (1 is offered first; {listing})")
            ranks: dict[int, list[Entry]] = {}
            for e, r in users:
                if r.priority is not None:
                    ranks.setdefault(r.priority, []).append(e)
            for e, r in users:
                others = [o for o in ranks.get(r.priority, ()) if o is not e]
                if others:
                    names = ", ".join(f"'{o.obj.id}' ({o.item.file}:{o.item.line})" for o in others)
                    self.problem(r.spot, f"priority {r.priority} for '{cause}' is also given to {names}: "
                                         f"priorities for one cause must differ (the plan offers the lowest "
                                         f"first, {EXERCISES_PER_CAUSE_HINT} per cause)")

    def self_tests(self) -> None:
        for entry in self.p.entries["self_tests"].values():
            self.ref(entry.values["feeds"], self.observations, "observation")

    def corrections(self) -> None:
        sources = self.p.objects("sources")
        for entry in self.p.entries["corrections"].values():
            cites = entry.obj.citations
            if cites and not any(sources.get(c.source) and sources[c.source].kind is SourceKind.PUBLISHED
                                 for c in cites):
                self.problem(entry.at("cite"), "a correction needs a published source, not only the article")

    def questions(self) -> None:
        placed: dict[str, str] = {}
        screens: list[Entry] = []
        for entry in self.p.entries["questions"].values():
            for r in entry.values["options"]:
                self.ref(r, self.observations, "observation")
                if r.id in placed:
                    self.problem(r.spot, f"'{r.id}' is already an option of question '{placed[r.id]}'")
                placed[r.id] = entry.obj.id
            for r in entry.values["unticked_unknown"]:
                if r.id not in entry.obj.options:
                    self.problem(r.spot, f"unticked_unknown names options of this question; '{r.id}' is not one")
            for r, _ in entry.values["headings"]:
                if r.id not in entry.obj.options:
                    self.problem(r.spot, f"a heading must be before one of this question's options; '{r.id}' is not one")
            if entry.obj.kind is QuestionKind.SCREEN:
                screens.append(entry)
        for extra in screens[1:]:
            self.problem(extra.spot, "only one red-flag screen is allowed")
        red = sorted(o.id for o in self.p.objects("observations").values()
                     if o.category is ObservationCategory.RED_FLAG)
        if not red:
            return
        if not screens:
            if self.p.entries["questions"]:
                first = next(iter(self.p.entries["questions"].values()))
                self.problem(first.spot, "there are red_flag observations but no question of kind 'screen' "
                                         "lists them: add the red-flag screen")
            return
        missing = sorted(set(red) - set(screens[0].obj.options))
        if missing:
            self.problem(screens[0].spot, "the red-flag screen must list every red_flag observation; missing: "
                                          + ", ".join(missing))

    # -- the rule graph and the engine --------------------------------------------------------
    def _node_spot(self, ident: str) -> Spot | None:
        section = self.nodes.get(ident)
        return self.p.entries[section][ident].spot if section else None

    def graph(self) -> None:
        rules = self.p.rules
        for cycle in graph.cycles(rules):
            spot = self._node_spot(cycle[-1])
            self.col.add(spot.file if spot else "rules", spot.line if spot else 0, cycle[-1],
                         "rules form a cycle: " + " -> ".join(cycle))
        reached = graph.reachable(rules, self.observations)
        for section, what in (("causes", "cause"), ("findings", "finding")):
            for ident, entry in self.p.entries[section].items():
                if ident not in reached:
                    self.problem(entry.spot, f"no rule can reach this {what} from observations")

    def limits(self) -> None:
        for rule, message in limits.problems(self.p.rules):
            entry = self.p.rule_entries[rule.id]
            self.problem(entry.spot, message)
