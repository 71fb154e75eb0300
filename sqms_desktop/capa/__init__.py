"""CAPA / SCAR with 8D, Qt-free: stages and deadlines, the 8D content's shape and
its root-cause rule, the register's read side, the SCAR response workbook and the fishbone.

Writes go through `sqms_desktop.services.capas`, `capa_8d` and `scar_form`.
"""
