"""Structure extraction in the page workers: what a worker runs besides pages.

The flow's main process is its one serial stage (it collects pages and commits); a source's
structure runs in the page pool beside the pages of the next sources. Kept free of Prefect,
like `flows.page_reader`, so that a worker imports little.
"""

from __future__ import annotations

from pipeline.nlp import get_nlp
from pipeline.structure import extraction_pipeline


def warm_up() -> None:
    """Build the spaCy pipelines in this worker (seconds, once per process) before its
    first source needs them."""
    extraction_pipeline()
    get_nlp()
