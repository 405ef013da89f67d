"""The structural passes over a sentence's trigger candidates (see ``triggers`` for the
candidates themselves): ``find_candidates`` seeds one candidate per trigger word, then merges
light verbs with their nouns, lets embedding verbs and nouns absorb the event they govern,
reads obligations, the contents of allegations and the topics of talk, and drops noun
modifiers and elaborations of another event.
"""

from __future__ import annotations

from .. import knowledge, tree
from . import (blame, called_on, complements, criticism, disapproval, exercises, grievances,
               meetings, nonevents, opposed, pledges, retaliation, shown_wrongs, territory,
               weapons)
from .clauses import relative_doer
from .phrases import agent_of, has_object
from .lexicon import (COPULAS, Lexicon, PARTY_ENTS, category_set, conditioned, events_words,
                      particle_keys)
from .triggers import Candidate, drop_nested, lem, light_verbs_and_phrases, seed_candidates

#: Prepositions by which a promise names its beneficiary ("pledged $5 million to Chad").
PROMISE_PREPS = events_words("promise_preps")
#: Prepositions through which a demand, threat or offer names what it is about.
COMPLEMENT_PREPS = events_words("complement_preps")
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "acl", "relcl", "advcl", "pcomp"})
#: Links by which a clause or phrase elaborates the event it hangs on ("killed ... in a
#: gunbattle", "shelled the town, killing 20", "staged a protest to demand reforms").
ELABORATION_DEPS = frozenset({"advcl", "acl", "relcl", "xcomp", "conj", "prep", "ccomp",
                              "pcomp"})
#: Acts whose "for/of" phrase names an alleged offence ("jailed for spying").
CHARGING = category_set("charging")
#: Prepositions of the alleged offence: on the clause's head, and on its head's head.
CHARGE_PREPS = events_words("charge_preps")
CHARGE_PREPS_ABOVE = events_words("charge_preps_above")
#: Acts that, nested in a protest's clause, are its content ("rallied to demand reforms").
PROTEST_CONTENT = category_set("protest_content")
#: Acts that absorb the event they are about ("threatened to impose a curfew").
ABOUT_CONTENT = category_set("about_content")
#: Auxiliaries that turn a reported clause into a demand: "X said Y must withdraw".
OBLIGATION = events_words("obligation_aux")
#: Verbs that do the same with an infinitive: "X said Y needs to withdraw".
OBLIGATION_VERBS = events_words("obligation_verbs")
#: Determiners of a subject that names no party: "each company must fend for itself".
GENERIC_DETS = events_words("generic_determiners")
#: A speaker's own pronouns: "the U.S. and our allies must" asks nothing of another party.
FIRST_PERSON = events_words("first_person")
#: Verbs that, passive, say something is needed of no one named: "more aid is needed".
NEED_VERBS = events_words("need_verbs")
#: Verbs by which a reported clause finds fault with its subject: "X said Y was failing to
#: protect civilians" is X criticising Y (ACCUSE), not a report of Y's act.
FAILING_VERBS = events_words("failing_verbs")
#: Verbs (lemmas, or "<lemma> <particle>") of honouring what one owes, which a reported clause
#: denies of its subject to criticise it: "X said Velonia never honoured the river accord".
FULFILLING_VERBS = events_words("fulfilling_verbs")
#: "The tribunal found that X breached the treaty": verbs by which a finding, not a saying,
#: reports a wrong (read for blame only).
VERDICT_VERBS = knowledge.words("lexicon/criticism.yaml", "verdict_verbs")
#: "said the charges appear to be politically motivated": verbs a judgment is read through.
RAISING_VERBS = knowledge.words("lexicon/criticism.yaml", "raising_verbs")
#: "X denounced Y, while Z criticised W": a contrasting clause holds an act of its own.
CONTRAST_MARKS = events_words("contrast_marks")
#: "said the government should be ashamed of its record": a reproach, asked of no one
SHAME_WORDS = knowledge.words("lexicon/criticism.yaml", "shame_words")
#: Marks of a condition ("if", "unless"): what a threat supposes (data/lexicon/cautions.yaml).
#: Verbs of weighing an act, not doing it: "ordered the agency to consider new tariffs".
DELIBERATION_VERBS = events_words("deliberation_verbs")
#: Prepositions through which talks name their topic ("talks on a ceasefire").
TOPIC_PREPS = events_words("topic_preps")
#: Verbs whose clausal complement is only alleged: "alleging Oman funds the rebels".
ALLEGING_VERBS = events_words("alleging_verbs")
CLAIMING_VERBS = events_words("claiming_verbs")
#: "suspect": verbs whose "of" phrase tells an act only suspected
SUSPECTING_VERBS = events_words("suspecting_verbs")
#: Blame and denials inside an allegation's clause stay acts of their own.
KEPT_IN_ALLEGATIONS = category_set("kept_in_allegations")


