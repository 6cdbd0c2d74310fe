"""Linking: which claims of other sources compete with a claim or back it up, and a suggested verdict.

The rooms, in the order a pair of claims goes through them:

- `similarity`: how related two claims are, and which pairs are worth scoring (an index, never all pairs);
- `top_rows`: which of a block's scores `similarity` keeps (each claim's best few, not its own voice's);
- `embeddings`: the optional `semantic` backend (sentence embeddings) that `similarity` mixes in;
- `parties`: which side labels name the same party, and who the contenders are;
- `evidence`: what linking compares in a claim (its `Profile`: party, denial, numbers, places);
- `lexicon`: the generic English vocabulary of linking (event classes, words that are not parties);
- `bonds`: how surely two related claims bear on one point (`word_sets`: the words of many pairs at once);
  `silence`: lines that only say someone said nothing ("declined to comment"), which bond with nothing;
- `greedy`: the greedy grouping over those bonds, strongest first;
- `questions`: claims grouped by the contested point they bear on, across articles; `rejections`: bare
  rejections ("denied <Party>'s claim") joining the question of the party they reject;
- `stance`: what each member answers (asserts, denies, or the figure it gives);
- `anchor`: which member a question's stances are taken against, and its label; `label`: a claim's
  claimed words without who claimed them, which a label quotes (`label_cut`: cut to the list's width);
- `linker`: `link_questions` (the questions, and the links that follow from them, each with a
  score and a reason; `link_with_figures` adds the figures members give that are not their answers' names);
- `reasons`: what a link's reason and a claim's suggested verdict say (`suggest_verdicts`).

Linking reads only `Claim` values and their `features` (computed at extraction): it never imports
spaCy, and `factcheck.extract` never imports it (the pipeline, `factcheck.pipeline`, calls both).
"""

from __future__ import annotations

from factcheck.link.linker import LINKER_VERSION, link_claims, link_questions, link_with_figures, suggest_verdicts
from factcheck.link.similarity import similarity_backend

__all__ = [
    "LINKER_VERSION", "link_claims", "link_questions", "link_with_figures", "similarity_backend", "suggest_verdicts"
]
