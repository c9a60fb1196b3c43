"""The extractor: an Article in, a Briefing out; nothing here reads files or renders pages.

The pipeline, in the order it runs:

- `quotes.py` pairs quotation marks into spans;
- `mentions.py` registers every name the narration gives, with its role (first pass);
- `cues.py` finds reporting verbs and their subjects, which `references.py` reads
  (`names.py` splits a name from the title, party or rank before it);
- `cast.py` resolves a reference to a person and tracks who is in focus;
- `attribute.py` walks the article and gives each quote its speaker (second pass);
- `reported.py` reads the content of each reporting cue: reported speech, same speakers;
- `gate.py` checks every speaker and person shown against `sources.py`: a name, an
  organisation or a description, mended where grammar says who, else withdrawn;
- `lexicon.py` holds the word lists all of them share.
"""

from .attribute import extract

__all__ = ["extract"]
