"""The test suite is a package, so modules of the same name in different folders never collide
and `from tests.support import …` works from a full run and from a single file alike."""