def find_candidates(lex: Lexicon, sent) -> list[Candidate]:
    """Every event candidate in a sentence after merging, absorbing and dropping."""
    by_token, verbs = seed_candidates(lex, sent)
    for i in [i for i, c in by_token.items() if c.event == "ASSAULT" and c.kind == "noun"
              and criticism.value_harm(c.noun or c.head)]:
        del by_token[i]  # "an attack on press freedom": a wrong named, no force used
    _obligations(lex, verbs, by_token)
    grievances.feelings(lex, sent, by_token)
    disapproval.labels(lex, sent, by_token)  # labels and quoted blame, after the feelings
    opposed.opposed_wrongs(lex, by_token)  # "opposes U.S. interference": criticism
    retaliation.announced(lex, sent, by_token)
    drop_nested(by_token)
    light_verbs_and_phrases(lex, by_token)
    territory.ground_taken(by_token)  # "seized the town": an assault, before threats embed
    exercises.joint(by_token)  # once each noun has its verb
    pledges.backing(by_token)  # "committed to Israel's security": backing, no promise
    _embeddings(lex, by_token)
    for cand in by_token.values():
        if cand.kind == "noun" and cand.key in lex.needs_content and cand.content is None:
            cand.dropped = True  # "the China threat": a danger named, not a threat made
        if cand.kind == "verb" and cand.key in lex.promise_verbs and cand.content is None \
                and cand.event == "AGREE" and not _promised_to(cand.head):
            cand.dropped = True  # "vowed to make the city greener": a resolve, to no one
        if cand.kind == "light" and meetings.label_of_other(lex.characterizing, cand.head,
                                                            cand, by_token):
            cand.dropped = True  # "hosted X for what he called a meeting": no second one
    _allegation_contents(lex, sent, by_token)
    _topics(lex, sent, by_token)
    _threat_conditions(by_token)
    _drop_elaborations(by_token, lex)
    called_on.requests(by_token)  # "ignored calls from X to resign": X asks, what is asked waits
    return sorted((c for c in by_token.values() if not c.dropped and not nonevents.idle(c, lex)),
                  key=lambda c: c.head.i)


def _embeddings(lex: Lexicon, by_token: dict[int, "Candidate"]) -> None:
    """Pass 2, embedding: a candidate that embeds another takes it as content (threaten to X,
    urge X to Y, refuse to Y, willingness to Y)."""
    live = {c.head.i: c for c in by_token.values() if not c.dropped}
    for cand in sorted(live.values(), key=lambda c: c.head.i):
        if cand.dropped:
            continue
        role = _embed_role(lex, cand)
        if role is None:
            continue
        comp = cand.content or _complement(cand, live) or (
            _proposed_in_object(lex, cand, live) if role == "refusal" else None)
        if role == "content":
            # what an accusation or a demand says did not happen as an event of its own,
            # even when the first event found in it is buried deeper
            _drop_inside(cand, comp, live)
        if comp is None or comp is cand or comp.dropped:
            continue
        if cand.key in lex.commanding and lex.quad(comp.event).startswith("material") \
                and not _deliberated(cand, comp):
            # "ordered the paper to suspend publication": the order is the act, done by
            # whoever gave it to whoever was told
            cand.event, cand.mode, cand.weak = comp.event, comp.mode, comp.weak
            cand.words = cand.words + comp.words
            comp.dropped = True
            continue
        cand.content = comp
        if role == "refusal":
            comp.negated = True
        else:
            comp.dropped = True
            # what a demand, offer or threat contains is not a separate event either
            inside = {t.i for root in (comp.head, comp.noun) if root is not None
                      for t in root.subtree}
            for other in live.values():
                if other is not cand and other is not comp and other.head.i in inside:
                    other.dropped = True


