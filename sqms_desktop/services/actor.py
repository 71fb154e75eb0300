"""Who acts on which store: each call is one user action in a unit of work of its own.

The window and the command line hold an `Actor` instead of building units of work themselves.
`actor.run(service, *args)` opens a unit of work for the acting person, calls the service with it,
commits when the service returns and rolls back when it raises, so a user action is kept whole or
not at all and every write goes through a service (docs/design.md, "The unit of work and the
change log"). `actor.read(query, *args)` runs a read-side query in a session of its own.

ORM records a service returns stay readable after the action (the store's sessions do not
expire on commit), but only plain values should cross to another thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy.orm import Session

from sqms_desktop.store.engine import Store
from sqms_desktop.store.uow import (
    Clock,
    IdFactory,
    UnitOfWork,
    WriteContext,
    random_id,
    system_clock,
)

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class Actor:
    """A person acting on a store; tests and the demo pass their own clock and ids."""

    store: Store
    user: str
    clock: Clock = field(default=system_clock, repr=False)
    new_id: IdFactory = field(default=random_id, repr=False)

    def as_user(self, user: str) -> Actor:
        """The same store, another person (after a sign-in or a change of user)."""
        return Actor(self.store, user, self.clock, self.new_id)

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(
            self.store, WriteContext(user=self.user, clock=self.clock, new_id=self.new_id)
        )

    def run(
        self, action: Callable[Concatenate[UnitOfWork, P], T], /, *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """One user action: the service and everything it writes, committed as one."""
        with self.unit_of_work() as uow:
            result = action(uow, *args, **kwargs)
            uow.commit()
            return result

    def read(
        self, query: Callable[Concatenate[Session, P], T], /, *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """One read through the queries (queries/), in a session closed afterwards."""
        with self.store.session() as session:
            return query(session, *args, **kwargs)
