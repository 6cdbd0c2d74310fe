"""Claim extraction with spaCy: sentences, claim-worthiness, attribution and sides.

`claims` holds the two halves that `factcheck.pipeline` drives: the map over articles
(`read_articles`: parse and read each article on its own) and `settle` (sides across the corpus).
The rest are its parts: `segment` (paragraphs, quotes, furniture), `reader` and `attribution`
(who says what, with `inverted` for speakers the parser hung elsewhere), `sides`, `worthiness`,
`features` (what linking needs later, with `figures` for the numbers in a claim) and `lexicon`.
Extraction never imports linking (`factcheck.link`); the pipeline calls both.

Importing this package does not import spaCy; the pipeline is loaded lazily, once,
by `factcheck.extract.nlp.load_pipeline`.
"""