def _deliberated(cand: Candidate, comp: Candidate) -> bool:
    """"ordered the agency to consider placing tariffs": what is ordered is to weigh the act,
    so the order stays an order (a verb of weighing between the two)."""
    return tree.word_between(comp.anchor or comp.noun or comp.head, cand.head,
                             DELIBERATION_VERBS, limit=4)


def _drop_elaborations(by_token: dict, lex: Lexicon) -> None:
    """One event per happening: drop same-category events nested in another's clause.

    A protest's stated demands ("rallied to demand reforms", "a strike in protest of") are
    the protest's content, not separate REQUEST/ACCUSE events.
    """
    live = [c for c in by_token.values() if not c.dropped]
    owner = {}
    for c in live:
        for w in c.words + [c.noun, c.anchor]:
            if w is not None:
                owner.setdefault(w.i, c)
    for cand in sorted(live, key=lambda c: c.head.i):
        h = cand.head if cand.kind != "noun" else (cand.anchor or cand.noun)
        parent, dep = h.head, h.dep_
        if dep == "pobj":
            parent, dep = h.head.head, "prep"
        elif dep == "pcomp" and h.head.dep_ == "prep":
            parent = h.head.head  # "arrested for collaborating with Israel": the charge
        other = owner.get(parent.i)
        if other is None and parent.dep_ == "conj" and dep in ("prep", "pcomp", "advcl"):
            # "arrested and sentenced for ordering an abduction": the joined verbs share
            # the charge, told after the second
            joined = owner.get(parent.head.i)
            other = joined if joined is not None and joined.event in CHARGING else None
        if other is None or other is cand or other.dropped or dep not in ELABORATION_DEPS:
            # "US attacks have killed eight": the verb restates its event-noun subject
            if cand.kind == "verb":
                for c in cand.head.children:
                    o = owner.get(c.i)
                    if c.dep_ == "nsubj" and o is not None and o is not cand \
                            and o.event == cand.event and not o.dropped:
                        cand.dropped = True
            continue
        if dep == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in h.children) \
                or relative_doer(h) or (dep == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in h.children)
                    and (not lex.is_material_conflict(cand.event)
                         or _doer_and_target(h) and _doer_and_target(parent))):
            # "X attacked Y and Z shelled W", "at Y, some of whom threw", "X denounced Y,
            # while Z criticised W", "X shelled Y, while Z stormed W": two events ("killed
            # while gunmen attacked" is one)
            continue
        if dep == "conj" and other.event == cand.event and _second_act(cand, other, h):
            continue  # "recalled its envoy and expelled theirs": two acts, one kind
        if other.event == cand.event and territory.taken_as_aim(cand, other):
            continue  # "launched an offensive to recapture the town": the offensive's aim
        if other.event == cand.event and dep == "advcl" and _doerless(other) \
                and _doer_and_target(h) and not _weapon_subject(h):
            # "three were killed when gunmen attacked the convoy": the same happening, told
            # by the clause that names who did it
            other.dropped = True
            continue
        if other.event == cand.event:
            cand.dropped = True
            if other.weak and not cand.weak and lex.is_material_conflict(cand.event):
                other.weak = False  # "jets targeted X, killing 44": the harm shows the force
            # "detonated a bomb, killing one and injuring four": what elaborates the
            # elaboration belongs to the same event
            for w in cand.words + [cand.noun, cand.anchor]:
                if w is not None:
                    owner[w.i] = other
        elif other.event in CHARGING and dep in ("prep", "pcomp", "advcl") and (
                h.head.lower_ in CHARGE_PREPS or h.head.head.lower_ in CHARGE_PREPS_ABOVE):
            cand.dropped = True  # "arrested for collaborating": the charge, not an event
        elif other.event == "PROTEST" and cand.event in PROTEST_CONTENT:
            cand.dropped = True
            other.content = other.content or cand
        elif other.event == "REJECT" and cand.event == "ACCUSE" and \
                cand.key in lex.characterizing and dep in ("advcl", "xcomp", "conj"):
            cand.dropped = True  # "rejected the charter, calling it unjust": one refusal


def _doer_and_target(verb) -> bool:
    """An active verb with both a subject and a direct object: a deed of its own ("troops
    shelled the city"), not a harm suffered ("three were killed", "soldiers died")."""
    return tree.subject(verb, ("nsubj",)) is not None and has_object(verb)


