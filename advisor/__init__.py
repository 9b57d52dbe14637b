"""Stridewise: a rule-based running-injury advisor.

The sub-packages follow the data, lowest first; nothing imports upward (``.importlinter``):

* ``knowledge``  rule-pack YAML -> validated, frozen ``KnowledgeBase`` (model, loader, search)
* ``reasoning``  the engine (the only code that imports durable), certainty, explanation,
  plan, and the frozen result objects (``Result`` for a case, ``TeamReport`` for a team)
* ``inputs``     symptom files and rosters -> ``Case`` objects
* ``interview``  the questionnaire: which question next (no I/O)
* ``screening``  a roster of cases -> one ``TeamReport``
* ``render``     result objects -> text, Markdown, HTML, JSON, CSV
* ``frontends``  the commands people use: check, ask, screen, ...
"""
