"""The Qt front end: the only package that imports PySide6, so everything else runs without a
display (docs/design.md, "The layers and why")."""
