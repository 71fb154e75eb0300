"""List pages at scale: first paint, a sort by header click and a filter on the Suppliers, Audits
and Findings pages, each against a plain `sqlite3` SELECT of the first 200 rows in the same order.

The pages are the real ones (`sqms_desktop/gui/pages/`), shown offscreen at a laptop's size and
acting for a user of the store as the main window does; only the page API that every version
of them keeps is used (`refresh()`, the table's header, `filter_edit`), so the same script
measures them before and after they read lazily. Each figure is a median of several runs, its
baseline timed in turns with it:
- first paint: `page.refresh()` (rows read, first row selected, its detail shown), events
  delivered, the table's viewport painted (`grab()`); baseline: the first 200 rows of the
  page's table in the page's default order;
- sort: a mouse click on a column's header, events delivered, viewport painted; baseline: the
  first 200 rows ordered by that column;
- filter: the text set in the filter line at once (as pasted, or typed faster than a typing
  pause, which is skipped: pending single-shot timers of the page fire at once), events
  delivered, viewport painted; the first filter after the page was read (what a user who types
  straight away waits for) and a second one; baseline: the first 200 rows whose text contains
  it (LIKE), in the default order.
Also recorded: the rows the page's model holds after the first paint, against the store's total.
Usage: .venv/bin/python benchmarks/pages.py --db STORE [--runs N] [--json FILE] [--no-record]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from PySide6.QtCore import QEventLoop, QPoint, Qt, QThreadPool, QTimer, qInstallMessageHandler  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from read_only_store import read_only, schema_problem  # noqa: E402
from run_info import code_commit  # noqa: E402

from sqms_desktop.gui.pages.findings import FindingsPage  # noqa: E402
from sqms_desktop.gui.pages.list_page import ListPage  # noqa: E402
from sqms_desktop.gui.pages.records import AuditsPage  # noqa: E402
from sqms_desktop.gui.pages.suppliers import SuppliersPage  # noqa: E402
from sqms_desktop.services.actor import Actor  # noqa: E402
from sqms_desktop.store.engine import Store, open_store  # noqa: E402

RESULTS = HERE / "results"
SIZE = (1280, 720)  # the main window's laptop size (headless.DEFAULT_SIZE)
WINDOW = 200  # rows the baseline reads: what a lazily fetching table reads first
TARGET_MS = 100.0
SETTLE_LIMIT_S = 60.0


@dataclass(frozen=True)
class Sort:
    """A column to click, by the model's constant, and the SQL ORDER BY of its baseline."""

    constant: str
    order_by: str


@dataclass(frozen=True)
class PageSpec:
    name: str
    make: Callable[[Actor, Callable[[], dt.date]], ListPage]
    table: str  # the store table the page lists, for its total
    select: str  # the baseline's FROM/JOIN part, after "SELECT * "
    default_order: str
    sorts: tuple[Sort, ...]
    filter_where: str  # the baseline's WHERE for the filter text (one ? = %text%)
    filter_text: str


PAGES = (
    PageSpec(
        "suppliers",
        lambda actor, today: SuppliersPage(actor, today=today),
        "supplier",
        "FROM supplier",
        "supplier.code",
        (
            Sort("COL_NAME", "supplier.name"),
            Sort("COL_COUNTRY", "supplier.country"),
            Sort("COL_STATUS", "supplier.status"),
        ),
        "supplier.name LIKE ?",
        "gmbh",
    ),
    PageSpec(
        "audits",
        lambda actor, today: AuditsPage(actor),
        "audit",
        "FROM audit JOIN supplier ON supplier.id = audit.supplier_id",
        "audit.planned_start DESC, audit.reference DESC",
        (
            Sort("COL_REFERENCE", "audit.reference"),
            Sort("COL_SUPPLIER", "supplier.code"),
            Sort("COL_STATUS", "audit.status"),
        ),
        "supplier.name LIKE ?",
        "gmbh",
    ),
    PageSpec(
        "findings",
        lambda actor, today: FindingsPage(actor, today=today),
        "finding",
        "FROM finding JOIN audit ON audit.id = finding.audit_id "
        "JOIN supplier ON supplier.id = audit.supplier_id",
        "coalesce(audit.actual_end, audit.planned_start) DESC, finding.reference DESC",
        (
            Sort("COL_REFERENCE", "finding.reference"),
            Sort("COL_SUPPLIER", "lower(supplier.code)"),
            Sort("COL_CLASS", "finding.finding_class"),
        ),
        "finding.statement LIKE ?",
        "calibration",
    ),
)


# -- driving the page --------------------------------------------------------------------------


