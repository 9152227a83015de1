"""`python -m teiconv` runs the command line."""

from .cli import main

main()
