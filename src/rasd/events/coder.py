"""Events stage: triggers (events/triggers.py), frames, speech and modality → `Event`s.

Precision first (DESIGN.md §5): an event needs a trigger from the lexicon *and* the actors its
frame asks for; nothing falls back to a default code, and negated acts are not reported.
"""

from __future__ import annotations

import hashlib
from functools import cached_property, lru_cache

from rasd.actors.grammar import definite
from rasd.events.agreement import (
    agrees_with_verb,
    disagrees_after,
    disagrees_before,
    head_index,
    masculine,
    plural_noun,
)
from rasd.events.conjugate import plain_forms, plural_verb_like, verb_forms
from rasd.events.frames import (
    AGENT_WORDS,
    Frame,
    clause,
    clitic_phrase,
    gloss_end,
    inside_names,
    is_boundary,
    is_complementiser,
    is_preposition,
    is_resumptive,
)
from rasd.events.lexicon import (
    NOT_AN_EVENT,
    accident_words,
    support_verbs,
    support_verbs_in,
)
from rasd.events.modality import (
    governing_modality,
    habitual,
    is_negated,
    is_negation,
    negated_between,
    sentence_modality,
)
from rasd.events.speech import Speech, find_quotes, find_speech, indirect_quotes
from rasd.events.triggers import TriggerMatch, find_triggers
from rasd.events.verb_forms import (
    first_person,
    form_in,
    imperfect,
    plural_verb,
    verb_at,
)
from rasd.lexicons import words_of
from rasd.model import ActorSpan, Document, Event, Mention, Quote, Token, Trigger
from rasd.ontology import event_type
from rasd.settings import Settings
from rasd.text.calendar import month_names, weekday_names
from rasd.text.normalize import clitic_variants, key, strip_suffix, surface_offset

SUPPORT_REACH = 8  # tokens between a support verb and its verbal noun
DISTANT_SUPPORT_REACH = 16  # … when its subject and the actors joined to it stand between
INVITED_REACH = 4  # tokens between the genitive of «دعوة» and what it is invited to
AFTER_REACH = 5  # tokens between a verbal noun and a support verb after it («نفذه»)
_RELATIVE = frozenset(key(w) for w in ("الذي", "التي"))
_WHICH_FEMININE = key("التي")
_WHO = _RELATIVE | frozenset(key(w) for w in ("الذين", "اللذين", "اللتين", "اللواتي"))
# Before a time clause an armed subject is more likely the doer with its object still to come.
_WHEN = frozenset(key(w) for w in ("بعد", "قبل", "عندما", "حين", "حيث", "فيما", "بينما"))
_VIOLENT = ("18", "19", "20")  # assault, fight, mass violence
_FORCE = ("17", *_VIOLENT)  # roots whose verbs may stand in the passive with an agent
_STATE = frozenset({"GOV", "MIL", "COP", "SPY"})  # a state's own organs
_ARMED = frozenset({"UAF", "REB", "MIL", "INS", "SEP", "COP", "SPY", "SET", "CRM"})
# Third-person object pronouns only: «قتلنا» is "we killed", not "killed us".
_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")
ANTECEDENT_REACH = 6  # tokens from a plural noun to the plural verb that refers to it
NOUN_AGENT_REACH = 6  # tokens from a verbal noun's genitive to its agent phrase
CLAIM_REACH = 4  # tokens from a claim of responsibility to the attack it claims
_CLAIM = "015"
_KILL = "1823"
_BOMBERS = frozenset(key(w) for w in ("انتحاري", "انتحاريا", "انتحاريين", "انتحاريان",
                                      "انتحاريون"))
# «من قبل», «على يد», «على أيدي»: the agent phrases that name who did what a noun names
# (not «برصاص», «بقصف»: after a noun they are as often its instrument or its object)
_BY = frozenset(key(w) for w in ("قبل", "يد", "أيدي", "بيد"))
_AIM_VERBS = frozenset(key(w) for w in ("استهدف", "استهدفت", "استهدفا", "استهدفتا", "استهدفوا",
                                        "يستهدف", "تستهدف"))
# a bombing after these is their subject, and their object its target
_HIT_VERBS = frozenset(key(w) for w in ("قتل", "يقتل", "أصاب", "يصيب", "أوقع", "يوقع"))
_KIN = frozenset(key(w) for w in ("بن", "ابن", "بنت"))  # «فيصل بن تركي» is a name
# between a joined verb and its count: «…، وقتل فيها 17 جنديا» (in it: the attack just
# told; «خلالها» is a skip word for every verb). Not after a relative: «حرب قتل فيها 800
# ألف شخص» is mostly a sum.
_IN_IT = frozenset(key(w) for w in ("فيه", "فيها", "خلاله", "خلالها"))
_DURING = frozenset(key(w) for w in ("في", "خلال", "أثناء", "جراء", "إثر"))
_AGE_OPENERS = frozenset({"(", '"', "“", "«", "،", ","})
_YEARS = frozenset(key(w) for w in ("عاما", "عام", "سنة", "سنوات", "أعوام"))
AGE_REACH = 6  # tokens of a name before its age in brackets
# «ما لا يقل عن», «ما يزيد على/عن» before a count
_AT_LEAST = tuple([key(w) for w in p.split()] for p in (
    "ما لا يقل عن", "ما لا يقل على", "ما يزيد على", "ما يزيد عن", "ما يربو على"))
_BUILDINGS = frozenset(key(w) for w in ("مبنى", "مقر", "مكتب", "سفارة", "قصر", "مجلس"))
_SOME_ACC = key("عددا")
_WEAPONS = frozenset(key(w) for w in ("رصاص", "نيران", "قذائف", "قذيفة", "صواريخ", "صاروخ",
                                       "غارات", "غارة", "قصف"))
_WHICH = key("مما")
_LATEST = frozenset(key(w) for w in ("آخر", "أول", "أولى", "أحدث"))
_EVE_MORROW = frozenset(key(w) for w in ("غداة", "وغداة", "عشية", "وعشية"))
_TIME_TOPICS = frozenset(key(w) for w in ("بعد", "وبعد", "إثر", "أعقاب", "منذ", "قبل"))
_NEXT_PREVIOUS = frozenset(key(w) for w in ("التالي", "التالية", "السابق", "السابقة"))
_ABOUT = key("عن")
_CLOCK = frozenset(key(w) for w in ("الساعة", "ساعة"))
_DAYTIME = frozenset(key(w) for w in ("صباحا", "مساء", "ظهرا", "ليلا", "فجرا"))
_ON = key("على")
_REVENGE = frozenset(key(w) for w in ("انتقاما", "ردا", "ثأرا"))
_CLAIM_ONLY = ("claim",)  # a noun coded only when claimed («مسؤوليته عن قتل»)
_ON_FROM = frozenset(key(w) for w in ("على", "من"))
_BEFORE_AFTER = frozenset(key(w) for w in ("بعد", "وبعد", "قبل", "وقبل"))
# words of a span of time besides time nouns and counts: «بعد مرور نحو عامين», «بعد قليل»,
# «بعد أقل من أسبوع من»
_SPAN_WORDS = frozenset(key(w) for w in ("مرور", "دقائق", "دقيقة", "قليل", "قليلة", "فقط",
                                         "واحد", "واحدة", "أقل", "من"))
_OPENERS = frozenset({"،", ",", key("كما")})
_COMMAS = frozenset({"،", ","})
_OPENING_QUOTES = frozenset({"«", "“", '"'})
_RELEASE = "084"  # return, release
_MILITARY = frozenset(key(w) for w in ("عسكري", "عسكرية"))
_PROTEST = "14"
_COERCE = "17"
_ASSAULT = "18"
_STOPS_FULL = frozenset({".", "!", "؟", "?"})
_REPRESS = "175"  # dispersing or repressing a protest
_IN_FRONT = frozenset(key(w) for w in ("أمام", "وأمام", "قبالة"))
_MUTUAL_ROOTS = ("04", "05", "06", "08")  # meet, agree, cooperate, yield (truce)
_PHONE_CALL = "041"  # has a caller, whom partners named together do not name
_EVERY = frozenset(key(w) for w in ("كل", "وكل", "لكل", "فكل", "بكل"))
_KUNYA = frozenset(key(w) for w in ("أبو", "أبي", "أبا", "أم"))
# not ضد: «يحارب ضد الإرهاب»; «أطلقوا النار باتجاه رأسه» is aimed
_AIMED = frozenset(key(w) for w in ("على", "باتجاه", "صوب"))
# what a person owns and travels in, besides sites: «تعرض موكبه لهجوم»
_OWNED = frozenset(key(w) for w in ("قافلة", "موكب", "سيارة", "منزل", "بيت", "مكتب", "طائرة"))
# what introduces the act that caused deaths told before it: «قتل 15 شخصا عندما فجر»
_CAUSES = frozenset(key(w) for w in ("في", "جراء", "إثر", "اثر", "عقب", "عندما", "حين",
                                     "بسبب", "نتيجة", "خلال", "وفي", "أثناء", "لدى"))
