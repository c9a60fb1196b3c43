"""Local preview server for `--serve`: the page and its JSON on 127.0.0.1, reloading after each build.

It serves three paths and nothing else from the out folder (see PreviewHandler), and only to
requests whose Host names it.

The page on disk has no script and a strict CSP. Only the copy this server sends gets a small
reload script, allowed by a per-response nonce, and `connect-src 'self'` so that the script
can ask `/__livereload?since=N` for the build counter. That request is a long poll: it
answers as soon as the counter differs from N, or after LONG_POLL_SECONDS with the same N.
Standard library only: http.server with one thread per request.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import secrets
import stat
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from .errors import BriefingError

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
LOCAL_NAMES = ("127.0.0.1", "localhost")
DEFAULT_PORT = 8000
RELOAD_PATH = "/__livereload"
LONG_POLL_SECONDS = 20.0
CSP_META = re.compile(
    r"""<meta\s[^<>]{0,200}?http-equiv\s*=\s*["']?content-security-policy["']?[^<>]{0,2000}>""",
    re.IGNORECASE,
)
CSP_CONTENT = re.compile(r"""content\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
HEAD_SCAN = 64 * 1024  # the CSP meta must be in <head>; never scan a whole article for it
RELOAD_SCRIPT = """<script nonce="{nonce}">
(() => {{
  let seen = {generation};
  const poll = () => fetch("{path}?since=" + seen, {{cache: "no-store"}})
    .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
    .then((d) => (d.generation !== seen ? location.reload() : poll()))
    .catch(() => setTimeout(poll, 1000));
  poll();
}})();
</script>
"""


class LiveReload:
    """The build counter the open pages wait on."""

    def __init__(self) -> None:
        self.generation = 0
        self.closed = False
        self._changed = threading.Condition()

    def built(self, generation: int) -> None:
        with self._changed:
            self.generation = generation
            self._changed.notify_all()

    def wait(self, since: int, timeout: float) -> int:
        """The counter once it differs from `since` (or at the timeout, or on close)."""
        with self._changed:
            self._changed.wait_for(lambda: self.generation != since or self.closed, timeout)
            return self.generation

    def close(self) -> None:
        with self._changed:
            self.closed = True
            self._changed.notify_all()


def with_live_reload(html: str, generation: int, nonce: str) -> str:
    """The page plus the reload script, its CSP widened just enough for that script."""
    match = CSP_META.search(html, 0, HEAD_SCAN)
    if match:
        tag = CSP_CONTENT.sub(lambda m: widened_content(m, nonce), match.group(0), 1)
        html = html[: match.start()] + tag + html[match.end() :]
    script = RELOAD_SCRIPT.format(nonce=nonce, generation=generation, path=RELOAD_PATH)
    at = html.rfind("</body>")
    return html + script if at < 0 else html[:at] + script + html[at:]


def widened_content(match: re.Match[str], nonce: str) -> str:
    """The content attribute again, same quotes, with the widened policy."""
    if match.group(1) is not None:
        return f'content="{widen_csp(match.group(1), nonce)}"'
    return f"content='{widen_csp(match.group(2), nonce)}'"


def widen_csp(policy: str, nonce: str) -> str:
    """Add the nonce to script-src and 'self' to connect-src, keeping every other directive."""
    directives = [d.strip() for d in policy.split(";") if d.strip()]
    needed = {"script-src": f"'nonce-{nonce}'", "connect-src": "'self'"}
    widened = []
    for directive in directives:
        name = directive.split()[0].lower()
        if name in needed:
            source = needed.pop(name)
            if source not in directive.split()[1:]:
                directive = f"{directive} {source}"
        widened.append(directive)
    widened.extend(f"{name} {source}" for name, source in needed.items())
    return "; ".join(widened)


class PreviewHandler(BaseHTTPRequestHandler):
    """Exactly three things: the page (`/`, `/index.html`), `/briefing.json` and the long poll.

    Nothing else in the folder is served, whatever it holds: no listing, no other file, no
    symlink (a link planted in the out folder could point anywhere). The Host header must
    name this server (127.0.0.1 or localhost with its port), so a page on another site that
    rebinds its own name to 127.0.0.1 cannot read the preview. HEAD sends what GET would.
    """

    live: LiveReload
    site: Path
    port: int
    server_version = "briefing-preview"
    sys_version = ""

    def do_GET(self) -> None:
        self.answer()

    def do_HEAD(self) -> None:
        self.answer()

    def answer(self) -> None:
        if not self.host_is_ours():
            return
        path = urlsplit(self.path).path
        if path == RELOAD_PATH:
            query = urlsplit(self.path).query
            self.send_generation(parse_qs(query).get("since", ["-1"])[0])
        elif path in ("/", "/index.html"):
            self.send_page()
        elif path == "/briefing.json":
            self.send_file("briefing.json", "application/json")
        else:
            self.send_status(HTTPStatus.NOT_FOUND)

    def host_is_ours(self) -> bool:
        """400 without a Host header, 421 for a name that is not this server's."""
        host = self.headers.get("Host")
        if host is None:
            self.send_status(HTTPStatus.BAD_REQUEST)
            return False
        allowed = {f"{name}:{self.port}" for name in LOCAL_NAMES}
        if self.port == 80:
            allowed |= set(LOCAL_NAMES)
        if host.strip().lower() not in allowed:
            self.send_status(HTTPStatus.MISDIRECTED_REQUEST)
            return False
        return True

    def send_generation(self, since: str) -> None:
        try:
            seen = int(since)
        except ValueError:
            seen = -1
        if self.command == "HEAD":  # nothing to wait for: the answer has the same headers now
            generation = self.live.generation
        else:
            generation = self.live.wait(seen, LONG_POLL_SECONDS)
        self.send_bytes(json.dumps({"generation": generation}).encode(), "application/json")

    def send_page(self) -> None:
        generation = self.live.generation  # before reading: a newer page only costs an extra reload
        data = self.read_output("index.html")
        if data is None:
            return
        try:
            html = data.decode("utf-8")
        except UnicodeDecodeError:
            self.send_status(HTTPStatus.NOT_FOUND)
            return
        page = with_live_reload(html, generation, secrets.token_urlsafe(16))
        self.send_bytes(page.encode("utf-8"), "text/html; charset=utf-8")

    def send_file(self, name: str, content_type: str) -> None:
        data = self.read_output(name)
        if data is not None:
            self.send_bytes(data, content_type)

    def read_output(self, name: str) -> bytes | None:
        """The bytes of one output file if it is a regular file (not a link); else answer 404."""
        try:
            fd = os.open(self.site / name, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            self.send_status(HTTPStatus.NOT_FOUND)
            return None
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                self.send_status(HTTPStatus.NOT_FOUND)
                return None
            return handle.read()

    def send_status(self, status: HTTPStatus) -> None:
        """A short plain-text answer for everything that is not served."""
        self.send_bytes(f"{status.value} {status.phrase}\n".encode(), "text/plain; charset=utf-8", status)

    def send_bytes(self, body: bytes, content_type: str, status: HTTPStatus = HTTPStatus.OK) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if self.command != "HEAD":
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):  # the page reloaded or closed meanwhile
                log.debug("%s went away before the answer", self.address_string())

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")  # a preview is never stale
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base class's name)
        log.debug("%s %s", self.address_string(), format % args)


class QuietServer(ThreadingHTTPServer):
    """A request that fails in a way not handled above is logged under -v, never printed."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        log.debug("request from %s failed", client_address, exc_info=True)


class PreviewServer:
    """A running preview server: `url`, `built(generation)` for the watcher, and `close()`."""

    def __init__(self, site: Path, port: int = DEFAULT_PORT, host: str = HOST) -> None:
        self.live = LiveReload()

        class Handler(PreviewHandler):
            live = self.live

        Handler.site = site
        try:
            self.httpd = QuietServer((host, port), Handler)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise BriefingError(
                    f"{host}:{port} is already in use; stop the other server or pass --port N"
                ) from exc
            raise BriefingError(f"{host}:{port}: cannot serve ({exc.strerror or exc})") from exc
        self.port = Handler.port = self.httpd.server_address[1]
        self.url = f"http://{host}:{self.port}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="preview-server", daemon=True)
        self.thread.start()

    def built(self, generation: int) -> None:
        self.live.built(generation)

    def close(self) -> None:
        """Stop serving: wake the waiting long polls, stop the loop, close the socket."""
        self.live.close()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)

    def __enter__(self) -> PreviewServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
