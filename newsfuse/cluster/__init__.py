"""Cluster stage: event mentions from many articles -> one cluster per real-world event.

``Clusterer`` is the streaming path (``add`` one mention at a time, in publication order);
``cluster`` is the batch path, a loop over a ``Clusterer``. ``document_mention`` stands in for
an article the extractor found no event in, so that every article can still be clustered.
"""

from newsfuse.cluster._anchor import anchor_dates
from newsfuse.cluster._clusterer import Clusterer, cluster
from newsfuse.cluster._doc import document_mention

__all__ = ["Clusterer", "anchor_dates", "cluster", "document_mention"]
