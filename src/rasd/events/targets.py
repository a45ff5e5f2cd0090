"""To whom it was done: the target of an event from its frame, an adjective, a count or a
name given with an age (the rules `SentenceCoder` takes from here)."""

from __future__ import annotations

from rasd.actors.grammar import definite, is_definite_adjective
from rasd.events.agreement import (
    feminine,
    feminine_plural,
    head_index,
    sound_masculine_plural,
)
from rasd.events.conjugate import plural_verb_like
from rasd.events.frames import (
    IN_IT,
    POSSESSIONS,
    TARGET_WINDOW,
    THIS,
    clause,
    clitic_phrase,
    gloss_end,
    is_boundary,
    is_preposition,
    is_resumptive,
)
from rasd.events.lexicon import support_verbs
from rasd.events.sentence import (
    AID,
    ASSAULT,
    BUILDINGS,
    COERCE,
    COMMAS,
    DAYTIME,
    DOING,
    PRONOUNS,
    RELATIVE,
    REPRESS,
    VIOLENT,
    WHEN,
    Sentence,
    armed,
    country_actor,
)
from rasd.events.triggers import TriggerMatch
from rasd.events.verb_forms import feminine_singular, form_in, plural_verb
from rasd.lexicons import words_of
from rasd.model import ActorSpan
from rasd.text.calendar import month_names, weekday_names
from rasd.text.normalize import key, strip_suffix

_AIM_VERBS = frozenset(key(w) for w in ("استهدف", "استهدفت", "استهدفا", "استهدفتا", "استهدفوا",
                                        "يستهدف", "تستهدف"))
_AIMED_PAST = frozenset(k for k in _AIM_VERBS if k.startswith("است"))
# a bombing after these is their subject, and their object its target
_HIT_VERBS = frozenset(key(w) for w in ("قتل", "يقتل", "أصاب", "يصيب", "أوقع", "يوقع"))
_DURING = frozenset(key(w) for w in ("في", "خلال", "أثناء", "جراء", "إثر"))
_TO = frozenset({key("إلى"), "ل"})  # aid sent to a town
_PROTESTS = frozenset(key(w) for w in (
    "مظاهرة", "مظاهرات", "تظاهرة", "تظاهرات", "احتجاجات", "اعتصام", "اعتصامات", "مسيرة",
    "مسيرات", "المظاهرة", "المظاهرات", "التظاهرة", "التظاهرات", "الاحتجاجات", "الاعتصام"))
_AGE_OPENERS = frozenset({"(", '"', "“", "«", "،", ","})
_YEARS = frozenset(key(w) for w in ("عاما", "عام", "سنة", "سنوات", "أعوام"))
AGE_REACH = 6  # tokens of a name before its age in brackets
# «ما لا يقل عن», «ما يزيد على/عن» before a count
_AT_LEAST = tuple([key(w) for w in p.split()] for p in (
    "ما لا يقل عن", "ما لا يقل على", "ما يزيد على", "ما يزيد عن", "ما يربو على"))
_MA = key("ما")
_SOME_ACC = key("عددا")
_ALREADY = frozenset(key(w) for w in ("قد", "لقد", "وقد"))
_AND_WOUNDING = frozenset(key(w) for w in ("وإصابة", "وجرح", "وإصابات"))
_NIGHT, _FIRST, _YESTERDAY = key("ليل"), key("أول"), key("أمس")  # «ليل أول من أمس»
_CLOCK = frozenset(key(w) for w in ("الساعة", "ساعة"))
_MILITARY = frozenset(key(w) for w in ("عسكري", "عسكرية"))
_IN_FRONT = frozenset(key(w) for w in ("أمام", "وأمام", "قبالة"))
# not ضد: «يحارب ضد الإرهاب»; «أطلقوا النار باتجاه رأسه» is aimed
_AIMED = frozenset(key(w) for w in ("على", "باتجاه", "صوب"))
_DISAPPROVE = ("11", "12")  # disapprove, reject: what is condemned has a maker
_WITH_IT = frozenset(key(w) for w in ("به", "بها"))
# «أطلقت كوريا الشمالية صاروخا باتجاه بحر اليابان»: a test, aimed at no one
_OPEN_WATERS = frozenset(key(w) for w in ("بحر", "البحر", "مياه", "المياه", "المحيط", "محيط",
                                          "الفضاء"))
