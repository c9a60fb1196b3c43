"""Local preview server for `--serve`: site/ over http://127.0.0.1, reloading after each build.

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
import re
import secrets
import threading
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from .errors import BriefingError

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
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
            directive = f"{directive} {needed.pop(name)}"
        widened.append(directive)
    widened.extend(f"{name} {source}" for name, source in needed.items())
    return "; ".join(widened)


class PreviewHandler(SimpleHTTPRequestHandler):
    """Files from the site folder; HTML pages get the reload script; the long-poll endpoint."""

    live: LiveReload

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == RELOAD_PATH:
            self.send_generation(parse_qs(url.query).get("since", ["-1"])[0])
        elif not self.send_page(url.path):
            super().do_GET()

    def send_generation(self, since: str) -> None:
        try:
            seen = int(since)
        except ValueError:
            seen = -1
        generation = self.live.wait(seen, LONG_POLL_SECONDS)
        self.send_bytes(json.dumps({"generation": generation}).encode(), "application/json")

    def send_page(self, path: str) -> bool:
        """Serve an HTML page with live reload; False if this is not one (the default handler then)."""
        local = Path(self.translate_path(path))
        if local.is_dir():
            if not path.endswith("/"):
                return False  # the default handler redirects /dir to /dir/
            local = local / "index.html"
        if local.suffix.lower() not in {".html", ".htm"} or not local.is_file():
            return False
        generation = self.live.generation  # before reading: a newer page only costs an extra reload
        try:
            html = local.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return False
        page = with_live_reload(html, generation, secrets.token_urlsafe(16))
        self.send_bytes(page.encode("utf-8"), "text/html; charset=utf-8")
        return True

    def send_bytes(self, body: bytes, content_type: str) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
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


class PreviewServer:
    """A running preview server: `url`, `built(generation)` for the watcher, and `close()`."""

    def __init__(self, site: Path, port: int = DEFAULT_PORT, host: str = HOST) -> None:
        self.live = LiveReload()

        class Handler(PreviewHandler):
            live = self.live

        handler = partial(Handler, directory=str(site))
        try:
            self.httpd = ThreadingHTTPServer((host, port), handler)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise BriefingError(
                    f"{host}:{port} is already in use; stop the other server or pass --port N"
                ) from exc
            raise BriefingError(f"{host}:{port}: cannot serve ({exc.strerror or exc})") from exc
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
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
