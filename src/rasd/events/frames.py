"""Argument frames: which actor mentions are a trigger's source and target.

rasd has no parser. Arabic news sentences are overwhelmingly VSO («اتهم الرئيس الروسي
واشنطن») or SVO after a complementiser («قال إن بايدن حث موسكو»); the frame of each trigger
says where its arguments are: the subject, the direct object, the genitive of a verbal noun
or the actor a given preposition introduces. Everything here works within one clause.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from rasd.actors.grammar import deputy_end
from rasd.actors.lexicon import actor_matcher
from rasd.lexicons import words_of
from rasd.model import ActorSpan, Token
from rasd.text.calendar import month_names, weekday_names
from rasd.text.matcher import QUOTE_PAIRS
from rasd.text.normalize import key

_BOUNDARY_PUNCT = frozenset("،,؛;:()«»“”\"'[]{}—–-.!?؟")
# Phrases that introduce the agent of a passive or a verbal noun: «على يد», «من قبل»,
# «برصاص الجيش», «بنيران القوات».
_AGENT_PHRASES = {(key("على"), key("يد")), (key("من"), key("قبل")), (key("بيد"),),
                  (key("برصاص"),), (key("بنيران"),), (key("بقذائف"),), (key("بقصف"),),
                  (key("بغارة"),), (key("بغارات"),), (key("أيدي"),)}
# «في قصف نسب إلى الحوثيين», «للحوثيين»: who an act is attributed to is its agent
ATTRIBUTED = frozenset(key(w) for w in (
    "نسب", "نسبت", "ينسب", "تنسب", "المنسوب", "المنسوبة", "منسوب", "منسوبة"))
_TO_WHOM = key("إلى")
# the one-word agent phrases («برصاص», «بنيران»), which a country adjective may follow
AGENT_WORDS = frozenset(p[0] for p in _AGENT_PHRASES if len(p) == 1)
_AMID = key("وسط")
_MA = key("ما")
_DIRECTIONS = frozenset(key(w) for w in ("جنوبي", "شمالي", "شرقي", "غربي"))
OWNER_REACH = 4  # words of «التابع لـ …» after a subject
_OWNED = frozenset(key(w) for w in ("تابع", "تابعة", "تابعين", "تابعون", "تابعا"))
_SOME = key("بعض")
_SOME_ACC = key("عددا")
_OTHER = frozenset(key(w) for w in ("آخر", "أخرى", "آخرين"))
_ONE_OF = frozenset(key(w) for w in ("أحد", "إحدى"))
_BORDERS = key("حدود")
_DIRECTION = key("اتجاه")
_TOWARDS = key("باتجاه")
# what an actor owns, in construct before it, that an act may be aimed at («على موكب
# السفير», «على مبنى السفارة»); not the sites that name places after people («قاعدة الملك
# خالد الجوية», «مركز الملك عبدالعزيز للحوار»)
POSSESSIONS = frozenset(key(w) for w in (
    "موكب", "مواكب", "منزل", "منازل", "مقر", "مقرات", "مبنى", "سفارة", "مكتب", "سيارة",
    "طائرة", "دورية", "دوريات", "ثكنة", "ثكنات"))
_CAUSES = frozenset(key(w) for w in ("بسبب", "جراء", "نتيجة", "بفعل"))
# «القرية التي قتلت فيها القوات»: a relative clause's pronoun for its antecedent, which may
# stand between the verb and its subject; so between a joined verb and its count: «…، وقتل
# فيها 17 جنديا» (in it: the attack just told). Not after a relative: «حرب قتل فيها 800
# ألف شخص» is mostly a sum.
IN_IT = frozenset(key(w) for w in ("فيه", "فيها", "فيهم", "فيهما", "خلاله", "خلالها"))
_AFTER_BEFORE = frozenset(key(w) for w in ("بعد", "قبل", "عقب", "إثر", "أثناء"))
# «بعد ظهر أمس», «بعد حلول الليل», «قبل منتصف الليل»: a time of day, which may stand
# between a verb and its subject
_DAY_PARTS = frozenset(key(w) for w in ("حلول", "منتصف", "الليل", "النهار", "الظهر", "الفجر"))
THIS = frozenset(key(w) for w in ("هذه", "هذا", "تلك", "ذلك", "ذاك", "هذين", "هاتين"))
# «انتحاري يقود سيارة فجر نفسه»: what the subject drives, wears or carries may stand
# between it and its verb
_CIRCUMSTANCE = frozenset(key(w) for w in (
    "يقود", "تقود", "يقودون", "يرتدي", "ترتدي", "يرتدون", "يستقل", "تستقل", "يستقلون",
    "يحمل", "تحمل", "يحملون", "يركب", "تركب"))
CIRCUMSTANCE_REACH = 4  # the verb and up to three words of its object
SUBJECT_SCAN = 4
TARGET_WINDOW = 10
OBJECT_WINDOW = 4


# Asharq al-Awsat and many others quote names: «حماس», تنظيم «القاعدة», تنظيم "داعش". Such
# marks are part of the phrase, not the start of a quotation.
_NAME_QUOTES = QUOTE_PAIRS
_SENTENCE_END = frozenset(".!?؟")
AGO = frozenset({"قبل", "منذ"})
NAME_QUOTE_LEN = 4  # words a quoted name may have


@lru_cache(maxsize=1)
def skip_words() -> frozenset[str]:
    """Words that may stand between a verb and its subject: times, weekdays, commas."""
    return (words_of("skip") | IN_IT | frozenset(weekday_names()) | frozenset("،,")
            | frozenset(_NAME_QUOTES) | frozenset(_NAME_QUOTES.values()))


@lru_cache(maxsize=1)
def _times_of_day() -> frozenset[str]:
    return skip_words() | _DAY_PARTS


@lru_cache(maxsize=4096)
def _construct_plural(k: str) -> bool:
    """Is `k` the construct form of a plural agent noun (مستوطني, مقاتلو), which its
    genitive must follow?"""
    if not k.endswith(("ي", "و")) or k.startswith("ال"):
        return False
    entry = actor_matcher().get((k[:-1] + "ين",)) or actor_matcher().get((k[:-1] + "ون",))
    return entry is not None and entry.kind == "agent"


def _oblique_plural(s: ActorSpan, tokens: list[Token]) -> bool:
    """Is the actor a sound plural in the oblique case (مسؤولين, الحوثيين), which cannot be
    the subject after a verb? The nominative ends in ون: «يلتقي مسؤولين عراقيين» is met."""
    word = tokens[s.first].key[len(s.proclitics):]
    if len(word) < 4 or not word.endswith("ين"):
        return False
    if s.role is None:
        return word.endswith("يين")  # a nisba plural: الحوثيين, not الصين
    # a role noun whose nominative plural is known too: not «الأمين العام»
    return actor_matcher().get((word[:-2] + "ون",)) is not None


def _specific(s: ActorSpan) -> bool:
    """Is the actor more than a bare sector: a country, an organisation, a person?
    («حركة الشباب التابعة للقاعدة» acts itself; «طائرة تابعة للجيش» for the army)."""
    code = s.mention.code or ""
    return bool(s.mention.country) or len(code) > 3


def name_quote(tokens: list[Token], j: int, lo: int, hi: int) -> bool:
    """Is token j a quotation mark around a short name («حماس») rather than around speech?"""
    k = tokens[j].key
    if k in _NAME_QUOTES and opens_quote(tokens, j, lo):
        step, close, stop = 1, _NAME_QUOTES[k], min(hi, j + NAME_QUOTE_LEN + 2)
    elif k in _NAME_QUOTES.values():
        step, close = -1, next(o for o, c in _NAME_QUOTES.items() if c == k)
        stop = max(lo - 1, j - NAME_QUOTE_LEN - 2)
    else:
        return False
    i = j + step
    while i != stop:
        t = tokens[i].key
        if t == close:
            opening, closing = min(i, j), max(i, j)
            # «أنه هجوم انتحاري» is short speech, not a name; so is a quote after a colon
            # («قال المتحدث: «هاجم الجيش المسلحين»») or a verb of speech («وقال «الجيش
            # هاجم المسلحين»»), or one after «أن» that ends the sentence («وقال إن «الجيش
            # هاجم المسلحين».»; not «إن «حماس» أطلقت»)
            from rasd.events.speech import speech_kind  # speech reads the frames

            before = tokens[opening - 1] if opening > lo else None
            ends = closing + 1 >= hi or tokens[closing + 1].key in _SENTENCE_END
            return abs(i - j) > 1 and not is_boundary(tokens[opening + 1]) \
                and not (before is not None and (
                    before.key == ":" or speech_kind(before) is not None
                    or (ends and is_complementiser(before))))
        if len(t) == 1 and t in _BOUNDARY_PUNCT:
            return False
        i += step
    return False


def opens_quote(tokens: list[Token], j: int, lo: int) -> bool:
    """Does the quotation mark at token j open a quotation? A straight mark «"» opens and
    closes alike: it opens when the marks before it in the sentence (from `lo`) are paired."""
    k = tokens[j].key
    if k == '"':
        return sum(1 for i in range(lo, j) if tokens[i].key == '"') % 2 == 0
    return k in _NAME_QUOTES


def inside_names(tokens: list[Token], lo: int, hi: int) -> set[int]:
    """Tokens inside a quoted name past its first word: «داعش في أفغانستان» names a group,
    not Afghanistan."""
    out: set[int] = set()
    for j in range(lo, hi):
        if opens_quote(tokens, j, lo) and name_quote(tokens, j, lo, hi):
            close = _NAME_QUOTES[tokens[j].key]
            end = next(i for i in range(j + 1, hi) if tokens[i].key == close)
            out.update(range(j + 2, end))
    return out


GLOSS_LEN = 10  # tokens a bracketed gloss may have


def gloss_end(tokens: list[Token], j: int, hi: int) -> int | None:
    """The token after a bracketed gloss opening at token j («(القوات الكردية)»), or None."""
    if tokens[j].key != "(":
        return None
    return next((c + 1 for c in range(j + 1, min(hi, j + GLOSS_LEN)) if tokens[c].key == ")"),
                None)


# «- حفظه الله -», «رحمه الله»: a blessing after a name, set off by dashes or not
_BLESSINGS = frozenset(key(w) for w in (
    "حفظه", "حفظها", "حفظهما", "يحفظه", "يحفظها", "رعاه", "يرعاه", "أيده", "يؤيده", "نصره",
    "رحمه", "رحمها", "يرحمه"))
_GOD = key("الله")
_DASHES = frozenset("-–—ـ")


def blessing_end(tokens: list[Token], j: int, hi: int) -> int | None:
    """The token after a blessing at token j («- حفظه الله -», «حفظه الله»), or None."""
    dash = tokens[j].key in _DASHES
    i = j + 1 if dash else j
    if i + 1 >= hi or tokens[i].key not in _BLESSINGS or tokens[i + 1].key != _GOD:
        return None
    end = i + 2
    return end + 1 if end < hi and dash and tokens[end].key in _DASHES else end


def is_skippable(t: Token) -> bool:
    """A time word, comma or quotation mark that may stand between a verb and its subject."""
    return t.key in skip_words()


def is_complementiser(t: Token) -> bool:
    return t.key in words_of("complementiser")


def is_resumptive(t: Token) -> bool:
    return t.key in words_of("resumptive")


def is_preposition(t: Token) -> bool:
    return t.key in words_of("preposition")


def clitic_phrase(k: str) -> bool:
    """Is the word plainly a preposition with its noun: «بالسرقة», «للتحقيق», «لتورطهم»
    (ب or ل before the article, or before a noun with a possessive)? A bare ب or ل may
    begin a name («بغداد», «لبنان», «بالي»), so nothing else is taken."""
    return len(k) > 4 and (k.startswith(("بال", "لل")) or (
        k[:1] in ("ب", "ل") and len(k) > 5 and k.endswith(("هم", "ها", "هما", "هن"))))


_AT_LEAST = frozenset(key(w) for w in ("يقل", "تقل", "يزيد", "تزيد", "يربو"))
# buildings where someone receives or speaks, with the pronoun of whose they are
_VENUES = frozenset(key(w + p) for w in ("قصر", "مكتب", "مقر", "منزل", "مبنى", "ديوان")
                    for p in ("", "ه", "ها"))
VENUE_REACH = 4  # tokens of a venue phrase: «قصر السلام», «قصر سموه»


def preposition(span: ActorSpan, tokens: list[Token]) -> str | None:
    """The preposition introducing `span`: a clitic (ب ل ك), a word before it, or "agent"."""
    i = span.first
    proclitics = span.proclitics
    if i >= 1 and tokens[i - 1].key in _NAME_QUOTES:
        i -= 1  # «على «حماس»»
    if i >= 1 and not proclitics and tokens[i - 1].key in _DIRECTIONS:
        return "في"  # «جنوبي الخرطوم»: south of, a place and never an agent
    if i >= 2 and not proclitics and tokens[i - 1].key in words_of("place"):
        if tokens[i - 1].key == _BORDERS:
            return "في"  # «في بلدة تركية على حدود سوريا»: where, never what is aimed at
        i -= 1  # the place noun takes the preposition: «على جنوب لبنان»
    elif i >= 2 and proclitics == "ل":
        site = tokens[i - 1].key
        if site in words_of("site"):
            i, proclitics = i - 1, ""  # «على مواقع لحماس»: Hamas's positions are the target
            if tokens[i - 1].key == _AMID:
                return _AMID  # «فجر نفسه وسط تجمع للشرطة»
        elif site[:1] in ("ب", "ل") and site[1:] in words_of("site"):
            return site[0]  # «بمقر للشرطة»
    elif i >= 2 and not proclitics and (
            (owned := tokens[i - 1].key) in POSSESSIONS
            or (owned[:1] in ("ب", "ل") and owned[1:] in POSSESSIONS)):
        # «على موكب السفير», «هاجموا منزل الوزير»: what is owned takes the preposition
        if owned not in POSSESSIONS:
            return owned[0]  # «بموكب وزير الدفاع»
        i -= 1
    prev = tokens[i - 1].key if i >= 1 else ""
    prev2 = tokens[i - 2].key if i >= 2 else ""
    while not proclitics and i >= 3 and (prev in words_of("unit") or prev in words_of("quantity")):
        # «من قبل بعض أفراد القوات اليمنية»: units in construct before the body
        i -= 1
        prev, prev2 = prev2, tokens[i - 2].key
    if prev in ("عن", "علي") and prev2 in _AT_LEAST and not proclitics and i >= 3:
        # «قتلت ما لا يقل عن 60 مدنيا», «ما يزيد على»: a count, no preposition of the group
        i -= 2
        while i >= 1 and tokens[i - 1].key in ("لا", "ما"):
            i -= 1
        prev = tokens[i - 1].key if i >= 1 else ""
        prev2 = tokens[i - 2].key if i >= 2 else ""
    if prev == "من" and not proclitics and i >= 3:
        # «على مجموعة من المسلحين», «قوة من الشرطة قامت», «فرقة مظلية من القوات», «عددا
        # آخر من عناصر التنظيم»: the group drawn from the body takes the preposition
        group = prev2 in words_of("unit") or prev2 in words_of("quantity") or prev2.isdigit()
        described = i >= 4 and tokens[i - 3].key in words_of("unit") and (
            prev2.endswith("ه") or prev2 in _OTHER)
        if group or described:
            i -= 2 if group else 3
            prev = tokens[i - 1].key
            prev2 = tokens[i - 2].key if i >= 2 else ""
    if (prev2, prev) in _AGENT_PHRASES or (prev,) in _AGENT_PHRASES \
            or (prev2 in ATTRIBUTED and prev == _TO_WHOM) \
            or (prev in ATTRIBUTED and proclitics == "ل"):
        return "agent"
    if prev == _DIRECTION and prev2 == "في":
        return _TOWARDS  # «في اتجاه شمال إسرائيل», as «باتجاه»
    for p in ("ب", "ل", "ك"):
        if p in proclitics or prev == p:  # «بـ«القاعدة»»: the clitic written apart
            return p
    if prev in words_of("preposition"):
        return prev
    if prev[:1] in ("و", "ف") and prev[1:] in words_of("preposition") \
            and prev[1:] not in words_of("quantity"):
        return prev[1:]  # «وفي تونس», not «ونحو 50 جنديا»
    return None


def is_boundary(t: Token) -> bool:
    return t.key in words_of("boundary") or (len(t.key) == 1 and t.key in _BOUNDARY_PUNCT)


def ends_clause(tokens: list[Token], j: int, lo: int, hi: int) -> bool:
    """Is token j a clause boundary? Commas around a time phrase («، يوم الاثنين،») are not."""
    t = tokens[j]
    if not is_boundary(t) or name_quote(tokens, j, lo, hi):
        return False
    if t.key in _DASHES and (blessing_end(tokens, j, hi) is not None or (
            j - 3 >= lo and blessing_end(tokens, j - 3, hi) == j + 1)):
        return False  # «- حفظه الله -» sets a blessing off, not a clause
    if t.key in ("،", ","):
        before = tokens[j - 1].key if j - 1 >= lo else ""
        after = tokens[j + 1].key if j + 1 < hi else ""
        skip = skip_words() - _BOUNDARY_PUNCT
        if after in skip or before in skip or after in words_of("allies"):
            return False  # «وبدأ الحوثيون، وحلفاؤهم قصف»: the allies join the subject
        if before in words_of("time") and j + 1 < hi and not is_boundary(tokens[j + 1]) \
                and any(x >= lo and tokens[x].key in AGO for x in (j - 2, j - 3)):
            return False  # «خطف مسلحون قبل خمسة أيام، عددا من الأشخاص»: a time phrase
    return True


def clause(tokens: list[Token], lo: int, hi: int, i: int) -> tuple[int, int]:
    """Token range of the clause around token `i`, inside sentence range [lo, hi)."""
    a = i
    while a > lo and not ends_clause(tokens, a - 1, lo, hi):
        a -= 1
    b = i + 1
    while b < hi and not ends_clause(tokens, b, lo, hi):
        b += 1
    return a, b


@dataclass
class Frame:
    """The actors of one sentence around one trigger."""

    tokens: list[Token]
    spans: list[ActorSpan]  # usable actor spans of the sentence, in order
    sent: tuple[int, int]
    adjectives: list[ActorSpan]  # country adjectives that are not actors themselves
    places: list[ActorSpan] = field(default_factory=list)  # places and seats of government
    # first → end of titles in apposition to the name before them, no actors of their own
    # («ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية» after «الأمير محمد بن نايف»)
    titles: dict[int, int] = field(default_factory=dict)

    def _prep(self, s: ActorSpan) -> str | None:
        return preposition(s, self.tokens)

    def starting_at(self, i: int) -> ActorSpan | None:
        return next((s for s in self.spans if s.first == i), None)

    def adjective_at(self, i: int) -> ActorSpan | None:
        """A country adjective at token i: «الغارات الإسرائيلية» → the raids are Israel's."""
        return next((s for s in self.adjectives if s.first == i), None)

    def governed(self, i: int, proclitics: str) -> bool:
        """Does a preposition govern token i («بالغارات», «في هجوم»)?"""
        if any(p in proclitics for p in ("ب", "ل", "ك")):
            return True
        return i > self.sent[0] and self.tokens[i - 1].key in words_of("preposition")

    def subject_after(self, i: int, stop: int, counted: bool = False, sites: bool = False
                      ) -> ActorSpan | None:
        """VSO: the first unprepositioned actor right after token `i` (time words skipped;
        with `counted`, counts too: «تظاهر نحو ألفي شخص», for verbs with no object; with
        `sites`, a site stands for its owner: «تعرض مقر الشرطة لهجوم»)."""
        j = i
        counts = words_of("quantity") if counted else frozenset()
        governed = False  # by a count or a site: a genitive, whatever its case
        for _ in range(SUBJECT_SCAN + 1):
            if j >= stop:
                return None
            k = self.tokens[j].key
            if (k in counts or (counted and k.isdigit())
                    or (sites and (k in words_of("site") or k == _SOME))) \
                    and self.starting_at(j) is None:
                governed = True
                j += 1
                continue
            if counted and k in words_of("unit") and j + 1 < stop \
                    and self.tokens[j + 1].key == "من" and self.starting_at(j) is None:
                # «اعتصم عدد من المعلمين»: a verb with no object has a group for subject
                governed = True
                j += 2
                continue
            if (k in _ONE_OF or (j == i and k in words_of("detachment") and j + 1 < stop
                                 and self.tokens[j + 1].key == "من")) \
                    and self.starting_at(j) is None:
                # «قتل أحد أفراد البيشمركة»: one of a body's members stands for the body; so
                # does a detachment right after the verb («هاجمت قوة من الجيش القرية»). Not
                # other units: after a verb «مجموعة من المسلحين», «عددا من الجنود» are as
                # often its object.
                nxt = j + 1
                while nxt < min(stop, j + 3) and self.starting_at(nxt) is None and (
                        self.tokens[nxt].key in words_of("unit") or self.tokens[nxt].key == "من"):
                    nxt += 1
                s = self.starting_at(nxt) if nxt < stop else None
                return s if s is not None and self._prep(s) in (None, "من") else None
            if k.removeprefix("و") in ("بعد", "قبل") and j + 1 < stop \
                    and self.tokens[j + 1].key in _times_of_day():
                j += 2
                while j < stop and self.tokens[j].key in _times_of_day() \
                        and self.starting_at(j) is None:
                    j += 1
                continue
            s = self.starting_at(j)
            if s is not None:
                if self._prep(s) is not None or (
                        not governed and _oblique_plural(s, self.tokens)) \
                        or self.tokens[s.first].key == _SOME_ACC:
                    return None  # «تحتجز عددا من الجنود»: an accusative is the object
                # «أطلقت طائرة تابعة للجيش الإسرائيلي صاروخا»: the owner acts
                owner = self.starting_at(s.end + 1)
                if owner is not None and s.end < stop and self._owner_phrase(owner) \
                        and not _specific(s):
                    return owner
                return s
            if self.tokens[j].key not in skip_words():
                return None
            j += 1
        return None

    def subject_before(self, i: int, lo: int, adjacent: bool) -> ActorSpan | None:
        """SVO: the nearest unprepositioned actor ending before token `i` in the clause.
        A place phrase may stand between them: «وكانت الشرطة في بغداد اعتقلت»."""
        place = next((p for p in self.places if p.end == i and p.first > lo
                      and self._prep(p) in ("في", "قرب")), None)
        if place is not None:
            i = place.first if place.proclitics else place.first - 1
        for s in reversed(self.spans):
            if s.end > i or s.first < lo:
                continue
            start = self._adjectives_end(s, i)
            start = blessing_end(self.tokens, start, i) or start  # «الملك - حفظه الله - يستقبل»
            # «القنصلية كثيرا ما تستضيف»: an adverb of frequency with its «ما» is no gap
            often = words_of("often")
            gap = [t for j, t in enumerate(self.tokens[start:i], start)
                   if t.key not in skip_words() and t.key not in often
                   and not (t.key == _MA and self.tokens[j - 1].key in often)]
            if gap and gap[0].key in _CIRCUMSTANCE and len(gap) <= CIRCUMSTANCE_REACH \
                    and not any(is_boundary(t) or is_preposition(t) for t in gap):
                gap = []  # «انتحاري يقود سيارة فجر نفسه»
            if len(gap) == 1 and gap[0].key in words_of("allies"):
                gap = []  # «الولايات المتحدة وحلفاؤها قصفوا»
            owned = [self.tokens[start - 1], *gap]  # «التابع» may pass for an adjective
            if owned[0].key.removeprefix("ال") not in _OWNED:
                owned = owned[1:]
            if 2 <= len(owned) <= OWNER_REACH and owned[0].key.removeprefix("ال") in _OWNED \
                    and owned[1].key.startswith("ل") and not any(is_boundary(t) for t in gap):
                gap = []  # «الطيران المروحي التابع لنظام الأسد ألقى»: whose it is
            last = self.tokens[s.end - 1].key[
                len(s.proclitics) if s.end - s.first == 1 else 0:]
            if len(gap) == 1 and s.end + 1 == i and not is_boundary(gap[0]) \
                    and not is_preposition(gap[0]) \
                    and (_construct_plural(last) or (
                        s.bare_role and not last.startswith("ال") and last.endswith("ات"))):
                # «مستوطني براخة هاجموا», «قوات مناوي تعتدي»: the genitive of a plural role
                # noun with no article completes the subject (or its adjective: «عصابات
                # مسلحة داهمت»)
                gap = []
            if adjacent and gap:
                return None
            if s.first > lo and not s.proclitics and s.mention.type in ("GPE", "LOC") \
                    and self.tokens[s.first - 1].key in words_of("place"):
                return None  # «وفي محافظة مأرب شرق اليمن قتل 13 مسلحا»: a place phrase
            if self.shared_prep(s) is None:
                return s
            if adjacent and self._owner_phrase(s):
                owned = next((x for x in self.spans if x.end == self._owned_at(s)), None)
                return owned if owned is not None and _specific(owned) else s
            if adjacent:
                return None
        return None

    def _adjectives_end(self, s: ActorSpan, i: int) -> int:
        """Where the adjectives the lexicons do not know end after a definite actor, up to
        token i: «وكانت الحكومة المحلية في الأنبار دعت». They agree with it in gender."""
        head = self.tokens[s.end - 1].key
        j = s.end
        while j < i and head.startswith("ال") and self.starting_at(j) is None:
            k = self.tokens[j].key
            feminine = k.endswith("ه")
            if not k.startswith("ال") or len(k) < 5 or is_boundary(self.tokens[j]) or (
                    not head.endswith("ات") and feminine != head.endswith("ه")):
                break
            j += 1
        return j

    def _owned_at(self, owner: ActorSpan) -> int:
        """Token index of «تابعة» before an owner phrase."""
        return owner.first - (1 if owner.proclitics else 2)

    def _owner_phrase(self, s: ActorSpan) -> bool:
        """Does `s` name who a subject belongs to: «طائرة تابعة للجيش أطلقت»? Then it
        stands for the subject."""
        j = s.first - (0 if s.proclitics else 1)  # the token with the preposition
        if j <= self.sent[0]:
            return False
        prep = self._prep(s)
        before = self.tokens[j - 1].key
        return prep == "ل" and before.removeprefix("ال") in _OWNED

    def with_prep(self, prep: str, start: int, stop: int, exclude: set[int],
                  reach_from: int = 0, capitals: bool = True, countries: bool = True
                  ) -> ActorSpan | None:
        """The first actor after `start` that `prep` introduces, within reach of `reach_from`.
        Without `capitals`, a capital after «في» or «بـ» is where, not whom («انفجار سيارة
        مفخخة ببغداد»); with them it is the government («أغلقت سفارتها في طهران»). Without
        `countries`, so is a country («انفجار قنبلة بالبحرين», where «تتوغل في العراق»
        enters Iraq)."""
        limit = min(stop, max(start, reach_from) + TARGET_WINDOW)
        for s in self.spans:
            if s.first < start or s.first >= limit:
                continue
            if id(s) not in exclude and self._prep(s) == prep:
                if prep in ("في", "ب") and s.mention.type == "GPE" and (
                        (not capitals and s.mention.sector)
                        or (not countries and s.mention.code == s.mention.country)):
                    continue
                if len(prep) > 1 and sum(
                        self.tokens[j].key == prep and not self._in_span(j)
                        for j in range(max(start, reach_from), s.first)) > 1:
                    # «وجهت تحذيرا إلى رعاياها بعدم السفر إلى كينيا»: the frame's «إلى»
                    # came first and named no actor; a later one is another word's
                    return None
                return s
        return None

    def _in_span(self, j: int) -> bool:
        return any(x.first <= j < x.end for x in self.spans)

    def unprepositioned(self, start: int, stop: int, exclude: set[int]) -> ActorSpan | None:
        """The direct object: an actor without a preposition close after the verb (or its
        subject); farther away it belongs to another phrase («احتلت المركز الثاني بعد …»)."""
        limit = min(stop, start + OBJECT_WINDOW)
        # The object comes before a prepositional phrase, except a place («استقبل ولي العهد
        # في جدة رئيس الوزراء») and the من of a count or a unit («عشرات من أنصار
        # المعارضة», «هاجم مسلحون قوة من الجيش»).
        counts, units = words_of("quantity"), words_of("unit")
        owned: set[int] = set()  # where a genitive of another act's noun starts
        j = start
        while j < limit:
            k = self.tokens[j].key
            after = self.titles.get(j) or blessing_end(self.tokens, j, stop)
            if after is None and (d := deputy_end(self.tokens, j)) in self.titles:
                after = self.titles[d]  # «… نائب رئيس مجلس الوزراء»
            if after is not None:
                # the subject's titles and a blessing on it («- حفظه الله -») do not count
                limit = min(stop, limit + (after - j))
                j = after
                continue
            if k in _CAUSES or (k in words_of("phrase_end") and k.startswith("و")):
                # «قتلوا وأصيب أربعة من رجال الأمن»: another clause; «قتل مدنيون بسبب قصف
                # طيران النظام»: the aircraft are the cause's
                limit = j
                break
            if k.removeprefix("و") in _AFTER_BEFORE and j + 1 < stop \
                    and not self._time_after(j + 1):
                # «زار الوزير المصنع إثر لقاء الرئيس»: the president is the meeting's; not
                # a time («استقبل عقب ذلك الرئيس»), nor a word past the noun's genitive
                # («قتلت طائرة أثناء ضربة في باكستان قياديا»)
                owned.add(j + 2)
            if k in words_of("preposition") and not (
                    k == "من" and j > start and (self.tokens[j - 1].key in counts
                                                 or self.tokens[j - 1].key in units
                                                 or self.tokens[j - 1].key.isdigit())):
                place = next((p.end for p in self.places if p.first == j + 1), None)
                after = place or self._time_phrase_end(j + 1, stop) or (
                    j + 2 if j + 1 < stop and self.tokens[j + 1].key in words_of("occasion")
                    else None) or self._venue_end(j + 1, stop)  # «هاجم الرئيس في خطابه»
                if after is None:
                    limit = j
                    break
                limit = min(stop, limit + (after - j))
                j = after
                continue
            if k[:1] == "ب" and self.starting_at(j) is None \
                    and (after := self._venue_end(j, stop, clitic=True)) is not None:
                limit = min(stop, limit + (after - j))  # «استقبل بقصر الحكم أمس وكلاء»
                j = after
                continue
            if clitic_phrase(k) and self.starting_at(j) is None:
                # «تتهم رجلين بالتخطيط لمهاجمة جنود»: the soldiers are the plot's
                limit = j
                break
            if k in skip_words() and self.starting_at(j) is None:
                limit = min(stop, limit + 1)  # «فجر أمس الأول الثلاثاء» does not count
            j += 1
        for s in self.spans:
            if s.first < start or s.first >= limit:
                continue
            if id(s) not in exclude and self._prep(s) is None and s.first not in owned \
                    and not (s.first > start and self._nominative_plural(s)):
                return s
        return None

    def _time_after(self, j: int) -> bool:
        """Does token j, after «بعد», «قبل», «عقب», begin a time («خمسة أيام», «ذلك»,
        «الظهر») rather than the noun of another act?"""
        k = self.tokens[j].key
        return k in THIS or k in words_of("time") or k in words_of("quantity") \
            or k in skip_words() or k.isdigit() or k in month_names()

    def _venue_end(self, i: int, stop: int, clitic: bool = False) -> int | None:
        """End of a venue phrase at token i, where someone was received or spoke («في قصر
        السلام», «بقصر الحكم», «في مكتبه», «في قصر سموه بجدة»): the building word and the
        definite or possessed words after it, or None. Not a body the lexicons name («في
        مجلس الأمن»), nor a building an actor owns («في مقر الأمم المتحدة»)."""
        if i >= stop or self.starting_at(i) is not None:
            return None
        k = self.tokens[i].key[1 if clitic else 0:]
        if k.removeprefix("ال") not in _VENUES:
            return None
        end = i + 1
        owner = self.starting_at(end) if end < stop else None
        if owner is not None and not owner.proclitics:
            return None  # «في مقر الأمم المتحدة»: the owner is no object either
        while end < stop and end < i + VENUE_REACH and self.starting_at(end) is None \
                and self.tokens[end].key.isalpha() and not is_preposition(self.tokens[end]) \
                and (self.tokens[end].key.startswith("ال")
                     or self.tokens[end].key.endswith(("ه", "ها", "هم"))):
            end += 1
        return end

    def _nominative_plural(self, s: ActorSpan) -> bool:
        """Is the actor a sound masculine plural in the nominative («مسلحون», «تونسيون»)?
        Beyond the word after the verb it is no object («وقتل جندي بعد هجوم شنه مسلحون»:
        the gunmen are the attack's, where the object would be «مسلحين»)."""
        k = self.tokens[s.first].key[len(s.proclitics):]
        return (s.role is not None or s.mention.type in ("GPE", "NORP")) and len(k) > 4 \
            and k.endswith("ون")

    def _time_phrase_end(self, j: int, stop: int) -> int | None:
        """End of a time phrase starting at token j («نهاية مايو», «أيام»), or None."""
        months, time = month_names(), words_of("time")
        end = j
        while end < stop and end < j + 3:
            k = self.tokens[end].key
            if not (k in time or k in months or k.isdigit() or k in weekday_names()):
                break
            end += 1
        return end if end > j else None

    def shared_prep(self, s: ActorSpan) -> str | None:
        """The preposition governing `s`, which a conjunct shares with the first of its
        phrase: «ملحقين بقوات أمريكية وكندية» → ب for «وكندية» too. Not the من of a
        count: in «17 فردا من الحوثيين وقوات صالح قتلوا» the count is the subject."""
        own = self._prep(s)
        if own is not None or not s.proclitics.startswith("و"):
            return own
        first = self._prep(self.coordinated(s)[0])
        return first if first != "من" else None

    def coordinated(self, s: ActorSpan) -> list[ActorSpan]:
        """`s` and the actors joined to it by و: «واشنطن ولندن وباريس» → three actors,
        whichever of them `s` is."""
        first = s
        while first.proclitics.startswith("و"):
            prev = next((x for x in reversed(self.spans) if x.end <= first.first), None)
            if prev is None or any(t.key not in "،," for t in self.tokens[prev.end:first.first]):
                break
            first = prev
        out = [first]
        while True:
            last = out[-1]
            nxt = next((x for x in self.spans if x.first > last.end - 1), None)
            if nxt is None or not nxt.proclitics.startswith("و"):
                return out
            # «المبعوث الخاص ورئيس البعثة»: past the adjectives of the one before
            between = self.tokens[self._adjectives_end(last, nxt.first):nxt.first]
            if any(t.key not in "،," for t in between):
                return out
            out.append(nxt)
