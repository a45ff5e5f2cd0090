"""Events stage: triggers (events/triggers.py), frames, speech and modality → `Event`s.

`SentenceCoder` codes one sentence: the sentence's state is `events/sentence.py`'s, who did
an act is found by the rules of `events/sources.py`, to whom by those of `events/targets.py`;
this module chooses the triggers, sets modality and confidence, and ties claims of
responsibility and tolls to the acts they belong to.

Precision first (DESIGN.md §5): an event needs a trigger from the lexicon *and* the actors its
frame asks for; nothing falls back to a default code, and negated acts are not reported.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

from rasd.actors.grammar import RELATIVE, definite
from rasd.events.agreement import head_index
from rasd.events.conjugate import plain_forms, verb_forms
from rasd.events.frames import (
    IN_IT,
    NAME_QUOTE_LEN,
    clause,
    ends_clause,
    is_boundary,
    is_preposition,
)
from rasd.events.lexicon import NOT_AN_EVENT, support_verbs_in
from rasd.events.modality import (
    governing_modality,
    habitual,
    is_negated,
    negated_between,
    sentence_modality,
    set_off,
)
from rasd.events.sentence import (
    ASSAULT,
    COERCE,
    COMMAS,
    DOING,
    FORCE,
    REPRESS,
    VIOLENT,
    constraint_sector,
    country_actor,
    names_any,
)
from rasd.events.sources import RESULT_PREPS, RESULT_VERBS, SourceRules
from rasd.events.speech import find_quotes, indirect_quotes
from rasd.events.targets import TargetRules
from rasd.events.triggers import TriggerMatch, find_triggers
from rasd.events.verb_forms import form_in, imperfect, plural_verb, verb_at
from rasd.lexicons import words_of
from rasd.model import ActorSpan, Document, Event, Mention, Quote, Token, Trigger
from rasd.ontology import event_type
from rasd.settings import Settings
from rasd.text.matcher import QUOTE_PAIRS
from rasd.text.normalize import key, strip_suffix, surface_offset

NOUN_AGENT_REACH = 6  # tokens from a verbal noun's genitive to its agent phrase
CLAIM_REACH = 4  # tokens from a claim of responsibility to the attack it claims
JOINED_NOUN_REACH = 10  # tokens from a governed verbal noun to one joined to it by و
_CLAIM = "015"
_KILL = "1823"
_BOMBERS = frozenset(key(w) for w in ("انتحاري", "انتحاريا", "انتحاريين", "انتحاريان",
                                      "انتحاريون"))
# «من قبل», «على يد», «على أيدي»: the agent phrases that name who did what a noun names
# (not «برصاص», «بقصف»: after a noun they are as often its instrument or its object)
_BY = frozenset(key(w) for w in ("قبل", "يد", "أيدي", "بيد"))
_WEAPONS = frozenset(key(w) for w in ("رصاص", "نيران", "قذائف", "قذيفة", "صواريخ", "صاروخ",
                                       "غارات", "غارة", "قصف"))
_THAT, _ON = key("أن"), key("على")
# what sets off an aside inside a clause: commas, brackets, a relative clause
_ASIDE = frozenset({"،", ",", "(", ")"}) | RELATIVE
_LATEST = frozenset(key(w) for w in ("آخر", "أول", "أولى", "أحدث"))
_ORGANISING = frozenset(key(w) for w in ("تنظيم", "تسيير", "إقامة"))
_PLANNING = plain_forms("قرر/يقرر") | plain_forms("أعلن/يعلن")
PLAN_REACH = 6  # tokens between «قرر», «أعلن» and the organising of a protest
_EVE_MORROW = frozenset(key(w) for w in ("غداة", "وغداة", "عشية", "وعشية"))
SPAN_REACH = 5  # tokens from an act's noun to the «بعدة أيام» after its genitive
_TIME_TOPICS = frozenset(key(w) for w in ("بعد", "وبعد", "إثر", "أعقاب", "منذ", "قبل"))
_NEXT_PREVIOUS = frozenset(key(w) for w in ("التالي", "التالية", "السابق", "السابقة"))
_ABOUT = key("عن")
_ON = key("على")
_REVENGE = frozenset(key(w) for w in ("انتقاما", "ردا", "ثأرا"))
_CLAIM_ONLY = ("claim",)  # a noun coded only when claimed («مسؤوليته عن قتل»)
_ON_FROM = frozenset(key(w) for w in ("على", "من"))
_BEFORE_AFTER = frozenset(key(w) for w in ("بعد", "وبعد", "قبل", "وقبل"))
_FOLLOWING = frozenset(key(w) for w in ("عقب", "وعقب"))
# words of a span of time besides time nouns and counts: «بعد مرور نحو عامين», «بعد قليل»,
# «بعد أقل من أسبوع من»
_SPAN_WORDS = frozenset(key(w) for w in ("مرور", "دقائق", "دقيقة", "قليل", "قليلة", "فقط",
                                         "واحد", "واحدة", "أقل", "من"))
_RELEASE = "084"  # return, release
_PROTEST = "14"
_STOPS_FULL = frozenset({".", "!", "؟", "?"})
_MUTUAL_ROOTS = ("04", "05", "06", "08", "11")  # meet, agree, cooperate, yield, accuse
_PHONE_CALL = "041"  # has a caller, whom partners named together do not name
# what introduces the act that caused deaths told before it: «قتل 15 شخصا عندما فجر»
_CAUSES = frozenset(key(w) for w in ("في", "جراء", "إثر", "اثر", "عقب", "عندما", "حين",
                                     "بسبب", "نتيجة", "خلال", "وفي", "أثناء", "لدى"))
_BLASTS = frozenset(key(w) for w in ("تفجير", "انفجار"))
CAUSE_REACH = 14  # tokens from the deaths to the act that caused them
SUBJECT_ACT_REACH = 4  # «غارة أميركية «خاطئة» تقتل»: an act's adjectives before its verb
RESULT_REACH = 5  # «أسفر قصف مدفعي للحوثيين عن»: from an act's noun to its toll's
_CAUSED = plain_forms("تسبب/يتسبب")
_QUOTES = frozenset(QUOTE_PAIRS) | frozenset(QUOTE_PAIRS.values())
# «في وقت يزور فيه الوزير», «المرة الأولى التي ينفذ فيها»: times an imperfect is an act at
_TIMES_AT = frozenset(key(w) for w in ("وقت", "الوقت", "حين", "المرة", "اللحظة", "الفترة",
                                       "اليوم", "يوم", "الليلة", "ليلة", "الساعة"))
_WHOEVER = frozenset(key(w) for w in ("من", "ومن", "لمن"))  # «من» before a verb is "who"
# «المكان الذي يتجمع», «الساحة التي يعتصم»: places an imperfect is done at, not an act
_PLACES_AT = frozenset(key(w) for w in ("مكان", "موقع", "ساحة", "ميدان", "شارع", "جهة",
                                        "منطقة", "مدينة", "بلدة", "قرية", "مقر", "مبنى"))
_STOPS = plain_forms("توقف/يتوقف") | plain_forms("كف/يكف")


def _counterpart(target: ActorSpan, source: ActorSpan | None) -> Mention:
    """«نظيره الروسي»: the target's country with the source's sector (RUS + GOV)."""
    t = target.mention
    sector = source.mention.sector if source else None
    code = (t.country or "") + (sector or "") or None
    return Mention(t.text, t.start, t.end, "PER" if sector == "GOV" else t.type, code,
                   t.country, sector, t.name, t.name_ar)


def _code(m: Mention | None) -> str | None:
    return m.code if m else None


def _same(e: Event) -> tuple[object, ...]:
    """What makes two events of one sentence the same event."""
    return (e.cameo, _code(e.source), _code(e.target), e.negated, e.modality)


def _same_kind(e: Event) -> tuple[object, ...]:
    """An event of the same kind (the first three digits of its code) by the same source."""
    return (e.cameo[:3], _code(e.source), e.negated, e.modality)


@lru_cache(maxsize=1)
def _accusing() -> frozenset[str]:
    """Forms of «اتهم» and the nouns for the accused («متهمون»)."""
    return frozenset(verb_forms("اتهم/يتهم")) | frozenset(
        key(w) for w in ("متهم", "متهما", "متهمان", "متهمة", "متهمون", "متهمين", "المتهم",
                         "المتهمين", "المتهمون"))


def _punct_start(tokens: list[Token], lo: int, i: int) -> int:
    j = i
    while j > lo:
        if tokens[j - 1].key in COMMAS and (n := next(
                (n for n in (1, 2) if j - 2 - n >= lo and tokens[j - 2 - n].key in COMMAS
                 and all(set_off(t) for t in tokens[j - 1 - n:j - 1])), 0)):
            # «بحث الاتحاد الأوروبي، أمس، فرض عقوبات», «، أمس الأربعاء،»: a time set off
            # by commas
            j -= n + 2
            continue
        if (o := _quoted_name_start(tokens, lo, j - 1)) is not None:
            j = o  # «توقف «حماس» عن»: a name in quotation marks
            continue
        if len(tokens[j - 1].key) == 1 and is_boundary(tokens[j - 1]):
            break
        j -= 1
    return j


def _quoted_name_start(tokens: list[Token], lo: int, c: int) -> int | None:
    """Where the quotation mark opens that the one at token c closes, around a name of a
    few words and nothing else."""
    for o in range(c - 2, max(lo, c - 2 - NAME_QUOTE_LEN) - 1, -1):
        if QUOTE_PAIRS.get(tokens[o].key) == tokens[c].key:
            return o
        if not tokens[o].key.isalpha():
            return None
    return None


def _object_pronoun(k: str, _perfect: str, imperfect: str) -> bool:
    """Does the verb word `k` carry an object pronoun («يزورها», «يستهدفهم»)?"""
    return k.endswith(("ها", "هم", "هما")) or (k.endswith("ه") and not imperfect.endswith("ه"))


class SentenceCoder(SourceRules, TargetRules):
    """Codes the events of one sentence: its triggers in order, each with the actors the
    source and target rules find."""

    def headline_noun(self, tm: TriggerMatch) -> bool:
        """«اعتقال 41 عنصرا من داعش», «العراق: اعتقال …»: a bare verbal noun that opens its
        sentence, or follows a label's colon, names the act a headline reports; who did it
        is left untold."""
        h0 = tm.head[0]
        return tm.form.entry.kind == "noun" and tm.form.entry.source == ("subj",) \
            and not tm.proclitics \
            and (not definite(self.tokens[h0]) or (  # «القبض على خلية إرهابية»
                tm.slot_tokens[:1] == [h0 + 1] and is_preposition(self.tokens[h0 + 1]))) \
            and (h0 == self.lo or self.tokens[h0 - 1].key == ":") \
            and self.tokens[self.hi - 1].key not in _STOPS_FULL  # headlines have no period

    def accused_act(self, tm: TriggerMatch, c_lo: int) -> bool:
        """«اتهم الوزير جماعة مرتبطة بالقاعدة بمحاولة اغتيال المحافظ», «متهمون بالاغتصاب
        وتجنيد الأطفال وقتل آلاف المدنيين»: an act told as what someone is accused of,
        after the accusation's «بـ», is alleged: hypothetical (the accusation is coded)."""
        h0 = tm.head[0]
        accused = _accusing()
        if c_lo - 1 > self.lo and self.tokens[c_lo - 1].key.startswith("بان"):
            # «اتهم الجيش المسلحين بأنهم قتلوا»: the accusation is in the clause before
            c_lo = clause(self.tokens, self.lo, self.hi, c_lo - 2)[0]
        for j in range(h0 - 1, c_lo - 1, -1):
            k = self.tokens[j].key
            if k in accused or (k[:1] in ("و", "ف") and k[1:] in accused):
                return any(self.tokens[x].key[:1] == "ب" and not self.name_at(x)
                           for x in range(j + 1, h0 + 1)) or "ب" in tm.proclitics
        return False

    def topic_of_talk(self, tm: TriggerMatch) -> bool:
        """«التحقيق في مقتل», «محاكمة المتهمين في الهجوم», «في أعقاب الهجوم»: the noun
        names an event talked about, not one reported now."""
        h0 = tm.head[0]
        before = {t.key for t in self.tokens[max(self.lo, h0 - 3):h0]}
        return names_any(before, words_of("topic"))

    def time_anchor(self, tm: TriggerMatch) -> bool:
        """«بعد ثلاثة أيام على هجوم انتحاري», «قبل أقل من أسبوع من التفجير», «غداة
        الهجوم», «في اليوم التالي لمقتل»: an act that dates another, told before, is no
        new event."""
        h0 = tm.head[0]
        if h0 > self.lo and (self.tokens[h0 - 1].key in _EVE_MORROW or (
                tm.proclitics.endswith("ل") and self.tokens[h0 - 1].key in _NEXT_PREVIOUS)):
            return True
        if h0 > self.lo and self.tokens[h0 - 1].key in _BEFORE_AFTER | _FOLLOWING \
                and self.span_after(tm):
            return True  # «عقب مقتل القذافي بعدة أيام»: days after it, a time
        j = h0 - 1
        if j > self.lo and self.tokens[j].key in _LATEST:
            j -= 1
        if j <= self.lo or self.tokens[j].key not in _ON_FROM:
            return False
        time, counts = words_of("time"), words_of("quantity")
        for i in range(j - 1, max(self.lo - 1, j - 5), -1):
            k = self.tokens[i].key
            if k in _BEFORE_AFTER:
                return i < j - 1
            if not (k in time or k in counts or k in _SPAN_WORDS or k.isdigit()):
                return False
        return False

    def span_after(self, tm: TriggerMatch) -> bool:
        """Does a span of time with «بـ» follow the act's noun phrase («بعدة أيام»,
        «بأسبوعين», «بساعات قليلة»)?"""
        time, counts = words_of("time"), words_of("quantity")
        for j in range(tm.end, min(self.hi, tm.end + SPAN_REACH)):
            k = self.tokens[j].key
            if k[:1] == "ب" and (k[1:] in time or (k[1:] in counts and j + 1 < self.hi
                                                   and self.tokens[j + 1].key in time)):
                return True
            if is_boundary(self.tokens[j]) or is_preposition(self.tokens[j]):
                return False
        return False

    def modality(self, tm: TriggerMatch, source: ActorSpan | None) -> tuple[str, bool]:
        """(modality, negated) of the trigger."""
        tokens = self.tokens
        h0 = tm.head[0]
        phrase_start = _punct_start(tokens, self.lo, h0)
        negated = is_negated(tokens, h0, phrase_start) or (
            bool(tm.slot_tokens) and negated_between(
                tokens, tm.head[1], tm.slot_tokens[0],
                frozenset(j for s in self.frame.spans for j in range(s.first, s.end))))
        v = self._support_at
        if v is not None and not negated and not form_in(tokens[v].key, _STOPS):
            # «لم تتمكن الشرطة من اعتقال المتهم»: the support verb's negation is the act's
            # (not a verb of stopping's: «لم تتوقف إسرائيل عن قصف لبنان» goes on)
            negated = is_negated(tokens, v, _punct_start(tokens, self.lo, v))
        sp = self.speech_at(h0)
        if sp is not None and sp.denial:
            negated = True
        modality = governing_modality(tokens, h0, phrase_start)
        if modality is None and tm.form.entry.kind == "noun" and tm.proclitics[:1] == "و":
            # «فكرة تفجير السفارتين … ومحاولة اغتيال الرئيس»: a noun joined to one a
            # governing word rules is ruled by it too
            before = max((n for n, end in self._noun_spans
                          if phrase_start <= n and end <= h0 <= end + JOINED_NOUN_REACH),
                         default=None)
            if before is not None:
                modality = governing_modality(tokens, before, phrase_start)
        if modality is None and tm.form.tense in ("imperfect", "future") \
                and h0 - 2 >= self.lo and self.tokens[h0 - 1].key == "ان" \
                and self.tokens[h0 - 2].key.removeprefix("و") in ("قبل", "قبيل"):
            # «قبل أن يفجر نفسه», «قبل أن نعيد مواطنينا»: not yet done when told, and
            # often never
            modality = "hypothetical"
        if modality is None and self.subjunctive(tm):
            # «اتفق الطرفان على أن يزور الرئيس الرياض», «على أن يدعو الوزير الأعضاء»,
            # «على أن يتم الإفراج عنهم»
            modality = "intended"
        # «يصعد متمردو طالبان هجماتهم»: a plural defined by its pronoun is as definite
        # (not after an ordinal: «يشن أولى هجماته الانتحارية» is one)
        possessed_plural = tm.possessed and tokens[h0 - 1].key not in _LATEST and any(
            k.endswith("ات") for k in strip_suffix(tokens[h0].key, ("ها", "هم", "ه")))
        if modality is None and (self._accused or (
                self._support_imperfect and tm.form.entry.kind == "noun"
                and (self.plural_acts(h0, len(tm.proclitics)) or possessed_plural))):
            # «الاغتيالات التي يرتكبها العسكريون», «الغارات التي تشنها الطائرات»: done
            # again and again, no one act (not «الهجوم الذي يشنه الجيش»: one going on)
            modality = "hypothetical"
        if modality is None and tm.form.entry.code[:2] == _PROTEST and h0 - 1 > self.lo \
                and tokens[h0 - 1].key in _ORGANISING and any(
                    form_in(tokens[j].key, _PLANNING)
                    for j in range(max(self.lo, h0 - 1 - PLAN_REACH), h0 - 1)):
            # «قرروا تسيير مظاهرة», «أعلنت النقابات عن تنظيم تظاهرة»: a protest whose
            # organising is decided or announced is a plan, not yet a protest
            modality = "intended"
        if modality == "prevented":
            negated, modality = True, None
        if modality in ("negated", "condition", "possible"):
            modality = None
        if modality is None:
            modality = sentence_modality(tokens, h0, self.lo, self.hi, tm.form.tense)
        if modality is None and (tm.form.tense == "future" or (
                # «سيشن الجيش هجوما», «ستواصل الولايات المتحدة تدريب»: a future support verb
                v is not None and form_in(tokens[v].key, support_verbs_in("future"))) or (
                h0 > self.lo and (
                tokens[h0 - 1].key in ("سوف", "وسوف")
                # «سيتم رفع التجميد»: a passive marker in the future
                or (tokens[h0 - 1].key.removeprefix("و").startswith("س")
                and tokens[h0 - 1].key in words_of("passive")))) or (
                # «سيزور الملك واشنطن ويلتقي أوباما»: joined by و to a future verb
                tm.form.tense == "imperfect" and tm.proclitics[:1] == "و"
                and any(phrase_start <= f < h0 for f in self._future_heads))):
            modality = "intended"
        if modality is None and (self.question or (source is not None and self.generic(source))
                                 or habitual(tokens, h0, phrase_start,
                                             tm.form.tense == "imperfect")):
            modality = "hypothetical"
        if modality is None and sp is not None and not sp.denial and (
                sp.speaker is None or source is None
                or (sp.speaker.mention.code != source.mention.code
                and source.mention.code != sp.speaker.mention.country)):
            # «قال الوزير الإيراني إن بلاده تدين»: a state speaks through its officials
            modality = "reported"
        return modality or "asserted", negated

    def subjunctive(self, tm: TriggerMatch) -> bool:
        """Is the trigger an imperfect after «على أنْ» (or a verbal noun after «على أن
        يتم»)? What is agreed, stipulated or insisted on is not done yet. (Not every «أنْ»:
        «من المؤسف أن تنتهك القوات الهدنة» regrets a real act.)"""
        h0, tokens = tm.head[0], self.tokens
        if tm.proclitics:
            return False
        j = h0 - 1
        if tm.form.entry.kind == "noun":
            if j < self.lo or tokens[j].key not in words_of("passive"):
                return False
            j -= 1
        elif tm.form.tense != "imperfect":
            return False
        return j - 1 >= self.lo and tokens[j].key == _THAT and tokens[j - 1].key == _ON

    def plural_acts(self, i: int, lead: int) -> bool:
        """Is the definite noun at token i (after `lead` letters of clitics) plural, or
        joined by و to a definite plural before it («الاغتيالات والقتل والخطف»)?"""
        k = self.tokens[i].key[lead:]
        while k.startswith("ال"):
            if k.endswith("ات"):
                return True
            if i == self.lo or not self.tokens[i].key.startswith("وال"):
                return False
            i -= 1
            k = self.tokens[i].key.removeprefix("و")
        return False

    def confidence(self, tm: TriggerMatch, source: ActorSpan | None,
                   target: ActorSpan | None, modality: str) -> float:
        entry = tm.form.entry
        c = 0.4
        if source is not None:
            c += 0.2 if source.mention.country else 0.1
        if target is not None:
            c += 0.2 if target.mention.country or target.mention.code else 0.1
        elif not entry.target:
            c += 0.15
        if entry.slots:
            c += 0.1
        near = [abs(s.first - tm.head[0]) for s in (source, target) if s is not None]
        if near and max(near) <= 4:
            c += 0.1
        if modality != "asserted":
            c -= 0.15
        if entry.kind == "noun":
            c -= 0.1
        return round(min(0.99, max(0.05, c)), 2)

    def events(self, blocked: set[int], inside: frozenset[int] = frozenset()) -> list[Event]:
        out: list[Event] = []
        content: set[int] = set()  # tokens that are what another event is about
        # condemnations (root 11) still without a target, and the last token where what they
        # condemn may start
        blame: list[Event] = []
        blame_at = -1
        claimed: set[int] = set()  # heads of attacks coded as claimed
        acts: list[Act] = []  # violent events
        groups = list(find_triggers(self.tokens, self.lo, self.hi, blocked, self.doc.text,
                                    inside))
        self._slot_tokens = {j for candidates in groups for j in candidates[0].slot_tokens
                             if candidates[0].form.entry.kind != "noun"}
        self._after_nouns = {c.head[1] for candidates in groups for c in candidates
                             if c.form.entry.kind == "noun" and c.form.entry.source != _CLAIM_ONLY}
        self._noun_spans = {(c.head[0], c.end) for candidates in groups for c in candidates
                            if c.form.entry.kind == "noun"}
        self._violent_noun_ends = {c.end for candidates in groups for c in candidates
                                   if c.form.entry.kind == "noun"
                                   and c.form.entry.code[:2] in VIOLENT}
        self._verb_heads = {c.head[0] for candidates in groups for c in candidates
                            if c.form.entry.kind == "verb" and c.proclitics in ("", "و", "ف")}
        self._future_heads = {c.head[0] for candidates in groups for c in candidates
                              if c.form.entry.kind == "verb" and c.form.tense == "future"}
        self._verb_cands = {}
        for candidates in groups:
            for c in candidates:
                if c.form.entry.kind == "verb":
                    self._verb_cands.setdefault(c.head[0], []).append(c)
        for candidates in groups:
            waiting, blame = blame, []
            for tm in candidates:
                if tm.form.entry.code == NOT_AN_EVENT:
                    break
                if tm.form.entry.kind == "noun" and tm.head[0] in content:
                    break  # «أدانت مصر الغارة الإسرائيلية»: the raid is what is condemned
                if tm.head[0] in claimed:
                    break
                found = self._events_of(tm)
                if self._settled:
                    self._settled = False
                    break
                if found and waiting and tm.form.entry.kind == "noun" and \
                        tm.head[0] <= blame_at and found[0].source is not None:
                    # «أدانت الأردن الهجوم الذي نفذه داعش»: who did what is condemned is
                    # the target of the condemnation, and the attack is still an event
                    for e in waiting:
                        if e.source is None or e.source.code != found[0].source.code:
                            e.target = found[0].source
                if found and tm.form.entry.kind == "noun":
                    # «نزل الآلاف إلى الشوارع للاحتجاج»: a verbal noun restating an event
                    # of the sentence is not a second event
                    have = {_same(e) for e in out}
                    # «تظاهرة أمام البرلمان احتجاجا على …», «هجوم انتحاري بسيارة مفخخة»:
                    # with no target of its own it restates an event of its kind (the first
                    # three digits of its code) by the same source
                    done = {_same_kind(e) for e in out}
                    # «أعلنت النقابات عن تنظيم تظاهرة … احتجاجا على»: an adverbial noun
                    # tells the purpose of its clause's act, whatever that act's modality
                    told = {_same_kind(e)[:3] for e in out} \
                        if tm.form.entry.source == ("clause",) else set()
                    # «قتل شابان بغارات الجيش»: the means of a violent act by the same doer;
                    # «تعرضت دورية لهجوم بعبوة ناسفة»: a bomb's unknown bomber (UAF) is the
                    # doer an act told without one had
                    means = {_code(e.source) or "UAF" for e in out if e.root in VIOLENT} \
                        if tm.proclitics.endswith("ب") else set()
                    # «أعلن داعش مسؤوليته عن هجوم … بسيارة مفخخة»: the bomb's unknown
                    # attacker is the claimed attack's, already coded
                    # («انتقاما لتفجير انتحاري»: not the act avenged)
                    unknown = "unknown" in tm.form.entry.source and bool(self._claimants) \
                        and not self.avenged(tm) and any(
                            e.root in VIOLENT and e.modality == "reported"
                            and e.source is not None
                            and e.source.code in self._claimants for e in out)
                    found = [e for e in found if _same(e) not in have and not (
                        e.target is None and (_same_kind(e) in done
                                              or _same_kind(e)[:3] in told or (
                            e.root in VIOLENT and e.source is not None
                            and (_code(e.source) in means
                                 or (unknown and _code(e.source) == "UAF")))))]
                    if not found:
                        break
                if found:
                    out.extend(found)
                    content.update(self._object_region(tm, found))
                    if tm.form.entry.code == _CLAIM and self._source is not None \
                            and not found[0].negated:
                        attack, head = self.claimed_attack(tm, self._source, blocked, inside)
                        out.extend(attack)
                        claimed.add(head)
                        if attack:
                            self._claimants.add(_code(attack[0].source))
                            self.cause, self.cause_at = self._source, max(head + 1, tm.end)
                            self._cause_claimed = True
                    if tm.form.entry.code[:2] == "11" and tm.form.entry.kind == "verb":
                        blame = [e for e in found if e.target is None]
                        subject = self._source
                        blame_at = (subject.end if subject is not None
                                    and subject.first >= tm.end else tm.end)
                    if self._source is not None and (tm.form.entry.kind == "verb"
                                                     or self._source.end <= tm.head[0]):
                        # «قامت قوة من الشرطة بمداهمة الجامع واعتدت على المصلين»
                        self.last_subject, self.last_at = self._source, tm.end
                    if tm.form.entry.code[:2] in VIOLENT:
                        mutual = "مع" in tm.form.entry.target
                        if not mutual:
                            self.cause, self.cause_at = self._source, tm.end
                            self._cause_claimed = False
                        acts.append(Act(tm.head[0], tm.end, mutual,
                                        tm.form.entry.kind == "noun",
                                        tm.proclitics[:1] in ("و", "ف"), found))
                    if tm.form.entry.code[:3] == REPRESS and not found[0].negated:
                        out.extend(self.protest_repressed(
                            [*tm.slot_tokens, *self._object_region(tm, found)], blocked, inside))
                    break
        _caused_by_later_acts(acts, self.tokens)
        return out

    def protest_repressed(self, at: list[int], blocked: set[int],
                          inside: frozenset[int]) -> list[Event]:
        """«فرقت الشرطة مظاهرة نظمها الطلاب», «قمعت قوات الأمن مظاهرات المعارضة»: a protest
        dispersed took place, by those who held it, though the dispersal took its noun (at
        one of the tokens `at`)."""
        saved = self._source, self._shared
        try:
            for j in at:
                for cands in find_triggers(self.tokens, j, self.hi, blocked, self.doc.text,
                                           inside):
                    if cands[0].head[0] != j:
                        break
                    for c in cands:
                        if c.form.entry.kind == "noun" and c.form.entry.code[:2] == _PROTEST \
                                and (found := self._events_of(c)):
                            return found
                    break
            return []
        finally:
            self._source, self._shared = saved

    def avenged(self, tm: TriggerMatch) -> bool:
        """Is the act named as what another avenges or answers («انتقاما لتفجير», «ردا على
        الهجوم»)?"""
        h0 = tm.head[0]
        k = self.tokens[h0 - 1].key if h0 > self.lo else ""
        if tm.proclitics.endswith("ل"):
            return k in _REVENGE
        return k == _ON and h0 - 1 > self.lo and self.tokens[h0 - 2].key in _REVENGE

    def claimed_attack(self, tm: TriggerMatch, claimant: ActorSpan, blocked: set[int],
                       inside: frozenset[int]) -> tuple[list[Event], int]:
        """«أعلن تنظيم داعش مسؤوليته عن الهجوم», «تبنى داعش التفجير»: the attack that a
        claim of responsibility names is the claimant's, on its own word. Returns its events
        and its head (-1 when the claim names none)."""
        start = tm.slot_tokens[-1] if tm.slot_tokens else tm.end
        for cands in find_triggers(self.tokens, start, self.hi, blocked, self.doc.text, inside):
            if cands[0].head[0] >= start + CLAIM_REACH:
                break
            # a verbal noun spelt like its verb is read as a noun as the claim's own word
            # or right after «عن» («تبنى قتل 14 جنديا», «مسؤوليته عن قتل 14 جنديا»), not
            # where the claim has its object («أعلن داعش مسؤوليته عنه قتل أكثر من 100
            # شخص»: the verb of the sentence)
            nouns = [c for c in cands if c.form.entry.kind == "noun"]
            if nouns and cands[0].form.entry.kind != "noun" and cands[0].head[0] != start \
                    and self.tokens[cands[0].head[0] - 1].key != _ABOUT:
                nouns = []
            if not nouns or nouns[0].form.entry.code[:2] not in VIOLENT:
                continue
            self.claimant = claimant
            try:
                found = next((f for c in nouns if (f := self._events_of(c))), [])
            finally:
                self.claimant = None
            return found, cands[0].head[0]
        return [], -1

    def _object_region(self, tm: TriggerMatch, events: list[Event]) -> range:
        """Tokens from a verb trigger to its target: a verbal noun there is its content
        («أدان الوزير الهجوم على السفارة»). Not for an act of force: what stands between
        is its cause («وقتل في الهجوم الانتحاري 20 شخصا»)."""
        if tm.form.entry.kind == "noun" or tm.form.entry.code[:2] in VIOLENT:
            return range(0)
        ends = [e.target.end for e in events if e.target is not None]
        if not ends:
            return range(0)
        last = max(ends)
        stop = next((i for i in range(tm.end, self.hi) if self.tokens[i].start >= last),
                    self.hi)
        return range(tm.end, stop)

    def described_place(self, tm: TriggerMatch) -> bool:
        """«الجهة التي يتجمع فيها المتظاهرون», «سياسة تجتمع فيها أمريكا وإيران»: an
        imperfect in a relative clause about a place or a thing («فيها», which may stand
        before the subject) tells what is done there, not an act, as does one after «من»
        ("whoever"); about a time («في وقت يزور فيه الوزير») or a document («أصدرت بيانا
        تطالب فيه») it is the act."""
        h0, h1 = tm.head
        if not imperfect(tm, self.tokens):
            return False
        if h0 > self.lo and self.tokens[h0 - 1].key in _WHOEVER and not tm.proclitics:
            return True  # «من يخرجون في تظاهرات كل أسبوع»: whoever does it, a habit
        if h0 - 2 >= self.lo and self.tokens[h0 - 1].key in RELATIVE \
                and self.tokens[h0 - 2].key.removeprefix("ال") in _PLACES_AT \
                and not _object_pronoun(*verb_at(tm, self.tokens)):
            return True  # «المكان الذي يتجمع متظاهرون أمامه»; not «التي يزورها»
        acts_in = _TIMES_AT | words_of("document") | words_of("occasion")
        return h1 < self.hi and self.tokens[h1].key in IN_IT \
            and not any(self.tokens[j].key in acts_in for j in range(max(self.lo, h0 - 3), h0))

    def _events_of(self, tm: TriggerMatch) -> list[Event]:
        entry = tm.form.entry
        self._gen_object = None
        self._support_at = None
        self._toll_of_claim = False
        self._accused = False
        self._support_imperfect = False
        if entry.kind == "verb" and not self.verb_position(tm):
            return []
        if entry.kind == "verb" and self.described_place(tm):
            # its adverbial purpose is no act either: «المكان الذي يتجمع متظاهرون أمامه
            # احتجاجا على الحرب»
            self._described = clause(self.tokens, self.lo, self.hi, tm.head[0])
            return []
        if entry.kind == "verb" and self.aim_of_an_act(tm):
            return []
        if entry.source == ("clause",) and self._described is not None \
                and self._described[0] <= tm.head[0] < self._described[1]:
            return []
        c_lo, c_hi = clause(self.tokens, self.lo, self.hi, tm.head[0])
        if tm.end > c_hi and all(
                self.tokens[j].key in _ASIDE for j in range(c_hi, tm.end)
                if ends_clause(self.tokens, j, self.lo, self.hi)):
            # «أطلقت طائرة بلا طيار يديرها الجيش، صواريخ على منزل»: a trigger whose words
            # run past a comma, a bracket or a relative clause («شن الطيران الذي تقوده
            # المملكة غارات على») goes on in the clause its last word stands in (not into a
            # quotation: «طالب المتظاهرون بـ«إقالة …»)
            c_hi = clause(self.tokens, self.lo, self.hi, tm.end - 1)[1]
        # «تم اعتقال», «جرى شن ضربة»: after these a verbal noun is a passive, also when it
        # is spelt like its verb (شن، قتل، خطف)
        marked = not tm.proclitics and tm.head[0] > c_lo and \
            self.tokens[tm.head[0] - 1].key in words_of("passive")
        passive = entry.kind == "passive" or marked
        target: ActorSpan | None = None
        source: ActorSpan | None = None
        if entry.kind == "verb" and not marked and entry.code[:2] in FORCE \
                and not entry.source_sectors and self.pronoun_speaker(tm) is None \
                and self.relative_antecedent(tm, c_hi) is None \
                and self.past_relative_clause(tm, c_lo) is None \
                and self.frame.subject_before(tm.head[0], c_lo, adjacent=True) is None:
            # «قتل 12 شخصا», «وقتل ثلاثة أشخاص في هجوم»: a count where the subject would
            # stand is the subject of a passive, even when it names people; not of a verb
            # of no force («تستقبل الملايين من الزوار»: they are received), nor of one
            # only an armed actor does («حملة تطعيم استهدفت 50 ألف طفل»).
            target = None if self.tokens[tm.head[0]].key.endswith("نا") \
                else self.counted_subject(tm, c_hi)  # «استقبلنا 42 طفلا»: we received
            passive = target is not None
        if marked:
            # «تم اعتقاله من قبل الشرطة»; «تم شن ضربة جوية أمريكية»: the agent phrase or the
            # country adjective; «ذكرت الشرطة أنه تم اعتقال …»: the authority that reports
            # a passive arrest is taken for its agent, but not one that reports violence
            adj = self.frame.adjective_at(tm.end) or self.frame.adjective_at(tm.end + 1)
            source = self.agent_after(tm.end, c_hi) or (
                country_actor(adj) if adj is not None else None) or (
                self.resumptive_speaker(c_lo, agree=False) if entry.code[:2] not in VIOLENT
                else None)
        elif entry.kind == "noun" and (gen := self.frame.starting_at(tm.head[1])) is not None \
                and self.frame._prep(gen) is None and (agent := self.agent_after(
                    gen.end, min(c_hi, gen.end + NOUN_AGENT_REACH))) is not None and any(
                t.key in _BY for t in self.tokens[max(gen.end, agent.first - 3):agent.first]):
            # «اعتقال الصحفيين من قبل الشرطة»: a verbal noun with a genitive and an agent
            # phrase is done by the agent to the genitive. Without a genitive the noun is
            # mostly generic («هدفا للقتل والخطف على أيدي العصابات»).
            self._shared = False
            source, target = agent, gen
        elif entry.kind != "verb" or not passive:
            self._shared = False
            source = self.source_of(tm, c_lo, c_hi)  # a passive's agent phrase too
        elif target is not None:
            source = self.agent_after(target.end, c_hi)  # «اختطف ثلاثة عمال على يد مسلحين»
        if self.claimant is not None:
            source = self.claimant
        if tm.possessed and not (self._support_at is not None
                                 and form_in(self.tokens[self._support_at].key, DOING)) \
                and not (marked and source is not None):
            # «منذ هجومه», «رفض قصفها»: whose act, the pronoun alone does not say; after «تم»
            # the pronoun is what was done to, the agent phrase the doer («تم اعتقاله من
            # قبل الشرطة»)
            return []
        if entry.code == _CLAIM and source is not None and tm.slot_tokens[0] not in (
                tm.head[1], source.end) and "مسوولي" not in self.tokens[tm.slot_tokens[0]].key \
                and not all(self.tokens[j].key in words_of("skip")
                            for j in range(source.end, tm.slot_tokens[0])):
            # «تبنى البرلمان قرارا يدين الهجوم»: the attack is no object of تبنى (a time
            # may come between: «تبنى مسلحو الحزب أمس قتل»)
            return []
        victim_passive = False
        if source is not None and self.victim(source) and not passive:
            # «امرأة احتجزت», «رهينة احتجزهم مسلحون»: a victim does no act of its own; before
            # a verb of force it is the subject of a passive
            doer = self.frame.subject_after(tm.head[1], c_hi) \
                if entry.kind == "verb" and self.pronoun_object(tm) else None
            if doer is not None and not self.victim(doer):
                # «18 رهينة احتجزهم مسلحون»: the pronoun is the victims, the doer follows
                source, target = doer, source
            elif entry.kind == "verb" and entry.code[:2] in FORCE and target is None \
                    and "obj" in entry.target and source.end <= tm.head[0]:
                source, target, passive = self.agent_after(tm.end, c_hi), source, True
                victim_passive = True
            else:
                return []
        if source is not None and entry.source_sectors and \
                constraint_sector(source.mention) not in entry.source_sectors:
            return []  # «هاجم الرئيس الصحافة» is not an armed attack
        if source is not None and entry.code[:2] in VIOLENT and source.mention.sector == "BUS":
            return []  # «تعرضت لكمين من قبل شركة سيجا»: a company ambushes only in figure
        agent_passive = False  # read as a passive because of a later agent phrase
        if source is None and entry.kind == "verb" and not passive \
                and entry.code[:2] in FORCE and "obj" in entry.target \
                and self.bare_verb(tm) and not self.name_at(tm.end):
            # «عبد الحنان خطف من منزله على يد عشرة متمردين»: an active verb takes no agent
            # phrase, so the verb is a passive (خُطف) whose victim the lexicons do not know
            source = self.agent_after(tm.end, c_hi)
            if source is not None:
                passive = agent_passive = True
                # «قتل شاب فلسطيني برصاص الجيش»: the victim's country adjective
                target = self.adjective_target("obj", tm.end, tm.end, source.first)
        # «دوهمت مكاتب القناة من قبل الشرطة»: with its agent known, a passive act of force
        # is an event even when what it was done to has no code
        victim_optional = agent_passive or victim_passive or (
            entry.kind == "passive" and source is not None and entry.code[:2] in FORCE)
        self._source = source
        if source is None and entry.kind == "verb" and entry.code[:3] == _RELEASE \
                and tm.slot_tokens[:1] == [tm.head[1]]:
            passive = True  # «أفرج عن ثلاثة صحفيين»: no subject before «عن», so «أُفرج»
        needs_source = not passive and entry.source and not entry.source_optional \
            and not (entry.code[:2] in (COERCE, ASSAULT) and self.headline_noun(tm)) \
            and not (source is None and entry.kind == "noun" and entry.code[:2] in VIOLENT
                     and self.aimed_target(tm, c_hi, done=True) is not None)
        # «استهدفت ضربة جوية المنطقة القبلية الباكستانية»: an act of force whose aim the
        # sentence names as done is told as a passive is, its doer unknown
        if source is None and needs_source:
            return []
        if self.fiction:
            return []
        self._accused = self.claimant is None and self.accused_act(tm, c_lo)
        if entry.kind == "noun" and self.claimant is None:
            if self.time_anchor(tm):
                if entry.code[:2] in VIOLENT:
                    self._anchor_at = tm.end  # its toll goes with it
                return []
            if self.topic_of_talk(tm):
                if entry.code[:2] in VIOLENT and tm.head[0] > self.lo and \
                        self.tokens[tm.head[0] - 1].key in _TIME_TOPICS:
                    self._anchor_at = tm.end  # «بعد هجوم أسفر عن مقتل»: its toll too
                return []
        if self._anchor_at is not None and entry.kind == "noun" \
                and self._follows_result_verb(tm, self._anchor_at):
            return []  # «بعد ثلاثة أيام على هجوم … أسفر عن مقتل 32»: that attack's toll
        if target is None and entry.target and not agent_passive \
                and not (marked and tm.possessed) \
                and not ("obj" in entry.target and self.pronoun_object(tm)):
            target = self.target_of(tm, source, c_hi)
        if target is None and self._gen_object is not None and source is not self._gen_object:
            target = self._gen_object
        if target is None and entry.kind == "noun" and entry.code[:2] in VIOLENT:
            target = self.aimed_target(tm, c_hi)
        if target is None and entry.code[:2] == _PROTEST and source is not None:
            target = self.seat_protested(tm, c_hi)
        if target is None and entry.kind == "verb" and (entry.code[:2] == "18" or (
                entry.code[:2] == "17" and plural_verb(tm, self.tokens)
                and self.bare_end(tm, c_hi))) \
                and not marked \
                and "obj" in entry.target and self.bare_verb(tm) \
                and (not imperfect(tm, self.tokens) or self.agent_after(tm.end, c_hi)) \
                and source is not None and source.end <= tm.head[0] and not self._shared \
                and not self.name_at(tm.end) and self.count_after(tm, c_hi) is None \
                and not (source.first > self.lo
                         and self.tokens[source.first - 1].key in _WEAPONS):
            # «جنديا عراقيا قتل وأصيب آخر»: a kill verb after its noun with no object of its
            # own is a passive (قُتل); the noun is what was done to. Not arrests: their object
            # is mostly unnamed («حماس تعتقل نشطاء»), unless a plural verb ends its phrase
            # («عشرة فلسطينيين اعتقلوا في الخليل», «102 من المسلحين قتلوا أو اعتقلوا»);
            # not before a name the lexicons do not know («مسلحين مجهولين قتلوا حبيب الله
            # جان») or a count («قتلت أربعة من المتهمين»); not when the noun is the subject
            # of the verb before («جيش بوروندي يعتقل مسلحين ويقتل آخرين»), nor after a
            # weapon it owns («رصاص الجيش قتل محمد علاونة»: the army's bullets killed).
            source, target, passive = self.agent_after(tm.end, c_hi), source, True
            self._source = source
        if target is None and entry.kind == "verb" and not marked and "obj" in entry.target \
                and entry.code[:2] in FORCE \
                and not agent_passive and source is not None and source.first > tm.head[0]:
            agent = self.agent_after(source.end, c_hi)
            if agent is not None or (entry.code[:2] == "18" and self.bare_verb(tm)
                                     and self.ends_phrase(source, c_hi)):
                # «قتل جندي عراقي بنيران مسلحين»: an active verb takes no agent phrase, so
                # the verb is a passive (قُتل) and the noun after it what was done to; so
                # is a verb of violence whose noun ends the phrase («قتل جندي في انفجار»).
                source, target, passive = agent, source, True
                self._source = None
        # «اجتمع الرئيس المصري والملك الأردني», «وقعت مصر والأردن اتفاقية»: partners named
        # together are each other's «مع», when the verb takes no object (after «التقى» the
        # second may be whom the first met: «سيلتقي الرئيس روحاني والوزير …»)
        mutual = target is None and source is not None and "مع" in entry.target \
            and "obj" not in entry.target and entry.code[:2] in _MUTUAL_ROOTS \
            and len(partners := self.frame.coordinated(source)) > 1 \
            and all(self.frame._prep(x) is None for x in partners)
        if mutual and entry.code == _PHONE_CALL:
            # «السيسي وأردوغان يبحثان هاتفيا»: a call has a caller, whom partners named
            # together do not name; nor is it a meeting (the bare «بحث») instead
            self._settled = True
            return []
        if target is None and entry.target and not entry.target_optional \
                and not victim_optional and not mutual and not self.unnamed_target(tm, c_hi):
            return []
        if source is None and entry.code[:2] in VIOLENT and self.accidental:
            # deaths in an accident with no perpetrator, also after a passive reading:
            # «قتل 15 شخصا في الحادث الذي وقع إثر اصطدام»
            return []
        if source is None and target is None:
            return []
        modality, negated = self.modality(tm, source)
        if (self.claimant is not None or self._toll_of_claim) and modality == "asserted":
            modality = "reported"  # the claimant's word for it
        if negated and not self.settings.keep_negated:
            return []
        conf = self.confidence(tm, source, target, modality)
        if conf < self.settings.min_confidence:
            return []
        sources = self.frame.coordinated(source) if source else [None]
        targets = self.frame.coordinated(target) if target else [None]
        etype = event_type(entry.code)
        tokens, text = self.tokens, self.doc.text
        head = tokens[tm.head[0]]
        t_start = head.start + surface_offset(text[head.start:head.end], tm.lead)
        t_end = tokens[tm.end - 1].end
        out = []
        pairs = [(s, t) for s in sources for t in targets] if not mutual else \
            [(s, t) for s in sources for t in sources if t is not s]
        coded: set[tuple[str | None, str | None]] = set()
        for s, t in pairs:
            src = s.mention if s else None
            tgt = (_counterpart(t, s) if t.counterpart else t.mention) if t else None
            if (_code(src), _code(tgt)) in coded:
                continue  # «وزير الدفاع الأمريكي والوفد المرافق له»: one event, not two alike
            if (entry.code == _KILL or entry.code.startswith("183")) and t is not None \
                    and (src is None or src.sector == "UAF") \
                    and self.tokens[t.first].key[len(t.proclitics):].removeprefix("ال") \
                    in _BOMBERS:
                # «مقتل الانتحاري»: a suicide bomber dies by his own act; nor is he what a
                # bombing is done to («عمليات التفجير مقصورة على الانتحاريين»)
                continue
            if src is not None and tgt is not None and ((
                    src.code == tgt.code and not (
                        entry.code[:2] in VIOLENT and src.name != tgt.name
                        and None in (s.role, t.role))) or (
                    src.country is not None and src.country == tgt.country
                    and "owned" in (s.implied, t.implied))):
                # «هنأ … الرئيس التونسي بذكرى استقلال بلاده»: by another. A named armed
                # group fights another of its country and sector («قتل الحوثيون عشرة من
                # المقاومة اليمنية»: both YEMREB); two role nouns are one side («قتل ضابط
                # و3 جنود»).
                continue
            # «وقالت الحركة», «مواقع التنظيم»: a group nobody named is known only as a doer
            # of violence (or the claimant of it)
            if t is not None and t.implied == "group":
                if entry.target and not entry.target_optional:
                    continue
                tgt = None
            if s is not None and s.implied == "group" \
                    and entry.code[:2] not in VIOLENT and entry.code != _CLAIM:
                continue
            coded.add((_code(src), _code(tgt)))
            out.append(Event(
                id="", sentence=self.si,
                trigger=Trigger(text[t_start:t_end], t_start, t_end),
                cameo=entry.code, root=entry.code[:2], plover=etype.plover,
                plover_mode=etype.plover_mode, quad_class=etype.quad_class,
                goldstein=etype.goldstein, source=src, target=tgt,
                negated=negated, modality=modality, confidence=conf,
            ))
        return out


