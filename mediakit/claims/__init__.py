"""Claims and evidence: what kind of statement each sentence is, and what backs it up."""

from mediakit.claims.classify import classify_sentences

__all__ = ["classify_sentences"]
