"""``python -m tools.bench [--quick]``: run the benchmark suite (see run.py)."""

import sys

from .run import main

sys.exit(main())