PLANTED = events_words("planted_weapons")


def _weapon_subject(verb) -> bool:
    """"when a drone struck the convoy", "when a bomb hit their car": the weapon names no
    doer, and the harm told above stays doerless."""
    subj = tree.subject(verb, ("nsubj",))
    return subj is not None and (weapons.is_weapon(subj) or subj.lemma_.lower() in PLANTED)


def _doerless(cand) -> bool:
    """A passive verb event with no "by" phrase: "three soldiers were killed"."""
    return cand.kind == "verb" and agent_of(cand.head) is None and any(
        c.dep_ == "nsubjpass" for c in cand.head.children)


def _second_act(cand, other, verb) -> bool:
    """Whether a verb joined to another of its category is an act of its own: both verbs
    name their own object, the verbs differ and the act is not one of force ("recalled its
    envoy and expelled the ambassador"; "shelled the town and killed 20" tells one attack)."""
    if cand.kind != "verb" or other.kind != "verb" or cand.event == "ASSAULT" \
            or other.head.i != verb.head.i or lem(verb) == lem(other.head):
        return False
    return has_object(verb) and has_object(other.head)


def _promised_to(verb) -> bool:
    """Whether a promise names someone it is made to or about: an object, a "to/for"
    phrase, or a named party in what is promised ("promised to democratize Serbia")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in PROMISE_PREPS):
            return True
        if c.dep_ in ("xcomp", "ccomp") and any(t.ent_type_ in PARTY_ENTS for t in c.subtree):
            return True
    return False


def _obligation_word(lex: Lexicon, clause) -> tuple:
    """(token, category, mode, key) of a reported clause that demands something of its
    subject ("must", "needs to") or finds fault with it ("was failing to", "is illegal"),
    else Nones."""
    copula = _raised_copula(clause)
    if lem(copula) in COPULAS and not any(c.dep_ == "aux" and c.lower_ != "to"
                                          for c in copula.children) \
            and (copula.i != clause.i or not any(c.dep_ == "aux" for c in clause.children)) \
            and not _natural_subject(lex, clause):
        preds = [c for c in copula.children if c.dep_ in ("acomp", "attr")]
        preds += [g for p in preds for g in p.children if g.dep_ == "conj"]
        hit = next((p for p in preds if criticism.judged(lex, p)), None)
        if hit is not None:
            return hit, "ACCUSE", "disapprove", "condemned"  # "said the raids were illegal"
        hit = criticism.denied_claim(lex, clause)
        if hit is not None:
            return hit, "REJECT", None, "condemned"  # "said the allegations were baseless"
    hit = shown_wrongs.act_judged(lex, clause)
    if hit is not None:  # "said the decision undermines ...", "said it amounts to a crime"
        return hit, "ACCUSE", "disapprove", "condemned"
    hit = criticism.made_of(lex, clause)
    if hit is not None:
        return hit, "ACCUSE", "disapprove", "condemned"  # "said the report was based on bias"
    hit = criticism.wronged_passive(lex, clause)
    if hit is not None:
        return hit, "ACCUSE", "disapprove", "wronged"  # "contend the vote was rigged"
    hit = _necessity(lex, clause)
    if hit is not None:
        return hit, "REQUEST", None, "necessary"  # "said it is vital that X end the coup"
    aux = next((a for a in clause.children if a.dep_ == "aux" and a.lower_ in OBLIGATION),
               None)
    if aux is not None and nonevents.epistemic(clause):
        return None, None, None, None  # "said they must have known": an inference
    unnamed = any(c.dep_ in ("auxpass", "expl") for c in clause.children)
    if aux is not None and lem(clause) in COPULAS and any(
            c.dep_ == "acomp" and lem(c) in SHAME_WORDS for c in clause.children):
        return clause, "ACCUSE", "disapprove", "shamed"  # "said X should be ashamed of"
    if aux is not None:
        # "X should be decided", "there should be research": asked of no one named
        return aux, "REQUEST", None, "needed" if unnamed else "must"
    if unnamed and lem(clause) in NEED_VERBS:
        return clause, "REQUEST", None, "needed"  # "a firm response is urgently needed"
    if _unfulfilled(clause):
        return clause, "ACCUSE", "disapprove", "unfulfilled"  # "said X did not honor the deal"
    if not any(x.dep_ == "xcomp" for x in clause.children):
        return None, None, None, None
    if lem(clause) in OBLIGATION_VERBS:
        return clause, "REQUEST", None, "must"  # "needs to act": the verb carries it
    if lem(clause) in FAILING_VERBS:
        return clause, "ACCUSE", "disapprove", lem(clause)
    return None, None, None, None


def _necessity(lex: Lexicon, clause):
    """"said (that) it is important that the military end the coup": a reported clause that
    calls another party's act necessary asks it of that party. The adjective of need
    (``necessity_words``), else None; the act's clause needs a subject that is no pronoun."""
    if lem(clause) not in COPULAS or not any(c.dep_ == "expl" or c.lower_ == "it"
                                             for c in clause.children if c.dep_ in
                                             ("nsubj", "expl")):
        return None
    needs = lex.modality.get("necessity_words", frozenset())
    adj = next((c for c in clause.children
                if c.dep_ == "acomp" and c.lemma_.lower() in needs), None)
    return adj if adj is not None and _necessary_doer(adj) is not None else None


