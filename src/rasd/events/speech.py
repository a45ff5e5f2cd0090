"""Reported speech: «قال X إن ...» and quotations, with their speakers."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasd.events.conjugate import verb_forms
from rasd.events.frames import Frame, clause, is_complementiser, is_skippable, name_quote
from rasd.lexicons import alternatives, read_tsv
from rasd.model import ActorSpan, Mention, Quote, Token
from rasd.text.matcher import QUOTE_PAIRS, phrase_key

COMPLEMENT_REACH = 12  # tokens between a speech verb and its إن/أن: titles, place, occasion


@dataclass
class Speech:
    verb: int  # token index of the speech verb
    speaker: ActorSpan | None
    start: int  # first token of what is reported
    end: int  # token after it
    denial: bool


@lru_cache(maxsize=1)
def speech_words() -> dict[str, str]:
    """Normalised form → "say" | "deny"."""
    out: dict[str, str] = {}
    for row in read_tsv("speech.tsv", 2):
        kind, pattern = row.fields[:2]
        label = "deny" if kind == "deny" else "say"
        if kind in ("verb", "deny"):
            for f in verb_forms(pattern):
                out.setdefault(f, label)
        else:
            for alt in alternatives(pattern):
                out.setdefault(phrase_key(alt)[0], label)
    return out


def speech_kind(t: Token) -> str | None:
    words = speech_words()
    k = t.key
    return words.get(k) or (words.get(k[1:]) if k[:1] in ("و", "ف") else None)


def find_speech(frame: Frame, last_speaker: ActorSpan | None = None) -> list[Speech]:
    """Speech verbs of the sentence, each with its speaker and the span it reports.

    A speech verb with no subject of its own («وأضاف أن ...») continues the last speaker.
    """
    tokens = frame.tokens
    lo, hi = frame.sent
    out: list[Speech] = [*_labels(frame)]
    for i in range(lo, hi):
        kind = speech_kind(tokens[i])
        if kind is None:
            continue
        c_lo, _ = clause(tokens, lo, hi, i)
        speaker = (frame.subject_before(i, c_lo, adjacent=True)
                   or frame.subject_after(i + 1, hi))
        # What is reported starts at the complementiser (or colon/quote) after the verb.
        start = quoted = None
        for j in range(i + 1, min(hi, i + 1 + COMPLEMENT_REACH)):
            if is_complementiser(tokens[j]) or tokens[j].key == ":":
                start = j + 1
                break
            if tokens[j].key in QUOTE_PAIRS:
                if not name_quote(tokens, j, lo, hi):
                    start = j + 1
                    break
                # the speaker's quoted name («قال تنظيم "داعش" إنه») or a short quote
                quoted = j + 1 if quoted is None else quoted
        start = start or quoted
        if start is None:
            continue
        if speaker is None and tokens[i].key in _IMPERSONAL:
            continue  # the writer's own aside: told, not reported
        if speaker is None and kind == "say" and all(
                is_skippable(t) for t in tokens[i + 1:start - 1]):
            # «وأضاف أن»: no subject of its own; «يعتبر زعماء التنظيم أنهم» has one
            speaker = last_speaker
        out.append(Speech(i, speaker, start, hi, kind == "deny"))
        if speaker is not None:
            last_speaker = speaker
    return out


_BULLETS = {"*", "-", "•", "–"}
# «يذكر أن», «ويذكر أن»: "it is noted that", the writer's aside, no one's speech
_IMPERSONAL = frozenset({"يذكر", "ويذكر"})
LABEL_REACH = 8  # tokens of a prefix before a label («عاجل: …», «* …»)


def _labels(frame: Frame) -> list[Speech]:
    """«حكومة اليمن: قوات الحوثي تقصف عدن»: a headline that opens with an actor and a
    colon tells what that actor says (not a country or place: «كينيا: مقتل 5 أشخاص» is
    where)."""
    tokens = frame.tokens
    lo, hi = frame.sent
    for s in frame.spans:
        if s.first > lo + LABEL_REACH:
            break
        if s.end + 1 < hi and tokens[s.end].key == ":" and not s.proclitics \
                and s.mention.type not in ("GPE", "LOC") \
                and (s.first == lo or tokens[s.first - 1].key in _BULLETS | {":"}):
            return [Speech(s.end, s, s.end + 1, hi, False)]
    return []


def find_quotes(text: str, speakers: list[tuple[int, int, Mention | None]]) -> list[Quote]:
    """Quoted passages «…» “…” "…" with the speaker of their sentence when one is known."""
    out: list[Quote] = []
    i = 0
    n = len(text)
    while i < n:
        close = QUOTE_PAIRS.get(text[i])
        if close is None:
            i += 1
            continue
        j = text.find(close, i + 1)
        if j == -1 or j - i > 2000:
            i += 1
            continue
        speaker = None
        for s, e, m in speakers:
            if s <= i < e:
                speaker = m
                break
        out.append(Quote(speaker, i + 1, j, text[i + 1:j]))
        i = j + 1
    return out


_TRAILING = " .،,؛;:!؟?\"”»'"


def indirect_quotes(text: str, tokens: list[Token], speech: list[Speech]) -> list[Quote]:
    """What «قال X إن ...» reports, as a quote of X, up to the next speech verb or the end."""
    out: list[Quote] = []
    for n, sp in enumerate(speech):
        if sp.start >= sp.end or tokens[sp.start - 1].key in QUOTE_PAIRS or \
                tokens[sp.start].key in QUOTE_PAIRS:
            continue  # a direct quotation follows: find_quotes has it
        stop = speech[n + 1].verb if n + 1 < len(speech) else sp.end
        if stop <= sp.start:
            continue
        start, end = tokens[sp.start].start, tokens[stop - 1].end
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        if end > start:
            speaker = sp.speaker.mention if sp.speaker else None
            out.append(Quote(speaker, start, end, text[start:end], "indirect"))
    return out
