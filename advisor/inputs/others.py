"""Someone else's symptoms beside the runner's own: "my sister gets numb toes on long runs, I
don't", "Dad's got plantar fasciitis, I've got nothing under my heel" (set 34: each read the
other person's complaint as the runner's).

A clause whose subject is another person (``other_people``: "my sister", "the guy beside me",
"half my group") is theirs, with the clauses after it in the sentence that name no subject
("... went down at the finish, out cold"), up to the runner's own clause (a first-person word).
Then:

- the runner's clause only says "not me" ("I don't", "I've never had one", "I was fine"), or
  denies it of "mine" ("mine don't hurt at all"): the other person's complaint is denied for the
  runner (``Others.DENY``);
- the runner's clause says something of the runner's own body ("mine doesn't bother me at
  night", "I've done 9 weeks with no shin pain"): the other person's clause is not read
  (``Others.SKIP``);
- anything else leaves it as said: a parent's "my son's knee hurts after football, I don't know
  why" is about the son, whom the text is for.

A clause that reports what the other person says of the runner ("my partner says I overstride")
or names the runner in it is the runner's, as before.
"""
from __future__ import annotations

from enum import Enum

from advisor.knowledge.search import NOT, Token


class Others(Enum):
    DENY = "deny"
    """The runner says "not me": the other person's complaint is read absent."""
    SKIP = "skip"
    """The runner says their own: the other person's clause is not read."""


def others(cut: list[list[Token]], sentence: list[int], lex,
           runner_at: tuple[int, int] | None = None) -> dict[int, Others]:
    """The clauses of another person's complaint, and what the runner's clause after them makes
    of them (none in most texts: one look for an other-person word first). ``runner_at``: where
    the text names the runner it is written for ("my son", whose.runner_named): a clause of
    those words is the runner's, as is one of "his" or "her" and a body part."""
    if not any(t.canon in lex.other_people for clause in cut for t in clause):
        return {}

    def names_runner(clause: list[Token]) -> bool:
        return runner_at is not None and any(runner_at[0] <= t.start < runner_at[1] for t in clause)

    def the_runners(clause: list[Token]) -> bool:
        return _the_writers(clause, lex) or (runner_at is not None and (
            _the_named_runners(clause, lex) or (names_runner(clause) and _says_own(clause, lex) is not None)))
    out: dict[int, Others] = {}
    for at, clause in enumerate(cut):
        if at in out or not _theirs(clause, lex) or names_runner(clause):
            continue
        theirs = [at]
        runner = None
        for b in range(at + 1, len(cut)):
            if the_runners(cut[b]):
                runner = b if sentence[b] == sentence[at] or b == theirs[-1] + 1 else None
                break
            if sentence[b] != sentence[at] or _theirs(cut[b], lex):
                break
            theirs.append(b)
        mode = None if runner is None else _says_not_me(cut[runner], lex) or _says_own(cut[runner], lex)
        # (or the runner's own pain said anywhere else: "my knee aches on stairs, and my teammate
        # has a stress fracture", "my left knee has been aching ... my running buddy Jess has shin
        # splints rn" (test drive 55 read both as the runner's); "... both my shins ache ... My
        # friend ... ended up with a stress fracture in her foot ..., so I'm a bit paranoid", its
        # runner's clause saying neither, test drive 58: urgent, for shin splints)
        if mode is None and any(b not in theirs and the_runners(cut[b])
                                and (names_runner(cut[b]) or not _theirs(cut[b], lex))
                                and any(t.canon in lex.symptom_words for t in cut[b]) and _says_own(cut[b], lex)
                                for b in range(len(cut))):
            mode = Others.SKIP
        if mode is not None:
            out.update(dict.fromkeys(theirs, mode))
    return out


def _theirs(clause: list[Token], lex) -> bool:
    """Another person is the clause's subject: within its first words, with no first-person
    word after them, nor a word of reporting ("my partner says I overstride" is the runner's)."""
    at = next((n for n, t in enumerate(clause[:5]) if t.canon in lex.other_people), None)
    if at is None:
        return False
    # (a word alone is the runner's own description: "Im 29, female, training for ...", test
    # drive 45 read the woman as another person and the runner's sex went unread; denied too:
    # "not a woman", "no female")
    if sum(not t.stop and t.canon != NOT for t in clause) <= 1 and not any(t.word in _WHOSE for t in clause):
        return False
    # ... as is a word of what the runner is, with no "my", "a" or "the" before it: "Hi, 54F
    # triathlete" ("54 female"), "54 year old woman" (not "guy beside me went down at the finish")
    if clause[at].word in _DESCRIBING and (at == 0 or clause[at - 1].word not in _WHOSE):
        return False
    after = clause[at + 1:]
    return not any(t.word in lex.first_person and t.word != "me" or t.word in lex.reporting for t in after)


_WHOSE = frozenset({"my", "his", "her", "our", "their", "your", "a", "the", "this", "that"})
"""Before another person alone, these make them someone ("my wife, she ..."); a bare "female" is the runner."""
_DESCRIBING = frozenset({"female", "woman"})
"""Words of what the runner is, another person only after one of ``_WHOSE`` ("a woman in my group")."""


_HIS_HER = frozenset({"his", "her"})


def _the_named_runners(clause: list[Token], lex) -> bool:
    """The runner another person writes for is the clause's subject: "his" or "her" and a body
    part among its first words ("My son is 15. His teammate has shin splints ..., but his knee
    still hurts after football", test drive 62 read the teammate's shin pain as the son's)."""
    at = next((n for n, t in enumerate(clause[:4]) if t.word in _HIS_HER), None)
    return at is not None and any(t.canon in lex.site_words for t in clause[at + 1:at + 3]) and not any(
        t.canon in lex.other_people for t in clause[at + 1:at + 3])


def _the_writers(clause: list[Token], lex) -> bool:
    """The runner is the clause's subject: a first-person word among its first three ("I don't",
    "mine never has"; not "there's no swelling I can see", a parent looking), or "my" and a body
    part ("my teammate has a stress fracture, my knee aches round the kneecap": test drive 55
    read the teammate's fracture as the runner's, urgent)."""
    my = next((n for n, t in enumerate(clause[:3]) if t.word == "my"), None)   # ("ok so my left knee")
    return any(t.word in lex.first_person for t in clause[:3]) or (
        my is not None and any(t.canon in lex.site_words for t in clause[my + 1:my + 3])
        and not any(t.canon in lex.other_people for t in clause[my + 1:my + 3]))


def _says_not_me(clause: list[Token], lex) -> Others | None:
    """Only "not me" in other words: a negation or "fine", and nothing else said ("I don't",
    "mine never has", "I've never had one", "I felt fine")."""
    words = [t for t in clause if not t.stop]
    if not any(t.canon == NOT or t.word in lex.tail_fine for t in words):
        return None
    if clause[0].word == "mine":
        return Others.DENY   # the same part, the runner's: "mine don't hurt at all", "mine never has"
    if all(t.canon == NOT or t.word in lex.first_person or t.word in lex.tail_fine or t.word in lex.not_me_fillers
           for t in words):
        return Others.DENY
    return None


def _says_own(clause: list[Token], lex) -> Others | None:
    """The runner's own body, said: "mine ...", or a body part or a symptom word."""
    if clause[0].word == "mine" or any(t.canon in lex.site_words or t.canon in lex.symptom_words for t in clause):
        return Others.SKIP
    return None
