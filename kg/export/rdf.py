"""RDF export with rdflib.

IRIs are minted under a configurable base; classes and properties come from the ontology's
vocabulary. Each relation is asserted as a plain triple (when its status is "asserted") and
also described by an `rdf:Statement` that carries its provenance (source documents, evidence
sentences, confidence, first/last seen), so linked-data users can ask "who says so". Every
IRI is derived from content, so the same graph always gives the same triples.
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from kg.ontology import Ontology, default_ontology
from kg.snapshot import Snapshot

FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml"}
SCHEMA = Namespace("https://schema.org/")


class RdfMapper:
    def __init__(self, base: str, ontology: Ontology | None = None) -> None:
        self.ontology = ontology or default_ontology()
        self.base = base
        self.vocab = Namespace(self.ontology.vocabulary)

    def entity(self, type_name: str, key: str) -> URIRef:
        return URIRef(f"{self.base}entity/{quote(type_name)}/{quote(key, safe='-')}")

    def document(self, doc_id: str) -> URIRef:
        return URIRef(f"{self.base}document/{quote(doc_id.replace(':', '-'), safe='-')}")

    def statement(self, s: URIRef, relation: str, o: URIRef, status: str) -> URIRef:
        digest = hashlib.sha1(f"{s}|{relation}|{o}|{status}".encode()).hexdigest()[:20]
        return URIRef(f"{self.base}statement/{digest}")

    def vocabulary_triples(self, graph: Graph) -> None:
        onto = self.ontology
        for t in onto.entity_types.values():
            cls = URIRef(onto.class_iri(t.name))
            graph.add((cls, RDF.type, OWL.Class))
            graph.add((cls, RDFS.label, Literal(t.name)))
            graph.add((cls, RDFS.comment, Literal(t.description)))
            if t.equivalent:
                graph.add((cls, OWL.equivalentClass, URIRef(t.equivalent)))
        for r in onto.relation_types.values():
            prop = URIRef(onto.property_iri(r.name))
            graph.add((prop, RDF.type, OWL.ObjectProperty))
            if r.symmetric:
                graph.add((prop, RDF.type, OWL.SymmetricProperty))
            graph.add((prop, RDFS.label, Literal(r.name)))
            graph.add((prop, RDFS.comment, Literal(r.description)))
            if len(r.subject) == 1:
                graph.add((prop, RDFS.domain, URIRef(onto.class_iri(next(iter(r.subject))))))
            if len(r.object) == 1:
                graph.add((prop, RDFS.range, URIRef(onto.class_iri(next(iter(r.object))))))

    def to_graph(self, snap: Snapshot) -> Graph:
        onto, v = self.ontology, self.vocab
        graph = Graph()
        graph.bind(onto.prefix, v)
        graph.bind("schema", SCHEMA)
        graph.bind("prov", PROV)
        graph.bind("dcterms", DCTERMS)
        graph.bind("skos", SKOS)
        self.vocabulary_triples(graph)
        for e in snap.entities:
            node = self.entity(e["type"], e["key"])
            graph.add((node, RDF.type, URIRef(onto.class_iri(e["type"]))))
            graph.add((node, RDFS.label, Literal(e["name"])))
            graph.add((node, v.key, Literal(e["key"])))
            for alias in e.get("aliases") or []:
                if alias != e["name"]:
                    graph.add((node, SKOS.altLabel, Literal(alias)))
        doc_class = URIRef(onto.graph.document_rdf_class)
        for d in snap.documents:
            node = self.document(d["id"])
            graph.add((node, RDF.type, doc_class))
            graph.add((node, DCTERMS.identifier, Literal(d["id"])))
            if d.get("name"):
                graph.add((node, RDFS.label, Literal(d["name"])))
            if d.get("title"):
                graph.add((node, DCTERMS.title, Literal(d["title"])))
            if d.get("url"):
                graph.add((node, SCHEMA.url, Literal(d["url"], datatype=XSD.anyURI)))
            if d.get("outlet"):
                graph.add((node, DCTERMS.publisher, Literal(d["outlet"])))
            if d.get("date"):
                graph.add((node, DCTERMS.date, Literal(d["date"], datatype=XSD.date)))
        for m in snap.mentions:
            graph.add((self.document(m["doc"]), SCHEMA.mentions, self.entity(m["type"], m["key"])))
        for r in snap.relations:
            s, o = self.entity(r["s_type"], r["s_key"]), self.entity(r["o_type"], r["o_key"])
            prop = URIRef(onto.property_iri(r["relation"]))
            if r["status"] == "asserted":
                graph.add((s, prop, o))
            st = self.statement(s, r["relation"], o, r["status"])
            graph.add((st, RDF.type, RDF.Statement))
            graph.add((st, RDF.subject, s))
            graph.add((st, RDF.predicate, prop))
            graph.add((st, RDF.object, o))
            graph.add((st, v.status, Literal(r["status"])))
            if r.get("confidence") is not None:
                graph.add((st, v.confidence, Literal(r["confidence"], datatype=XSD.decimal)))
            for doc_id in r.get("sources") or []:
                graph.add((st, PROV.wasDerivedFrom, self.document(doc_id)))
            for sentence in r.get("evidence") or []:
                graph.add((st, v.evidence, Literal(sentence)))
            for field, pred in (("first_seen", v.firstSeen), ("last_seen", v.lastSeen)):
                if r.get(field):
                    graph.add((st, pred, Literal(r[field], datatype=XSD.date)))
        return graph


def serialize(graph: Graph, fmt: str) -> str:
    """Serialise with rdflib's own registry; `fmt` is one of FORMATS."""
    return graph.serialize(format=FORMATS[fmt])