_BLASTS = frozenset(key(w) for w in ("تفجير", "انفجار"))
CAUSE_REACH = 14  # tokens from the deaths to the act that caused them
# verbs of publishing a document: «أصدرت المنظمة تقريرا يتهم …»
_PUBLISH = frozenset().union(*(plain_forms(p) for p in (
    "أصدر/يصدر", "نشر/ينشر", "بث/يبث", "وزع/يوزع", "وجه/يوجه", "أرسل/يرسل", "بعث/يبعث")))
AUTHOR_REACH = 6  # tokens from a verb of publishing to its document
# a toll: «أسفر عن مقتل», «أدى إلى مقتل»
_RESULT_VERBS = plain_forms("أسفر/يسفر") | plain_forms("أدى/يؤدي")
_RESULT_PREPS = frozenset(key(w) for w in ("عن", "إلى", "الى"))
# the verbal noun of قام: «أدان قيام إسرائيل بقصف»: its genitive did what follows بـ
_UNDERTAKE = plain_forms("قام/يقوم")
_DAMMA = "\u064f"
_AS_ALSO = key("كما")
# support verbs that make their noun an act done (not «وقعت السلطات بين تداعيات الاعتداء»)
_DOING = frozenset().union(*(plain_forms(p) for p in (
    "قام/يقوم", "شن/يشن", "نفذ/ينفذ", "ارتكب/يرتكب", "أطلق/يطلق", "واصل/يواصل",
    "خاض/يخوض", "استأنف/يستأنف", "كثف/يكثف", "صعد/يصعد", "تمكن/يتمكن", "بدأ/يبدأ",
    "عاود/يعاود", "جدد/يجدد")))
# a support verb that lends its subject only to the noun right after its preposition:
# «تمكنت القوات من اعتقال», but «تمكنت من صد هجوم» repels someone else's attack
_PREPOSITIONAL = plain_forms("تمكن/يتمكن")
_STOPS = plain_forms("توقف/يتوقف") | plain_forms("كف/يكف")
_UNDERTAKING = frozenset(key(w) for w in ("قيام", "بقيام", "لقيام", "وقيام"))


def _in_name(tokens: list[Token], lo: int, i: int) -> bool:
    """Is the nisba at token i part of a name: «فيصل بن تركي», a nom de guerre «أبو قتادة
    المغربي»?"""
    return (i > lo and tokens[i - 1].key in _KIN) or (
        i - 1 > lo and tokens[i - 2].key in _KUNYA)


def _counterpart(target: ActorSpan, source: ActorSpan | None) -> Mention:
    """«نظيره الروسي»: the target's country with the source's sector (RUS + GOV)."""
    t = target.mention
    sector = source.mention.sector if source else None
    code = (t.country or "") + (sector or "") or None
    return Mention(t.text, t.start, t.end, "PER" if sector == "GOV" else t.type, code,
                   t.country, sector, t.name, t.name_ar)


def _sector(m: Mention) -> str | None:
    """The sector a lexicon constraint names: «IMG» for an armed group across borders
    (IMGISI, IMGALQ), whose code has no sector of its own."""
    return "IMG" if (m.code or "").startswith("IMG") else m.sector


def _code(m: Mention | None) -> str | None:
    return m.code if m else None


def _same(e: Event) -> tuple[object, ...]:
    """What makes two events of one sentence the same event."""
    return (e.cameo, _code(e.source), _code(e.target), e.negated, e.modality)


def _same_kind(e: Event) -> tuple[object, ...]:
    """An event of the same kind (the first three digits of its code) by the same source."""
    return (e.cameo[:3], _code(e.source), e.negated, e.modality)


def _country_actor(adj: ActorSpan, military: bool = False) -> ActorSpan:
    """The country a nisba adjective names («الغارة الإسرائيلية» → Israel), as an actor; its
    military when the noun is a military one («قافلة عسكرية أمريكية» → USAMIL)."""
    m = adj.mention
    sector = "MIL" if military and m.country else None
    code = m.country + sector if sector and m.country else m.country
    actor = Mention(m.text, m.start, m.end, "GPE", code, m.country, sector, None, m.name_ar)
    return ActorSpan(actor, adj.first, adj.end, "", True)


def _names_any(keys: set[str], words: frozenset[str]) -> bool:
    """Is one of `words` among these token keys, alone or after و ف ب ل?"""
    return any(k in words or (k[:1] in "وفبل" and k[1:] in words) for k in keys)


def _year(k: str) -> bool:
    return len(k) == 4 and 1900 <= int(k) <= 2100



@lru_cache(maxsize=1)
def _before_object() -> frozenset[str]:
    """Words that may stand between a verb and its own object word: times, counts («الذي
    شن ليلا حوالى 15 غارة»)."""
    return words_of("skip") | words_of("quantity") | _DAYTIME | {"من"}


@lru_cache(maxsize=1)
def _accusing() -> frozenset[str]:
    """Forms of «اتهم» and the nouns for the accused («متهمون»)."""
    return frozenset(verb_forms("اتهم/يتهم")) | frozenset(
        key(w) for w in ("متهم", "متهما", "متهمان", "متهمة", "متهمون", "متهمين", "المتهم",
                         "المتهمين", "المتهمون"))


def _punct_start(tokens: list[Token], lo: int, i: int) -> int:
    j = i
    skip = words_of("skip")
    while j > lo:
        if j - 3 >= lo and tokens[j - 1].key in _COMMAS and tokens[j - 2].key in skip \
                and tokens[j - 3].key in _COMMAS:
            j -= 3  # «بحث الاتحاد الأوروبي، أمس، فرض عقوبات»: a time word set off by commas
            continue
        if len(tokens[j - 1].key) == 1 and is_boundary(tokens[j - 1]):
            break
        j -= 1
    return j