@dataclass(frozen=True)
class Act:
    """A violent trigger of a sentence with the events coded from it."""

    head: int
    end: int
    mutual: bool  # «اشتباكات مع»: both sides act
    noun: bool
    joined: bool  # by و or ف to what goes before
    events: list[Event]


def _caused_by_later_acts(acts: list[Act], tokens: list[Token]) -> None:
    """«قتل 15 شخصا عندما فجر انتحاري نفسه», «قتل أربعة أشخاص في تفجير سيارة مفخخة»:
    deaths told without their doer, followed by the act that caused them («في», «عندما»,
    «جراء» …), are that act's doer's; not clashes («في اشتباكات مع»), whose toll is both
    sides'. So are those a verb tells right after the act's noun, its subject: «غارة
    أمريكية تقتل 14 جنديا», «غارات التحالف تقتل»."""
    for i, act in enumerate(acts):
        tolls = [e for e in act.events if e.source is None and e.target is not None
                 and not e.negated]
        if not tolls:
            continue
        if i > 0 and (_subject_act(acts[i - 1], act, tokens)
                      or _result_of_act(acts[i - 1], act, tokens)):
            doer = next((e.source for e in acts[i - 1].events if e.source is not None), None)
            if doer is not None:
                for e in tolls:
                    if e.target.code != doer.code:
                        e.source = doer
                continue
        later = next((a for a in acts[i + 1:] if a.head > act.head), None)
        if later is None or later.mutual or later.head - act.head > CAUSE_REACH:
            continue
        doer = next((e.source for e in later.events if e.source is not None), None)
        before = later.head - 1
        if tokens[before].key in _BLASTS:
            before -= 1  # «في تفجير عبوة ناسفة»: the bomb's explosion
        if doer is None or tokens[before].key not in _CAUSES:
            continue  # the act is what the cause word introduces: «في هجوم», «عندما فجر»
        for e in tolls:
            if e.target.code != doer.code:  # not «مقتل 10 من داعش في هجوم شنه التنظيم»
                e.source = doer


