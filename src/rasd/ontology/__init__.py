"""CAMEO event codes with Goldstein scores, QuadClass and PLOVER types (data in cameo.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# CAMEO actor sector codes rasd accepts (CAMEO actor codebook's role and organisation types).
SECTORS = frozenset(
    "GOV MIL COP REB OPP PTY JUD LEG SPY MED BUS CVL REF UAF ELI LAB EDU HLH REL INS SEP "
    "CRM AGR DEV ENV HRI MOD RAD IGO NGO MNC SET".split()
)
# Sectors that bear arms (settlers and gangs too), and a state's own organs.
ARMED = frozenset({"UAF", "REB", "MIL", "INS", "SEP", "COP", "SPY", "SET", "CRM"})
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "SPY"})


@dataclass(frozen=True, slots=True)
class EventType:
    code: str
    goldstein: float
    plover: str
    plover_mode: str | None
    description: str

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        return quad_class(self.code)


def quad_class(code: str) -> int:
    """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


@lru_cache(maxsize=1)
def event_types() -> dict[str, EventType]:
    text = resources.files("rasd.ontology").joinpath("cameo.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        code, gold, plover, mode, desc = line.split("\t")
        out[code] = EventType(code, float(gold), plover, None if mode == "-" else mode, desc)
    return out


def event_type(code: str) -> EventType:
    """The CAMEO event type of `code`; KeyError if it is not a CAMEO code."""
    return event_types()[code]