class SentenceCoder:
    """Codes the events of one sentence."""

    def __init__(self, doc: Document, si: int, lo: int, hi: int, settings: Settings,
                 last_speaker: ActorSpan | None = None):
        self.doc, self.si, self.lo, self.hi, self.settings = doc, si, lo, hi, settings
        self.tokens = doc.tokens
        inner = inside_names(self.tokens, lo, hi)
        spans = [s for s in doc.actor_spans if lo <= s.first < hi and s.first not in inner]
        self.last_subject: ActorSpan | None = None  # of the last coded verb event
        self.last_at = lo  # where that event's trigger ends
        # the doer of the last act of violence coded, and where its trigger ends: «هجوم
        # شنه داعش أسفر عن مقتل …» (not of clashes, whose toll is both sides')
        self.cause: ActorSpan | None = None
        self.cause_at = lo
        self._anchor_at: int | None = None  # end of an act that only dates another
        self._claimants: set[str | None] = set()  # codes of who claimed an attack here
        self._cause_claimed = False  # the cause's doer rests on a claim of responsibility
        self._toll_of_claim = False  # the event being coded is the toll of a claimed act
        self._accused = False  # the event being coded is what someone is accused of
        self._support_imperfect = False  # its support verb is imperfect («يشنها»)
        self._source: ActorSpan | None = None
        self._shared = False  # the last source found is the subject of the verb before
        self.claimant: ActorSpan | None = None  # who claims the attack being coded
        self._gen_object: ActorSpan | None = None  # a verbal noun's genitive, done to
        self._support_at: int | None = None  # the support verb that lent the source
        self._slot_tokens: set[int] = set()  # the words the sentence's verb triggers need
        self._after_nouns: set[int] = set()  # the token after each verbal noun trigger
        self._verb_heads: set[int] = set()  # heads of verb triggers (no proclitic but و or ف)
        self._future_heads: set[int] = set()  # heads of verb triggers in the future
        self._verb_cands: dict[int, list[TriggerMatch]] = {}  # verb triggers by head
        self._settled = False  # the trigger codes nothing, and no shorter one is tried
        # «أبو يحيى الحوثي», «أبو قتادة المغربي»: a name's nisba is no actor of its own
        self.frame = Frame(self.tokens, [s for s in spans if s.usable
                                         and not _in_name(self.tokens, lo, s.first)], (lo, hi),
                           [s for s in spans if not s.usable and s.mention.type == "NORP"
                            and not _in_name(self.tokens, lo, s.first)],
                           [s for s in spans if s.mention.type in ("LOC", "GPE")])
        self.speech = find_speech(self.frame, last_speaker)
        sent = doc.sentences[si]
        stripped = doc.text[sent.start:sent.end].rstrip(" \"”»'")
        self.question = stripped.endswith(("؟", "?")) or (
            hi > lo and self.tokens[lo].key in ("هل", "وهل"))
        sentence_keys = {t.key for t in self.tokens[lo:hi]}
        # A film or a novel, an accident or a disaster: once per sentence, not per trigger.
        self.fiction = _names_any(sentence_keys, words_of("fiction")) \
            or any(self._in_a_row(p.split("+"), sentence_keys)
                   for p in words_of("fiction_pairs"))
        self._sentence_keys = sentence_keys
        # where a name begins, coded or not: a verb followed by one has an object
        self.name_starts = {s.first for s in spans if s.mention.type in ("PER", "ORG")} | {
            i for i in range(lo, hi) if self.tokens[i].key in _KUNYA}  # «أبو قتادة»

    @cached_property
    def accidental(self) -> bool:
        """Does the sentence tell an accident or a disaster? Asked only for an act of force
        with no doer. An accident word may carry a pronoun: «إثر اختناقهما»."""
        keys = self._sentence_keys
        return _names_any(keys | {stem for k in keys for stem in strip_suffix(k)},
                          accident_words())

    def name_at(self, i: int) -> bool:
        """Does a name begin at token i: one the actors stage found, or (with the tagger
        on) a word that began people's names in the tagger's training text?"""
        if i in self.name_starts:
            return True
        if not self.settings.ner or i >= self.hi:
            return False
        from rasd.ner.lexicon import begins_a_person

        return begins_a_person(self.tokens[i].key)

    def _in_a_row(self, words: list[str], keys: set[str]) -> bool:
        """Do these words stand in a row in the sentence («نصف النهائي»)? The sentence is
        scanned only when it holds them all."""
        if not all(w in keys for w in words):
            return False
        n = len(words)
        return any([t.key for t in self.tokens[i:i + n]] == words
                   for i in range(self.lo, self.hi - n + 1))

    def speech_at(self, i: int) -> Speech | None:
        """The innermost reported speech around token i: «قال إن ... وأعلن الوزير أنه»."""
        return max((s for s in self.speech if s.start <= i < s.end), default=None,
                   key=lambda s: s.start)

    def source_of(self, tm: TriggerMatch, c_lo: int, c_hi: int) -> ActorSpan | None:
        entry, f = tm.form.entry, self.frame
        h0, h1 = tm.head
        for slot in entry.source:
            s: ActorSpan | None = None
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
                if h0 > self.lo and not tm.proclitics \
                        and self.tokens[h0 - 1].key in words_of("document"):
                    # «نشرت الصحيفة مقالا يهاجم الرئيس»: the verb describes the document,
                    # whose author is who published it; «حجبت السلطات موقعا ينتقد رئيس
                    # الوزراء»: a site nobody here wrote, so no subject
                    return self.author_of(h0 - 1, c_lo)
                # a verb joined by و or ف has no subject before it: «قبضت على إخواننا
                # المهاجرين واعتقلت» (the subject would carry the و: «والحكومة اعتقلت»)
                s = None if tm.proclitics[:1] in ("و", "ف") else \
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
                elif s is None and not tm.proclitics:
                    s = self.plural_antecedent(tm, c_lo)
            elif slot == "subj":
                s = self.support_subject(tm, c_lo)
            elif slot == "gen" and tm.possessed:
                continue  # «غاراتها»: the pronoun is the genitive, the actor after it is not
            elif slot == "gen":
                s = f.starting_at(h1)
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
                        and s.mention.sector not in _ARMED and s.role is not None:
                    continue  # «تفجير المدنيين»: what a bombing's genitive names is its victim
                if s is not None and entry.kind == "noun" and entry.code[:2] in _FORCE and (
                        doer := self.support_subject(tm, c_lo)) is not None \
                        and doer.mention.code != s.mention.code and not self.victim(doer):
                    # «لم تتوقف إسرائيل عن قصف لبنان»: the support verb's subject did it, and
                    # the genitive is what it was done to, unless it is the trigger's own
                    # word («شن داعش هجوما انتحاريا», «الهجوم الانتحاري نفذه داعش»)
                    self._gen_object = s if s.first >= tm.end else None
                    return doer
                if (s is None or s.first in tm.slot_tokens) and entry.kind == "noun" \
                        and entry.code[:2] in _VIOLENT and not definite(self.tokens[h0]) \
                        and (owner := (s is None and self.lam_owner(h1))
                             or self.lam_owner(tm.end)) is not None \
                        and _sector(owner.mention) in _ARMED | {"IMG"}:
                    # «هجوم لطالبان», «قصف للجيش», «تفجير انتحاري لداعش»: an armed actor
                    # after the لـ of an indefinite act of force is its doer, before the
                    # trigger's own «انتحاري» (after a definite act, its object: «القصف
                    # الإسرائيلي للمدينة»)
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
                        and self.tokens[c_lo - 1].key in _COMMAS:
                    # «تجمع أنصار الحزب في الساحة، احتجاجا على»: after a comma, the noun
                    # tells the purpose of the clause before
                    near = self._unprepositioned(
                        clause(self.tokens, self.lo, self.hi, c_lo - 2)[0], c_lo - 1)
                s = near[-1] if near and near[-1].mention.sector not in _STATE else None
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
                and not first_person(tm, self.tokens) and not any(
                is_complementiser(self.tokens[j])
                and not any(x.first <= j < x.end for x in f.spans)  # «بان كي مون»
                for j in range(self.last_at, h0)):
            # not across «أن»: in «هدد داعش الحكومة بالرد بعد أن قبضت … واعتقلت» the
            # government arrests
            self._shared = self.last_subject is not None
            return self.last_subject
        return None

    def speaker_resumed(self, tm: TriggerMatch) -> ActorSpan | None:
        """«قال الرئيس إن الحوثيين قصفوا عدن، واتهم إيران بدعمهم»: a past verb after «، و»
        that agrees with the speaker and not with the subject of the verb before it goes
        on from the speech verb: the speaker did it, told, not reported."""
        h0 = tm.head[0]
        if tm.proclitics != "و" or tm.form.tense != "perfect" or h0 == self.lo \
                or self.tokens[h0 - 1].key not in _COMMAS:
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

    def relative_antecedent(self, tm: TriggerMatch, c_hi: int) -> ActorSpan | None:
        """«المسلحين الذين قتلوا ثلاثة جنود»: a verb right after a relative pronoun, with an
        object after it, has the actor before the pronoun as its subject. Not «الجندي الذي
        قتل أمس» (no object: was killed), nor «القرية التي قتل فيها» (in which … were
        killed)."""
        h0 = tm.head[0]
        if tm.form.entry.kind != "verb" or tm.proclitics or h0 - 2 < self.lo \
                or self.tokens[h0 - 1].key not in _WHO:
            return None
        if tm.end < c_hi and self.tokens[tm.end].key in _IN_IT:
            return None
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

    def antecedent(self, rel: int, agent: bool = False) -> ActorSpan | None:
        """The actor right before the relative pronoun at token `rel`: people and bodies, not
        places («مكة المكرمة التي تستقبل»); with `agent` (the verb has its own object), one
        behind «من قبل» too («دعم من قبل التحالف الذي شن 15 غارة»), and a state («الولايات
        المتحدة التي نفذت عملية قصف»). «التي» is no relative of men («انتقادات الساسة
        الفرنسيين التي وجهت», «تصريحات الوزير هاموند التي تدعو»)."""
        feminine = self.tokens[rel].key == _WHICH_FEMININE
        return next((s for s in self.frame.spans if s.end == rel
                     and self.frame._prep(s) in (None, "agent" if agent else None)
                     and not self.victim(s) and (s.mention.type not in ("GPE", "LOC") or (
                         agent and s.mention.code is not None and len(s.mention.code) == 3))
                     and not (feminine and (self.tokens[s.end - 1].key.endswith(("ين", "ون"))
                                            or masculine(s, self.tokens)))), None)

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
            return (prev in _BUILDINGS and x.first - 2 >= lo
                    and is_preposition(tokens[x.first - 2])) \
                or (prev[:1] in ("ل", "ب") and prev[1:] in _BUILDINGS)

        return [x for x in f.spans if lo <= x.first and x.end <= hi
                and x.mention.type not in ("GPE", "LOC")
                and f.shared_prep(x) is None and not owns_building(x)]

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
        if tm.proclitics or h0 - 2 < since or self.tokens[h0 - 1].key not in _RESULT_PREPS:
            return False
        at = h0 - 2 if form_in(self.tokens[h0 - 2].key, _RESULT_VERBS) else h0 - 3 if (
            h0 - 3 >= since and self.tokens[h0 - 2].key.startswith("ال")
            and form_in(self.tokens[h0 - 3].key, _RESULT_VERBS)) else None
        # not across «بعد»: «قصفت دبابات … مواقع داعش بعد إطلاق نيران منها أدى إلى مقتل»
        return at is not None and not any(t.key in _WHEN for t in self.tokens[since:at])

    def headline_noun(self, tm: TriggerMatch) -> bool:
        """«اعتقال 41 عنصرا من داعش», «العراق: اعتقال …»: a bare verbal noun that opens its
        sentence, or follows a label's colon, names the act a headline reports; who did it
        is left untold."""
        h0 = tm.head[0]
        return tm.form.entry.kind == "noun" and tm.form.entry.source == ("subj",) \
            and not tm.proclitics \
            and not definite(self.tokens[h0]) \
            and (h0 == self.lo or self.tokens[h0 - 1].key == ":") \
            and self.tokens[self.hi - 1].key not in _STOPS_FULL  # headlines have no period

    def opens_sentence(self, h0: int) -> bool:
        """Does the word at h0 open its sentence, or follow «كما» or a comma?"""
        return h0 == self.lo or self.tokens[h0 - 1].key in _OPENERS

    def plural_antecedent(self, tm: TriggerMatch, c_lo: int) -> ActorSpan | None:
        """«الآلاف من المتظاهرين تدفقوا في الشوارع يهتفون ضد الحكومة»: a plural verb with
        no subject of its own («يهتفون») carries a pronoun for the nearest plural of people
        before it in its clause that no preposition governs."""
        h0 = tm.head[0]
        quantity = words_of("quantity")
        for s in reversed(self.frame.spans):
            if s.end > h0 or s.first < c_lo or s.mention.type in ("GPE", "LOC") \
                    or self.frame.shared_prep(s) is not None:
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

    def victim(self, s: ActorSpan) -> bool:
        """Is the actor named only as a victim («أطفال», «امرأة», «رهائن»)?"""
        victims = words_of("victims")
        keys = [self.tokens[s.first].key[len(s.proclitics):]] + [
            t.key for t in self.tokens[s.first + 1:s.end]]  # «عدة أطفال»
        return any(k.removeprefix("ال") in victims for k in keys)

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
        return k.isalpha() and len(k) > 3 and (k.endswith("ا") or k.startswith("ال")) \
            and not any(c_lo <= x.first < h0 for x in self.frame.spans)

    def resumptive_speaker(self, c_lo: int, agree: bool = True) -> ActorSpan | None:
        """«أعلن الكرملين أنه سينظر»: the pronoun after أن/إن stands for the speaker."""
        if c_lo - 1 >= self.lo and is_resumptive(self.tokens[c_lo - 1]):
            return self.speaker_of(c_lo - 1, agree)
        return None

    def speaker_of(self, j: int, agree: bool = True) -> ActorSpan | None:
        """The speaker the pronoun of «أنه/أنها/أنهم» at token j stands for, when it agrees
        (unless `agree` is off: «قالت الوزارة إنه تم اعتقال» has the impersonal «ـه»): in
        «أشارت السلطات إلى أنه فجر نفسه» the «ـه» is the bomber, not the authorities."""
        sp = self.speech_at(j + 1)
        if sp is None or sp.speaker is None:
            return None
        s = sp.speaker
        if not agree:
            return s
        head = self.tokens[s.first].key[len(s.proclitics):].removeprefix("ال")
        masculine_plural = len(head) > 4 and head.endswith(("ون", "ين"))
        pronoun = self.tokens[j].key
        if pronoun.endswith("ه") and not pronoun.endswith(("ها", "هم")) and (
                head.endswith(("ات", "ه")) or masculine_plural):
            return None
        if pronoun.endswith("ها") and masculine_plural:
            return None
        return s

    def agent_after(self, i: int, c_hi: int) -> ActorSpan | None:
        """The actor of an agent phrase («على يد», «برصاص») in tokens [i, c_hi), before a
        negated verb starts another clause («تعرض للاعتداء ولم يسمع صوتها من قبل»)."""
        stop = next((j for j in range(i + 1, c_hi) if is_negation(self.tokens[j])), c_hi)
        agent = next((x for x in self.frame.spans if i <= x.first < stop
                      and self.frame._prep(x) == "agent"), None)
        if agent is not None:
            return agent
        # «برصاص إسرائيلي», «بنيران هندية»: an agent word before a country adjective names
        # that country's military
        return next((_country_actor(adj, military=True) for j in range(i, stop - 1)
                     if self.tokens[j].key in AGENT_WORDS
                     and (adj := self.frame.adjective_at(j + 1)) is not None), None)

    def unnamed_target(self, tm: TriggerMatch, c_hi: int) -> bool:
        """Is a use of force aimed at something that is no actor: «أطلقت الطائرات خمسة
        صواريخ على الموقع», «أطلق النار على مجموعة»? The attack happened; its target is
        unknown. Not «على الأقل», «على متن», nor «على نفسه»; verbs, and verbal nouns a
        support verb makes an act («قام المسلحون بإطلاق صواريخ على القرية»): alone a noun is
        as often talk about attacks («الاعتداء على مواطنيها»)."""
        entry = tm.form.entry
        if entry.code[:2] not in _VIOLENT or (entry.kind != "verb" and not (
                self._support_at is not None
                and form_in(self.tokens[self._support_at].key, _DOING))):
            return False
        subject = self._source
        # «قتلت المقاومة الشعبية 20 عنصرا»: the subject's adjectives come before the count
        after = self.frame._adjectives_end(subject, c_hi) \
            if subject is not None and subject.first >= tm.head[1] else None
        if "obj" in entry.target and (self.count_after(tm, c_hi, after) is not None
                                      or self.aged_person(after or tm.end, self.hi)):
            # «قتلت القوات أربعة من المتهمين», «قتلت القوات العراقية 12 مسلحا», «قتلت القوات
            # محمد علاونة (21 عاما)»: people the lexicons do not name
            return True
        adverbs = words_of("adverbial")
        for j in range(tm.end, min(c_hi - 1, tm.end + 8)):
            k = self.tokens[j].key
            if k in entry.target and k in _AIMED:
                return self.tokens[j + 1].key not in adverbs
            if is_preposition(self.tokens[j]) and self.tokens[j + 1].key != "دون":
                return False  # the first preposition («من دون طيار» is none) decides
        return False

    def aged_person(self, j: int, c_hi: int) -> bool:
        """Does a name given with an age follow token j («محمد علاونة (21 عاما)», «الشاب محمد
        "21 عاما"»)? A person, whom the lexicons do not know."""
        skip, t = words_of("skip"), self.tokens
        while j < c_hi and t[j].key in skip:
            j += 1
        for k in range(j + 1, min(c_hi - 3, j + AGE_REACH)):
            if t[k].key in _AGE_OPENERS and t[k + 1].key.isdigit() and t[k + 2].key in _YEARS:
                return True
            if is_preposition(t[k]) or is_boundary(t[k]) or not t[k].key.isalpha():
                return False
        return False

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
        if h0 <= self.lo or not is_resumptive(self.tokens[h0 - 1]):
            return False
        k, perfect, _ = verb_at(tm, self.tokens)
        return self.tokens[h0 - 1].key.endswith(("ها", "هم")) or k != perfect

    def pronoun_object(self, tm: TriggerMatch) -> bool:
        """Does the head carry its object as a pronoun («قتلته», «تم قتلهم»)? Then no other
        word is its object."""
        k = self.tokens[tm.head[0]].key[tm.lead:]
        if tm.head[1] - tm.head[0] != 1 or tm.form.entry.kind != "verb":
            return False
        forms = plain_forms(tm.form.entry.pattern)
        return any(k.endswith(p) and k[:-len(p)] in forms for p in _PRONOUNS)

    def bare_verb(self, tm: TriggerMatch) -> bool:
        """Is the trigger a verb with no object pronoun («قتلته» is active) that no
        preposition governs («على قتل المدنيين» is a verbal noun)?"""
        return not self.pronoun_object(tm) and self.verb_position(tm)

    def verb_position(self, tm: TriggerMatch) -> bool:
        """May a verb stand here? Not after a preposition («على قتل المدنيين») or a noun
        that takes a verbal noun («بعد قتل», «عملية خطف», «لتبرير قتل»): there the word is
        the verbal noun."""
        h0 = tm.head[0]
        if self.pronoun_object(tm) and tm.slot_tokens[:1] == [tm.head[1]]:
            nxt = self.tokens[tm.head[1]]
            if not is_preposition(nxt) and nxt.key[:1] not in ("ب", "ل") \
                    and nxt.key not in words_of("machine"):
                # «وشنها غارات»: no verb takes a pronoun and then its object (a machine
                # there is the subject: «قصفتها طائرات»)
                return False
        if h0 <= self.lo or tm.proclitics:
            return True
        prev = self.tokens[h0 - 1].key
        if is_preposition(self.tokens[h0 - 1]) and prev != "من":
            return False
        subject = next((s for s in self.frame.spans if s.end == h0), None)
        if subject is not None and subject.first - 1 in self._verb_heads:
            return False  # «استنكرت مصر شن إسرائيل غارات»: no verb follows verb and subject
        return not (_names_any({prev}, words_of("topic"))
                    or _names_any({prev}, words_of("construct")))

    def count_in(self, j: int, c_hi: int) -> bool:
        """Is there a count of people in tokens [j, c_hi)? A year («في العام 2015») is none."""
        counts = words_of("quantity")
        return any((t.key.isdigit() and not _year(t.key)) or t.key in counts
                   for t in self.tokens[j:c_hi])

    def bare_end(self, tm: TriggerMatch, c_hi: int) -> bool:
        """Does nothing that could be an object follow the verb: the clause ends, or «أو»,
        a preposition or another plural verb comes, and no count follows?"""
        j = tm.end
        if self.count_in(j, c_hi):
            return False  # «اعتقلوا في الخليل 5 أشخاص»
        # «أربعة أشخاص اعتقلوا الثلاثاء لتورطهم»: a time is no object
        while j < c_hi and (self.tokens[j].key in words_of("skip")
                            or self.tokens[j].key in weekday_names()):
            j += 1
        if j >= c_hi:
            return True
        t = self.tokens[j]
        return is_boundary(t) or is_preposition(t) or t.key in ("او", "و") \
            or plural_verb_like(t.key.removeprefix("و")) or clitic_phrase(t.key)

    def ends_phrase(self, span: ActorSpan, c_hi: int) -> bool:
        """Does nothing that could be an object follow `span`: the clause ends, or a
        preposition comes («قتل جندي في انفجار»)?"""
        j = span.end
        if self.count_in(j, c_hi):
            return False  # «وقتل الجيش في نهاية مايو 25 مسلحا»: the count is the object
        if j < self.hi:
            # «قتل أحد أفراد البيشمركة (القوات الكردية) وأصيب آخرون»: a gloss
            j = gloss_end(self.tokens, j, self.hi) or j
        if j >= self.hi:
            return True
        t = self.tokens[j]
        if t.key in ("من", "-", "–", "—", "("):
            # «قتل مسلحون من جماعة بوكو حرام عشرات الأشخاص»; an aside before the object
            return False
        if self.tokens[span.first].key[len(span.proclitics):] in words_of("machine"):
            return False  # «قتلت طائرة أمريكية بلا طيار أثناء ضربة»: machines are not killed
        if t.key in _WHEN and span.mention.sector in _ARMED:
            return False  # «اغتال مسلحون مجهولون بعد صلاة الجمعة رياض النوري»
        return j >= c_hi or t.key in words_of("phrase_end") or is_preposition(t) \
            or is_boundary(t) or t.key in ("ب", "ل") \
            or (t.key[:1] in ("ب", "ل") and t.key[1:3] == "ال")

    def specific(self, tm: TriggerMatch) -> bool:
        """Does a noun name one event («سيارة مفخخة», «هجوم انتحاري») rather than a kind of
        event talked about («السيارات المفخخة», «التفجيرات الانتحارية»)? Verbs always do."""
        if tm.form.entry.kind != "noun":
            return True
        k = self.tokens[tm.head[0]].key[len(tm.proclitics):]
        if k.endswith(("تين", "تان")):
            return not k.startswith("ال")  # a dual counts: «انفجار عبوتين ناسفتين»
        return not k.startswith("ال") and not k.endswith(("ات", "ين", "ان"))

    def occurs(self, tm: TriggerMatch) -> bool:
        """Does a verb of occurrence make protests one event («مظاهرات اندلعت», «احتجاجات
        عمت العراق»)? Not protests already known: «الاحتجاجات التي انطلقت», «مظاهرات
        الأحد التي انطلقت»."""
        if tm.form.entry.code[:2] != "14" or not tm.slot_tokens:
            return False
        if tm.form.entry.kind == "verb":
            return True
        k = self.tokens[tm.head[0]].key[len(tm.proclitics):]
        between = self.tokens[tm.head[1]:tm.slot_tokens[0]]
        return not k.startswith("ال") and not any(t.key in _RELATIVE for t in between)

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
        for v in range(h0 - 1, max(c_lo, h0 - SUPPORT_REACH) - 1, -1):
            k = self.tokens[v].key
            undertaking = governed and k in _UNDERTAKING
            if not governed and form_in(k, _PREPOSITIONAL):
                continue
            if form_in(k, plain) or undertaking:
                # «قام عدد من المسلحين بخطف»: قام has no object, so a group after it is its
                # subject, as is the genitive of its verbal noun («أدان قيام إسرائيل بقصف»)
                counted = undertaking or (governed and form_in(k, _UNDERTAKE))
                s = f.subject_after(v + 1, h0, counted=True) if undertaking else \
                    f.subject_before(v, c_lo, adjacent=True) or f.subject_after(
                        v + 1, h0, counted=counted)
                if governed:
                    # «قام مسلحون بخطف», «أعربت مصر عن إدانتها»: only the subject (with its
                    # count) and the preposition may stand between the support verb and
                    # the noun.
                    start = v + 1 if counted or s is None else s.first
                    between = [j for j in range(v + 1, h0)
                               if not (s is not None and start <= j < s.end)
                               and not (s is not None and self.agrees(s, j))]
                    skip = words_of("skip")  # «قام X يوم أمس بـ»
                    if any(not is_preposition(self.tokens[j]) and self.tokens[j].key not in skip
                           for j in between):
                        break  # not this noun's support verb: «تقدم المقاومة تزامن مع
                        # غارات شنها طيران التحالف» may still have one after it
                if s is None and v - 1 >= self.lo and is_resumptive(self.tokens[v - 1]):
                    s = self.speaker_of(v - 1)
                if s is None and v - 1 > self.lo and self.tokens[v - 1].key in _WHO:
                    # «التحالف العربي الذي شن ليلا 15 غارة»: the noun the relative tells of
                    s = self.antecedent(v - 1, agent=True)
                if s is not None:
                    self._support_at = v
                    self._support_imperfect = form_in(k, support_verbs_in("imperfect"))
                    return s
                break
        else:
            if not governed and (s := self._distant_support_subject(tm, c_lo, plain)):
                return s
        for v in range(tm.head[1], min(self.hi, tm.head[1] + AFTER_REACH)):
            t = self.tokens[v]
            if is_boundary(t) and t.key not in _RELATIVE:
                break
            k = t.key
            if (k in words or (k[:1] in "وف" and k[1:] in words)) and k.endswith(
                    ("ه", "ها")) and not is_preposition(self.tokens[v - 1]):
                self._support_imperfect = form_in(k, support_verbs_in("imperfect"))
                return f.subject_after(v + 1, self.hi)
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
        return _names_any(before, words_of("topic"))

    def time_anchor(self, tm: TriggerMatch) -> bool:
        """«بعد ثلاثة أيام على هجوم انتحاري», «قبل أقل من أسبوع من التفجير», «غداة
        الهجوم», «في اليوم التالي لمقتل»: an act that dates another, told before, is no
        new event."""
        h0 = tm.head[0]
        if h0 > self.lo and (self.tokens[h0 - 1].key in _EVE_MORROW or (
                tm.proclitics.endswith("ل") and self.tokens[h0 - 1].key in _NEXT_PREVIOUS)):
            return True
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

    def count_after(self, tm: TriggerMatch, c_hi: int, start: int | None = None
                    ) -> int | None:
        """Where a count stands right after the verb (or `start`, its subject's end), time
        words skipped: «وقتل أول من أمس 4 جنود»."""
        h1 = tm.head[1] if start is None else start
        skip = words_of("skip")
        joined = tm.proclitics[:1] in ("و", "ف")
        # «انتحاري يقتل «33» داعشيا»: a headline may quote its count
        while h1 < c_hi and (self.tokens[h1].key in skip
                             or self.tokens[h1].key in ("من", "،", "«", '"', "“")
                             or (joined and self.tokens[h1].key in _IN_IT)):
            h1 += 1
        if h1 + 2 < c_hi and self.tokens[h1].key in _DURING and definite(self.tokens[h1 + 1]) \
                and self.frame.starting_at(h1 + 1) is None:
            # «وقتل خلال الهجوم 15 مسلحا», «وقتل في الاشتباكات 20»: the event the deaths
            # belong to, then the count
            h1 += 2
            while h1 < c_hi and (self.tokens[h1].key in skip or (
                    definite(self.tokens[h1]) and self.tokens[h1].key.endswith(("ي", "يه")))):
                h1 += 1  # «في الهجوم الانتحاري 20 شخصا»: the event's adjectives too
        keys = [t.key for t in self.tokens[h1:h1 + 4]]
        if keys[:1] == ["ما"]:  # «ما لا يقل عن ستة», «ما يزيد على 20»
            h1 += next((len(p) for p in _AT_LEAST if keys[:len(p)] == p), 0)
        if h1 >= c_hi:
            return None
        k = self.tokens[h1].key
        if k.isdigit() and h1 + 1 < c_hi and self.tokens[h1 + 1].key in month_names():
            return None  # «يوم 21 سبتمبر» is a date
        if h1 + 1 < c_hi and self.tokens[h1 + 1].key in _CLOCK:
            # «حوالي الساعة السادسة صباحا»: a time of day, skipped
            j = h1 + 3
            while j < c_hi and self.tokens[j].key in _DAYTIME:
                j += 1
            return self.count_after(tm, c_hi, j) if j < c_hi else None
        return h1 if k.isdigit() or k in words_of("quantity") else None

    def counted_subject(self, tm: TriggerMatch, c_hi: int) -> ActorSpan | None:
        """The actor counted right after a verb with no subject of its own: «قتل 12 شخصا»,
        «اعتقل عشرات المتظاهرين». Arabic writes the passive of such verbs like the active;
        a number where the subject would stand shows it is passive."""
        if not tm.form.entry.target or "obj" not in tm.form.entry.target:
            return None
        h1 = self.count_after(tm, c_hi)
        if h1 is None:
            return None
        if self.tokens[h1].key == _SOME_ACC:
            return None  # «تحتجز عددا من الجنود»: an accusative count is an object
        if plural_verb(tm, self.tokens) and tm.proclitics[:1] in ("و", "ف") \
                and self.last_subject is not None:
            # «هاجم مسلحون مجلس عزاء وقتلوا أربعة أشخاص»: a verb before its subject is
            # singular, so a plural one joined by و shares the subject before it
            return None
        s = next((s for s in self.frame.spans if h1 <= s.first < min(c_hi, h1 + 4)
                  and self.frame._prep(s) in (None, "من")), None)  # not «في مقديشو»
        time = words_of("time")
        if s is not None and any(t.key in time for t in self.tokens[h1:s.first]):
            return None  # «اعتقل أكثر من سنتين»: a duration, not a count of people
        return s

    def target_of(self, tm: TriggerMatch, source: ActorSpan | None, c_hi: int
                  ) -> ActorSpan | None:
        entry, f = tm.form.entry, self.frame
        h0, h1 = tm.head
        exclude = {id(x) for x in f.coordinated(source)} if source else set()
        after = h1
        if source is not None and source.first >= h1:
            after = source.end
            # «قتلت المقاومة الشعبية 20 عنصرا من»: a count after the subject's adjectives
            # (a definite word after it may as well be the object: «هاجم الجبير السياسات»)
            if self.count_after(tm, c_hi, adj_end := f._adjectives_end(source, c_hi)) \
                    == adj_end:
                after = adj_end
        # Every slot of the frame may find an actor; the one nearest the trigger wins, so
        # «هددت بفرض عقوبات على شركات صينية تدعم روسيا» takes the companies, not Russia.
        found: list[tuple[int, int, ActorSpan]] = []
        for rank, slot in enumerate(entry.target):
            t: ActorSpan | None = None
            if slot == "obj" and entry.kind == "noun":
                slot = "gen"
            if slot == "obj":
                t = f.unprepositioned(after, c_hi, exclude)
                if t is not None and self.verb_between(tm.end, t.first):
                    t = None  # «هاجمت القوات القرية وقتلت 10 مسلحين»: the next verb's
            elif slot == "gen" and tm.possessed:
                t = None
            elif slot == "gen":
                t = None
                for at in ((tm.end, h1) if entry.slots else (h1,)):
                    c = f.starting_at(at)
                    # after the trigger's own words a genitive is theirs, even where
                    # «بقصف» would make it an agent: «هدد الجيش بقصف لبنان»
                    if c is not None and (f._prep(c) is None or (
                            at == tm.end and f._prep(c) == "agent")) and id(c) not in exclude:
                        t = c
                        break
                if t is None and entry.slots:
                    t = self.doer_of_words(tm, c_hi, exclude)
                elif t is None and entry.code[:2] in (_COERCE, _ASSAULT) \
                        and (adj := f.adjective_at(h1)) is not None \
                        and not definite(self.tokens[h0]) and not definite(self.tokens[h1]):
                    # «مقتل فلسطيني برصاص الجيش», «اعتقال أمريكي في طهران»: after the
                    # noun of what was done to someone, a bare nisba is that someone
                    t = _country_actor(adj)
            elif slot == "subj":
                t = f.subject_after(h1, c_hi, sites=entry.kind == "passive") or \
                    f.subject_before(h0, self.lo, adjacent=True)
                if t is None and entry.kind == "passive":
                    t = self.owner_by_pronoun(h1) or (
                        self.owner_by_pronoun(h0 - 1) if h0 - 1 >= self.lo else None)
            else:
                # a preposition a verb trigger needs is that verb's: in «لتفجير انتحاري
                # ألقي باللوم فيه على داعش» the blame, not the bombing, is «على داعش»
                theirs = {id(x) for x in f.spans if x.first - 1 in self._slot_tokens
                          and x.first - 1 not in tm.slot_tokens} if entry.kind == "noun" \
                    else set()
                t = f.with_prep(slot, h1, c_hi, exclude | theirs,
                                reach_from=max(after, tm.end),
                                capitals=entry.code[:2] not in _VIOLENT,
                                countries=entry.code[:2] != "18")
            if t is None and slot not in ("subj", "gen"):
                t = self.adjective_target(slot, after, tm.end, c_hi)
            elif t is None and slot == "subj" and entry.kind == "passive" \
                    and source is not None:
                # «هوجمت قافلة عسكرية أمريكية من قبل»: the subject's country adjective
                t = self.adjective_target("obj", h1, h1, c_hi)
            if t is not None:
                found.append((abs(t.first - tm.end), rank, t))
        return min(found, key=lambda x: (x[0], x[1]))[2] if found else None

    def owner_by_pronoun(self, i: int) -> ActorSpan | None:
        """«أصيب سفير بولندا عندما تعرضت قافلته لهجوم»: a site or a convoy with a pronoun
        right after a passive is owned by the nearest actor before it in the sentence that
        is not a place."""
        k = self.tokens[i].key if i < self.hi else ""
        owned = _OWNED | words_of("site")
        if not k.endswith(_PRONOUNS) or not any(
                stem in owned for stem in strip_suffix(k, _PRONOUNS)):
            return None
        return next((s for s in reversed(self.frame.spans) if s.end <= i and s.first >= self.lo
                     and s.mention.type not in ("GPE", "LOC")), None)

    def doer_of_words(self, tm: TriggerMatch, c_hi: int, exclude: set[int]
                      ) -> ActorSpan | None:
        """«تحقق المحكمة في جرائم حرب ارتكبتها القوات الروسية»: who committed what the
        trigger's own words name («ارتكبها», «التي نفذتها») is the act's target."""
        j = tm.end
        if j < c_hi and self.tokens[j].key in _RELATIVE:
            j += 1
        k = self.tokens[j].key if j < c_hi else ""
        if k not in support_verbs() or not k.endswith(("ه", "ها")):
            return None
        c = self.frame.subject_after(j + 1, c_hi)
        return c if c is not None and id(c) not in exclude else None

    def aimed_target(self, tm: TriggerMatch, c_hi: int) -> ActorSpan | None:
        """«ضربة جوية استهدفت المنطقة القبلية الباكستانية», «الهجوم الذي استهدف موكبه»: the
        clause that tells what an act of force aimed at names its target; so does the aim
        verb the noun is the subject of: «استهدفت سيارة مفخخة دورية للشرطة», «قتل تفجير
        انتحاري عشرة جنود»."""
        h0 = tm.head[0]
        if h0 > self.lo and not tm.proclitics \
                and self.tokens[h0 - 1].key.removeprefix("و") in _AIM_VERBS | _HIT_VERBS:
            return self.frame.unprepositioned(tm.end, c_hi, set()) or \
                self.adjective_target("obj", tm.end, tm.end, c_hi)
        for j in range(tm.end, min(c_hi, tm.end + 3)):
            k = self.tokens[j].key
            if k in _AIM_VERBS:
                return self.frame.unprepositioned(j + 1, c_hi, set()) or \
                    self.adjective_target("obj", j + 1, j + 1, c_hi)
            if is_boundary(self.tokens[j]) or is_preposition(self.tokens[j]):
                return None
        return None

    def seat_protested(self, tm: TriggerMatch, c_hi: int) -> ActorSpan | None:
        """«اعتصم المتظاهرون أمام مقر القيادة العامة للجيش»: a protest in front of a body's
        building is against that body."""
        for j in range(tm.head[1], min(c_hi, tm.end + 6) - 2):
            if self.tokens[j].key in _IN_FRONT and (
                    self.tokens[j + 1].key in _BUILDINGS
                    or self.tokens[j + 1].key in words_of("site")):
                owner = next((s for s in self.frame.spans if j + 2 <= s.first <= j + 4), None)
                return owner if owner is not None and owner.mention.type != "LOC" else None
        return None

    def adjective_target(self, slot: str, after: int, end: int, c_hi: int
                         ) -> ActorSpan | None:
        """«أدانت مصر الغارة الإسرائيلية»: no actor where the target stands, but the noun
        there has a country adjective: the country is the target. The noun stands after
        the trigger's words, or between the verb and them («قصفت محطة كهرباء أوكرانية
        بالصواريخ»)."""
        for start in [max(after, end)] + ([after] if after < end else []):
            adj = self._adjective_from(slot, start, c_hi)
            if adj is not None:
                return _country_actor(adj, adj.first > self.lo and self.tokens[
                    adj.first - 1].key.removeprefix("ال") in _MILITARY)
        return None

    def _adjective_from(self, slot: str, start: int, c_hi: int) -> ActorSpan | None:
        f = self.frame
        for j in range(start, min(c_hi, start + 3)):
            if slot == "obj" and is_preposition(self.tokens[j]):
                return None  # «قتلوا في تفجيرات جزيرة بالي الإندونيسية»: no object past it
            # «الغارة الإسرائيلية», «محطة كهرباء أوكرانية»: the adjective may follow a
            # two-word noun
            adj = f.adjective_at(j + 1) or f.adjective_at(j + 2)
            if adj is None or (slot == "obj" and self.tokens[adj.first].key.endswith("ون")):
                continue  # «حذر عسكريون وأمنيون تونسيون»: a nominative is no object's
            noun = self.tokens[j]
            prep = next((p for p in ("ب", "ل") if noun.key.startswith(p)), None)
            if j > self.lo and is_preposition(self.tokens[j - 1]):
                prep = self.tokens[j - 1].key
            if slot == (prep or "obj"):
                return adj
        return None

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
        if modality is None and tm.form.tense in ("imperfect", "future") \
                and h0 - 2 >= self.lo and self.tokens[h0 - 1].key == "ان" \
                and self.tokens[h0 - 2].key.removeprefix("و") in ("قبل", "قبيل"):
            # «قبل أن يفجر نفسه», «قبل أن نعيد مواطنينا»: not yet done when told, and
            # often never
            modality = "hypothetical"
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
                                 or habitual(tokens, h0, phrase_start)):
            modality = "hypothetical"
        if modality is None and sp is not None and not sp.denial and (
                sp.speaker is None or source is None
                or (sp.speaker.mention.code != source.mention.code
                and source.mention.code != sp.speaker.mention.country)):
            # «قال الوزير الإيراني إن بلاده تدين»: a state speaks through its officials
            modality = "reported"
        return modality or "asserted", negated

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

    def describes_noun(self, s: ActorSpan) -> bool:
        """Is the role noun an adjective of the verbal noun before it, agreeing with it in
        definiteness («تفجير انتحاري», «الهجوم الانتحاري»), rather than an actor?"""
        return s.role is not None and s.first in self._after_nouns and s.first > self.lo \
            and definite(self.tokens[s.first - 1]) == definite(self.tokens[s.first])

    def generic(self, s: ActorSpan) -> bool:
        """«كل شخص يعتقل», «لكل دولة تهاجم»: every one of a kind, no one in particular (but
        «كل المعتقلين» are all of some, and «كل من مصر والأردن» are both)."""
        return s.first > self.lo and self.tokens[s.first - 1].key in _EVERY \
            and not definite(self.tokens[s.first])

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
        acts: list[tuple[int, bool, list[Event]]] = []  # violent events: head, mutual, events
        groups = list(find_triggers(self.tokens, self.lo, self.hi, blocked, self.doc.text,
                                    inside))
        self._slot_tokens = {j for candidates in groups for j in candidates[0].slot_tokens
                             if candidates[0].form.entry.kind != "noun"}
        self._after_nouns = {c.head[1] for candidates in groups for c in candidates
                             if c.form.entry.kind == "noun" and c.form.entry.source != _CLAIM_ONLY}
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
                    # «قتل شابان بغارات الجيش»: the means of a violent act by the same doer
                    means = {_code(e.source) for e in out if e.root in _VIOLENT} \
                        if tm.proclitics.endswith("ب") else set()
                    # «أعلن داعش مسؤوليته عن هجوم … بسيارة مفخخة»: the bomb's unknown
                    # attacker is the claimed attack's, already coded
                    # («انتقاما لتفجير انتحاري»: not the act avenged)
                    unknown = "unknown" in tm.form.entry.source and bool(self._claimants) \
                        and not self.avenged(tm) and any(
                            e.root in _VIOLENT and e.modality == "reported"
                            and e.source is not None
                            and e.source.code in self._claimants for e in out)
                    found = [e for e in found if _same(e) not in have and not (
                        e.target is None and (_same_kind(e) in done or (
                            e.root in _VIOLENT and e.source is not None
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
                    if tm.form.entry.code[:2] in _VIOLENT:
                        mutual = "مع" in tm.form.entry.target
                        if not mutual:
                            self.cause, self.cause_at = self._source, tm.end
                            self._cause_claimed = False
                        acts.append((tm.head[0], mutual, found))
                    if tm.form.entry.code[:3] == _REPRESS and not found[0].negated:
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

    def verb_between(self, i: int, j: int) -> bool:
        """Does a verb trigger stand in tokens [i, j) where a verb may («شن» in «استنكرت مصر
        شن إسرائيل» is none)?"""
        return any(self.verb_position(c) for v in range(i, j)
                   for c in self._verb_cands.get(v, ()))

    def lam_owner(self, j: int) -> ActorSpan | None:
        """The actor at token j after the lam of possession: «لطالبان», «لـ«داعش»»."""
        if j + 2 < self.hi and self.tokens[j].key == "ل" \
                and self.tokens[j + 1].key in _OPENING_QUOTES:
            return self.frame.starting_at(j + 2)
        owner = self.frame.starting_at(j)
        return owner if owner is not None and owner.proclitics[-1:] == "ل" else None

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
            if not nouns or nouns[0].form.entry.code[:2] not in _VIOLENT:
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
        if tm.form.entry.kind == "noun" or tm.form.entry.code[:2] in _VIOLENT:
            return range(0)
        ends = [e.target.end for e in events if e.target is not None]
        if not ends:
            return range(0)
        last = max(ends)
        stop = next((i for i in range(tm.end, self.hi) if self.tokens[i].start >= last),
                    self.hi)
        return range(tm.end, stop)

    def _events_of(self, tm: TriggerMatch) -> list[Event]:
        entry = tm.form.entry
        self._gen_object = None
        self._support_at = None
        self._toll_of_claim = False
        self._accused = False
        self._support_imperfect = False
        if entry.kind == "verb" and not self.verb_position(tm):
            return []
        c_lo, c_hi = clause(self.tokens, self.lo, self.hi, tm.head[0])
        # «تم اعتقال», «جرى شن ضربة»: after these a verbal noun is a passive, also when it
        # is spelt like its verb (شن، قتل، خطف)
        marked = not tm.proclitics and tm.head[0] > c_lo and \
            self.tokens[tm.head[0] - 1].key in words_of("passive")
        passive = entry.kind == "passive" or marked
        target: ActorSpan | None = None
        source: ActorSpan | None = None
        if entry.kind == "verb" and not marked and entry.code[:2] in _FORCE \
                and self.pronoun_speaker(tm) is None \
                and self.relative_antecedent(tm, c_hi) is None \
                and self.frame.subject_before(tm.head[0], c_lo, adjacent=True) is None:
            # «قتل 12 شخصا», «وقتل ثلاثة أشخاص في هجوم»: a count where the subject would
            # stand is the subject of a passive, even when it names people; not of a verb
            # of no force («تستقبل الملايين من الزوار»: they are received).
            target = None if self.tokens[tm.head[0]].key.endswith("نا") \
                else self.counted_subject(tm, c_hi)  # «استقبلنا 42 طفلا»: we received
            passive = target is not None
        if marked:
            # «تم اعتقاله من قبل الشرطة»; «تم شن ضربة جوية أمريكية»: the agent phrase or the
            # country adjective; «ذكرت الشرطة أنه تم اعتقال …»: the authority that reports
            # a passive arrest is taken for its agent, but not one that reports violence
            adj = self.frame.adjective_at(tm.end) or self.frame.adjective_at(tm.end + 1)
            source = self.agent_after(tm.end, c_hi) or (
                _country_actor(adj) if adj is not None else None) or (
                self.resumptive_speaker(c_lo, agree=False) if entry.code[:2] not in _VIOLENT
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
                                 and form_in(self.tokens[self._support_at].key, _DOING)):
            return []  # «منذ هجومه», «رفض قصفها»: whose act, the pronoun alone does not say
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
            elif entry.kind == "verb" and entry.code[:2] in _FORCE and target is None \
                    and "obj" in entry.target and source.end <= tm.head[0]:
                source, target, passive = self.agent_after(tm.end, c_hi), source, True
                victim_passive = True
            else:
                return []
        if source is not None and entry.source_sectors and \
                _sector(source.mention) not in entry.source_sectors:
            return []  # «هاجم الرئيس الصحافة» is not an armed attack
        if source is not None and entry.code[:2] in _VIOLENT and source.mention.sector == "BUS":
            return []  # «تعرضت لكمين من قبل شركة سيجا»: a company ambushes only in figure
        agent_passive = False  # read as a passive because of a later agent phrase
        if source is None and entry.kind == "verb" and not passive \
                and entry.code[:2] in _FORCE and "obj" in entry.target \
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
            entry.kind == "passive" and source is not None and entry.code[:2] in _FORCE)
        self._source = source
        if source is None and entry.kind == "verb" and entry.code[:3] == _RELEASE \
                and tm.slot_tokens[:1] == [tm.head[1]]:
            passive = True  # «أفرج عن ثلاثة صحفيين»: no subject before «عن», so «أُفرج»
        needs_source = not passive and entry.source and not entry.source_optional \
            and not (entry.code[:2] in (_COERCE, _ASSAULT) and self.headline_noun(tm))
        if source is None and needs_source:
            return []
        if self.fiction:
            return []
        self._accused = self.claimant is None and self.accused_act(tm, c_lo)
        if entry.kind == "noun" and self.claimant is None:
            if self.time_anchor(tm):
                if entry.code[:2] in _VIOLENT:
                    self._anchor_at = tm.end  # its toll goes with it
                return []
            if self.topic_of_talk(tm):
                if entry.code[:2] in _VIOLENT and tm.head[0] > self.lo and \
                        self.tokens[tm.head[0] - 1].key in _TIME_TOPICS:
                    self._anchor_at = tm.end  # «بعد هجوم أسفر عن مقتل»: its toll too
                return []
        if self._anchor_at is not None and entry.kind == "noun" \
                and self._follows_result_verb(tm, self._anchor_at):
            return []  # «بعد ثلاثة أيام على هجوم … أسفر عن مقتل 32»: that attack's toll
        if target is None and entry.target and not agent_passive and not (
                "obj" in entry.target and self.pronoun_object(tm)):
            target = self.target_of(tm, source, c_hi)
        if target is None and self._gen_object is not None and source is not self._gen_object:
            target = self._gen_object
        if target is None and entry.kind == "noun" and entry.code[:2] in _VIOLENT:
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
                and entry.code[:2] in _FORCE \
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
        if source is None and entry.code[:2] in _VIOLENT and self.accidental:
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
        for s, t in pairs:
            src = s.mention if s else None
            tgt = (_counterpart(t, s) if t.counterpart else t.mention) if t else None
            if entry.code == _KILL and t is not None and (src is None or src.sector == "UAF") \
                    and self.tokens[t.first].key[len(t.proclitics):].removeprefix("ال") \
                    in _BOMBERS:
                continue  # «مقتل الانتحاري»: a suicide bomber dies by his own act
            if src is not None and tgt is not None and ((
                    src.code == tgt.code and not (
                        entry.code[:2] in _VIOLENT and src.name != tgt.name
                        and None in (s.role, t.role))) or (
                    src.country == tgt.country and "owned" in (s.implied, t.implied))):
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
                    and entry.code[:2] not in _VIOLENT and entry.code != _CLAIM:
                continue
            out.append(Event(
                id="", sentence=self.si,
                trigger=Trigger(text[t_start:t_end], t_start, t_end),
                cameo=entry.code, root=entry.code[:2], plover=etype.plover,
                plover_mode=etype.plover_mode, quad_class=etype.quad_class,
                goldstein=etype.goldstein, source=src, target=tgt,
                negated=negated, modality=modality, confidence=conf,
            ))
        return out


def _caused_by_later_acts(acts: list[tuple[int, bool, list[Event]]],
                          tokens: list[Token]) -> None:
    """«قتل 15 شخصا عندما فجر انتحاري نفسه», «قتل أربعة أشخاص في تفجير سيارة مفخخة»:
    deaths told without their doer, followed by the act that caused them («في», «عندما»,
    «جراء» …), are that act's doer's; not clashes («في اشتباكات مع»), whose toll is both
    sides'."""
    for i, (head, _mutual, events) in enumerate(acts):
        tolls = [e for e in events if e.source is None and e.target is not None
                 and not e.negated]
        if not tolls:
            continue
        later = next(((h, m, evs) for h, m, evs in acts[i + 1:] if h > head), None)
        if later is None or later[1] or later[0] - head > CAUSE_REACH:
            continue
        doer = next((e.source for e in later[2] if e.source is not None), None)
        before = later[0] - 1
        if tokens[before].key in _BLASTS:
            before -= 1  # «في تفجير عبوة ناسفة»: the bomb's explosion
        if doer is None or tokens[before].key not in _CAUSES:
            continue  # the act is what the cause word introduces: «في هجوم», «عندما فجر»
        for e in tolls:
            if e.target.code != doer.code:  # not «مقتل 10 من داعش في هجوم شنه التنظيم»
                e.source = doer


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
