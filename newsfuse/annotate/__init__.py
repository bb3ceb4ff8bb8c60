"""annotate: sentences, entities, quantities and time expressions of a clean article.

load_nlp(settings)            the spaCy pipeline (+ armed-group rules), once per process
annotate(article, settings)   one Article -> AnnotatedArticle
annotate_many(articles, settings)
                              the batch path over nlp.pipe, same per-document code
"""

from newsfuse.annotate._core import annotate, annotate_many, load_nlp
from newsfuse.annotate._times import find_times

__all__ = ["annotate", "annotate_many", "find_times", "load_nlp"]
