"""Every domain word once."""
