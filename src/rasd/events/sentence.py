"""A sentence being coded: its tokens, actor frame, reported speech and the word classes
the rules that find an event's actors share."""

from __future__ import annotations

from functools import cached_property

from rasd.actors.grammar import KIN, RELATIVE, definite
from rasd.events.conjugate import plain_forms
from rasd.events.frames import Frame, inside_names, is_preposition
from rasd.events.lexicon import accident_words
from rasd.events.speech import Speech, find_speech
from rasd.events.triggers import TriggerMatch
from rasd.lexicons import words_of
from rasd.model import ActorSpan, Document, Mention, Token
from rasd.ontology import ARMED
from rasd.settings import Settings
from rasd.text.normalize import key, strip_suffix

# Before a time clause an armed subject is more likely the doer with its object still to come.
WHEN = frozenset(key(w) for w in ("بعد", "قبل", "عندما", "حين", "حيث", "فيما", "بينما"))
VIOLENT = ("18", "19", "20")  # assault, fight, mass violence
FORCE = ("17", *VIOLENT)  # roots whose verbs may stand in the passive with an agent
REPRESS = "175"  # dispersing or repressing a protest
# Third-person object pronouns only: «قتلنا» is "we killed", not "killed us".
PRONOUNS = ("ه", "ها", "هم", "هما", "هن")
BUILDINGS = frozenset(key(w) for w in ("مبنى", "مقر", "مكتب", "سفارة", "قصر", "مجلس"))
DAYTIME = frozenset(key(w) for w in ("صباحا", "مساء", "ظهرا", "ليلا", "فجرا"))
_OPENERS = frozenset({"،", ",", key("كما")})
COMMAS = frozenset({"،", ","})
AID = "07"
COERCE = "17"
ASSAULT = "18"
_EVERY = frozenset(key(w) for w in ("كل", "وكل", "لكل", "فكل", "بكل"))
_KUNYA = frozenset(key(w) for w in ("أبو", "أبي", "أبا", "أم"))
# support verbs that make their noun an act done (not «وقعت السلطات بين تداعيات الاعتداء»)
DOING = frozenset().union(*(plain_forms(p) for p in (
    "قام/يقوم", "شن/يشن", "نفذ/ينفذ", "ارتكب/يرتكب", "أطلق/يطلق", "واصل/يواصل",
    "خاض/يخوض", "استأنف/يستأنف", "كثف/يكثف", "صعد/يصعد", "تمكن/يتمكن", "بدأ/يبدأ",
    "عاود/يعاود", "جدد/يجدد", "استكمل/يستكمل")))


def _in_name(tokens: list[Token], lo: int, i: int) -> bool:
    """Is the nisba at token i part of a name: «فيصل بن تركي», a nom de guerre «أبو قتادة
    المغربي»?"""
    return (i > lo and tokens[i - 1].key in KIN) or (
        i - 1 > lo and tokens[i - 2].key in _KUNYA)


def constraint_sector(m: Mention) -> str | None:
    """The sector a lexicon constraint names: «IMG» for an armed group across borders
    (IMGISI, IMGALQ), whose code has no sector of its own."""
    return "IMG" if (m.code or "").startswith("IMG") else m.sector


_ARMED_OR_IMG = ARMED | {"IMG"}


def armed(m: Mention) -> bool:
    """Does the actor bear arms: a sector of force or an armed group across borders?"""
    return constraint_sector(m) in _ARMED_OR_IMG


def country_actor(adj: ActorSpan, military: bool = False) -> ActorSpan:
    """The country a nisba adjective names («الغارة الإسرائيلية» → Israel), as an actor; its
    military when the noun is a military one («قافلة عسكرية أمريكية» → USAMIL)."""
    m = adj.mention
    sector = "MIL" if military and m.country else None
    code = m.country + sector if sector and m.country else m.country
    actor = Mention(m.text, m.start, m.end, "GPE", code, m.country, sector, None, m.name_ar)
    return ActorSpan(actor, adj.first, adj.end, "", True)


def names_any(keys: set[str], words: frozenset[str]) -> bool:
    """Is one of `words` among these token keys, alone or after و ف ب ل?"""
    return any(k in words or (k[:1] in "وفبل" and k[1:] in words) for k in keys)


class Sentence:
    """The state of one sentence that the rules of sources, targets and events read."""

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
        self._described: tuple[int, int] | None = None  # a clause telling what is done at a place
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
        self._noun_spans: set[tuple[int, int]] = set()  # (head, end) of noun triggers
        self._verb_cands: dict[int, list[TriggerMatch]] = {}  # verb triggers by head
        self._violent_noun_ends: set[int] = set()  # where nouns of violent acts end
        self._settled = False  # the trigger codes nothing, and no shorter one is tried
        # «أبو يحيى الحوثي», «أبو قتادة المغربي»: a name's nisba is no actor of its own
        self.frame = Frame(self.tokens, [s for s in spans if s.usable
                                         and not _in_name(self.tokens, lo, s.first)], (lo, hi),
                           [s for s in spans if not s.usable and s.mention.type == "NORP"
                            and not _in_name(self.tokens, lo, s.first)],
                           [s for s in spans if s.mention.type in ("LOC", "GPE")],
                           {s.first: s.end for s in spans if not s.usable and s.role is not None
                            and s.mention.type != "LOC" and s.proclitics in ("", "ل")})
        self.speech = find_speech(self.frame, last_speaker)
        sent = doc.sentences[si]
        stripped = doc.text[sent.start:sent.end].rstrip(" \"”»'")
        self.question = stripped.endswith(("؟", "?")) or (
            hi > lo and self.tokens[lo].key in ("هل", "وهل"))
        sentence_keys = {t.key for t in self.tokens[lo:hi]}
        # A film or a novel, an accident or a disaster: once per sentence, not per trigger.
        self.fiction = names_any(sentence_keys, words_of("fiction")) \
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
        return names_any(keys | {stem for k in keys for stem in strip_suffix(k)},
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

    def opens_sentence(self, h0: int) -> bool:
        """Does the word at h0 open its sentence, or follow «كما» or a comma?"""
        return h0 == self.lo or self.tokens[h0 - 1].key in _OPENERS

    def victim(self, s: ActorSpan) -> bool:
        """Is the actor named only as a victim («أطفال», «امرأة», «رهائن»)? Not one who
        bears arms («امرأة انتحارية»)."""
        if armed(s.mention):
            return False
        victims = words_of("victims")
        keys = [self.tokens[s.first].key[len(s.proclitics):]] + [
            t.key for t in self.tokens[s.first + 1:s.end]]  # «عدة أطفال»
        return any(k.removeprefix("ال") in victims for k in keys)

    def pronoun_object(self, tm: TriggerMatch) -> bool:
        """Does the head carry its object as a pronoun («قتلته», «تم قتلهم»)? Then no other
        word is its object."""
        k = self.tokens[tm.head[0]].key[tm.lead:]
        if tm.head[1] - tm.head[0] != 1 or tm.form.entry.kind != "verb":
            return False
        forms = plain_forms(tm.form.entry.pattern)
        # a plural's «وا» drops its alif before the pronoun: «خطفوه», «قتلوهم»
        return any(k.endswith(p) and (k[:-len(p)] in forms or (
            k[:-len(p)].endswith("و") and k[:-len(p)] + "ا" in forms)) for p in PRONOUNS)

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
        return not (names_any({prev}, words_of("topic"))
                    or names_any({prev}, words_of("construct")))

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
        return not k.startswith("ال") and not any(t.key in RELATIVE for t in between)

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
