"""The generated sample release (`woo sample DIR`): deterministic PDFs plus gold.json."""

from woo_eval.sample.release import write_sample_release

__all__ = ["write_sample_release"]
