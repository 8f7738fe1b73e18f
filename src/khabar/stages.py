"""Imports every module that registers a pipeline stage.

The default order lives in :data:`khabar.pipeline.DEFAULT_STAGES`; each
package registers its own stage with :func:`khabar.pipeline.stage`.
"""

import khabar.entities.link_stage  # link: entities with canonical identities
import khabar.entities.tagger_stage  # ner: mentions from the CRF tagger
import khabar.numbers.stage  # numbers, facts_link: figures with their meaning and source
import khabar.speech.stage  # quotes: who said what, according to whom
import khabar.time.stage  # times: dates and relative times resolved against published
