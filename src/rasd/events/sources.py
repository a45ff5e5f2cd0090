"""Who did it: the source of an event from its frame, its support verb, a relative
pronoun, an earlier subject or the speaker (the rules `SentenceCoder` takes from here)."""

from __future__ import annotations

from functools import lru_cache

from rasd.actors.grammar import definite
from rasd.events.agreement import (
    agrees_with_verb,
    disagrees_after,
    disagrees_before,
    feminine,
    head_index,
    masculine,
    plural_noun,
)
from rasd.events.conjugate import plain_forms, plural_verb_like
from rasd.events.frames import (
    AGENT_WORDS,
    ATTRIBUTED,
    IN_IT,
    clause,
    is_boundary,
    is_complementiser,
    is_preposition,
    is_resumptive,
    is_skippable,
    skip_words,
)
from rasd.events.lexicon import support_verbs, support_verbs_in
from rasd.events.modality import exposed, is_negation
from rasd.events.sentence import (
    BUILDINGS,
    COMMAS,
    DAYTIME,
    FORCE,
    RELATIVE,
    VIOLENT,
    WHEN,
    Sentence,
    armed,
    country_actor,
)
from rasd.events.triggers import TriggerMatch
from rasd.events.verb_forms import (
    feminine_singular,
    first_person,
    form_in,
    masculine_singular,
    plural_verb,
    verb_at,
)
from rasd.lexicons import words_of
from rasd.model import ActorSpan, Mention, Token
from rasd.ontology import STATE_ORGANS
from rasd.text.matcher import QUOTE_PAIRS
from rasd.text.normalize import clitic_variants, key

SUPPORT_REACH = 8  # tokens between a support verb and its verbal noun
DISTANT_SUPPORT_REACH = 16  # … when its subject and the actors joined to it stand between
INVITED_REACH = 4  # tokens between the genitive of «دعوة» and what it is invited to
AFTER_REACH = 5  # tokens between a verbal noun and a support verb after it («نفذه»)
RESUMPTIVE_REACH = 5  # tokens after a relative's verb where a pronoun for the antecedent may stand
ATTRIBUTION_REACH = 4  # words from an act's noun to «نسب», and from it to the actor
ASIDE_CLAUSE_REACH = 14  # words of an aside between a support verb's subject and its noun
OPENING_REACH = 20  # tokens from a clause's subject to a verb joined to its first verb
# verbs whose subject undergoes them: what they open has no doer to share
_UNDERGONE = frozenset(key(w) for w in (
    "أصيب", "أصيبت", "أصيبا", "أصيبوا", "وأصيب", "وأصيبت", "وأصيبوا", "توفي", "توفيت",
    "لقي", "لقيت", "لقوا", "ولقي", "سقط", "سقطت", "وسقط", "نجا", "نجت", "ونجا"))
_WHICH_FEMININE = key("التي")
_THOSE = key("الذين")
_WHO_HE = key("الذي")
# besides the prepositions, what else is written with a pronoun for a relative's antecedent:
# «له», «به», «خلفه», «منزله»
_PRONOUN_HOSTS = frozenset(key(w) for w in ("ل", "ب", "خلف", "منزل", "مقر", "بيت"))
_WHO = RELATIVE | frozenset(key(w) for w in ("الذين", "اللذين", "اللتين", "اللواتي"))
# what an act of force is said to be before its doer's lam: «غارة جوية لقوات التحالف» (not
# any nisba-shaped word: «سيارة مفخخة دورية للشرطة» names the target)
_FORCE_ADJECTIVES = frozenset(key(w) for w in (
    "جوية", "جوي", "صاروخية", "صاروخي", "مدفعية", "مدفعي", "عنيفة", "عنيف", "جديدة", "جديد",
    "مكثفة", "مكثف", "دامية", "دامي", "مسلحة", "مسلح", "بري", "برية", "إرهابية", "إرهابي",
    "عشوائي", "عشوائية", "متواصل", "متواصلة", "متكررة", "متفرقة"))
# a town's quarters, often named for a body («حي الشرطة», «أحياء الصحافة»)
_QUARTERS = frozenset(key(w) for w in ("حي", "الحي", "أحياء", "الأحياء"))
# «أطلقها», «أطلقته»: fired it (a shell, a rocket), with its doer after
_FIRED_IT = frozenset(key(w) for w in (
    "أطلقه", "أطلقها", "أطلقته", "أطلقتها", "أطلقوه", "أطلقوها"))
ANTECEDENT_REACH = 6  # tokens from a plural noun to the plural verb that refers to it
RELATIVE_CLAUSE_REACH = 6  # tokens of a relative clause between a subject and its verb
_WHICH = key("مما")
_OPENING_QUOTES = frozenset(QUOTE_PAIRS)
# verbs of publishing a document: «أصدرت المنظمة تقريرا يتهم …»
_PUBLISH = frozenset().union(*(plain_forms(p) for p in (
    "أصدر/يصدر", "نشر/ينشر", "بث/يبث", "وزع/يوزع", "وجه/يوجه", "أرسل/يرسل", "بعث/يبعث")))
AUTHOR_REACH = 6  # tokens from a verb of publishing to its document
# a toll: «أسفر عن مقتل», «أدى إلى مقتل»
RESULT_VERBS = plain_forms("أسفر/يسفر") | plain_forms("أدى/يؤدي")
RESULT_PREPS = frozenset(key(w) for w in ("عن", "إلى", "الى"))
# the verbal noun of قام: «أدان قيام إسرائيل بقصف»: its genitive did what follows بـ
_UNDERTAKE = plain_forms("قام/يقوم")
_DAMMA = "\u064f"
_AS_ALSO = key("كما")
# a support verb that lends its subject only to the noun right after its preposition:
# «تمكنت القوات من اعتقال», but «تمكنت من صد هجوم» repels someone else's attack
_PREPOSITIONAL = plain_forms("تمكن/يتمكن")
_DESPITE = frozenset(key(w) for w in ("رغم", "ورغم", "برغم", "وبرغم"))
_UNDERTAKING = frozenset(key(w) for w in ("قيام", "بقيام", "لقيام", "وقيام"))