def _necessary_doer(adj):
    """The subject of the act a necessity adjective governs ("important that [the military]
    end"), else None."""
    for c in list(adj.children) + list(adj.head.children):
        if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that"
                                     for m in c.children):
            subj = tree.subject(c)
            if subj is not None and subj.pos_ != "PRON":
                return subj
    return None


def _unfulfilled(clause) -> bool:
    """"said Velonia never honoured the river accord", "claiming Zorland had not abided by
    the truce": a reported clause that denies a party honoured what it owes."""
    if not any(c.dep_ == "neg" for c in clause.children):
        return False
    keys = {lem(clause), *particle_keys(clause, lem(clause), ("prt", "prep", "agent"))}
    return bool(keys & FULFILLING_VERBS)


def _verdict_word(lex: Lexicon, clause) -> tuple:
    """What a finding or a ruling blames: "the court ruled that Kenya's occupation was
    unlawful" judges an act (an event noun, or a noun a named party's own); a finding asks
    nothing ("ruled that the vote must be rerun" is no one's demand) and a situation judged
    ("found that conditions were dire") blames no one."""
    found = _obligation_word(lex, clause)
    if found[1] != "ACCUSE":
        return (None,) * 4
    if found[3] != "condemned":
        return found  # "found that Kenya failed to protect them": the subject is the party
    subj = tree.subject(clause, ("nsubj", "nsubjpass"))
    if subj is None or subj.pos_ != "NOUN" or (lex.lemma(subj) not in lex.nouns
                                               and criticism.judged_owner(lex, subj) is None):
        return (None,) * 4  # "determined that his detention was arbitrary": an act judged
    return found


def _raised_copula(clause):
    """The copula a raising verb stands before ("appear to be", "seems to be"), else the
    clause itself."""
    if lem(clause) not in RAISING_VERBS:
        return clause
    return next((c for c in clause.children if c.dep_ == "xcomp" and lem(c) in COPULAS
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), clause)


def _natural_subject(lex: Lexicon, clause) -> bool:
    """"said the earthquake was the worst disaster", "the floods were catastrophic": nature
    or an accident judged blames no one."""
    subj = tree.subject(clause)
    return subj is not None and (subj.lemma_.lower() in lex.not_agents
                                 or subj.lower_ in lex.not_agents)


