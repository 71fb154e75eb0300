"""What tests share: builders of stores and files, clocks, constants. Test modules and conftest
files import from here, never from each other, so a test can move without breaking another."""
