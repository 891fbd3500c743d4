"""Hand-made Documents with entities and assertions of every kind (for the graph tests)."""
from __future__ import annotations

from kg.model import ASSERTION_ROLES, Assertion, Document, Entity, Provenance, Sentence

__all__ = ["documents", "build", "ARTICLE_1", "ARTICLE_2", "RENAMES", "assertion"]

TEXT_1 = ("Pj Wali Kota Pangkalpinang Budi Utama meminta ASN menjaga netralitas. "
          "\u201cKami siap mengawasi,\u201d kata Ketua Bawaslu Kota Pangkalpinang Imam Ghazali. "
          "Rapat koordinasi digelar Senin (4/12/2023) di Kantor Wali Kota Pangkalpinang bersama Bawaslu.")
TEXT_2 = ("Plt Wali Kota Pekalongan Salahudin menerbitkan Surat Edaran Nomor 270/139/SE/2023. "
          "Budi menegaskan ASN jangan berpihak.")


def _sentences(text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    for i, part in enumerate(text.split(". ")):
        end = start + len(part) + (1 if not part.endswith(".") else 0)
        out.append(Sentence(f"s{i + 1}", text[start:end], (), start_char=start, end_char=end))
        start = end + 1
    return tuple(out)


def assertion(what: str, doc_id: str, sent_id: str, text: str, /, rule: str = "test_rule",
              confidence: float = 0.9, span: tuple[int, int] | None = None, **args: str) -> Assertion:
    """An Assertion with every role of its kind ("" where not given).

    Its evidence span is ``span`` (document offsets) or, by default, ``(0, len(text))``.
    """
    roles = tuple((r, args.get(r, "")) for r in ASSERTION_ROLES[what])
    start, end = span or (0, len(text))
    return Assertion(what, roles, Provenance(doc_id, sent_id, start, end, text, rule, confidence))


ARTICLE_1 = "001_pangkalpinang.txt"
ARTICLE_2 = "002_pekalongan.txt"


def documents() -> tuple[Document, Document]:
    s1 = _sentences(TEXT_1)
    e1 = (
        Entity("person:budi-utama", "person", "Budi Utama", aliases=("Budi",)),
        Entity("person:imam-ghazali", "person", "Imam Ghazali"),
        Entity("org:bawaslu-kota-pangkalpinang", "organization", "Bawaslu Kota Pangkalpinang",
               aliases=("Bawaslu",), attrs=(("full", "Badan Pengawas Pemilu Kota Pangkalpinang"),
                                            ("region", "region:19.71"), ("parent", "org:bawaslu"))),
        Entity("org:bawaslu", "organization", "Bawaslu", attrs=(("full", "Badan Pengawas Pemilu"),)),
        Entity("org:pemkot-pangkalpinang", "organization", "Pemkot Pangkalpinang",
               attrs=(("full", "Pemerintah Kota Pangkalpinang"), ("region", "region:19.71"))),
        Entity("region:19.71", "region", "Pangkalpinang", attrs=(("level", "kota"), ("code", "19.71"),
                                                                  ("full", "Kota Pangkalpinang"))),
    )
    d1 = ARTICLE_1
    a1 = (
        assertion("holds", d1, "s1", s1[0].text, person="person:budi-utama", title="Wali Kota",
                  qualifier="Pj", region="region:19.71", date="2023-12-04"),
        assertion("holds", d1, "s2", s1[1].text, person="person:imam-ghazali", title="Ketua Bawaslu",
                  organization="org:bawaslu-kota-pangkalpinang", region="region:19.71"),
        assertion("commitment", d1, "s1", s1[0].text, actor="person:budi-utama", topic="asn-neutrality",
                  kind="appeal", polarity="positive", modality="harus", addressees="ASN; camat"),
        assertion("commitment", d1, "s2", s1[1].text, actor="person:imam-ghazali",
                  topic="election-oversight", kind="pledge", polarity="positive", modality="siap"),
        assertion("quote", d1, "s2", s1[1].text, confidence=1.0, speaker="person:imam-ghazali",
                  text="Kami siap mengawasi,", span=(s1[1].start_char, s1[1].end_char)),
        assertion("event", d1, "s3", s1[2].text, kind="meeting", date="2023-12-04",
                  place="Kantor Wali Kota Pangkalpinang", place_region="region:19.71",
                  participants="org:pemkot-pangkalpinang; org:bawaslu-kota-pangkalpinang",
                  label="Rapat koordinasi"),
        assertion("member", d1, "s2", s1[1].text, organization="org:bawaslu-kota-pangkalpinang",
                  parent="org:bawaslu"),
        assertion("acts_with", d1, "s3", s1[2].text, organization="org:pemkot-pangkalpinang",
                  partner="org:bawaslu-kota-pangkalpinang"),
    )
    doc1 = Document(d1, TEXT_1, meta={"title": "Pj Wali Kota minta ASN netral", "date": "2023-12-05",
                                      "publisher": "AkselNews.com", "url": "https://example.org/a/1"},
                    sentences=s1, entities=e1, assertions=a1)

    s2 = _sentences(TEXT_2)
    d2 = ARTICLE_2
    e2 = (
        Entity("person:salahudin", "person", "Salahudin"),
        Entity("person:budi", "person", "Budi"),
        Entity("region:33.75", "region", "Pekalongan", attrs=(("level", "kota"),)),
    )
    a2 = (
        assertion("holds", d2, "s1", s2[0].text, person="person:salahudin", title="Wali Kota",
                  qualifier="Plt", region="region:33.75"),
        assertion("instrument", d2, "s1", s2[0].text, identifier="270/139/SE/2023", kind="Surat Edaran",
                  issuer="person:salahudin", date="2023-12-06", label="Surat Edaran Nomor 270/139/SE/2023"),
        assertion("commitment", d2, "s2", s2[1].text, actor="person:budi", topic="asn-neutrality",
                  kind="instruction", polarity="negative", modality="jangan"),
        assertion("commitment", d2, "s2", s2[1].text, actor="person:budi", topic="money-politics",
                  kind="pledge", confidence=0.2),
    )
    doc2 = Document(d2, TEXT_2, meta={"publisher": "RADARPEKALONGAN.ID"}, sentences=s2,
                    entities=e2, assertions=a2)
    return doc1, doc2


RENAMES = {"person:budi": "person:budi-utama"}


def build(min_confidence: float = 0.5, renames=None):
    """The graph of :func:`documents`, with person:budi merged into person:budi-utama."""
    from kg.graph.builder import GraphBuilder

    builder = GraphBuilder(min_confidence=min_confidence)
    for doc in documents():
        builder.add(doc)
    return builder.finish(RENAMES if renames is None else renames)
