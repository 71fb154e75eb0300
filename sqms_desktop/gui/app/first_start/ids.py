"""The wizard's pages by id, in the order a person meets them."""

WELCOME, ADMINISTRATOR, COMPANY, CHECKLISTS, DONE = range(5)
