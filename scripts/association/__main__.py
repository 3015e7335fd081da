"""``python -m association`` is the editor command ``association``."""

import sys

from .commands import main

sys.exit(main())
