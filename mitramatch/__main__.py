"""``python -m mitramatch``: the same as the ``mitramatch`` command."""

import sys

from .cli import main

sys.exit(main())