# what a person owns and travels in, besides sites: «تعرض موكبه لهجوم», «بيته»
_OWNED = POSSESSIONS | {key("بيت")}


# what opens a place or a time set off by commas: «، في قصر السلام أمس،», «، أمام الصحفيين،»
_WHERE_WHEN = frozenset(key(w) for w in ("في", "خلال", "عند", "أمام", "لدى", "داخل", "خارج"))
SET_OFF_REACH = 9  # tokens of a place or time set off by commas between a verb's subject and object


def _year(k: str) -> bool:
    return len(k) == 4 and 1900 <= int(k) <= 2100


_POSSESSIVE = ("ه", "ها", "هم", "هما", "هن", "نا")


class TargetRules(Sentence):
    """Rules that find an event's target and its victims."""

    def unnamed_target(self, tm: TriggerMatch, c_hi: int) -> bool:
        """Is a use of force aimed at something that is no actor: «أطلقت الطائرات خمسة
        صواريخ على الموقع», «أطلق النار على مجموعة»? The attack happened; its target is
        unknown. Not «على الأقل», «على متن», nor «على نفسه»; verbs, and verbal nouns a
        support verb makes an act («قام المسلحون بإطلاق صواريخ على القرية»): alone a noun is
        as often talk about attacks («الاعتداء على مواطنيها»)."""
        entry = tm.form.entry
        if entry.code[:3] == REPRESS and entry.kind == "verb" and any(
                self.tokens[j].key in _PROTESTS for j in range(tm.end, min(c_hi, tm.end + 2))):
            return True  # «السلطات تقمع تظاهرة لمدرسين»: whoever held it
        if entry.code[:2] not in VIOLENT or (entry.kind != "verb" and not (
                self._support_at is not None
                and form_in(self.tokens[self._support_at].key, DOING))):
            return False
        subject = self._source
        # «قتلت المقاومة الشعبية 20 عنصرا»: the subject's adjectives come before the count
        after = self.frame._adjectives_end(subject, c_hi) \
            if subject is not None and subject.first >= tm.head[1] else None
        if "obj" in entry.target and (self.count_after(tm, c_hi, after) is not None
                                      or self.aged_person(after or tm.end, self.hi)
                                      or (entry.code[:2] == ASSAULT and subject is not None
                                          and self.pronoun_object(tm)
                                          and self._opens_clause(tm, subject))):
            # «قتلت القوات أربعة من المتهمين», «قتلت القوات العراقية 12 مسلحا», «قتلت القوات
            # محمد علاونة (21 عاما)», «لقد خطفته عصابة»: people the lexicons do not name (not
            # in a relative clause, «الشاب الذي قتلته الشرطة», which tells who he is)
            return True
        adverbs = words_of("adverbial")
        for j in range(tm.end, min(c_hi - 1, tm.end + 8)):
            k = self.tokens[j].key
            if k in entry.target and k in _AIMED:
                return self.tokens[j + 1].key not in adverbs \
                    and self.tokens[j + 1].key not in _OPEN_WATERS
            if is_preposition(self.tokens[j]) and self.tokens[j + 1].key != "دون":
                return False  # the first preposition («من دون طيار» is none) decides
        return False

    def _opens_clause(self, tm: TriggerMatch, subject: ActorSpan) -> bool:
        """Do the verb, or its subject before it, open their clause: first in the sentence,
        joined by و or ف, or after a punctuation mark, «أن/إن» or «قد»?"""
        h0 = min(tm.head[0], subject.first)
        if h0 == self.lo or (h0 == tm.head[0] and tm.proclitics[:1] in ("و", "ف")) or (
                h0 == subject.first and subject.proclitics[:1] in ("و", "ف")):
            return True
        k = self.tokens[h0 - 1].key
        return not k.isalnum() or k.lstrip("وبل").startswith("ان") or k in _ALREADY

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

    def count_in(self, j: int, c_hi: int) -> bool:
        """Is there a count of people in tokens [j, c_hi)? A year («في العام 2015») is none."""
        counts = words_of("quantity")
        return any((t.key.isdigit() and not _year(t.key)) or t.key in counts
                   for t in self.tokens[j:c_hi])

    def time_end(self, j: int, c_hi: int) -> int:
        """The end of the words of time starting at token j: «أمس», «الثلاثاء», «ليلا»,
        «ليل أول من أمس» (j itself when there are none)."""
        skip, days = words_of("skip"), weekday_names()
        while j < c_hi:
            k = self.tokens[j].key
            if not (k in skip or k in days or k in DAYTIME or k == _NIGHT or (
                    k == "من" and self.tokens[j - 1].key == _FIRST and j + 1 < c_hi
                    and self.tokens[j + 1].key == _YESTERDAY)):
                break
            j += 1
        return j

    def bare_end(self, tm: TriggerMatch, c_hi: int) -> bool:
        """Does nothing that could be an object follow the verb: the clause ends, or «أو»,
        a preposition or another plural verb comes, and no count follows?"""
        j = tm.end
        if self.count_in(j, c_hi):
            return False  # «اعتقلوا في الخليل 5 أشخاص»
        # «أربعة أشخاص اعتقلوا الثلاثاء لتورطهم»: a time is no object
        j = self.time_end(j, c_hi)
        if j >= c_hi:
            return True
        t = self.tokens[j]
        return is_boundary(t) or is_preposition(t) or t.key in ("او", "و") \
            or plural_verb_like(t.key.removeprefix("و")) or clitic_phrase(t.key)

    def ends_phrase(self, span: ActorSpan, c_hi: int) -> bool:
        """Does nothing that could be an object follow `span`: the clause ends, or a
        preposition comes («قتل جندي في انفجار»)? The span's adjectives are its own
        («قتل أحد مسلحي المقاومة الشعبية وأصيب آخرون»)."""
        j = self.frame._adjectives_end(span, c_hi)
        ends = words_of("phrase_end")
        stop = next((k for k in range(j, c_hi) if self.tokens[k].key in ends), c_hi)
        if self.count_in(j, stop):
            # «وقتل الجيش في نهاية مايو 25 مسلحا»: the count is the object (not the count of
            # the wounded: «قتل أحد المسلحين وأصيب خمسة آخرون»)
            return False
        # «قتل شخصان ليل أول من أمس في …»: a time is no object, what follows it may be one
        # («قتل مسلحون أمس شرطيا»)
        j = self.time_end(j, c_hi)
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
        if t.key in WHEN and armed(span.mention):
            return False  # «اغتال مسلحون مجهولون بعد صلاة الجمعة رياض النوري»
        return j >= c_hi or t.key in words_of("phrase_end") or is_preposition(t) \
            or is_boundary(t) or t.key in ("ب", "ل") \
            or (t.key[:1] in ("ب", "ل") and t.key[1:3] == "ال")

    def count_after(self, tm: TriggerMatch, c_hi: int, start: int | None = None
                    ) -> int | None:
        """Where a count stands right after the verb (or `start`, its subject's end), time
        words skipped: «وقتل أول من أمس 4 جنود»."""
        h1 = tm.head[1] if start is None else start
        skip = words_of("skip")
        # «انتحاري يقتل «33» داعشيا»: a headline may quote its count
        while h1 < c_hi and (self.tokens[h1].key in skip
                             or self.tokens[h1].key in ("من", "،", "«", '"', "“")
                             or self.tokens[h1].key in IN_IT):
            h1 += 1
        # «قتل في هذه العمليات ستة إرهابيين»: a demonstrative before the event
        this = int(h1 + 3 < c_hi and self.tokens[h1].key in _DURING
                   and self.tokens[h1 + 1].key in THIS)
        if h1 + 2 + this < c_hi and self.tokens[h1].key in _DURING \
                and definite(self.tokens[h1 + 1 + this]) \
                and self.frame.starting_at(h1 + 1 + this) is None:
            # «وقتل خلال الهجوم 15 مسلحا», «وقتل في الاشتباكات 20»: the event the deaths
            # belong to, then the count
            h1 += 2 + this
            while h1 < c_hi and (self.tokens[h1].key in skip or (
                    definite(self.tokens[h1]) and self.tokens[h1].key.endswith(("ي", "يه")))):
                h1 += 1  # «في الهجوم الانتحاري 20 شخصا»: the event's adjectives too
        h1 = self.past_at_least(h1)  # «ما لا يقل عن ستة», «ما يزيد على 20»
        if h1 >= c_hi:
            return None
        k = self.tokens[h1].key
        if k.isdigit() and h1 + 1 < c_hi and self.tokens[h1 + 1].key in month_names():
            return None  # «يوم 21 سبتمبر» is a date
        if h1 + 1 < c_hi and self.tokens[h1 + 1].key in _CLOCK:
            # «حوالي الساعة السادسة صباحا»: a time of day, skipped
            j = h1 + 3
            while j < c_hi and self.tokens[j].key in DAYTIME:
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
        if s is not None and feminine_singular(tm, self.tokens) and (
                sound_masculine_plural(s, self.tokens) or (
                    tm.proclitics[:1] in ("و", "ف") and self.last_subject is not None
                    and not feminine(s, self.tokens, self.doc.text)
                    and not feminine_plural(s, self.tokens)
                    and self.tokens[head_index(self.tokens, s)].key not in words_of("victims"))):
            # «واعتقلت عشرة مسلحين»: she arrested them (their passive is «اعتقل»); so after
            # a subject to share: «داهمت الشرطة المنزل واعتقلت 15 شخصا» (not «وقتلت امرأة»)
            return None
        time = words_of("time")
        if s is not None and any(t.key in time for t in self.tokens[h1:s.first]):
            return None  # «اعتقل أكثر من سنتين»: a duration, not a count of people
        return s

    def target_of(self, tm: TriggerMatch, source: ActorSpan | None, c_hi: int
                  ) -> ActorSpan | None:
        entry, f = tm.form.entry, self.frame
        h0, h1 = tm.head
        partners = f.coordinated(source) if source else []
        exclude = {id(x) for x in partners} | self._genitives_of_partners(partners)
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
        # «استقبل الملك سلمان، في قصر السلام بجدة مساء أمس، رئيس حزب …»: past a place or a
        # time set off by commas right after the subject
        past = self.past_set_off(c_hi) if after == c_hi else None
        past_hi = clause(self.tokens, self.lo, self.hi, past)[1] if past is not None else c_hi
        for rank, slot in enumerate(entry.target):
            t: ActorSpan | None = None
            if slot == "obj" and entry.kind == "noun":
                slot = "gen"
            if slot == "obj":
                t = f.unprepositioned(after, c_hi, exclude)
                if t is None and past is not None:
                    t = f.unprepositioned(past, past_hi, exclude)
                if t is not None and self.verb_between(tm.end, t.first):
                    t = None  # «هاجمت القوات القرية وقتلت 10 مسلحين»: the next verb's
                if t is None and entry.code[:2] in _DISAPPROVE:
                    t = self.maker_of_object(max(after, tm.end), c_hi, exclude)
            elif slot == "gen" and tm.possessed:
                t = None
            elif slot == "gen":
                t = None
                ats = (tm.end, h1) if entry.slots else (h1,)
                if h1 + 1 < c_hi and self.tokens[h1].key in _AND_WOUNDING:
                    ats = (*ats, h1 + 1)  # «مقتل وإصابة 20 جنديا»: the victims of both
                for at in ats:
                    c = f.starting_at(self.past_at_least(at))  # «مقتل ما لا يقل عن 30»
                    if c is None and at + 1 < c_hi and self.tokens[at].key in words_of("site"):
                        c = f.starting_at(at + 1)  # «بقصف مواقع داعش»: the site's owner
                    # after the trigger's own words a genitive is theirs, even where
                    # «بقصف» would make it an agent: «هدد الجيش بقصف لبنان»
                    if c is not None and (f._prep(c) is None or (
                            at == tm.end and f._prep(c) == "agent")) and id(c) not in exclude:
                        t = c
                        break
                if t is None and entry.slots:
                    t = self.doer_of_words(tm, c_hi, exclude)
                elif t is None and entry.code[:2] in (COERCE, ASSAULT) \
                        and (adj := f.adjective_at(h1)) is not None \
                        and not definite(self.tokens[h0]) and not definite(self.tokens[h1]):
                    # «مقتل فلسطيني برصاص الجيش», «اعتقال أمريكي في طهران»: after the
                    # noun of what was done to someone, a bare nisba is that someone
                    t = country_actor(adj)
            elif slot == "subj":
                t = f.subject_after(h1, c_hi, sites=entry.kind == "passive") or \
                    f.subject_before(h0, self.lo, adjacent=True)
                if t is None and entry.kind == "passive" and h0 - 1 >= self.lo:
                    t = self.owner_by_pronoun(h1) or self.owner_by_pronoun(h0 - 1)
                    if t is None and is_resumptive(self.tokens[h0 - 1]):
                        # «قال السجين إنه تعرض للضرب»: the speaker, when the pronoun agrees
                        t = self.speaker_of(h0 - 1)
                elif t is None and entry.kind == "passive":
                    t = self.owner_by_pronoun(h1)
            else:
                # a preposition a verb trigger needs is that verb's: in «لتفجير انتحاري
                # ألقي باللوم فيه على داعش» the blame, not the bombing, is «على داعش»
                theirs = {id(x) for x in f.spans if x.first - 1 in self._slot_tokens
                          and x.first - 1 not in tm.slot_tokens} if entry.kind == "noun" \
                    else set()
                t = f.with_prep(slot, h1, c_hi, exclude | theirs,
                                reach_from=max(after, tm.end),
                                capitals=entry.code[:2] not in VIOLENT,
                                countries=entry.code[:2] != "18")
                if t is None and entry.code[:2] == AID and slot in _TO:
                    t = self.aided_place(slot, max(after, tm.end), c_hi)
            if t is None and slot not in ("subj", "gen"):
                t = self.adjective_target(slot, after, tm.end, c_hi)
            elif t is None and slot == "subj" and entry.kind == "passive" \
                    and source is not None:
                # «هوجمت قافلة عسكرية أمريكية من قبل»: the subject's country adjective
                t = self.adjective_target("obj", h1, h1, c_hi)
            if t is not None:
                found.append((abs(t.first - tm.end), rank, t))
        return min(found, key=lambda x: (x[0], x[1]))[2] if found else None

    def _genitives_of_partners(self, partners: list[ActorSpan]) -> set[int]:
        """«دعا المبعوث الخاص ورئيس بعثة الأمم المتحدة إلى …»: the genitive that ends the
        construct of a subject joined to the source is part of the subject, no object."""
        f, tokens = self.frame, self.tokens
        if len(partners) < 2:
            return set()
        out: set[int] = set()
        last = partners[-1]
        while True:
            j = last.end
            g = next((x for x in f.spans if x.first in (j, j + 1) and not x.proclitics), None)
            before = self.doc.text[tokens[g.first - 1].start:tokens[g.first - 1].end] \
                if g is not None else ""
            if g is None or last.role is None or definite(tokens[g.first - 1]) \
                    or before.endswith(_POSSESSIVE) \
                    or (g.first == j + 1 and not before.endswith("ة")):
                return out
            # «رئيس الأمم المتحدة», «رئيس بعثة الأمم المتحدة»: after a role noun in the
            # construct state (a noun in «ة» between: never a verb, nor a preposition; not
            # «وولي عهده الرئيس المصري», whose pronoun makes it definite, nor a name)
            out.add(id(g))
            last = g

    def past_at_least(self, i: int) -> int:
        """The token after «ما لا يقل عن», «ما يزيد على» at token i, else i."""
        if i >= len(self.tokens) or self.tokens[i].key != _MA:
            return i
        keys = [t.key for t in self.tokens[i:i + 4]]
        return i + next((len(p) for p in _AT_LEAST if keys[:len(p)] == p), 0)

    def aided_place(self, prep: str, start: int, c_hi: int) -> ActorSpan | None:
        """Aid sent to a town goes to its country: «أرسلت الإمارات سفينة مساعدات إلى عدن»."""
        f = self.frame
        p = next((p for p in f.places if start <= p.first < min(c_hi, start + TARGET_WINDOW)
                  and f._prep(p) == prep), None)
        return country_actor(p) if p is not None and p.mention.country else None

    def owner_by_pronoun(self, i: int) -> ActorSpan | None:
        """«أصيب سفير بولندا عندما تعرضت قافلته لهجوم»: a site or a convoy with a pronoun
        right after a passive is owned by the nearest actor before it in the sentence that
        is not a place."""
        k = self.tokens[i].key if i < self.hi else ""
        owned = _OWNED | words_of("site")
        if not k.endswith(PRONOUNS) or not any(
                stem in owned for stem in strip_suffix(k, PRONOUNS)):
            return None
        return next((s for s in reversed(self.frame.spans) if s.end <= i and s.first >= self.lo
                     and s.mention.type not in ("GPE", "LOC")), None)

    def maker_of_object(self, j: int, c_hi: int, exclude: set[int]) -> ActorSpan | None:
        """«استنكرت المنظمة التصريحات التي أدلى بها نوري المالكي», «انتقد الوزير السياسة
        التي تتبعها الحكومة التركية»: who made what is condemned or rejected, named in a
        relative clause right after it, is the target."""
        skip = words_of("skip")
        while j < c_hi and self.tokens[j].key in skip:
            j += 1
        hi = self.hi  # the relative clause is a clause of its own
        if j + 3 >= hi or self.frame.starting_at(j) is not None \
                or not definite(self.tokens[j]) or self.tokens[j + 1].key not in RELATIVE \
                or any(h == j for h, _ in self._noun_spans):
            return None  # an act («الهجوم الذي نفذه داعش») is an event of its own
        v = j + 2
        if self.tokens[v + 1].key in _WITH_IT:
            start = v + 2  # «التي أدلى بها»
        elif self.tokens[v].key.endswith(("ه", "ها")):
            start = v + 1  # «الذي اتخذه»
        else:
            return None
        c = self.frame.subject_after(start, hi)
        return c if c is not None and id(c) not in exclude else None

    def doer_of_words(self, tm: TriggerMatch, c_hi: int, exclude: set[int]
                      ) -> ActorSpan | None:
        """«تحقق المحكمة في جرائم حرب ارتكبتها القوات الروسية»: who committed what the
        trigger's own words name («ارتكبها», «التي نفذتها») is the act's target."""
        j = tm.end
        if j < c_hi and self.tokens[j].key in RELATIVE:
            j += 1
        k = self.tokens[j].key if j < c_hi else ""
        if k not in support_verbs() or not k.endswith(("ه", "ها")):
            return None
        c = self.frame.subject_after(j + 1, c_hi)
        return c if c is not None and id(c) not in exclude else None

    def aimed_target(self, tm: TriggerMatch, c_hi: int, done: bool = False
                     ) -> ActorSpan | None:
        """«ضربة جوية استهدفت المنطقة القبلية الباكستانية», «الهجوم الذي استهدف موكبه»: the
        clause that tells what an act of force aimed at names its target; so does the aim
        verb the noun is the subject of: «استهدفت سيارة مفخخة دورية للشرطة», «قتل تفجير
        انتحاري عشرة جنود»."""
        h0 = tm.head[0]
        aim = _AIMED_PAST if done else _AIM_VERBS  # past: not «هجمات تستهدف القوات»
        if h0 > self.lo and not tm.proclitics \
                and self.tokens[h0 - 1].key.removeprefix("و") in aim | _HIT_VERBS:
            return self._aimed_at(tm.end, c_hi)
        for j in range(tm.end, min(self.hi, tm.end + 3)):
            k = self.tokens[j].key
            if k in aim:
                return self._aimed_at(j + 1, c_hi if j < c_hi else clause(
                    self.tokens, self.lo, self.hi, j)[1])
            if (is_boundary(self.tokens[j]) and k not in RELATIVE) \
                    or is_preposition(self.tokens[j]):
                return None  # «الهجوم الذي استهدف مدينة سوروتش»: through the relative
        return None

    def aim_of_an_act(self, tm: TriggerMatch) -> bool:
        """Is the verb the aim of a violent act's noun just before, through a relative
        («الهجوم الانتحاري الذي استهدف مدينة سوروتش»)? That act is the event, its aim
        the target; the attacker inside its noun («الانتحاري») does no second act."""
        h0 = tm.head[0]
        if self.tokens[h0].key not in _AIM_VERBS or h0 - 1 <= self.lo \
                or self.tokens[h0 - 1].key not in RELATIVE:
            return False
        end = h0 - 1
        while end - 1 > self.lo and end not in self._violent_noun_ends \
                and is_definite_adjective(self.tokens[end - 1]):
            end -= 1  # «الاعتداء الانتحاري الذي»
        return end in self._violent_noun_ends

    def _aimed_at(self, start: int, c_hi: int) -> ActorSpan | None:
        t = self.frame.unprepositioned(start, c_hi, set())
        hosts = words_of("preposition") | {"ل", "ب"}
        if t is not None and any(
                x.key in support_verbs()
                or any(x.key.endswith(p) and x.key[:-len(p)] in hosts for p in ("ها", "هم", "ه"))
                for x in self.tokens[start:t.first]):
            # «استهدف القصف قرية يسيطر عليها تنظيم داعش»: a clause about what was aimed
            # at, with a pronoun for it, names another actor than the target; so does a
            # verb that lends its subject («الغارة التي استهدفت الحسكة نفذها الجيش»)
            return None
        return t or self.adjective_target("obj", start, start, c_hi)

    def seat_protested(self, tm: TriggerMatch, c_hi: int) -> ActorSpan | None:
        """«اعتصم المتظاهرون أمام مقر القيادة العامة للجيش»: a protest in front of a body's
        building is against that body."""
        for j in range(tm.head[1], min(c_hi, tm.end + 6) - 2):
            if self.tokens[j].key in _IN_FRONT and (
                    self.tokens[j + 1].key in BUILDINGS
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
                return country_actor(adj, adj.first > self.lo and self.tokens[
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

    def past_set_off(self, j: int) -> int | None:
        """After the comma at j, where a place or a time set off by a second comma ends (the
        token after that comma): «، في قصر السلام بجدة مساء أمس،». None if the phrase is
        anything else, or has a verb."""
        tokens = self.tokens
        if j + 2 >= self.hi or tokens[j].key not in COMMAS or not (
                tokens[j + 1].key in _WHERE_WHEN or tokens[j + 1].key in words_of("skip")):
            return None  # not «، ضد ما سموه جرائم حماس،»: the verb's own phrase
        for c in range(j + 2, min(self.hi - 1, j + 1 + SET_OFF_REACH)):
            if tokens[c].key in COMMAS:
                return c + 1
            if is_boundary(tokens[c]) or c in self._verb_cands:
                return None
        return None

    def verb_between(self, i: int, j: int) -> bool:
        """Does a verb trigger stand in tokens [i, j) where a verb may («شن» in «استنكرت مصر
        شن إسرائيل» is none)?"""
        return any(self.verb_position(c) for v in range(i, j)
                   for c in self._verb_cands.get(v, ())) or any(
            # «داهمت الشرطة المنزل وقامت باعتقال»: a support verb joined by و
            (k := self.tokens[v].key)[:1] in ("و", "ف") and k[1:] in support_verbs(plain=True)
            for v in range(i, j))
