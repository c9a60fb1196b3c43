"""Entry point: `python build.py [options]` builds site/ from the article in seeds/."""

import sys

from briefing.cli import main

if __name__ == "__main__":
    sys.exit(main())