def _result_of_act(cause: Act, toll: Act, tokens: list[Token]) -> bool:
    """«أسفر قصف الحوثيين عن مقتل 43», «أدى القصف الإسرائيلي إلى مقتل», «تسبب قصف
    مدفعي للحوثيين في مقتل»: is the toll's noun what a result verb says the act's noun,
    its subject, led to? (Right after the result verb the act's word is its noun, also
    when it was read as its verb: «أدى قصف».)"""
    if cause.mutual or not toll.noun or cause.head < 1 or toll.joined:
        return False
    between = tokens[cause.end:toll.head]
    verb = tokens[cause.head - 1].key
    return 0 < len(between) <= RESULT_REACH and (
        (form_in(verb, RESULT_VERBS) and between[-1].key in RESULT_PREPS)
        or (form_in(verb, _CAUSED) and between[-1].key == "في")) \
        and not any(is_boundary(t) for t in between)


def _subject_act(noun: Act, verb: Act, tokens: list[Token]) -> bool:
    """Is the act's noun the subject of the verb after it: no more than its adjectives
    and quotation marks between, the verb with no و of its own?"""
    between = tokens[noun.end:verb.head]
    return not noun.mutual and noun.noun and not verb.noun and not verb.joined \
        and len(between) <= SUBJECT_ACT_REACH and all(
            t.key in _QUOTES or not (is_boundary(t) or is_preposition(t)
                                     or t.key[:1] in ("ب", "ل", "و")) for t in between)