def typing_timers(page: QWidget) -> list[QTimer]:
    """The page's pending single-shot timers of a second or less: typing pauses."""
    return [
        t
        for t in page.findChildren(QTimer)
        if t.isActive() and t.isSingleShot() and t.interval() <= 1000
    ]


def reading(page: QWidget) -> bool:
    """Whether a page that reads in the background says a read is under way (`is_busy`)."""
    busy = getattr(page, "is_busy", None)
    return bool(busy()) if callable(busy) else False


def settle(app: QApplication, page: QWidget) -> None:
    """Deliver posted events, fire a typing pause at once, and wait for background reads (a
    page that reads on the thread pool) to end, as the event loop would before the next key."""
    deadline = time.perf_counter() + SETTLE_LIMIT_S
    app.processEvents()
    pool = QThreadPool.globalInstance()
    while time.perf_counter() < deadline:
        pending = typing_timers(page)
        for timer in pending:
            timer.start(0)
        if not pending and pool.activeThreadCount() == 0 and not reading(page):
            break
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    app.processEvents()
    app.processEvents()


def paint(page: ListPage) -> None:
    """The table's visible rows painted: every visible cell's data() asked for."""
    page.table.viewport().grab()


def click_header(page: ListPage, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def column_of(page: ListPage, constant: str) -> int:
    value = getattr(type(page.model), constant, None)
    if not isinstance(value, int):
        raise RuntimeError(f"{type(page.model).__name__} has no {constant}")
    return value


def new_page(app: QApplication, spec: PageSpec, actor: Actor, today: dt.date) -> ListPage:
    page = spec.make(actor, lambda: today)
    page.resize(*SIZE)
    page.show()
    settle(app, page)
    return page


def close_page(app: QApplication, page: ListPage) -> None:
    QThreadPool.globalInstance().waitForDone(60_000)
    page.close()
    page.deleteLater()
    app.processEvents()


@dataclass(frozen=True)
class Took:
    """Wall time, and the CPU time of the process (all threads): on a shared machine the wall
    time also counts the wait for a core."""

    wall: float
    cpu: float


def timed(step: Callable[[], None]) -> Took:
    start, start_cpu = time.perf_counter(), time.process_time()
    step()
    return Took(time.perf_counter() - start, time.process_time() - start_cpu)


# -- the baselines ------------------------------------------------------------------------------


def baseline(connection: sqlite3.Connection, sql: str, *args: Any) -> Took:
    """One plain SELECT, all its rows fetched."""
    return timed(lambda: connection.execute(sql, args).fetchall() and None)


def first_rows(spec: PageSpec, order_by: str) -> str:
    return f"SELECT * {spec.select} ORDER BY {order_by} LIMIT {WINDOW}"


def filtered_rows(spec: PageSpec) -> str:
    return (
        f"SELECT * {spec.select} WHERE {spec.filter_where} "
        f"ORDER BY {spec.default_order} LIMIT {WINDOW}"
    )


# -- one page -----------------------------------------------------------------------------------


def ms(values: list[float]) -> list[float]:
    return [round(v * 1000, 2) for v in values]


def figure(ours: list[Took], base: list[Took]) -> dict[str, Any]:
    mine, theirs = statistics.median(t.wall for t in ours), statistics.median(t.wall for t in base)
    mine_cpu = statistics.median(t.cpu for t in ours)
    theirs_cpu = statistics.median(t.cpu for t in base)
    return {
        "median_ms": round(mine * 1000, 1),
        "cpu_median_ms": round(mine_cpu * 1000, 1),
        "baseline_median_ms": round(theirs * 1000, 2),
        "baseline_cpu_median_ms": round(theirs_cpu * 1000, 2),
        "ratio": round(mine / theirs, 1) if theirs else None,
        "cpu_ratio": round(mine_cpu / theirs_cpu, 1) if theirs_cpu else None,
        "met": mine * 1000 < TARGET_MS,
        "runs_ms": ms([t.wall for t in ours]),
        "baseline_runs_ms": ms([t.wall for t in base]),
    }


def measure_page(
    app: QApplication,
    spec: PageSpec,
    actor: Actor,
    connection: sqlite3.Connection,
    runs: int,
    today: dt.date,
) -> dict[str, Any]:
    total = connection.execute(f"SELECT count(*) FROM {spec.table}").fetchone()[0]
    first_sql = first_rows(spec, spec.default_order)

    def refreshed(page: ListPage) -> None:
        page.refresh()
        settle(app, page)
        paint(page)

    # First paint: a page made and shown (not timed), then read and painted; the first run in
    # the process (SQL compiled, caches cold) is kept apart.
    built: list[float] = []
    painted: list[Took] = []
    paint_base: list[Took] = []
    first_in_process = Took(0.0, 0.0)
    held = 0
    for run in range(runs + 1):
        start = time.perf_counter()
        page = new_page(app, spec, actor, today)
        made = time.perf_counter() - start
        took = timed(lambda page=page: refreshed(page))  # type: ignore[misc]
        held = page.model.rowCount()
        close_page(app, page)
        if run == 0:
            first_in_process = took
            baseline(connection, first_sql)
            continue
        built.append(made)
        painted.append(took)
        paint_base.append(baseline(connection, first_sql))

    # Sorts and filters on one page, read once.
    page = new_page(app, spec, actor, today)
    refreshed(page)
    sorts = {}
    for sort in spec.sorts:
        column = column_of(page, sort.constant)
        title = page.model.headerData(column, Qt.Orientation.Horizontal)
        sql = first_rows(spec, sort.order_by)
        clicks: list[Took] = []
        sort_base: list[Took] = []
        click_header(page, column)  # warm-up: the column's first sort
        settle(app, page)
        for _ in range(runs):  # each click sorts the other way round

            def sort_once(column: int = column) -> None:
                click_header(page, column)
                settle(app, page)
                paint(page)

            clicks.append(timed(sort_once))
            sort_base.append(baseline(connection, sql))
        sorts[str(title)] = {"column": sort.constant, **figure(clicks, sort_base)}

    like = f"%{spec.filter_text}%"
    shown = connection.execute(
        f"SELECT count(*) {spec.select} WHERE {spec.filter_where}", (like,)
    ).fetchone()[0]
    first_filter: list[Took] = []
    second_filter: list[Took] = []
    filter_base: list[Took] = []
    held_filtered = 0

    def filter_once() -> None:
        page.filter_edit.setText(spec.filter_text)
        settle(app, page)
        paint(page)

    def unfilter() -> None:
        page.filter_edit.clear()
        settle(app, page)

    for _ in range(runs):
        refreshed(page)  # the filter's search text is made after each read: start afresh
        first_filter.append(timed(filter_once))
        held_filtered = page.table.model().rowCount()
        unfilter()
        second_filter.append(timed(filter_once))
        unfilter()
        filter_base.append(baseline(connection, filtered_rows(spec), like))
    close_page(app, page)
    return {
        "total_rows": total,
        "model_rows_after_first_paint": held,
        "first_paint_in_process_ms": round(first_in_process.wall * 1000, 1),
        "page_made_median_ms": round(statistics.median(built) * 1000, 1),
        "first_paint": figure(painted, paint_base),
        "sorts": sorts,
        "filter": {
            "text": spec.filter_text,
            "store_rows_matching_baseline_where": shown,
            "table_rows_after_filter": held_filtered,
            "first_after_read": figure(first_filter, filter_base),
            "again": figure(second_filter, filter_base),
        },
    }


def profile_page(app: QApplication, spec: PageSpec, actor: Actor, today: dt.date) -> list[Path]:
    """pyinstrument over one first paint, one sort (the first column) and one filter; the text
    trees go to results/pages-<page>-<step>-profile.txt (not committed)."""
    from pyinstrument import Profiler

    written = []
    page = new_page(app, spec, actor, today)

    def profiled(step: str, work: Callable[[], None]) -> None:
        profiler = Profiler(interval=0.001)
        profiler.start()
        work()
        profiler.stop()
        out = RESULTS / f"pages-{spec.name}-{step}-profile.txt"
        out.write_text(profiler.output_text(unicode=True, color=False), encoding="utf-8")
        written.append(out)

    def first_paint() -> None:
        page.refresh()
        settle(app, page)
        paint(page)

    def sort() -> None:
        click_header(page, column_of(page, spec.sorts[0].constant))
        settle(app, page)
        paint(page)

    def filtered() -> None:
        page.filter_edit.setText(spec.filter_text)
        settle(app, page)
        paint(page)

    profiled("first-paint", first_paint)
    profiled("sort", sort)
    profiled("filter", filtered)
    close_page(app, page)
    return written


# -- the run ------------------------------------------------------------------------------------


def reading_user(store: Store) -> str:
    """The store's first active administrator (the demo's `admin`), as if signed in."""
    from sqms_desktop.queries.people import list_users

    with store.session() as session:
        users = [u for u in list_users(session) if u.active]
    admins = [u.username for u in users if u.role == "admin"]
    if not admins and not users:
        raise SystemExit("the store has no users to act as")
    return (admins or [u.username for u in users])[0]


def qt_message(_kind: object, _context: object, text: str) -> None:
    # The offscreen platform says this at every show(); anything else is worth seeing.
    if "propagateSizeHints" not in text:
        print(text, file=sys.stderr)


def record(result: dict[str, Any]) -> None:
    lines = [
        "",
        f"## List pages (`pages.py`), {result['started']}",
        "",
        f"Code at {result['commit']}; {result['machine']}; Python {result['python']}; load "
        f"{result['load_before']} before, {result['load_after']} after. Store {result['store']} "
        f"({result['store_mb']} MB). Median of {result['runs']} runs each, the baseline (plain "
        f"`sqlite3`, first {WINDOW} rows in the same order) timed in turns; offscreen, "
        f"{SIZE[0]}×{SIZE[1]}.",
        "",
        "| page | rows in store | rows in the model after first paint | measured | ours (wall) | "
        "baseline (wall) | ratio | ours (CPU) | baseline (CPU) | ratio (CPU) | < 100 ms |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, page in result["pages"].items():
        rows = [("first paint", page["first_paint"])]
        rows += [(f"sort by {title}", f) for title, f in page["sorts"].items()]
        rows += [
            (
                f"filter “{page['filter']['text']}”, first after reading",
                page["filter"]["first_after_read"],
            ),
            (f"filter “{page['filter']['text']}”, again", page["filter"]["again"]),
        ]
        for number, (what, f) in enumerate(rows):
            lines.append(
                f"| {name if number == 0 else ''} | "
                f"{format(page['total_rows'], ',') if number == 0 else ''} | "
                f"{format(page['model_rows_after_first_paint'], ',') if number == 0 else ''} | "
                f"{what} | "
                f"{f['median_ms']} ms | {f['baseline_median_ms']} ms | {f['ratio']}× | "
                f"{f['cpu_median_ms']} ms | {f['baseline_cpu_median_ms']} ms | {f['cpu_ratio']}× | "
                f"{'yes' if f['met'] else '**no**'} |"
            )
    lines.append("")
    with (HERE / "RESULTS.md").open("a", encoding="utf-8") as out:
        out.write("\n".join(lines))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="the store (read, never written)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pages", nargs="+", choices=[p.name for p in PAGES])
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    parser.add_argument("--json", type=Path, help="also write the figures to this file (suite.py)")
    parser.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="also profile one first paint, sort and filter per page (pyinstrument)",
    )
    args = parser.parse_args()
    if not args.db.exists():
        parser.error(f"no store at {args.db}")
    problem = schema_problem(args.db)
    if problem:
        parser.error(problem)
    started = dt.datetime.now(dt.UTC)
    load_before = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    qInstallMessageHandler(qt_message)
    app = QApplication([])
    store = open_store(read_only(args.db), migrate=False)
    results = {}
    try:
        actor = Actor(store, reading_user(store))
        with closing(sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)) as connection:
            for spec in PAGES:
                if args.pages and spec.name not in args.pages:
                    continue
                print(f"{spec.name}…", flush=True)
                results[spec.name] = measure_page(
                    app, spec, actor, connection, args.runs, args.today
                )
                if args.profile:
                    RESULTS.mkdir(exist_ok=True)
                    for path in profile_page(app, spec, actor, args.today):
                        print(f"  profile: {path}")
    finally:
        store.close()
    result = {
        "started": f"{started:%Y-%m-%d %H:%M} UTC",
        "commit": code_commit(HERE.parent),
        "machine": f"{platform.machine()} {os.cpu_count()} CPUs, {platform.platform()}",
        "python": platform.python_version(),
        "load_before": load_before,
        "load_after": ", ".join(f"{x:.2f}" for x in os.getloadavg()),
        "store": str(args.db),
        "store_mb": round(args.db.stat().st_size / 1e6, 1),
        "runs": args.runs,
        "today": args.today.isoformat(),
        "pages": results,
    }
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"pages-{started:%Y-%m-%dT%H%M%S}.json"
    text = json.dumps(result, indent=2, ensure_ascii=False) + "\n"
    out.write_text(text, encoding="utf-8")
    if args.json:
        args.json.write_text(text, encoding="utf-8")
    for name, page in results.items():
        f = page["first_paint"]
        sorts = ", ".join(f"{t} {s['median_ms']} ms" for t, s in page["sorts"].items())
        filtered = page["filter"]
        print(
            f"{name}: {page['total_rows']} rows, model holds {page['model_rows_after_first_paint']}"
            f"; first paint {f['median_ms']} ms (baseline {f['baseline_median_ms']} ms); sorts "
            f"{sorts}; filter {filtered['first_after_read']['median_ms']} ms first, "
            f"{filtered['again']['median_ms']} ms again"
        )
    if not args.no_record:
        record(result)
        print(f"appended to {HERE / 'RESULTS.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
