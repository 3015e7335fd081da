"""``python -m association`` is the editor command ``association``."""

import sys

from .cli import main

sys.exit(main())
