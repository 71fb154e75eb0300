"""The first start without a store: a short wizard from installation to a first audit
(start.py decides when, wizard.py is the wizard, build.py makes the store)."""
