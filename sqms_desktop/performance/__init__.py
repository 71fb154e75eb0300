"""Supplier performance as pure rules (DESIGN §6): the monthly KPI figures of deliveries, the
scorecard's parts, score and band, the proposals it makes, the trend and forecast, the risk
register's effect on the risk class, and when the next audit of a supplier is due.

Pure functions over plain values: no store, no session. The queries feed them rows; the
services act on what they decide; the tests check them with hand-computed cases.
"""
