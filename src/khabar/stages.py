"""Imports every module that registers a pipeline stage.

The default order lives in :data:`khabar.pipeline.DEFAULT_STAGES`; each
package registers its own stage with :func:`khabar.pipeline.stage`.
"""

import khabar.entities.link_stage  # noqa: F401  link: entities with canonical identities
import khabar.entities.tagger_stage  # noqa: F401  ner: mentions from the CRF tagger
import khabar.speech.stage  # noqa: F401  quotes: who said what, according to whom
import khabar.time.stage  # noqa: F401  times: dates and relative times resolved against published
import khabar.numbers.stage  # noqa: F401  numbers, facts_link: figures with their meaning and source
