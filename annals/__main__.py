"""python -m annals: the same as the annals command."""

from annals.cli import main

main()