def is_verb_shaped(t: Token) -> bool:
    """Could the sentence's first word be its verb: no article, no ending of a noun in «ة»
    or of a sound plural («ودخلت», «أعلن»; not «زيارة», «القوات»)?"""
    k = t.key[1:] if t.key[:1] in ("و", "ف") and len(t.key) > 3 else t.key
    return k.isalpha() and 3 <= len(k) <= 7 and not k.startswith("ال") \
        and not k.endswith(("ه", "ات", "ين", "ون"))


@lru_cache(maxsize=1)
def _before_object() -> frozenset[str]:
    """Words that may stand between a verb and its own object word: times, counts («الذي
    شن ليلا حوالى 15 غارة»)."""
    return words_of("skip") | words_of("quantity") | DAYTIME | {"من"}


class SourceRules(Sentence):
    """Rules that find an event's source."""

    def source_of(self, tm: TriggerMatch, c_lo: int, c_hi: int) -> ActorSpan | None:
        entry, f = tm.form.entry, self.frame
        h0, h1 = tm.head
        if entry.kind == "noun" and entry.code[:2] in VIOLENT \
                and (s := self.attributed_to(tm)) is not None:
            return s
        for slot in entry.source:
            s = None
            if entry.kind == "passive" or slot == "agent":
                s = self.agent_after(h1, c_hi)
                if s is None and entry.kind == "noun" and self.result_of(tm):
                    s = self.cause  # «انفجرت سيارة مفخخة مما أسفر عن مقتل 10»
                    self._toll_of_claim = self._cause_claimed
            elif slot == "subj" and entry.kind == "verb" and first_person(tm, self.tokens):
                # «ونحث السلطات الإسرائيلية على»: we urge, the speaker if one is named; the
                # noun after the verb is its object
                sp = self.speech_at(h0)
                if sp is not None and sp.speaker is not None:
                    return sp.speaker
                continue
            elif slot == "subj" and entry.kind == "verb":
                if (ante := self.relative_antecedent(tm, c_hi)) is not None:
                    return ante
                if h0 > self.lo and not tm.proclitics and self.tokens[h0 - 1].key in (
                        _WHICH, "من"):
                    # «مما دعا القادة إلى الإعلان»: what went before is the subject, and the
                    # actor after the verb is its object; so is «من» (who): «أول من انتقد
                    # داعش»
                    return None
                if h0 > self.lo and not tm.proclitics and (
                        (self.tokens[h0 - 1].key == _WHO_HE and masculine_singular(
                            tm, self.tokens) and not self._resumptive(h1, c_hi, "ه"))
                        or (self.tokens[h0 - 1].key == _THOSE
                            and plural_verb(tm, self.tokens)
                            and not self._resumptive(h1, c_hi, "هم"))):
                    # «المواطن الذي يناشد معالي الوزير»: a verb that agrees with the relative
                    # before it has the antecedent for subject (no actor here, or it would
                    # have been found above), and the actor after it is its object; not
                    # with a pronoun for the antecedent after it («المكان الذي يتجمع
                    # متظاهرون أمامه»: the clause has a subject of its own)
                    return None
                if h0 > self.lo and not tm.proclitics \
                        and self.tokens[h0 - 1].key in words_of("document"):
                    # «نشرت الصحيفة مقالا يهاجم الرئيس»: the verb describes the document,
                    # whose author is who published it; «حجبت السلطات موقعا ينتقد رئيس
                    # الوزراء»: a site nobody here wrote, so no subject
                    return self.author_of(h0 - 1, c_lo)
                # a verb joined by و or ف has no subject before it: «قبضت على إخواننا
                # المهاجرين واعتقلت» (the subject would carry the و: «والحكومة اعتقلت»)
                s = None if tm.proclitics[:1] in ("و", "ف") else \
                    self.past_relative_clause(tm, c_lo) or \
                    f.subject_before(h0, c_lo, adjacent=True)
                if s is not None and self.describes_noun(s):
                    s = None  # «لتفجير انتحاري ألقي باللوم فيه على داعش»: blamed, not blaming
                if s is not None and disagrees_before(s, tm, self.tokens):
                    s = None
                if s is None and (sp := self.pronoun_speaker(tm)) is not None:
                    return sp  # «قالت قوات الأمن إنها قتلت ستة مسلحين»
                if s is None and not plural_verb(tm, self.tokens) \
                        and not self.noun_subject(c_lo, h0, bool(tm.proclitics)) \
                        and not self.pronoun_subject(tm):
                    s = f.subject_after(h1, c_hi, counted="obj" not in entry.target)
                    if s is not None and disagrees_after(s, tm, self.tokens, self.doc.text,
                                                         self.opens_sentence(h0)):
                        s = None
                    if s is not None and tm.proclitics[:1] in ("و", "ف") \
                            and self.last_subject is not None \
                            and "obj" in entry.target and (
                                self.tokens[s.first].key in words_of("quantity")
                                or self.tokens[s.first].key.isdigit()):
                        # «داهمتهم قوات الأمن واعتقلت نحو 15 شخصا»: after a verb joined to
                        # one before, a count is what the shared subject did it to
                        s = None
                elif s is None and not tm.proclitics:
                    s = self.plural_antecedent(tm, c_lo)
            elif slot == "subj":
                s = self.support_subject(tm, c_lo)
            elif slot == "gen" and tm.possessed:
                continue  # «غاراتها»: the pronoun is the genitive, the actor after it is not
            elif slot == "gen":
                s = f.starting_at(h1)
                if s is None and tm.slot_tokens == [h1] and tm.end == h1 + 1 \
                        and not self.tokens[h1].key.startswith("ال"):
                    # «قصف طيران قوات التحالف»: the aircraft's genitive owns them
                    s = f.starting_at(tm.end)
                # «ندد الوزير بقصف الجيش السوري للمدينة»: the trigger's own «بقصف» makes its
                # genitive an agent phrase, and so the doer
                s = s if s is not None and (f._prep(s) is None or (
                    f._prep(s) == "agent" and s.first == h1)) else None
                if s is not None and s.first >= tm.end and (
                        s.proclitics[:1] in ("و", "ف") or (self.tokens[h1 - 1].key[
                            len(tm.proclitics) if h1 - h0 == 1 else 0:].startswith("ال")
                            and not self.tokens[s.first].key.startswith("ال"))):
                    # «بغطاء من الغارات وعناصر الحشد»: a conjunct is no genitive, and a noun
                    # with the article has none, only an adjective («القصف الحوثي»)
                    s = None
                if s is not None and entry.code[:2] == "02" and self.invited(s.end):
                    s = None  # «دعوة إيران للمشاركة في التحالف»: Iran is the guest
                if s is not None and s.mention.type == "GPE" and (
                        s.mention.sector or entry.code.startswith("183")):
                    # «تفجير طرابلس», «تفجير تركيا»: a city after the noun, or any place
                    # after a bombing, is where, not who («غارات إسرائيل» are hers)
                    s = None
                if s is not None and entry.code.startswith("183") \
                        and not armed(s.mention) and s.role is not None:
                    continue  # «تفجير المدنيين»: what a bombing's genitive names is its victim
                if s is not None and entry.kind == "noun" and entry.code[:2] in FORCE and (
                        doer := self.support_subject(tm, c_lo)) is not None \
                        and doer.mention.code != s.mention.code and not self.victim(doer):
                    # «لم تتوقف إسرائيل عن قصف لبنان»: the support verb's subject did it, and
                    # the genitive is what it was done to, unless it is the trigger's own
                    # word («شن داعش هجوما انتحاريا», «الهجوم الانتحاري نفذه داعش»)
                    self._gen_object = s if s.first >= tm.end else None
                    return doer
                if (s is None or s.first in tm.slot_tokens) and entry.kind == "noun" \
                        and entry.code[:2] in VIOLENT and not definite(self.tokens[h0]) \
                        and (owner := (s is None and self.lam_owner(h1))
                             or self.lam_owner(tm.end)
                             or (self.lam_owner(tm.end + 1) if s is None and tm.end < c_hi
                                 and self.tokens[tm.end].key in _FORCE_ADJECTIVES
                                 else None)) is not None \
                        and armed(owner.mention):
                    # «هجوم لطالبان», «قصف للجيش», «تفجير انتحاري لداعش», «غارة جوية لقوات
                    # التحالف» (an adjective between): an armed actor
                    # after the لـ of an indefinite act of force is its doer, before the
                    # trigger's own «انتحاري» (after a definite act, its object: «القصف
                    # الإسرائيلي للمدينة»)
                    s = owner
                if s is None and entry.kind == "noun" and entry.code[:2] == "14" \
                        and not definite(self.tokens[h0]) \
                        and (owner := self.lam_owner(tm.end)) is not None \
                        and owner.mention.sector not in STATE_ORGANS:
                    # «مظاهرة لعمال المصنع», «اعتصام لأنصار الحزب»: the لـ of an indefinite
                    # protest names who protests (a state's body would be its object)
                    s = owner
                if s is None and entry.kind == "noun":
                    # the adjective of the trigger's words, not of a noun after a preposition
                    # among them («هجمات على قوافل عسكرية أمريكية»: the convoys are American)
                    end = h1 if any(is_preposition(self.tokens[j]) for j in range(h1, tm.end)) \
                        else tm.end
                    s = f.adjective_at(h1) or f.adjective_at(end) or (
                        # «غارة جوية أمريكية»: the country after another adjective
                        f.adjective_at(end + 1) if self._plain_adjective(end) else None)
            elif slot == "claim":
                return self.claimant  # «أعلن داعش مسؤوليته عن الهجوم»: only when claimed
            elif slot == "unknown" and (self.specific(tm) or self.occurs(tm)):
                s = self.unknown_attacker(tm)
            elif slot == "clause":
                # «أحرق نفسه احتجاجا على»: an adverbial verbal noun is done by the clause's
                # subject, whatever the verb: the nearest actor with no preposition that is
                # no place («شكل مئات المتظاهرين سلسلة بشرية قرب مطار يريفان للاحتجاج»).
                # A state, its government and its forces protest officially («استدعت مصر
                # السفير احتجاجا على»: a complaint, coded by its own verb), never in the
                # street, so they are not the doer.
                near = self._unprepositioned(c_lo, h0)
                if not near and h0 == c_lo and c_lo - 2 >= self.lo \
                        and self.tokens[c_lo - 1].key in COMMAS:
                    # «تجمع أنصار الحزب في الساحة، احتجاجا على»: after a comma, the noun
                    # tells the purpose of the clause before
                    near = self._unprepositioned(
                        clause(self.tokens, self.lo, self.hi, c_lo - 2)[0], c_lo - 1)
                s = near[-1] if near and near[-1].mention.sector not in STATE_ORGANS else None
            if s is not None:
                return s
        if entry.kind == "verb" and (s := self.resumptive_speaker(c_lo)) is not None \
                and (tm.proclitics
                     or not any(c_lo <= x.first < h0 for x in f.spans)):
            # «إنها أنقذت امرأة … احتجزت»: the pronoun is the subject of the clause's first
            # verb (and of verbs joined to it), not of a bare verb after a noun
            return s
        if entry.kind == "verb" and (s := self.speaker_resumed(tm)) is not None:
            return s
        # «طالبت واشنطن بالإفراج عنه وفرضت عقوبات»: a verb joined by و with no subject of
        # its own shares the subject of the verb before it; not a verb in the first person
        # («قتلت الميليشيا الأطفال ونطالب الوزارة»: we, the speaker, demand).
        if entry.kind == "verb" and tm.proclitics[:1] in ("و", "ف") \
                and not first_person(tm, self.tokens) and not self.own_nominative(tm):
            # not across «أن»: in «هدد داعش الحكومة بالرد بعد أن قبضت … واعتقلت» the
            # government arrests
            crosses = any(is_complementiser(self.tokens[j])
                          and not any(x.first <= j < x.end for x in f.spans)  # «بان كي مون»
                          for j in range(self.last_at, h0))
            shared = self.last_subject if self.last_subject is not None and not crosses \
                else self.opening_subject(tm)
            self._shared = shared is not None
            return shared
        return None

    def own_nominative(self, tm: TriggerMatch) -> bool:
        """Does a dual or plural in the nominative the lexicons do not know follow the verb
        («وأشادت شخصيتان قياديتان بدور …», «واعتبر مراقبون»)? It is the verb's subject."""
        h1 = tm.head[1]
        if h1 >= self.hi or self.frame.starting_at(h1) is not None:
            return False
        # a dual in «تان», «يان» or a plural in «ون» of more than five letters: not «إعلان»,
        # «طيران», «قانون»
        k = self.tokens[h1].key.removeprefix("ال")
        return (len(k) > 4 and k.endswith(("تان", "يان"))) or (len(k) > 5 and k.endswith("ون"))

    def opening_subject(self, tm: TriggerMatch) -> ActorSpan | None:
        """«ودخلت القوات العراقية المدينة واعتقلت عشرة مسلحين», «وقال المصدر إن قوات
        البيشمركة صدت هجوما … وقتلت 10 مسلحين»: with no verb event of its clause before it,
        a verb joined by و shares the subject of its clause's first verb (the clause begun
        by the sentence or by the last «أن/إن»): the actor right after that verb or before
        it, not counted (a count there is a passive's: «قتل العشرات … واعتقل»), with no
        other clause between («الذي», «حيث»), agreeing with the joined verb and near it. Only
        for a perfect: an imperfect may be what is feared or wished."""
        f, tokens, h0 = self.frame, self.tokens, tm.head[0]
        if tm.form.tense != "perfect":
            return None  # «وخشينا أن يأتي الطيران فيقصف»: an imperfect may be what is feared
        start = max((j + 1 for j in range(self.lo, h0) if is_complementiser(tokens[j])
                     and not any(x.first <= j < x.end for x in f.spans)), default=self.lo)
        if tokens[start].key in _UNDERGONE:
            return None  # «أصيب شخص وقبض على الجاني»: who was hurt arrests no one
        s = f.starting_at(start + 1) if start + 1 < h0 and is_verb_shaped(tokens[start]) \
            else None
        if s is None:
            s = f.starting_at(start)
        if s is None or not 0 <= h0 - s.end <= OPENING_REACH or f._prep(s) is not None \
                or self.victim(s) \
                or s.mention.type == "LOC" or head_index(tokens, s) != s.first \
                or tokens[s.first].key in words_of("quantity") or tokens[s.first].key.isdigit() \
                or any(is_boundary(t) and t.key.isalpha() for t in tokens[s.end:h0]):
            return None
        if plural_verb(tm, tokens):
            return s if plural_noun(s, tokens) else None
        return s if agrees_with_verb(s, tm, tokens, self.doc.text) else None

    def speaker_resumed(self, tm: TriggerMatch) -> ActorSpan | None:
        """«قال الرئيس إن الحوثيين قصفوا عدن، واتهم إيران بدعمهم»: a past verb after «، و»
        that agrees with the speaker and not with the subject of the verb before it goes
        on from the speech verb: the speaker did it, told, not reported."""
        h0 = tm.head[0]
        if tm.proclitics != "و" or tm.form.tense != "perfect" or h0 == self.lo \
                or self.tokens[h0 - 1].key not in COMMAS:
            return None
        head = self.tokens[h0]
        if _DAMMA in self.doc.text[head.start:head.end]:
            return None  # «وقُبض على الجاني»: a passive, written with its vowel
        sp = self.speech_at(h0)
        tokens, text = self.tokens, self.doc.text
        if sp is None or sp.speaker is None or not agrees_with_verb(sp.speaker, tm, tokens, text) \
                or any(tokens[j].key == _AS_ALSO for j in range(sp.start, h0)):
            return None  # «…، كما شكر العادي الجميع …، وطالب»: another one spoke since
        last = self.last_subject
        if last is not None and self.last_at > sp.verb and agrees_with_verb(last, tm, tokens, text):
            return None  # «قال إن الرئيس زار القاهرة، والتقى نظيره»: the president met him
        return sp.speaker

    def _resumptive(self, i: int, c_hi: int, pronoun: str) -> bool:
        """Has the clause after token i a subject of its own: a sound plural in the
        nominative right after the verb («الذي يتجمع متظاهرون أمامه»), or a preposition
        with a pronoun for the antecedent («أمامه», «عليهم») a few words on?"""
        s = self.frame.starting_at(i)
        if s is not None and self.tokens[head_index(self.tokens, s)].key.endswith("ون"):
            return True
        preps = words_of("preposition")
        return any(t.key.endswith(pronoun) and (t.key[:-len(pronoun)] in preps
                                                or t.key[:-len(pronoun)] in _PRONOUN_HOSTS)
                   for t in self.tokens[i:min(c_hi, i + RESUMPTIVE_REACH)])

    def relative_antecedent(self, tm: TriggerMatch, c_hi: int) -> ActorSpan | None:
        """«المسلحين الذين قتلوا ثلاثة جنود»: a verb right after a relative pronoun, with an
        object after it, has the actor before the pronoun as its subject. Not «الجندي الذي
        قتل أمس» (no object: was killed), nor «القرية التي قتل فيها» (in which … were
        killed)."""
        h0 = tm.head[0]
        if tm.form.entry.kind != "verb" or tm.proclitics or h0 - 2 < self.lo \
                or self.tokens[h0 - 1].key not in _WHO:
            return None
        if tm.end < c_hi and self.tokens[tm.end].key in IN_IT:
            return None
        if tm.slot_tokens and self.tokens[tm.slot_tokens[0]].key.endswith("ون"):
            return None  # «الوزير الذي يتجمع متظاهرون أمام منزله»: its own subject
        # a verb with its own object word right after it («الذي شن ليلا 15 غارة») is active
        # as it stands (not «الذين ألقت السلطات القبض عليهم»: the subject stands between)
        counts = _before_object()
        own_object = bool(tm.slot_tokens) and all(
            t.key in counts or t.key.isdigit() for t in self.tokens[tm.head[1]:tm.slot_tokens[0]])
        if not own_object and self.counted_subject(tm, c_hi) is None and (
                (obj := self.frame.starting_at(tm.end)) is None or self.frame._prep(obj)):
            return None  # «الذي اعتقل أكثر من سنتين»: a duration is no object
        # people and bodies, not places: «مكة المكرمة التي تستقبل الملايين من الزوار»; a
        # doer behind «من قبل» too: «دعم من قبل التحالف الذي شن 15 غارة»
        return self.antecedent(h0 - 1, agent=own_object)

    def past_relative_clause(self, tm: TriggerMatch, c_lo: int) -> ActorSpan | None:
        """«قوات الأمن التي انتشرت بأعداد كبيرة فرقت المظاهرة», «طيران التحالف الذي
        تقوده السعودية شن غارات»: a verb after a short relative clause that opens with its
        own verb has the antecedent for subject (not the relative clause's subject), when
        it agrees with it."""
        h0 = tm.head[0]
        if tm.proclitics or h0 - c_lo < 2 or h0 - c_lo > RELATIVE_CLAUSE_REACH \
                or c_lo - 2 < self.lo or self.tokens[c_lo - 1].key not in _WHO \
                or self.frame.starting_at(c_lo) is not None \
                or self.tokens[c_lo].key in words_of("skip"):
            return None
        # the verb agrees with the relative pronoun, which agrees with the antecedent
        # («قوات الجيش الموالية للرئيس هادي الذي يقيم في السعودية سيطرت»: not Hadi)
        rel = self.tokens[c_lo - 1].key
        if not ((rel == _WHO_HE and masculine_singular(tm, self.tokens))
                or (rel == _WHICH_FEMININE and feminine_singular(tm, self.tokens))
                or (rel == _THOSE and plural_verb(tm, self.tokens))):
            return None
        ante = self.antecedent(c_lo - 1)
        if ante is None or disagrees_before(ante, tm, self.tokens):
            return None
        return ante

    def antecedent(self, rel: int, agent: bool = False) -> ActorSpan | None:
        """The actor right before the relative pronoun at token `rel`: people and bodies, not
        places («مكة المكرمة التي تستقبل»); with `agent` (the verb has its own object), one
        behind «من قبل» too («دعم من قبل التحالف الذي شن 15 غارة»), and a state («الولايات
        المتحدة التي نفذت عملية قصف»). «التي» is no relative of men («انتقادات الساسة
        الفرنسيين التي وجهت», «تصريحات الوزير هاموند التي تدعو»)."""
        which = self.tokens[rel].key
        # the lam of possession too: «التصريحات … لنائب الرئيس العراقي الذي اتهم»; «الذين»
        # is no relative of a feminine singular («المتظاهرين المؤيدين للحكومة الذين»)
        return next((s for s in self.frame.spans if s.end <= rel
                     and self.frame._adjectives_end(s, rel) == rel
                     and self.frame._prep(s) in (None, "ل", "من", "agent" if agent else None)
                     and not self.victim(s) and (s.mention.type not in ("GPE", "LOC") or (
                         agent and s.mention.code is not None and len(s.mention.code) == 3))
                     and not (which == _WHICH_FEMININE and (
                         self.tokens[s.end - 1].key.endswith(("ين", "ون"))
                         or masculine(s, self.tokens)))
                     and not (which == _THOSE and feminine(s, self.tokens, self.doc.text))),
                    None)

    def _plain_adjective(self, i: int) -> bool:
        """Is token i an adjective of no actor («جوية», «الانتحاري»): a nisba that no
        actor span starts at?"""
        if i >= self.hi:
            return False
        t = self.tokens[i]
        return len(t.key) >= 4 and t.key.endswith(("يه", "ي")) and t.key.isalpha() \
            and not is_preposition(t) and not is_boundary(t) \
            and self.frame.starting_at(i) is None and self.frame.adjective_at(i) is None

    def _unprepositioned(self, lo: int, hi: int) -> list[ActorSpan]:
        """Actors in tokens [lo, hi) that are no places, with no preposition, also none
        shared with the first of their phrase («بين الشرطة والمتظاهرين»), nor a building's
        owner after one («اعتصموا أمام مبنى البرلمان», «حصارهم لمقر سفارة استونيا»)."""
        f, tokens = self.frame, self.tokens

        def owns_building(x: ActorSpan) -> bool:
            prev = tokens[x.first - 1].key if x.first > lo else ""
            return (prev in BUILDINGS and x.first - 2 >= lo
                    and is_preposition(tokens[x.first - 2])) \
                or (prev[:1] in ("ل", "ب") and prev[1:] in BUILDINGS)

        places = words_of("place") | _QUARTERS
        return [x for x in f.spans if lo <= x.first and x.end <= hi
                and x.mention.type not in ("GPE", "LOC")
                and not (x.first > lo and tokens[x.first - 1].key in places)  # «أحياء الصحافة»
                and (f.shared_prep(x) is None or self.described_by_verb(x))
                and not owns_building(x)]

    def described_by_verb(self, s: ActorSpan) -> bool:
        """«أطلقت الشرطة الغاز على عدة آلاف من الأشخاص تجمعوا للتظاهر»: a counted group
        right before a plural verb is its subject (the verb describes it), whatever
        preposition governs it; not «من» of a part («33 مسلحا من مسلحي داعش قتلوا»: the
        count is the subject), nor a body («خبراء ملحقين بقوات أمريكية هاجموا»)."""
        count = self.tokens[s.first].key[len(s.proclitics):]
        return s.end < self.hi and (count in words_of("quantity") or count.isdigit()) \
            and plural_verb_like(self.tokens[s.end].key) and self.frame._prep(s) != "من"

    def author_of(self, doc_at: int, c_lo: int) -> ActorSpan | None:
        """Who published the document at token `doc_at`: the subject of a verb of
        publishing right before it («أصدرت منظمة العفو الدولية تقريرا»)."""
        for v in range(doc_at - 1, max(c_lo, doc_at - AUTHOR_REACH) - 1, -1):
            if form_in(self.tokens[v].key, _PUBLISH):
                return self.frame.subject_before(v, c_lo, adjacent=True) or \
                    self.frame.subject_after(v + 1, doc_at)
        return None

    def result_of(self, tm: TriggerMatch) -> bool:
        """Is the noun the toll of the act of violence before it: «أسفر عن», «أدى إلى»
        right before it («وأسفر الانفجار عن»: with the act named again), after that act's
        trigger?"""
        return self.cause is not None and self._follows_result_verb(tm, self.cause_at)

    def _follows_result_verb(self, tm: TriggerMatch, since: int) -> bool:
        """Do «أسفر عن», «أدى إلى» stand right before the noun, after token `since`?"""
        h0 = tm.head[0]
        if tm.proclitics or h0 - 2 < since or self.tokens[h0 - 1].key not in RESULT_PREPS:
            return False
        at = h0 - 2 if form_in(self.tokens[h0 - 2].key, RESULT_VERBS) else h0 - 3 if (
            h0 - 3 >= since and self.tokens[h0 - 2].key.startswith("ال")
            and form_in(self.tokens[h0 - 3].key, RESULT_VERBS)) else None
        # not across «بعد»: «قصفت دبابات … مواقع داعش بعد إطلاق نيران منها أدى إلى مقتل»
        return at is not None and not any(t.key in WHEN for t in self.tokens[since:at])

    def plural_antecedent(self, tm: TriggerMatch, c_lo: int) -> ActorSpan | None:
        """«الآلاف من المتظاهرين تدفقوا في الشوارع يهتفون ضد الحكومة»: a plural verb with
        no subject of its own («يهتفون») carries a pronoun for the nearest plural of people
        before it in its clause that no preposition governs."""
        h0 = tm.head[0]
        quantity = words_of("quantity")
        for s in reversed(self.frame.spans):
            if s.end > h0 or s.first < c_lo or s.mention.type in ("GPE", "LOC"):
                continue
            if self.frame.shared_prep(s) is not None and not self.described_by_verb(s):
                continue
            # a conjunct makes a plural with what it is joined to: «تلاميذ المدارس وطلاب
            # الثانوي تدفقوا»
            count = self.tokens[s.first].key[len(s.proclitics):]
            if not (plural_noun(s, self.tokens) or s.proclitics.startswith("و")
                    or count in quantity or count.isdigit()):
                return None  # «إخطار أهالي عدة أطفال اعتقلوا»: the nearest is no plural
            # near, or near a plural verb of its own that carries the same pronoun
            # («تدفقوا في شوارع المدينة منذ الصباح يهتفون»)
            last = max([s.end] + [j + 1 for j in range(s.end, h0)
                                  if plural_verb_like(self.tokens[j].key)])
            return s if h0 - last <= ANTECEDENT_REACH else None
        return None

    def noun_subject(self, c_lo: int, h0: int, joined: bool = False) -> bool:
        """Does a noun no lexicon knows stand right after «أن/إن» before the verb, or open
        the sentence right before it? It is the verb's subject (the noun of «إنّ»), so what
        follows the verb is its object: in «إنّ جمهورًا غاضبًا هاجم الجيش» the army is
        attacked."""
        if c_lo == self.lo and h0 == c_lo + 1 and not joined:
            # «البابا يحث الأمم المتحدة على»: a headline's first word, a definite noun no
            # lexicon knows, is the subject of the verb after it (not of one joined by و:
            # «الترانسفير ودعا الاتحاد الأوروبي», a heading run into the text)
            k = self.tokens[c_lo].key
            return k.startswith("ال") and len(k) > 4 and k not in words_of("skip") \
                and k not in words_of("time") and self.frame.starting_at(c_lo) is None
        j = c_lo - 1
        if j > self.lo and self.tokens[j].key in _OPENING_QUOTES:
            j -= 1  # «وتابعت أن «حشدا غاضبا هاجم الجيش»: the quote opens after «أن»
        that = self.tokens[j] if self.lo <= j else None
        if that is None or not c_lo < h0 <= c_lo + 3 or is_resumptive(that) \
                or not is_complementiser(that):
            return False
        k = self.tokens[c_lo].key
        # a word right before the verb needs no mark of a noun: «أن سيول دعت بيونغ يانغ»
        # (a name no lexicon knows: Pyongyang is invited)
        return k.isalpha() and len(k) > 3 and (
            k.endswith("ا") or k.startswith("ال") or (
                h0 == c_lo + 1 and k not in words_of("time") and k not in words_of("skip"))) \
            and not any(c_lo <= x.first < h0 for x in self.frame.spans)

    def resumptive_speaker(self, c_lo: int, agree: bool = True) -> ActorSpan | None:
        """«أعلن الكرملين أنه سينظر»: the pronoun after أن/إن stands for the speaker."""
        if c_lo - 1 >= self.lo and is_resumptive(self.tokens[c_lo - 1]):
            return self.speaker_of(c_lo - 1, agree)
        return None

    def agent_after(self, i: int, c_hi: int) -> ActorSpan | None:
        """The actor of an agent phrase («على يد», «برصاص») in tokens [i, c_hi), before a
        negated verb starts another clause («تعرض للاعتداء ولم يسمع صوتها من قبل»)."""
        stop = next((j for j in range(i + 1, c_hi) if is_negation(self.tokens[j])), c_hi)
        agent = next((x for x in self.frame.spans if i <= x.first < stop
                      and self.frame._prep(x) == "agent"), None)
        if agent is not None:
            return agent
        fired = next((x for j in range(i, stop - 1) if self.tokens[j].key in _FIRED_IT
                      and (x := self.frame.starting_at(j + 1)) is not None
                      and not x.proclitics), None)
        if fired is not None:
            return fired  # «بقذيفة هاون أطلقتها ميليشيات الحوثي»: who fired the weapon
        # «برصاص إسرائيلي», «بنيران هندية»: an agent word before a country adjective names
        # that country's military
        return next((country_actor(adj, military=True) for j in range(i, stop - 1)
                     if self.tokens[j].key in AGENT_WORDS
                     and (adj := self.frame.adjective_at(j + 1)) is not None), None)

    def pronoun_speaker(self, tm: TriggerMatch) -> ActorSpan | None:
        """«قالت قوات الأمن إنها قتلت ستة مسلحين»: a feminine or plural pronoun right before
        the verb is its subject, the speaker, so the verb is active. (Masculine «أنه» is often
        the impersonal pronoun of a passive: «قال إنه قتل 12 شخصا».)"""
        h0 = tm.head[0]
        if h0 <= self.lo or not self.tokens[h0 - 1].key.endswith(("ها", "هم")) \
                or not is_resumptive(self.tokens[h0 - 1]):
            return None
        return self.speaker_of(h0 - 1)

    def pronoun_subject(self, tm: TriggerMatch) -> bool:
        """Is the pronoun of «إنه/إنها/إنهم» right before the verb its subject, named or not?
        Then the noun after the verb is its object: «قال رجل إنه يناشد الرئيس اليمني».
        Not «إنه» before a perfect, often the impersonal pronoun of a passive («قال إنه قتل
        12 شخصا»)."""
        h0 = tm.head[0]
        if h0 <= self.lo:
            return False
        before = self.tokens[h0 - 1].key
        if before in words_of("pronoun_particle"):
            # «لأنه انتقد الجيش», «لكنهم هاجموا»: a pronoun the verb agrees with
            if before.endswith("هم"):
                return plural_verb(tm, self.tokens)
            return masculine_singular(tm, self.tokens) != before.endswith("ها") \
                and not plural_verb(tm, self.tokens)
        if not is_resumptive(self.tokens[h0 - 1]):
            return False
        k, perfect, _ = verb_at(tm, self.tokens)
        return before.endswith(("ها", "هم")) or k != perfect

    def unknown_attacker(self, tm: TriggerMatch) -> ActorSpan:
        """«انفجرت سيارة مفخخة»: a bomb implies an attacker nobody named (UAF), a
        demonstration protesters nobody named (CVL). The actor points at the trigger, its
        only evidence."""
        t0, t1 = self.tokens[tm.head[0]], self.tokens[tm.end - 1]
        crowd = tm.form.entry.code.startswith("14")
        sector = "CVL" if crowd else "UAF"
        # «اندلعت المظاهرات الفلسطينية»: the adjective gives the crowd its country
        adj = self.frame.adjective_at(tm.end) if crowd else None
        country = adj.mention.country if adj is not None else None
        m = Mention(self.doc.text[t0.start:t1.end], t0.start, t1.end, "MISC",
                    (country or "") + sector, country, sector,
                    "protesters" if crowd else "unidentified attacker")
        return ActorSpan(m, tm.head[0], tm.end, "", True)

    def support_subject(self, tm: TriggerMatch, c_lo: int) -> ActorSpan | None:
        """The subject of the support verb governing a verbal noun: before the noun («شنت
        إسرائيل غارات») or after it with a pronoun for the noun («هجوم مسلح نفذه مجهولون»,
        «الهجوم الذي نفذته طالبان»).

        A noun after a preposition is not what the clause's subject did
        («نددت السعودية بالغارات»), and without a support verb the noun is only talk about
        an event («محاكمة المتهمين في جريمة اغتيال»).
        """
        h0 = tm.head[0]
        f = self.frame
        governed = f.governed(h0, tm.proclitics)
        words = support_verbs()
        # before the noun, a support verb with an object pronoun has its own object
        # («تحذير قدمته السفارة من هجمات»)
        plain = support_verbs(plain=True)
        end = h0  # where the words the support verb may govern end
        if h0 == c_lo and (p := self.aside_before(h0)) is not None:
            # «تقوم طائرات بدون طيار، لا تملكها إلا القوات الأمريكية، بإطلاق صواريخ»: an
            # aside set off by commas between the subject and the noun
            end, c_lo = p, clause(self.tokens, self.lo, self.hi, p - 1)[0]
        # «أكدت الحكومة إدانتها التفجير»: a support verb governs the nearer act, so an
        # ungoverned noun's support verb stands after every other act before it
        nearer = -1 if governed else max(
            (h for h in (*(h for h, _ in self._noun_spans), *self._verb_cands) if h < end),
            default=-1)
        reach = max(c_lo, end - SUPPORT_REACH)
        for v in range(end - 1, max(reach, nearer) - 1, -1):
            k = self.tokens[v].key
            if k in _DESPITE:
                break  # «تبنى النواب القانون رغم دعوات …»: the calls are others'
            undertaking = governed and k in _UNDERTAKING
            if not governed and form_in(k, _PREPOSITIONAL):
                continue
            if (form_in(k, plain) or undertaking) and not exposed(self.tokens, v, end):
                # «قام عدد من المسلحين بخطف»: قام has no object, so a group after it is its
                # subject, as is the genitive of its verbal noun («أدان قيام إسرائيل بقصف»)
                counted = undertaking or (governed and form_in(k, _UNDERTAKE))
                s = f.subject_after(v + 1, end, counted=True) if undertaking else \
                    f.subject_before(v, c_lo, adjacent=True) or f.subject_after(
                        v + 1, end, counted=counted)
                if governed:
                    # «قام مسلحون بخطف», «أعربت مصر عن إدانتها»: only the subject (with its
                    # count) and the preposition may stand between the support verb and
                    # the noun.
                    start = v + 1 if counted or s is None else s.first
                    between = [j for j in range(v + 1, end)
                               if not (s is not None and start <= j < s.end)
                               and not (s is not None and self.agrees(s, j))]
                    # «قام X يوم أمس بـ», «قامت السلطات، اليوم الأحد، بـ», «تقوم فيها X بـ»
                    skip = skip_words()
                    others = [j for j in between if not is_preposition(self.tokens[j])
                              and self.tokens[j].key not in skip]
                    # and where the subject is: «تمكنت الجهات الأمنية في الأردن من القبض»
                    where = {i for x in (*f.places, *f.spans) if f._prep(x) == "في"
                             for i in range(x.first, x.end)} if others else set()
                    if any(j not in where for j in others):
                        break  # not this noun's support verb: «تقدم المقاومة تزامن مع
                        # غارات شنها طيران التحالف» may still have one after it
                if s is None and v - 1 >= self.lo and is_resumptive(self.tokens[v - 1]):
                    s = self.speaker_of(v - 1)
                if s is None and k[:1] in ("و", "ف") and k[1:] in support_verbs_in("perfect") \
                        and self.last_subject is not None \
                        and all(is_preposition(self.tokens[j]) for j in range(v + 1, end)) \
                        and not any(is_complementiser(self.tokens[j])
                                    for j in range(self.last_at, v)):
                    # «داهمت الشرطة المنزل وقامت باعتقال 10 أشخاص»: a support verb joined
                    # by و with no subject of its own shares the one before it
                    s = self.last_subject
                if s is None and v - 1 > self.lo and self.tokens[v - 1].key in _WHO:
                    # «التحالف العربي الذي شن ليلا 15 غارة»: the noun the relative tells of
                    s = self.antecedent(v - 1, agent=True)
                if s is not None:
                    self._support_at = v
                    self._support_imperfect = form_in(k, support_verbs_in("imperfect"))
                    return s
                break
        else:
            if not governed and nearer <= reach \
                    and (s := self._distant_support_subject(tm, c_lo, plain)):
                return s
        for v in range(tm.head[1], min(self.hi, tm.head[1] + AFTER_REACH)):
            t = self.tokens[v]
            if is_boundary(t) and t.key not in RELATIVE:
                break
            k = t.key
            if (k in words or (k[:1] in "وف" and k[1:] in words)) and k.endswith(
                    ("ه", "ها")) and not is_preposition(self.tokens[v - 1]):
                if self.tokens[v - 1].key in RELATIVE and not all(
                        definite(self.tokens[x]) for x in range(tm.end, v - 1)):
                    # the relative is another noun's: «الهجوم جاء بعد الحصار الذي تفرضه
                    # المقاومة»; a definite noun's adjectives may stand before it
                    break
                self._support_imperfect = form_in(k, support_verbs_in("imperfect"))
                return f.subject_after(v + 1, self.hi)
        return None

    def aside_before(self, h0: int) -> int | None:
        """Where the aside that the comma before token h0 closes opens (its first comma), when
        it has no other boundary and at most ASIDE_CLAUSE_REACH words."""
        if h0 - 2 <= self.lo or self.tokens[h0 - 1].key not in COMMAS:
            return None
        for p in range(h0 - 2, max(self.lo, h0 - 2 - ASIDE_CLAUSE_REACH), -1):
            t = self.tokens[p]
            if t.key in COMMAS:
                return p if p < h0 - 2 else None
            if is_boundary(t) and t.key not in RELATIVE:
                return None
        return None

    def _distant_support_subject(self, tm: TriggerMatch, c_lo: int, plain: frozenset[str]
                                 ) -> ActorSpan | None:
        """«ويشن الجيش السوري وجماعة حزب الله اللبناني المتحالفة مع النظام هجوما»: a support
        verb further back, when its subject and the actors joined to it fill the gap; after
        them only a preposition, an adjective or a time word may stand before the noun (not
        the verb's own object: «كثفت تونس مشاوراتها … تداعيات الهجوم»)."""
        h0, f = tm.head[0], self.frame
        for v in range(h0 - SUPPORT_REACH - 1, max(c_lo, h0 - DISTANT_SUPPORT_REACH) - 1, -1):
            k = self.tokens[v].key
            if not form_in(k, plain):
                continue
            s = f.subject_after(v + 1, h0)
            if s is None or s.first != v + 1:
                return None
            end = f._adjectives_end(f.coordinated(s)[-1], h0)
            while end + 1 < h0 and self.tokens[end].key.startswith("و") \
                    and (joined := f.starting_at(end + 1)) is not None:
                end = f._adjectives_end(joined, h0)  # «وجماعة حزب الله»: one more joined
            nxt = self.tokens[end] if end < h0 else None
            if nxt is None or h0 - end > SUPPORT_REACH or not (
                    is_preposition(nxt) or nxt.key in words_of("skip") or definite(nxt)):
                return None
            self._support_at = v
            self._support_imperfect = form_in(k, support_verbs_in("imperfect"))
            return s
        return None

    def agrees(self, s: ActorSpan, j: int) -> bool:
        """Is token j an adjective of `s` right after it, agreeing in its plural ending
        («مسلحون مقنعون»)?"""
        if j != s.end or s.end - s.first > 3:
            return False
        head, k = self.tokens[s.end - 1].key, self.tokens[j].key
        return head.endswith(("ون", "ين")) and k[-2:] == head[-2:] and len(k) > 4 \
            and not k.startswith("ال")

    def invited(self, j: int) -> bool:
        """Does what one is invited to follow at token j, after «لـ» or «إلى» («للمشاركة»,
        «إلى زيارة»)? Then the genitive before it is invited, not the one who calls."""
        # past a comma, the guests' adjectives or more guests: «دعوة الصحفيين والكتاب
        # لجولات», «دعوة المعلمين المرشحين الجدد لاستكمال»
        for _ in range(INVITED_REACH):
            if j >= self.hi:
                return False
            t = self.tokens[j]
            if t.key.startswith("ل") or is_preposition(t) or (
                    is_boundary(t) and t.key not in ("،", ",")):
                break
            j += 1
        if j >= self.hi:
            return False
        words = words_of("invited")
        if self.tokens[j].key in ("الي", "ل"):
            return j + 1 < self.hi and self.tokens[j + 1].key in words
        return any(p == "ل" and stem in words for stem, p, _ in clitic_variants(self.tokens[j].key))

    def attributed_to(self, tm: TriggerMatch) -> ActorSpan | None:
        """Who an act of force is attributed to, its doer: «قصف نسب للحوثيين», «الهجوم
        الانتحاري الدموي الذي نسب الإثنين الماضي إلى تنظيم داعش» (its adjectives, a
        relative pronoun and a time may stand between)."""
        tokens, f = self.tokens, self.frame
        j, stop = tm.end, min(self.hi, tm.end + ATTRIBUTION_REACH)
        while j < stop and tokens[j].key not in ATTRIBUTED:
            k = tokens[j].key
            if k not in RELATIVE and not (k.startswith("ال") and f.starting_at(j) is None):
                return None
            j += 1
        if j >= stop:
            return None
        time = words_of("time")
        for x in f.spans:
            if j < x.first <= j + ATTRIBUTION_REACH and f._prep(x) in ("agent", "ل", "الي") \
                    and all(is_skippable(t) or t.key in time
                            for t in tokens[j + 1:x.first - (not x.proclitics)]):
                return x
        return None

    def lam_owner(self, j: int) -> ActorSpan | None:
        """The actor at token j after the lam of possession: «لطالبان», «لـ«داعش»»."""
        if j + 2 < self.hi and self.tokens[j].key == "ل" \
                and self.tokens[j + 1].key in _OPENING_QUOTES:
            return self.frame.starting_at(j + 2)
        owner = self.frame.starting_at(j)
        return owner if owner is not None and owner.proclitics[-1:] == "ل" else None
