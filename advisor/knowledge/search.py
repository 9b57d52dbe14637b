"""Find observation ids from a runner's own words ("shin splints", "runners knee", typos)."""
from __future__ import annotations

import difflib
import re

from advisor.knowledge.model import KnowledgeBase, Observation

_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("'", "").replace("’", ""))


def _phrases(obs: Observation) -> list[str]:
    return [" ".join(words(p)) for p in (obs.id.replace("_", " "), obs.text, *obs.synonyms)]


def search(kb: KnowledgeBase, query: str, limit: int = 10) -> list[tuple[float, Observation]]:
    """Observations ranked by how well they match ``query``; best first."""
    q_words = words(query)
    if not q_words:
        return []
    q_phrase = " ".join(q_words)
    scored = []
    for obs in kb.observations.values():
        phrases = _phrases(obs)
        vocab = {w for p in phrases for w in p.split()}
        if any(q_phrase in p for p in phrases):
            score = 2.0 + (1.0 if any(q_phrase == p for p in phrases) else 0.0)
        else:
            hits = 0.0
            for w in q_words:
                if w in vocab:
                    hits += 1
                elif len(w) > 3 and any(v.startswith(w) for v in vocab):
                    hits += 0.9
                else:
                    close = difflib.get_close_matches(w, vocab, n=1, cutoff=0.75)
                    if close:
                        hits += 0.8
            score = hits / len(q_words)
        if score >= 0.6:
            scored.append((score, obs))
    scored.sort(key=lambda t: (-t[0], t[1].id))
    return scored[:limit]