def _obligations(lex: Lexicon, verbs: list, by_token: dict) -> None:
    """'X said (that) Y must Z': X requests Z of Y (CAMEO 'demand', PLOVER REQUEST); 'X said Y
    failed to Z': X criticises Y (ACCUSE)."""
    for tok in verbs:
        verdict = lem(tok) in VERDICT_VERBS  # "the court found that X breached ...": only blame
        if lem(tok) not in lex.reporting and not verdict:
            continue
        # "Such matters, he told VOA, should be decided ...": the saying is an aside
        clauses = tree.reported_clauses(tok)
        for c in clauses:
            aux, event, mode, key = _verdict_word(lex, c) if verdict \
                else _obligation_word(lex, c)
            said = tree.subject(c, ("nsubj", "nsubjpass", "expl"))
            # "told X that it must": X is asked (not in an aside: "..., he told VOA")
            subj = complements.addressee(tok, said) if aux is not None \
                and c.head.i == tok.i and c.i > tok.i else said
            told = subj is not None and said is not None and subj.i != said.i
            blamed = (criticism.condemned_act(lex, c) or shown_wrongs.shown_wrong(lex, c)) \
                if aux is None else None
            if blamed is not None:  # "said Israel's cruel attacks must stop"
                (aux, subj), event, mode, key = blamed, "ACCUSE", "disapprove", "condemned"
            if key == "condemned" and event == "ACCUSE" and aux is not None and aux.i in by_token \
                    and criticism.gives_way(by_token[aux.i]):
                del by_token[aux.i]  # "said Iran poses a threat": called one, made none
            if aux is None or subj is None or (subj.pos_ == "PRON" and subj.dep_ != "expl"
                                               and key != "necessary") \
                    or aux.i in by_token \
                    or any(d.dep_ == "det" and d.lower_ in GENERIC_DETS
                           for d in subj.children) \
                    or any(t.lower_ in FIRST_PERSON and t.pos_ == "PRON"
                           for t in criticism.phrase_words(subj)):
                continue  # "our allies and we must": a speaker's own resolve, not a demand
            anchor = subj if blamed is not None or told else None
            if anchor is None and key == "necessary":
                anchor = _necessary_doer(aux)  # "it is vital that [X] end the coup"
            if anchor is None and key == "wronged":
                anchor = agent_of(aux)  # "said the vote was rigged by X"
            if anchor is None and key == "condemned":  # "said the decision taken by X was
                # unacceptable", "said the ban was an attack by X on free speech"
                anchor = criticism.judged_owner(lex, subj) or criticism.harm_doer(aux)
            cand = Candidate(c, event, mode, False, "obligation", words=[aux], key=key,
                             predicate=tok, anchor=anchor)
            cand.content = by_token.get(c.i)
            # what is asked did not happen: no event of its own ("must stop its incursions");
            # what is judged did ("said the raids were illegal")
            inside = {t.i for t in c.subtree} if key != "condemned" else set()
            for other in by_token.values():
                if other.head.i in inside:
                    other.dropped = True
            by_token[aux.i] = cand


def _embed_role(lex: Lexicon, cand: Candidate) -> str | None:
    keys = {cand.key, lem(cand.head)}
    if cand.noun is not None:
        keys.add(lem(cand.noun))
    if keys & lex.refusal and cand.event == "REJECT":
        return "refusal"
    if keys & lex.content and cand.event in ABOUT_CONTENT:
        return "content"
    if keys & lex.intent and cand.event == "AGREE":
        return "intent"
    return None


#: where a word the parser tags as a verb stands as a noun ("said reports that X were false")
_NOUN_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj")


def _as_noun(tok) -> bool:
    """A noun, or a word the parser tags as a verb where a noun stands ("said reports that
    troops had shelled the village were false": "reports" as the subject)."""
    return tok.pos_ == "NOUN" or tok.pos_ == "VERB" and tok.dep_ in _NOUN_DEPS


