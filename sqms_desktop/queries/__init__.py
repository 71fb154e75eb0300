"""The read side: one module per subject, each returning plain dataclasses.

The GUI, the command line and the reports read only through here; nothing here writes.
"""
