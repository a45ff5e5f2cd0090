"""The data model: one `Document` flows through every stage; see DESIGN.md §2 (`rasd/1`)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA = "rasd/1"

MODALITIES = ("asserted", "reported", "intended", "threatened", "proposed", "hypothetical")


@dataclass(slots=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class Token:
    """A token of the cleaned text; `key` is its normalised matching key."""

    start: int
    end: int
    key: str
    sentence: int = 0


@dataclass(slots=True)
class Sentence:
    start: int
    end: int


@dataclass(slots=True)
class Dropped:
    text: str
    reason: str  # "boilerplate" | "repeated"


@dataclass(slots=True)
class Mention:
    """An actor or entity mention. Also used as an event's source/target (`Actor`)."""

    text: str
    start: int
    end: int
    type: str  # PER | ORG | GPE | LOC | NORP | MISC
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    name_ar: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mention:
        return cls(**{k: d.get(k) for k in cls.__dataclass_fields__})


Actor = Mention


@dataclass(slots=True)
class ActorSpan:
    """Where a mention sits among the tokens, for the event stage (not serialised)."""

    mention: Mention
    first: int  # token index of the first token
    end: int  # token index after the last token
    proclitics: str  # clitics on the first token ("ب", "وال", ...), for frames
    usable: bool  # may be an event's source or target
    counterpart: bool = False  # «نظيره»: takes its sector from the other party
    role: str | None = None  # the head role noun's canonical form («الرئيس»), if any
    bare_role: bool = False  # a role noun alone («الرئيس»), for in-document resolution
    # "group": an armed group nobody named («وخطفت الحركة»), a party to violence only;
    # "owned": a state owned by a pronoun («بلاده»), never a party to its own country's act
    implied: str | None = None


@dataclass(slots=True)
class Quote:
    speaker: Mention | None
    start: int
    end: int
    text: str
    kind: str = "direct"  # "direct" (between quotation marks) or "indirect" (قال إن ...)


@dataclass(slots=True)
class Trigger:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(slots=True)
class Event:
    id: str
    sentence: int
    trigger: Trigger
    cameo: str
    root: str
    plover: str
    plover_mode: str | None
    quad_class: int
    goldstein: float
    source: Mention | None
    target: Mention | None
    date: str | None = None
    location: Location | None = None
    negated: bool = False
    modality: str = "asserted"
    confidence: float = 0.0


@dataclass
class Document:
    id: str
    raw: str = ""
    url: str | None = None
    source: str | None = None
    published: str | None = None
    language: str = "ar"
    text: str = ""
    dropped: list[Dropped] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)  # internal, not serialised
    entities: list[Mention] = field(default_factory=list)
    actor_spans: list[ActorSpan] = field(default_factory=list)  # internal, not serialised
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "schema": SCHEMA,
            "id": self.id,
            "url": self.url,
            "source": self.source,
            "published": self.published,
            "language": self.language,
            "text": self.text,
            "dropped": [asdict(x) for x in self.dropped],
            "sentences": [asdict(s) for s in self.sentences],
            "entities": [asdict(m) for m in self.entities],
            "quotes": [asdict(q) for q in self.quotes],
            "events": [asdict(e) for e in self.events],
        }
        if self.error is not None:
            d["error"] = self.error
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        """Rebuild a Document from `to_dict()` output (tokens are not serialised)."""

        def actor(x: dict[str, Any] | None) -> Mention | None:
            return Mention.from_dict(x) if x else None

        events = []
        for e in d.get("events", []):
            e = dict(e)
            e["trigger"] = Trigger(**e["trigger"])
            e["source"], e["target"] = actor(e.get("source")), actor(e.get("target"))
            e["location"] = Location(**e["location"]) if e.get("location") else None
            events.append(Event(**e))
        return cls(
            id=d["id"],
            url=d.get("url"),
            source=d.get("source"),
            published=d.get("published"),
            language=d.get("language", "ar"),
            text=d.get("text", ""),
            dropped=[Dropped(**x) for x in d.get("dropped", [])],
            sentences=[Sentence(**s) for s in d.get("sentences", [])],
            entities=[Mention.from_dict(m) for m in d.get("entities", [])],
            quotes=[
                Quote(actor(q.get("speaker")), q["start"], q["end"], q["text"],
                      q.get("kind", "direct"))
                for q in d.get("quotes", [])
            ],
            events=events,
            error=d.get("error"),
        )
