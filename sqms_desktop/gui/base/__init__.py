"""Foundations of every window: forms, icons, words, settings, signals, background work."""