def _event_id(doc_id: str, e: Event) -> str:
    basis = f"{doc_id}|{e.trigger.start}|{e.cameo}|{e.source and e.source.start}|" \
            f"{e.target and e.target.start}"
    return hashlib.blake2b(basis.encode(), digest_size=8).hexdigest()


def code_events(doc: Document, settings: Settings | None = None) -> Document:
    settings = settings or Settings()
    tokens = doc.tokens
    # Words inside an actor's name are not triggers («منظمة العفو الدولية»).
    blocked = {i for s in doc.actor_spans for i in range(s.first, s.end)}
    inside = frozenset(i for s in doc.actor_spans for i in range(head_index(tokens, s) + 1, s.end))
    events: list[Event] = []
    speakers: list[tuple[int, int, Mention | None]] = []
    indirect: list[Quote] = []
    last_speaker: ActorSpan | None = None
    i = 0
    for si, sent in enumerate(doc.sentences):
        lo = i
        while i < len(tokens) and tokens[i].sentence == si:
            i += 1
        if lo == i:
            continue
        coder = SentenceCoder(doc, si, lo, i, settings, last_speaker)
        events.extend(coder.events(blocked, inside))
        speaker = next((s.speaker for s in coder.speech if s.speaker), None)
        speakers.append((sent.start, sent.end, speaker.mention if speaker else None))
        indirect.extend(indirect_quotes(doc.text, tokens, coder.speech))
        if coder.speech and coder.speech[-1].speaker is not None:
            last_speaker = coder.speech[-1].speaker
    for e in events:
        e.id = _event_id(doc.id, e)
    doc.events = events
    direct = find_quotes(doc.text, speakers)
    doc.quotes = sorted([*direct, *indirect], key=lambda q: q.start)
    return doc
