"""The `.sqmsbundle` ZIP: written with a signed `SHA256SUMS`, read in memory and refused early.

A bundle arrives by e-mail or USB stick from anyone, so reading it assumes it is hostile: it is
never extracted, every member name must be one a bundle can hold, sizes are checked against the
headers and again while reading (headers lie), and a member that expands too far is a ZIP bomb.
The layout (DESIGN.md §8) lets anyone check a bundle with `unzip`, `minisign -V` and
`sha256sum -c --strict`.
"""

from __future__ import annotations

import hashlib
import io
import re
import stat
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqms_desktop.errors import BundleRefused, ValidationError
from sqms_desktop.i18n import translate
from sqms_desktop.paths import write_atomically

SUMS = "SHA256SUMS"
SIGNATURE = "SHA256SUMS.minisig"
MANIFEST = "manifest.json"
CHANGES = "changes.jsonl"
WORKBOOK = "data.xlsx"
ATTACHMENTS = "attachments/"
_FIXED_NAMES = frozenset({SUMS, SIGNATURE, MANIFEST, CHANGES, WORKBOOK})
_ATTACHMENT = re.compile(r"attachments/[0-9a-f]{64}")
_SUMS_LINE = re.compile(r"([0-9a-f]{64})  (.+)")
_MB = 1024 * 1024
_CHUNK = 1024 * 1024
# what a damaged or hostile archive makes zipfile and zlib raise
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError)


@dataclass(frozen=True)
class Limits:
    """What a bundle may hold; the ratio applies to members above `ratio_floor` bytes, because
    small repetitive files (an empty sheet, a short log) compress far without being bombs."""

    total: int = 2 * 1024 * _MB
    member: int = 200 * _MB
    members: int = 100_000
    ratio: int = 200
    ratio_floor: int = _MB


@dataclass(frozen=True)
class BundleFiles:
    """A bundle's members in memory, the two SHA256SUMS files apart."""

    members: dict[str, bytes]
    sums: bytes
    signature: str


def allowed_name(name: str) -> bool:
    return name in _FIXED_NAMES or _ATTACHMENT.fullmatch(name) is not None


def attachment_name(sha256_hex: str) -> str:
    name = ATTACHMENTS + sha256_hex
    if not _ATTACHMENT.fullmatch(name):
        raise ValueError(f"{sha256_hex!r} is not a lower-case SHA-256 hex digest")
    return name


def sums_text(members: dict[str, bytes]) -> bytes:
    """`SHA256SUMS` as `sha256sum` writes it: one line per member, sorted by name."""
    lines = [f"{hashlib.sha256(members[n]).hexdigest()}  {n}\n" for n in sorted(members)]
    return "".join(lines).encode("ascii")


def write_bundle(path: Path, members: dict[str, bytes], sign: Callable[[bytes], str]) -> str:
    """Write the ZIP (through a temporary file renamed into place); the SHA-256 of the file."""
    for name in members:
        if name in (SUMS, SIGNATURE) or not allowed_name(name):
            raise ValueError(f"a bundle cannot hold a member named {name!r}")
    sums = sums_text(members)
    signature = sign(sums).encode("utf-8")
    now = time.localtime()
    stamp = (now.tm_year, now.tm_mon, now.tm_mday, now.tm_hour, now.tm_min, now.tm_sec)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in [(SUMS, sums), (SIGNATURE, signature), *sorted(members.items())]:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so that unzip honours the mode below
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, data)
    content = buffer.getvalue()
    write_atomically(path, content)
    return hashlib.sha256(content).hexdigest()


def read_bundle_file(path: Path, *, limits: Limits = Limits()) -> tuple[BundleFiles, str]:
    """Read a bundle file (refusing one larger than the total limit before reading it) and
    return its members and the SHA-256 of the file."""
    try:
        size = path.stat().st_size
        if size > limits.total:
            raise BundleRefused(
                "too-large",
                translate(
                    "container", "{path} has {size} bytes, more than a bundle may ({total})"
                ).format(path=path, size=size, total=limits.total),
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            translate("container", "cannot read {path}: {problem}").format(
                path=path, problem=exc.strerror or exc
            )
        ) from exc
    return read_bundle(data, source=str(path), limits=limits), hashlib.sha256(data).hexdigest()


