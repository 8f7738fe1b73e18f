"""Imports every module that registers a pipeline stage.

The default order lives in :data:`khabar.pipeline.DEFAULT_STAGES`; each
package registers its own stage with :func:`khabar.pipeline.stage`.
"""
