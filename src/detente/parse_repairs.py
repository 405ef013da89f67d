"""Repairs of the parse the model gets wrong in a way every later stage would inherit.

**Control complements.** "X threatened on Monday to impose tariffs": with a date (or any
adjunct) between a verb of intent and its to-infinitive, the small model hangs the infinitive
as an adverbial clause (``advcl``, a purpose) instead of the verb's complement (``xcomp``), as
it does without the date. Every stage reads "threatened to impose" through ``xcomp`` (the
threat's content is not done, "agreed to meet" is a promise), so the date made the threatened
tariffs an imposed sanction. After the parser, such an infinitive of a verb named in
``control_verbs`` (lexicon/events.yaml) is relabelled ``xcomp`` when it follows the verb, has
no subject or marker of its own ("so as to", "in order to" keep their purpose), and the verb
has no other complement. The tree's shape is unchanged; only the label is.
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.language import Language

from . import knowledge, tree

COMPONENT = "detente_control_complements"
_CONTROL = knowledge.words("lexicon/events.yaml", "control_verbs")
_COMPLEMENTS = frozenset({"xcomp", "ccomp", "dobj"})


@Language.component(COMPONENT)
def control_complements(doc):
    """Relabel an intent verb's to-infinitive from ``advcl`` to ``xcomp`` (module docstring)."""
    if not doc.has_annotation("DEP"):
        return doc
    advcl = doc.vocab.strings["advcl"]
    for i in (n for n, dep in enumerate(doc.to_array(DEP).tolist()) if dep == advcl):
        tok = doc[i]
        head = tok.head
        if head.i >= tok.i or head.pos_ not in ("VERB", "AUX") or tok.tag_ != "VB":
            continue
        if head.lemma_.lower() not in _CONTROL or not tree.bare_infinitive(tok):
            continue
        if any(c.dep_ in _COMPLEMENTS and c.i != tok.i for c in head.children):
            continue
        tok.dep_ = "xcomp"
    return doc