def _allegation_contents(lex: Lexicon, sent, by_token: dict) -> None:
    """'the claim that the attack was orchestrated from abroad', 'cut ties, alleging Oman
    funds the rebels': what a claim, allegation or accusation says is not asserted by the
    text (the alleging verb itself stays: it is the accusation)."""
    live = {i: c for i, c in by_token.items() if not c.dropped}
    if not live:
        return
    for tok in sent:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in ALLEGING_VERBS:
            clauses = [c for c in tok.children if c.dep_ == "ccomp"]
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in CLAIMING_VERBS:
            clauses = [c for c in tok.children if c.dep_ == "ccomp" and _told_of_others(c)]
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in SUSPECTING_VERBS:
            # "suspect Moscow of planning an offensive": the act suspected is only alleged
            # (the parser hangs the "of" on the verb or on the one suspected)
            holders = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
            clauses = [g for h in holders for c in h.children
                       if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pcomp"]
        elif _as_noun(tok) and tok.lemma_.lower() in lex.claim_nouns:
            clauses = [c for c in tok.children if c.dep_ in ("acl", "ccomp") and any(
                g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
        else:
            continue
        for c in clauses:
            inside = {t.i for t in c.subtree}
            for n in c.subtree:  # "alleged that X crossed, a charge denied by Y": Y's denial
                if n.i != c.i and n.pos_ == "NOUN" and n.lemma_.lower() in lex.claim_nouns:
                    inside -= {t.i for t in n.subtree}
            dropped = []
            for cand in live.values():
                if cand.kind == "obligation" and cand.predicate is not None \
                        and cand.predicate.i == tok.i:
                    continue  # the claim itself, read from the clause it makes
                if cand.head.i in inside and (_as_noun(tok)
                                              or cand.event not in KEPT_IN_ALLEGATIONS):
                    cand.dropped = True
                    dropped.append(cand)
            if tok.lemma_.lower() in CLAIMING_VERBS:
                _claim_as_charge(lex, tok, c, dropped, by_token)


def _claim_as_charge(lex: Lexicon, verb, clause, dropped: list, by_token: dict) -> None:
    """"the army claimed rebels crossed the line and fired on a post": the claim charges the
    doer of the act it tells (ACCUSE, allege), unless the claim is already read as a charge."""
    if any(c.kind == "obligation" and c.predicate is not None and c.predicate.i == verb.i
           and not c.dropped for c in by_token.values()):
        return
    act = next((c for c in sorted(dropped, key=lambda c: c.head.i)
                if c.kind == "verb" and lex.quad(c.event).startswith("material")), None)
    doer = None if act is None else blame.subject(act.head) or tree.subject(clause)
    if doer is None or doer.pos_ == "PRON":
        return
    by_token[verb.i] = Candidate(clause, "ACCUSE", "allege", False, "obligation",
                                 words=[act.head], key="alleged", predicate=verb, anchor=doer)


def _told_of_others(clause) -> bool:
    """A claimed clause whose active subject is a noun ("claimed rebels fired"), not a
    pronoun that may be the claimer itself or its own ("claimed it carried out the raid",
    "claimed its fighters downed a drone"). A passive clause tells a harm as done and only
    its doer as claimed ("claims the plane was shot down by X": X is accused, the plane was
    downed)."""
    subj = tree.subject(clause, ("nsubj",))
    return subj is not None and subj.pos_ != "PRON" and not any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children)


def _topics(lex: Lexicon, sent, by_token: dict) -> None:
    """What is discussed is not done: "discussed lifting sanctions", "talks on a ceasefire",
    "talked about the withdrawal" hold no CONCEDE or RETREAT of their own."""
    live = [c for c in by_token.values() if not c.dropped]
    if not live:
        return
    for tok in sent:
        if lem(tok) not in lex.topic and f"{lem(tok)} about" not in lex.topic:
            continue
        roots = [c for c in tok.children if c.i > tok.i and (
            (c.dep_ in ("dobj", "xcomp", "ccomp", "pcomp") and tok.pos_ == "VERB")
            or (c.dep_ == "prep" and c.lower_ in TOPIC_PREPS))]
        inside = {t.i for r in roots for t in r.subtree}
        # "argued that X had violated the truce": the blame a speaker argues is theirs (the
        # other acts an argument holds stay unasserted, as what is talked over does)
        argued = {t.i for r in roots if r.dep_ == "ccomp" and lem(tok) in lex.reporting
                  for t in r.subtree}
        for other in live:
            if other.head.i in inside and other.head.i != tok.i and not (
                    other.event == "ACCUSE" and other.kind == "obligation"
                    and other.head.i in argued):
                other.dropped = True


def _threat_conditions(by_token: dict) -> None:
    """"warned that U.S. bases are at risk if Turkey is sanctioned", "if the tariffs are not
    dropped, I will raise the tariffs on cars": the condition belongs to the threat; what it
    supposes is no event of its own."""
    live = [c for c in by_token.values() if not c.dropped]
    for cand in live:
        if cand.event != "THREATEN" or cand.kind == "noun":
            continue
        inside = {t.i for c in cand.head.subtree if c.dep_ == "advcl" and conditioned(c)
                  for t in c.subtree}
        for other in live:
            if other is not cand and other.head.i in inside:
                other.dropped = True


def _drop_inside(cand: Candidate, comp, live: dict) -> None:
    """Drop every candidate inside the clauses or phrases that say what ``cand`` is about."""
    roots = []
    for root in (cand.head, cand.noun):
        if root is None:
            continue
        for c in root.children:
            if c.dep_ in ("xcomp", "ccomp") or (
                    c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS and c.i > root.i) or (
                    c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for"
                                              for g in c.children)) or (
                    cand.event == "REQUEST" and c.dep_ == "advcl" and tree.bare_infinitive(c)):
                # "called for the army to withdraw": "for" marks it; "pleaded with X to
                # reopen": the infinitive says what is asked
                roots.append(c)
    if cand.event == "ACCUSE":
        # "accused the company - along with another - of trying to ...": the offence phrase
        # may hang anywhere right of the verb
        roots.extend(t for t in cand.head.subtree if t.i > cand.head.i and t.dep_ == "prep"
                     and t.lower_ in CHARGE_PREPS and any(g.dep_ == "pcomp"
                                                          for g in t.children))
    if not roots:
        return
    roots.extend(_joined_content(cand, roots))
    inside = _said_part(roots)
    for other in live.values():
        if other is not cand and other is not comp and other.head.i in inside:
            other.dropped = True


def _joined_content(cand: Candidate, roots: list) -> list:
    """"demands for sharia law and a withdrawal of troops": the parser may join the second
    thing asked for to the demand noun rather than to the first; a joined noun with no
    possessor of its own, after the demand's "for" phrase, is asked for too."""
    noun = cand.noun
    if noun is None or cand.kind != "noun" or not any(
            r.dep_ == "prep" and r.head.i == noun.i for r in roots):
        return []
    return [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"
            and not any(g.dep_ == "poss" for g in c.children)]


def _said_part(roots) -> set[int]:
    """Token indices under ``roots``, leaving out adverbial clauses with a subject of their
    own: in "warned it would keep up pressure as Tehran rejected the offer" the rejection is
    a fact the text reports, not part of the warning."""
    seen: set[int] = set()
    stack = list(roots)
    while stack:
        tok = stack.pop()
        if tok.i in seen:
            continue
        seen.add(tok.i)
        for c in tok.children:
            if c.dep_ == "advcl" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                continue
            stack.append(c)
    return seen


def _complement(cand: Candidate, live: dict) -> Candidate | None:
    """The event a governing trigger is about: its clausal or prepositional complement."""
    light = cand.head if cand.kind == "light" else cand.predicate if (
        cand.predicate is not None and cand.predicate in cand.words) else None
    roots = [cand.head] + ([cand.noun] if cand.noun is not None else []) + (
        [light] if light is not None and light.i != cand.head.i else [])
    for root in roots:
        for c in root.children:
            # "made a proposal to lift sanctions", "a proposal made on Monday to lift": the
            # parser hangs the proposal's infinitive on the light verb
            if (c.dep_ in COMPLEMENT_DEPS and c.dep_ not in ("relcl", "advcl")) or (
                    c.dep_ == "advcl" and light is not None and root.i == light.i
                    and (tree.bare_infinitive(c) or any(g.dep_ == "mark" and g.lower_ == "for"
                                                    for g in c.children))):
                hit = _first_in(c, live, depth=2)
                if hit is not None:
                    return hit
            if c.dep_ in ("prep",) and c.lower_ in COMPLEMENT_PREPS:
                for g in c.children:
                    hit = _first_in(g, live, depth=2)
                    if hit is not None:
                        return hit
            if c.dep_ == "dobj" and cand.kind == "verb":
                hit = live.get(c.i)
                if hit is not None:
                    return hit
    return None


def _proposed_in_object(lex: Lexicon, cand: Candidate, live: dict) -> Candidate | None:
    """The act a refused proposal would have made: "vetoed the sanctions package", "blocked
    a resolution imposing sanctions" (what was refused was not done)."""
    nouns = lex.modality.get("proposal_nouns", frozenset())
    for obj in cand.head.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in nouns:
            continue
        for c in obj.children:
            hit = live.get(c.i) if c.dep_ == "compound" else \
                _first_in(c, live, depth=1) if c.dep_ == "acl" else None
            if hit is not None:
                return hit
    return None


def _first_in(tok, live: dict, depth: int):
    if tok.i in live:
        return live[tok.i]
    if depth <= 0:
        return None
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp", "pcomp", "pobj", "dobj", "conj", "acl"):
            hit = _first_in(c, live, depth - 1)
            if hit is not None:
                return hit
    return None