def read_bundle(data: bytes, *, source: str, limits: Limits = Limits()) -> BundleFiles:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _DAMAGED as exc:
        raise BundleRefused(
            "not-a-bundle",
            translate("container", "{source} is not a bundle: not a ZIP file").format(
                source=source
            ),
        ) from exc
    with archive:
        infos = archive.infolist()
        _check_headers(infos, source, limits)
        read: dict[str, bytes] = {}
        total = 0
        for info in infos:
            content = _read_member(archive, info, source, limits, limits.total - total)
            total += len(content)
            read[info.filename] = content
    for name in (SUMS, SIGNATURE):
        if name not in read:
            raise BundleRefused(
                "not-a-bundle",
                translate(
                    "container", "{source} is not a signed bundle: it has no {name} member"
                ).format(source=source, name=name),
            )
    sums = read.pop(SUMS)
    try:
        signature = read.pop(SIGNATURE).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleRefused(
            "bad-signature",
            translate("container", "{source}: SHA256SUMS.minisig is not text").format(
                source=source
            ),
        ) from exc
    return BundleFiles(members=read, sums=sums, signature=signature)


def check_sums(files: BundleFiles, *, source: str) -> None:
    """Every member is listed in SHA256SUMS with its right hash, and every listed name is there.
    Call it after the signature over `files.sums` was verified."""
    listed = parse_sums(files.sums, source=source)
    for name in sorted(files.members):
        if name not in listed:
            raise BundleRefused(
                "not-listed",
                translate(
                    "container",
                    "{source}: member {name} is not listed in SHA256SUMS, so it is unsigned",
                ).format(source=source, name=name),
            )
    for name, digest in listed.items():
        content = files.members.get(name)
        if content is None:
            raise BundleRefused(
                "hash-mismatch",
                translate(
                    "container",
                    "{source}: SHA256SUMS lists {name}, but the bundle has no such member",
                ).format(source=source, name=name),
            )
        if hashlib.sha256(content).hexdigest() != digest:
            raise BundleRefused(
                "hash-mismatch",
                translate(
                    "container",
                    "{source}: member {name} does not match its hash in SHA256SUMS: it was "
                    "changed after signing",
                ).format(source=source, name=name),
            )


def parse_sums(sums: bytes, *, source: str) -> dict[str, str]:
    """SHA256SUMS, strictly: `<64 lower-case hex>  <name>\\n` lines, each name once."""
    try:
        text = sums.decode("ascii")
    except UnicodeDecodeError as exc:
        raise BundleRefused(
            "malformed",
            translate("container", "{source}: SHA256SUMS is not plain ASCII text").format(
                source=source
            ),
        ) from exc
    if text and not text.endswith("\n"):
        raise BundleRefused(
            "malformed",
            translate("container", "{source}: SHA256SUMS does not end with a line break").format(
                source=source
            ),
        )
    listed: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        match = _SUMS_LINE.fullmatch(line.removesuffix("\n"))
        if match is None or not allowed_name(match[2]) or match[2] in (SUMS, SIGNATURE):
            raise BundleRefused(
                "malformed",
                translate(
                    "container",
                    "{source}: line {number} of SHA256SUMS is not '<sha256>  <member name>'",
                ).format(source=source, number=number),
            )
        if match[2] in listed:
            raise BundleRefused(
                "malformed",
                translate(
                    "container", "{source}: SHA256SUMS lists {name} twice (line {number})"
                ).format(source=source, name=match[2], number=number),
            )
        listed[match[2]] = match[1]
    return listed


