"""Demo and scale data: a generator that writes through the same services as the application."""
