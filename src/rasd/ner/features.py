"""Token features for the NER tagger, computed from normalised keys only.

A token's own features (key, clitic-stripped stem, its proclitics, affixes, shape) are cached
per key; context features add the neighbouring keys and stems, and gazetteer features say
where the project's actor lexicons (countries, seats, organisations, people, nisba
adjectives, role nouns) and the tagger's own name lists (`names/*.txt`: clubs, companies,
media and other bodies, people) match the sentence, clitics stripped as the matcher does. Span
features (`span_lexicon`) say where a word stood inside entity spans of the training data
(first, inside, last word), and article features describe runs of ال-definite words after
organisation head nouns, as in multi-word organisation names.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rasd.model import Token
from rasd.text.matcher import PhraseMatcher, phrase_key
from rasd.text.normalize import clitic_variants

# A CoNLL file without document breaks is read as documents of this many sentences.
DOC_SENTENCES = 20

# What a lexicon entry's kind says about an ANERcorp-style type.
_GAZ_KIND = {"person": "PER", "country": "LOC", "seat": "SEAT", "org": "ORG",
             "nisba": "NORP", "agent": "AGT", "place": "LOC", "none": "NO"}

_TRANSLIT_END = ("وف", "يف", "سكي", "يان", "ز", "و", "يو", "ني", "يني", "ون", "تون", "لي",
                 "يا", "ا", "ر", "ت", "س", "غ", "ك", "ش")
_LATIN_LETTERS = frozenset("گپچڤژ")



@lru_cache(maxsize=1)
def word_classes() -> dict[str, tuple[str, ...]]:
    """Key → the classes it belongs to: the project-written lists in `words.txt` (GIVEN,
    PARTICLE, TITLE, SAY, ORGHEAD, LOCHEAD, LOCPREP) and the parts of the people in the
    actor lexicon (PFIRST, PLAST: first and last words of a listed person's names)."""
    from importlib import resources

    from rasd.text.normalize import key

    out: dict[str, set[str]] = {}
    cls = ""
    text = (resources.files("rasd.ner") / "words.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            cls = line[1:]
            continue
        for w in line.split():
            out.setdefault(key(w), set()).add(cls)
    for phrase, entry in _matcher()._phrases.items():
        if entry.kind == "person" and len(phrase) > 1:
            out.setdefault(phrase[0], set()).add("PFIRST")
            out.setdefault(phrase[-1], set()).add("PLAST")
        elif entry.kind == "org" and len(phrase) > 1:
            out.setdefault(phrase[0], set()).add("OFIRST")
            out.setdefault(phrase[-1], set()).add("OLAST")
    return {k: tuple(sorted(v)) for k, v in out.items()}


@lru_cache(maxsize=200_000)
def classes(k: str) -> tuple[str, ...]:
    """The word classes of key `k`, itself or with its proclitics stripped."""
    wc = word_classes()
    found = wc.get(k)
    if found:
        return found
    for v in clitic_variants(k)[1:]:
        found = wc.get(v[0])
        if found:
            return found
    return ()


@lru_cache(maxsize=1)
def _matcher():  # type: ignore[no-untyped-def]
    from rasd.actors.lexicon import actor_matcher

    return actor_matcher()


NAME_TYPES = ("ORG", "PERS", "LOC", "MISC")


def parse_names(text: str, path: str = "names") -> dict[tuple[str, ...], str]:
    """A name list's spellings (as key tuples) → type ('ORG', 'PERS', …), with '~' added for
    spellings on '~' lines (also ordinary words); a spelling weak anywhere stays weak.
    Lines that cannot be read are reported (`rasd lexicon check`) and skipped."""
    from rasd.lexicons import problem

    out: dict[tuple[str, ...], str] = {}
    typ = ""
    for n, line in enumerate(text.splitlines(), 1):
        line = line.split("  #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            typ = line[1:].strip()
            if typ not in NAME_TYPES:
                problem(f"{path}:{n}", f"unknown type '@{typ}' (one of {', '.join(NAME_TYPES)})")
                typ = ""
            continue
        if not typ:
            problem(f"{path}:{n}", "a name before any @TYPE line")
            continue
        weak = line.startswith("~")
        for name in line.lstrip("~").split("|"):
            phrase = phrase_key(name)
            if phrase and (weak or phrase not in out):
                out[phrase] = typ + "~" * weak
    return out


@lru_cache(maxsize=1)
def name_matcher() -> PhraseMatcher[str]:
    """The project-written name lists in `names/*.txt` (clubs, companies, media, people)."""
    from importlib import resources

    m: PhraseMatcher[str] = PhraseMatcher()
    folder = resources.files("rasd.ner").joinpath("names")
    for f in sorted(folder.iterdir(), key=lambda f: f.name):
        if f.name.endswith(".txt"):
            text = f.read_text(encoding="utf-8")
            for phrase, typ in parse_names(text, f"rasd/ner/names/{f.name}").items():
                if typ.endswith("~") or phrase not in m:
                    m.add(phrase, typ)
    return m


def name_spans(keys: Sequence[str]) -> tuple[tuple[int, int, str], ...]:
    """Matches of the name lists: (start, end, type) token ranges, end exclusive."""
    return _name_spans(tuple(keys))


@lru_cache(maxsize=1024)  # the tagger's features and its widening read the same sentence
def _name_spans(keys: tuple[str, ...]) -> tuple[tuple[int, int, str], ...]:
    return tuple((m.start, m.end, m.value)
                 for m in name_matcher().find_all([Token(0, 0, k) for k in keys]))


def name_list(keys: Sequence[str]) -> list[str]:
    """Per token: '' or 'TYPE-B' / 'TYPE-I' for the name-list match covering it."""
    out = [""] * len(keys)
    for a, b, typ in name_spans(keys):
        out[a] = typ + "-B"
        for j in range(a + 1, b):
            out[j] = typ + "-I"
    return out


def gazetteer(keys: Sequence[str]) -> list[str]:
    """Per token: '' or 'KIND-B' / 'KIND-I' for the lexicon match covering it."""
    out = [""] * len(keys)
    tokens = [Token(0, 0, k) for k in keys]
    for m in _matcher().find_all(tokens):
        kind = _GAZ_KIND.get(m.value.kind, "X")
        if kind in ("SEAT", "ORG"):
            kind += m.value.type
        out[m.start] = kind + "-B"
        for j in range(m.start + 1, m.end):
            out[j] = kind + "-I"
    return out


def _shape(k: str) -> str:
    if k.isdigit():
        return "D" + str(min(len(k), 4))
    if any(c.isdigit() for c in k):
        return "d"
    if k.isascii() and k.isalpha():
        return "L"
    if not k or not k[0].isalnum():
        return "P"
    return "A" + str(min(len(k), 8))


@lru_cache(maxsize=200_000)
def word(k: str) -> tuple[str, tuple[str, ...]]:
    """(stem, own features) of key `k`; the stem has its longest clitic chain removed."""
    stem = min((v[0] for v in clitic_variants(k)), key=len)
    pre = k[: len(k) - len(stem)]
    sh = _shape(k)
    feats = ["w=" + k, "s=" + stem, "p=" + pre, "sh=" + sh,
             "x1=" + k[-1:], "x2=" + k[-2:], "x3=" + k[-3:],
             "a2=" + stem[:2], "a3=" + stem[:3], "sx2=" + stem[-2:]]
    if len(stem) > 4:
        feats += ["a4=" + stem[:4], "sx3=" + stem[-3:], "sx4=" + stem[-4:]]
    if sh[0] == "A" and stem.endswith(("ي", "يه", "يون", "يين")):
        feats.append("nisba")
    feats.extend("c=" + c for c in classes(k))
    if sh[0] == "A":
        if _LATIN_LETTERS.intersection(k):
            feats.append("tl=letters")
        vowels = sum(ch in "اوي" for ch in stem)
        feats.append(f"tl=v{min(vowels, 4)}/{min(len(stem), 9)}")
        if not k.startswith("ال") and stem == k:
            feats.append("tl=bare" + stem[-1:])
    return stem, tuple(feats)


def word_lexicon(sents: Sequence[Sequence[tuple[str, str]]], min_count: int = 1
                 ) -> dict[str, str]:
    """Stem → the BIO tag it most often has in `sents` ((key, tag) pairs), with a share
    bucket: 'B-PERS:h' (70% or more of its occurrences), 'B-PERS:m' (30% or more)."""
    counts: dict[str, dict[str, int]] = {}
    for s in sents:
        for k, t in s:
            c = counts.setdefault(word(k)[0], {})
            c[t] = c.get(t, 0) + 1
    out = {}
    for stem, c in counts.items():
        n = sum(c.values())
        if n < min_count:
            continue
        t, m = max(c.items(), key=lambda x: x[1])
        share = m / n
        if share >= 0.3:
            out[stem] = f"{t}:{'h' if share >= 0.7 else 'm'}{'1' if n == 1 else ''}"
    return out


def span_lexicon(sents: Sequence[Sequence[tuple[str, str]]], share: float = 0.15
                 ) -> dict[str, str]:
    """Stem → where it stood in entity spans of `sents` ((key, tag) pairs): flags such as
    'ORG:B' (first word of an ORG span), 'ORG:I' (inside), 'ORG:L' (last word of a span of
    two or more), each kept when at least `share` of the stem's occurrences had it."""
    counts: dict[str, dict[str, int]] = {}
    total: dict[str, int] = {}
    for s in sents:
        tags = [t for _, t in s]
        for i, (k, t) in enumerate(s):
            stem = word(k)[0]
            total[stem] = total.get(stem, 0) + 1
            if t == "O":
                continue
            flags = [t[2:] + ":" + t[0]]
            nxt = tags[i + 1] if i + 1 < len(tags) else "O"
            if t[0] == "I" and nxt != "I-" + t[2:]:
                flags.append(t[2:] + ":L")
            c = counts.setdefault(stem, {})
            for f in flags:
                c[f] = c.get(f, 0) + 1
    return {stem: " ".join(sorted(f for f, n in c.items() if n >= share * total[stem]))
            for stem, c in counts.items()}


def _definite(k: str, stem: str) -> str:
    """A token's article class: 'A' ال-definite, 'W' و+ال, 'C' other clitic+ال, 'N' a bare
    word, 'P' punctuation, digits or a one-letter word."""
    if len(k) < 2 or not k[0].isalpha():
        return "P"
    pre = k[: len(k) - len(stem)]
    if k.startswith("ال"):
        return "A"
    if pre.endswith("ال") or (k[1:3] == "ال" and k[0] in "وفبكل"):
        return "W" if k[0] == "و" else "C"
    return "N"


def document_context(sents: Sequence[Sequence[str]], cap: int = 8
                     ) -> dict[str, tuple[str, ...]]:
    """Stem → the words seen around it anywhere in the document (its `cap` most frequent
    left and right neighbours), so that every mention of a name shares the evidence of the
    others («قال الونسو» in one sentence helps «الونسو» in the next)."""
    left: dict[str, dict[str, int]] = {}
    right: dict[str, dict[str, int]] = {}
    for keys in sents:
        stems = [word(k)[0] for k in keys]
        for i, s in enumerate(stems):
            if len(s) < 3:
                continue
            if i > 0:
                d = left.setdefault(s, {})
                d[keys[i - 1]] = d.get(keys[i - 1], 0) + 1
            if i + 1 < len(keys):
                d = right.setdefault(s, {})
                d[keys[i + 1]] = d.get(keys[i + 1], 0) + 1
    out: dict[str, tuple[str, ...]] = {}
    sport = sum("SPORT" in classes(k) for keys in sents for k in keys)
    if sport >= 4:
        out[""] = ("T=sport",)
    for s in sorted(left.keys() | right.keys()):
        feats = []
        for prefix, d in (("dl=", left.get(s)), ("dr=", right.get(s))):
            if d and len(d) > 1:
                top = sorted(d.items(), key=lambda x: -x[1])[:cap]
                feats.extend(prefix + k for k, _ in top)
        if feats:
            out[s] = tuple(feats)
    return out


@lru_cache(maxsize=200_000)
def context(k: str) -> tuple[tuple[str, ...], ...]:
    """The features key `k` gives, by position: to its own token; to the token after it (as
    its left neighbour), to the one before it (as the right neighbour), to the token two
    after it, and to the one two before it. Cached per key, so that a model can cache what
    they weigh (`Perceptron.predict_parts`)."""
    stem, own = word(k)
    cs = classes(k)
    return (("b", *own),
            ("w-1=" + k, "s-1=" + stem, "x2-1=" + k[-2:], *("c-1=" + c for c in cs)),
            ("w+1=" + k, "s+1=" + stem, "x2+1=" + k[-2:], *("c+1=" + c for c in cs)),
            ("w-2=" + k, *("c-2=" + c for c in cs)),
            ("w+2=" + k,))


def sentence_parts(keys: Sequence[str], gaz: Sequence[str] | None = None,
                   lex: dict[str, str] | None = None,
                   doc: dict[str, tuple[str, ...]] | None = None,
                   tables: dict[str, dict[str, str]] | None = None
                   ) -> tuple[list[str], list[list[str]]]:
    """The sentence's keys padded with two boundary keys each side, whose `context`
    features every token takes from its window, and the other features of each token.
    `tables` may hold 'clusters' (key → cluster code, `rasd.ner.clusters`) and 'spans'
    (stem → span flags, `span_lexicon`)."""
    n = len(keys)
    gaz = gazetteer(keys) if gaz is None else gaz
    stems = [word(k)[0] for k in keys]
    lx = ["", "", *((lex.get(s, "") for s in stems) if lex else [""] * n), "", ""]
    pk = ["<s2>", "<s>", *keys, "</s>", "</s2>"]
    pg = ["", "", *gaz, "", ""]
    nl = ["", "", *name_list(keys), "", ""]
    sport = bool(doc) and "" in doc  # type: ignore[operator]
    heads = [any(c in ("ORGHEAD", "LOCHEAD") for c in classes(k)) for k in keys]
    tables = tables or {}
    clus = tables.get("clusters")
    spans = tables.get("spans")
    if clus:
        cl = [clus.get(k) or clus.get(s) or "" for k, s in zip(keys, stems, strict=True)]
        cp = [[">"] * 3, [">"] * 3, *([x.split(".") if x else ["?"] * 3 for x in cl]),
              ["<"] * 3, ["<"] * 3]
    if spans:
        sp = ["", "", *(spans.get(s, "") for s in stems), "", ""]
    dfn = ["<", "<", *(_definite(k, s) for k, s in zip(keys, stems, strict=True)), ">", ">"]
    orgh = ["", "", *("ORGHEAD" in classes(k) for k in keys), "", ""]
    out = []
    for i in range(n):
        j = i + 2
        d = dfn[j]
        # article pattern around the token, after an organisation head noun, and the
        # token's place in a run of definite words («إدارة الجوازات والهجرة»)
        f = ["D3=" + dfn[j - 1] + d + dfn[j + 1],
             "D5=" + dfn[j - 2] + dfn[j - 1] + d + dfn[j + 1] + dfn[j + 2]]
        if orgh[j - 1]:
            f.append("oh-1|" + d)
        if orgh[j - 2]:
            f.append("oh-2|" + dfn[j - 1] + d)
        if d in "AWC":
            r = 1
            while r < 4 and dfn[j - r] in "AWC":
                r += 1
            f.append(f"drun={r}|{'h' if orgh[j - r + 1] or orgh[j - r] else ''}")
        if clus:
            c0, cm1, cp1 = cp[j], cp[j - 1], cp[j + 1]
            f += ["k0=" + c0[0], "k1=" + c0[1], "k2=" + c0[2],
                  "k0-1=" + cm1[0], "k1-1=" + cm1[1], "k0+1=" + cp1[0], "k1+1=" + cp1[1],
                  "k0-2=" + cp[j - 2][0], "k0+2=" + cp[j + 2][0],
                  "k1-1|k1=" + cm1[1] + "|" + c0[1], "k1|k1+1=" + c0[1] + "|" + cp1[1]]
        if spans:
            f.extend("S=" + x for x in sp[j].split())
            f.extend("S-1=" + x for x in sp[j - 1].split())
            f.extend("S+1=" + x for x in sp[j + 1].split())
        f += ["ww-1=" + pk[j - 1] + "|" + pk[j], "ww+1=" + pk[j] + "|" + pk[j + 1],
             "L=" + lx[j], "L-1=" + lx[j - 1], "L+1=" + lx[j + 1],
             "LL=" + lx[j - 1] + "|" + lx[j]]
        for d in (2, 3):
            if i >= d and heads[i - d]:
                f.append(f"h-{d}=" + "|".join(classes(keys[i - d])))
        if sport:
            f.append("T=sport|" + pg[j] + "|" + lx[j])
        if pg[j]:
            f.append("g=" + pg[j])
            f.append("gw=" + pg[j] + "|" + stems[i])
        if nl[j]:
            f.append("n=" + nl[j])
        if nl[j - 1]:
            f.append("n-1=" + nl[j - 1])
        if nl[j + 1]:
            f.append("n+1=" + nl[j + 1])
        if pg[j - 1]:
            f.append("g-1=" + pg[j - 1])
        if pg[j + 1]:
            f.append("g+1=" + pg[j + 1])
        if doc:
            f.extend(doc.get(stems[i], ()))
        out.append(f)
    return pk, out


def assemble(pk: Sequence[str], extra: Sequence[Sequence[str]]) -> list[list[str]]:
    """Every token's feature strings from `sentence_parts`."""
    ctx = [context(k) for k in pk]
    return [[*ctx[i + 2][0], *ctx[i + 1][1], *ctx[i + 3][2], *ctx[i][3], *ctx[i + 4][4], *f]
            for i, f in enumerate(extra)]


def sentence_features(keys: Sequence[str], gaz: Sequence[str] | None = None,
                      lex: dict[str, str] | None = None,
                      doc: dict[str, tuple[str, ...]] | None = None,
                      tables: dict[str, dict[str, str]] | None = None) -> list[list[str]]:
    """Feature strings for every token of one sentence of keys."""
    return assemble(*sentence_parts(keys, gaz, lex, doc, tables))


def _types_by_stem(sents: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
                   ) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for keys, ts in zip(sents, tags, strict=True):
        for k, t in zip(keys, ts, strict=True):
            stem = word(k)[0]
            if len(stem) < 3:
                continue
            d = out.setdefault(stem, {})
            typ = t[2:] or "O"
            d[typ] = d.get(typ, 0) + 1
    return out


def second_pass_features(sents: Sequence[Sequence[str]], feats: Sequence[Sequence[Sequence[str]]],
                         tags: Sequence[Sequence[str]]) -> list[list[list[str]]]:
    """Features for the second pass over one document: the first pass's features (or the
    `extra` part of `sentence_parts`, for `Perceptron.predict_parts`), its tags
    for the token and its neighbours, and the types it gave the same stem elsewhere in the
    document (so that a name recognised once is recognised everywhere)."""
    by_stem = _types_by_stem(sents, tags)
    out = []
    for keys, fs, ts in zip(sents, feats, tags, strict=True):
        pt = ["<s>", *ts, "</s>"]
        sent = []
        for i, k in enumerate(keys):
            t = ts[i]
            f = [*fs[i], "q=" + t, "q-1=" + pt[i], "q+1=" + pt[i + 2],
                 "qq-1=" + pt[i] + "|" + t, "qq+1=" + t + "|" + pt[i + 2]]
            d = by_stem.get(word(k)[0])
            if d:
                own = t[2:] or "O"
                n = sum(d.values()) - 1
                if n:
                    for typ, c in d.items():
                        c -= typ == own
                        if c:
                            share = "h" if c * 2 > n else "l"
                            f.append(f"dq={typ}:{share}")
                            f.append(f"dq={typ}:{share}|{t}")
            sent.append(f)
        out.append(sent)
    return out
