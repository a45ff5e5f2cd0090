"""Trigger matching: head words from the event lexicon and the words their patterns need.

A head matches a generated verb form, a verbal noun or a passive form (clitics stripped only
when what remains is a head); the words after ` + ` in its pattern must follow, in order,
within a few tokens. Among the entries of a head, the most specific comes first.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from rasd.events.conjugate import plain_forms, plural_verb_like
from rasd.events.frames import clitic_phrase, gloss_end, is_boundary, is_preposition
from rasd.events.lexicon import HeadForm, Phrase, TriggerEntry, trigger_lexicon
from rasd.lexicons import words_of
from rasd.model import Token
from rasd.text.matcher import Match, PhraseMatcher
from rasd.text.normalize import clitic_variants, key, strip_suffix

SLOT_WINDOW = 5  # tokens between one slot word and the next
_TANWEEN = frozenset("\u064b\u064c\u064d")
_SHORT_SLOTS = frozenset(key(w) for w in "مع في على عن إلى من ب ل ضد".split())
ASIDE_REACH = 10  # tokens of a name or title set off by commas, which count as one
QUOTED_NAME_LEN = 6  # «…» with at most four words inside
FIRST_SLOT_WINDOW = 12  # a VSO subject may stand between the head and its first slot word
# A verb whose written shadda makes it another verb: «يدّعون» (claim, ادّعى) is no «يدعون»
# (call, دعا); most copy leaves the shadda out, and then the call is read.
_SHADDA_OTHER = (("دعا/", "دّع"),)
# Words a verb's key reads as that are, as written, another word: «هنا» is "here", and the
# verb is written «هنأ»
_NOT_VERBS = frozenset({"هنا", "وهنا", "فهنا"})
PRONOUN_SLOT_WINDOW = 4  # a verb with an object pronoun: its subject, then a second object
NOUN_SLOT_WINDOW = 4  # «مظاهرة عنيفة اندلعت», «الهجوم الأكثر دموية الذي نفذته»
_PHRASE_ENDS = frozenset("،,؛;:.")
_COMMAS = frozenset("،,")
_BARE_THAT = frozenset(key(w) for w in ("أن", "إن", "بأن", "وأن"))


@dataclass
class TriggerMatch:
    form: HeadForm
    head: tuple[int, int]  # token range of the head word(s)
    end: int  # token after the last slot word
    slot_tokens: list[int]
    lead: int  # clitic characters before the head word («و» of «ونفى»)
    proclitics: str  # conjunction/preposition clitics on the head («وب» of «وبالغارات»)
    possessed: bool = False  # a noun read without its pronoun («غاراتها»): the pronoun
    # is its doer, whom only a support verb names («صعدت قوات التحالف غاراتها»)


@lru_cache(maxsize=300_000)
def _readings(k: str, ta_marbuta: bool = False) -> frozenset[str]:
    """Every word a token key can be read as: clitics and an attached pronoun removed. The
    «ه» of a word written with «ة» is no pronoun: «مطالبة» is not «مطالبه» (his demands)."""
    out: set[str] = set()
    for stem, _p, _l in clitic_variants(k):
        out.add(stem)
        out.update(_suffixless(stem, ta_marbuta))
    return frozenset(out)


@lru_cache(maxsize=300_000)
def _suffixless(k: str, ta_marbuta: bool = False) -> frozenset[str]:
    return frozenset((k, *(r for r in strip_suffix(k)
                           if not (ta_marbuta and r == k[:-1] and k.endswith("ه")))))


def _phrase_at(tokens: list[Token], j: int, phrase: Phrase, hi: int,
               readings: frozenset[str], ta: frozenset[int] = frozenset()) -> int:
    """Tokens `phrase` covers at `j` (0 if it does not match there); `readings` are those
    of token j, read once for all the phrases tried there; `ta` the tokens written with a
    final «ة»."""
    if j + len(phrase) > hi or phrase[0] not in readings:
        return 0
    for n, word in enumerate(phrase[1:], 1):
        if word not in _suffixless(tokens[j + n].key, j + n in ta):
            return 0
    return len(phrase)


def _slot_positions(tokens: list[Token], pos: int, hi: int, window: int,
                    phrase_only: bool = False) -> Iterator[int]:
    """The `window` token positions after `pos` where a slot word may stand; a gloss in
    brackets does not count («نزل آلاف الأشخاص (25 ألفا حسب المنظمين) إلى الشوارع»).
    A noun's words stay in its phrase (`phrase_only`): not past a comma («فور تنفيذ الأول
    للتفجير، أصيب الانتحاري الثاني» is no suicide bombing). No words are sought in the
    next thing reported («قصف مناطق في الزبداني، وإن مقاتلي المعارضة ردوا بإطلاق
    الصواريخ») or the next clause, begun by a plural verb after و («رفعوا أعلاما، ورددوا
    هتافات تطالب بإنهاء الحصار»: raising flags lifts no siege)."""
    j, n, free_until = pos, 0, pos
    that = words_of("complementiser")
    while j < hi and n < window:
        k = tokens[j].key
        if phrase_only and (k in _PHRASE_ENDS or k.isdigit()):
            return  # nor past a number («الهجوم 15 مسلحا»: the gunmen are counted)
        if k[:1] == "و":
            if k in that or plural_verb_like(k[1:]):
                return  # «وإن …», «ورددوا هتافات»: the next thing reported, the next clause
        elif k in that and j > 0 and tokens[j - 1].key in _COMMAS:
            return  # «، إن …»
        after = gloss_end(tokens, j, hi)
        if after is not None:
            j = after
            continue
        if not phrase_only and k in _COMMAS and j >= free_until - 1 \
                and (after := _aside_end(tokens, j, hi)):
            # «تعرضت الوزيرة، انجلينا مانج، حرم …، لمحاولة اغتيال»: an aside set off by
            # commas counts as one word (a slot word may still stand in it); an aside's
            # closing comma may open the next
            n += 1
            free_until = after
        if tokens[j].key == "«":
            # a short quoted name counts as one word, its first: «في «ساحة عبد الحميد
            # كرامي» معلنين»; the words after it are the name's, not the trigger's («عبروا
            # عن اختيارهم «أوروبا التضامن»» voices no solidarity)
            close = next((c for c in range(j + 1, min(hi, j + QUOTED_NAME_LEN))
                          if tokens[c].key == "»"), None)
            if close is not None:
                yield from (j, j + 1)
                n += 1
                j = close + 1
                continue
        yield j
        n += j >= free_until
        j += 1


def _aside_end(tokens: list[Token], j: int, hi: int) -> int | None:
    """After the comma at j, where an aside set off by a second comma ends (the token
    after that comma): a name or a title in apposition, with no clause of its own."""
    if j + 1 >= hi or tokens[j + 1].key[:1] == "و" or is_preposition(tokens[j + 1]) \
            or clitic_phrase(tokens[j + 1].key):
        # «، وحاصرت معسكرا»: the next clause, or the next of a list; «، بالقصاص من
        # حماس،»: a phrase of the clause, not an aside
        return None
    for c in range(j + 1, min(hi, j + 1 + ASIDE_REACH)):
        t = tokens[c]
        if t.key in _COMMAS:
            return c + 1 if c > j + 1 else None
        if is_boundary(t) or t.key in _PHRASE_ENDS:
            return None
    return None


def _match_slots(tokens: list[Token], pos: int, hi: int, entry: TriggerEntry,
                 pronoun: bool = False, inside: frozenset[int] = frozenset(),
                 ta: frozenset[int] = frozenset()) -> list[int] | None:
    """Token indices of the entry's slot words after `pos`, in order, or None. A verb
    that carries an object pronoun (`pronoun`) has its object: a second one comes right
    after its subject («حمّلها الرئيس المسؤولية»), not far on («الالتزامات التي قطعتها
    اليونان خلال قمة أوروبية صاخبة في بروكسل، لقاء خطة مساعدة»)."""
    out: list[int] = []
    # a verb's subject may stand before its first slot word; a noun's words follow it
    window = FIRST_SLOT_WINDOW if entry.kind != "noun" else NOUN_SLOT_WINDOW
    if pronoun:
        window = PRONOUN_SLOT_WINDOW
    for slot in entry.slots:
        found = False
        if all(len(p) == 1 and p[0] in _SHORT_SLOTS for p in slot):
            window = min(window, SLOT_WINDOW)  # «حقق مع»: a preposition stays near its verb
        for j in _slot_positions(tokens, pos, hi, window, entry.kind == "noun"):
            if not out and tokens[j].key in _BARE_THAT:
                break  # «أكدت الإدارة بأن رغبتها … استعدادا»: what follows «أن» is said;
                # «أعلنت أنها على استعداد» is her own readiness
            if j in inside and not out:
                continue  # «بعثة الأمم المتحدة لتقديم المساعدة»: a word of a name, where
                # «نشر آلاف عناصر الأمن» goes on into the force it names
            readings = _readings(tokens[j].key, j in ta)
            for phrase in slot:
                n = _phrase_at(tokens, j, phrase, hi, readings, ta)
                if n:
                    out.extend(range(j, j + n))
                    pos = j + n
                    found = True
                    break
            if found:
                break
        if not found:
            return None
        window = SLOT_WINDOW
    return out


_POSSESSIVE = ("ها", "هم", "ه")


@lru_cache(maxsize=300_000)
def _possessive_readings(k: str) -> tuple[tuple[str, str, int], ...]:
    return tuple(r for stem in strip_suffix(k, _POSSESSIVE) for r in clitic_variants(stem))


def _possessed_noun(matcher: PhraseMatcher[tuple[HeadForm, ...]], k: str, i: int
                    ) -> Match[tuple[HeadForm, ...]] | None:
    """A one-word verbal noun with a possessive pronoun («غاراتها», «قصفهم»), read as the
    noun; the coder keeps it only when a support verb names whose it is."""
    for bare, proclitics, lead in _possessive_readings(k):
        value = matcher.get((bare,))
        if value is not None:
            return Match(i, i + 1, value, proclitics, lead)
    return None


def find_triggers(tokens: list[Token], lo: int, hi: int, blocked: set[int], text: str = "",
                  inside: frozenset[int] = frozenset()) -> list[list[TriggerMatch]]:
    """Trigger candidates per head word in tokens [lo, hi), most specific entry first.

    The most specific candidate's words are taken, so two triggers never overlap; the coder
    falls back to a less specific candidate of the same head when its actors are not found.
    No head stands in `blocked` (actors' words), and no first slot word in `inside` (their
    words after the first: «استدعى السفير الإيراني» still summons).
    """
    lex = trigger_lexicon()
    # tokens written with a final «ة»
    ta = frozenset(i for i in range(lo, hi) if text[tokens[i].end - 1] == "ة") if text \
        else frozenset()
    out: list[list[TriggerMatch]] = []
    consumed: set[int] = set()  # tokens of triggers already found
    for i in range(lo, hi):
        if i in consumed or i in blocked:
            continue
        ranked: list[tuple[tuple[int, int, int], int, TriggerMatch]] = []
        for matcher, verbal in ((lex.verbs, True), (lex.nouns, False)):
            m = matcher.match_at(tokens, i, hi, verbal=verbal)
            possessed = False
            if m is None and not verbal and i not in ta:  # «ة» is no pronoun
                m = _possessed_noun(matcher, tokens[i].key, i)
                possessed = m is not None
            if m is None:
                continue
            # A word written with ta marbuta is a noun, never a verb with «ـه» (قبضة, not
            # قبضه); so is one written with tanween («طلبًا», not the dual verb طلبا).
            if verbal and text and (i in ta or not _TANWEEN.isdisjoint(
                    text[tokens[i].start:tokens[i].end])
                    or text[tokens[i].start:tokens[i].end] in _NOT_VERBS):
                continue
            for form in m.value:
                if verbal and any(form.entry.pattern.startswith(p)
                                  and mark in text[tokens[i].start:tokens[i].end]
                                  for p, mark in _SHADDA_OTHER):
                    continue  # «يدّعون الانتماء»: a claim, not a call
                pronoun = verbal and form.entry.kind == "verb" and \
                    tokens[m.start].key[m.lead:] not in plain_forms(form.entry.pattern)
                slots = _match_slots(tokens, m.end, hi, form.entry, pronoun, inside, ta)
                if slots is None or consumed.intersection(slots):
                    continue
                # ties go to the nearer words: «فجر نفسه بين المصلين في المسجد» blows himself
                # up, rather than the mosque
                rank = (len(form.entry.slots), m.end - m.start, int(verbal),
                        -max([m.end, *slots]))
                tm = TriggerMatch(form, (m.start, m.end), max([m.end, *(s + 1 for s in slots)]),
                                  slots, m.lead, m.proclitics, possessed)
                ranked.append((rank, -len(ranked), tm))
        if ranked:
            ranked.sort(key=lambda x: (x[0], x[1]), reverse=True)
            cands = [tm for _r, _n, tm in ranked]
            out.append(cands)
            consumed.update(range(cands[0].head[0], cands[0].head[1]))
            consumed.update(cands[0].slot_tokens)
    return out