def _check_headers(infos: list[zipfile.ZipInfo], source: str, limits: Limits) -> None:
    if len(infos) > limits.members:
        raise BundleRefused(
            "too-large",
            translate("container", "{source} has {count} members, more than {limit}").format(
                source=source, count=len(infos), limit=limits.members
            ),
        )
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = _safe_name(info, source)
        if name in seen:
            raise BundleRefused(
                "unsafe-name",
                translate("container", "{source} holds the member {name} twice").format(
                    source=source, name=name
                ),
            )
        seen.add(name)
        if info.flag_bits & 0x1:
            raise BundleRefused(
                "not-a-bundle",
                translate("container", "{source}: member {name} is encrypted").format(
                    source=source, name=name
                ),
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleRefused(
                "not-a-bundle",
                translate(
                    "container",
                    "{source}: member {name} uses ZIP compression method {method}; "
                    "bundles use deflate",
                ).format(source=source, name=name, method=info.compress_type),
            )
        _check_size(name, info.file_size, source, limits)
        if info.file_size > limits.ratio_floor and (
            info.file_size > limits.ratio * max(info.compress_size, 1)
        ):
            raise BundleRefused(
                "too-large",
                translate(
                    "container",
                    "{source}: member {name} expands {ratio} times (more than {limit}): a ZIP bomb",
                ).format(
                    source=source,
                    name=name,
                    ratio=info.file_size // max(info.compress_size, 1),
                    limit=limits.ratio,
                ),
            )
        total += info.file_size
        if total > limits.total:
            raise BundleRefused(
                "too-large",
                translate("container", "{source} expands to more than {limit} bytes").format(
                    source=source, limit=limits.total
                ),
            )


def _safe_name(info: zipfile.ZipInfo, source: str) -> str:
    # orig_filename: zipfile cuts the name at a NUL byte, which must not hide the rest
    raw = info.orig_filename
    shown = repr(raw)
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in raw):
        raise BundleRefused(
            "unsafe-name",
            translate("container", "{source}: member name {shown} has control characters").format(
                source=source, shown=shown
            ),
        )
    if raw.startswith("/") or "\\" in raw or ".." in raw.split("/") or re.match(r"[A-Za-z]:", raw):
        raise BundleRefused(
            "unsafe-name",
            translate(
                "container", "{source}: member {shown} points outside the bundle (ZIP slip)"
            ).format(source=source, shown=shown),
        )
    if info.is_dir() or info.external_attr & 0x10:  # MS-DOS directory attribute
        raise BundleRefused(
            "unsafe-name",
            translate("container", "{source}: member {shown} is a directory").format(
                source=source, shown=shown
            ),
        )
    kind = stat.S_IFMT(info.external_attr >> 16)
    if info.create_system == 3 and kind not in (0, stat.S_IFREG):
        what = (
            translate("container", "{source}: member {shown} is a symbolic link")
            if kind == stat.S_IFLNK
            else translate("container", "{source}: member {shown} is not a plain file")
        )
        raise BundleRefused("unsafe-name", what.format(source=source, shown=shown))
    if not allowed_name(raw):
        raise BundleRefused(
            "unsafe-name",
            translate("container", "{source}: {shown} is not a member a bundle can hold").format(
                source=source, shown=shown
            ),
        )
    return raw


def _check_size(name: str, size: int, source: str, limits: Limits) -> None:
    if size > limits.member:
        raise BundleRefused(
            "too-large",
            translate(
                "container", "{source}: member {name} expands to more than {limit} bytes"
            ).format(source=source, name=name, limit=limits.member),
        )


def _read_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, source: str, limits: Limits, room: int
) -> bytes:
    """The member's bytes, stopping as soon as it outgrows its header or a limit."""
    allowed = min(info.file_size, limits.member, room)
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(min(_CHUNK, allowed - size + 1)):
                size += len(chunk)
                if size > allowed:
                    _check_size(info.filename, size, source, limits)
                    raise BundleRefused(
                        "too-large",
                        translate(
                            "container",
                            "{source}: member {name} is larger than its header says "
                            "or than the bundle may hold",
                        ).format(source=source, name=info.filename),
                    )
                chunks.append(chunk)
    except _DAMAGED as exc:
        raise BundleRefused(
            "not-a-bundle",
            translate(
                "container", "{source} is damaged: member {name} cannot be read ({problem})"
            ).format(source=source, name=info.filename, problem=exc),
        ) from exc
    return b"".join(chunks)
