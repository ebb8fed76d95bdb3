"""``python -m lvmh_pipeline.cli``: the ``lvmh-pipeline`` command."""

import sys

from lvmh_pipeline.cli import console_main

sys.exit(console_main())
