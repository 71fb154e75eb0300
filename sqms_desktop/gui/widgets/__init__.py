"""Widgets shared by pages and dialogs: findings panel, fishbone, template tree, 8D editor."""
