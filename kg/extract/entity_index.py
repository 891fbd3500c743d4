"""Find which entity a word belongs to: the bridge from syntax to entities.

Rules ask "which entity is the subject of this verb?"; this index answers
from the ``mentions`` of each resolved entity.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.model import Document, Entity, Sentence

__all__ = ["EntityIndex"]


@dataclass(frozen=True)
class EntityIndex:
    """(sent_id, word_id) -> entity, built once per document."""
    by_word: dict[tuple[str, int], Entity]
    by_key: dict[str, Entity]

    @classmethod
    def of(cls, doc: Document) -> "EntityIndex":
        by_word: dict[tuple[str, int], Entity] = {}
        for ent in doc.entities or ():
            for m in ent.mentions:
                for wid in m.word_ids:
                    by_word.setdefault((m.sent_id, wid), ent)
        return cls(by_word, {e.key: e for e in doc.entities or ()})

    def at(self, sent: Sentence, wid: int) -> Entity | None:
        """The entity whose mention covers word ``wid``, else one covering a
        ``flat``/``compound``/``nmod``/``appos`` dependent of it (so a title head such as
        "Penjabat" finds the person in its apposition)."""
        hit = self.by_word.get((sent.sent_id, wid))
        if hit is not None:
            return hit
        for child in sent.children(wid):
            if child.deprel.split(":")[0] in ("flat", "compound", "appos"):
                hit = self.by_word.get((sent.sent_id, child.id))
                if hit is not None:
                    return hit
        return None

    def in_sentence(self, sent: Sentence, kind: str | None = None) -> list[Entity]:
        """Entities mentioned in ``sent`` in order of first mention."""
        seen: dict[str, Entity] = {}
        for w in sent.words:
            e = self.by_word.get((sent.sent_id, w.id))
            if e is not None and (kind is None or e.kind == kind):
                seen.setdefault(e.key, e)
        return list(seen.values())
