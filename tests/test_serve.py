"""The preview server: live reload only in what it sends, the long poll, a taken port, the browser.

Servers listen on a free port (port 0) and are closed by each test; builds go to tmp_path.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

import pytest

from briefing import cli
from briefing.errors import BriefingError
from briefing.pipeline import DEFAULT_TEMPLATES
from briefing.serve import RELOAD_PATH, PreviewServer, widen_csp, with_live_reload
from briefing.watch import Rebuilder

ROOT = Path(__file__).resolve().parent.parent
WAIT = 10
STRICT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

ARTICLE = """\
Library extends opening hours

The town library will open until nine on weekdays from next month ({marker}).

"People asked for evenings, so we listened," said Tom Reed, the head librarian.
"""


@pytest.fixture
def site(tmp_path):
    """A built site in tmp_path; returns a Rebuilder whose builds write it."""
    seed = tmp_path / "story.txt"
    seed.write_text(ARTICLE.format(marker="v1"), encoding="utf-8")
    templates = tmp_path / "templates"
    shutil.copytree(DEFAULT_TEMPLATES, templates)
    rebuilder = Rebuilder(seed, tmp_path / "site", templates, summarize=cli.summary)
    rebuilder.build()
    return rebuilder


@pytest.fixture
def server(site):
    with PreviewServer(site.out, port=0) as running:
        running.built(site.generation)
        site.on_built = running.built
        yield running


def fetch(url: str, timeout: float = WAIT) -> tuple[str, str]:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.headers.get("Content-Type", ""), response.read().decode("utf-8")


def csp_of(html: str) -> str:
    return re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1)


# --- rewriting the page ------------------------------------------------------------------------------


def test_widen_csp_adds_the_nonce_and_connect_self_and_keeps_the_rest():
    assert widen_csp(STRICT_CSP, "abc") == (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        "script-src 'nonce-abc'; connect-src 'self'"
    )
    assert widen_csp("default-src 'none'; script-src 'self'", "n") == (
        "default-src 'none'; script-src 'self' 'nonce-n'; connect-src 'self'"
    )


def test_with_live_reload_puts_the_script_before_body_end():
    html = f'<head><meta http-equiv="Content-Security-Policy" content="{STRICT_CSP}"></head><body>x</body>'
    served = with_live_reload(html, 7, "NONCE")
    assert "'nonce-NONCE'" in csp_of(served) and "connect-src 'self'" in csp_of(served)
    assert served.index('<script nonce="NONCE">') < served.index("</body>")
    assert "let seen = 7;" in served and RELOAD_PATH in served
    assert with_live_reload("<p>no csp, no body</p>", 0, "n").startswith("<p>no csp, no body</p><script")


# --- the running server ------------------------------------------------------------------------------


def test_served_page_has_the_reload_script_and_the_file_on_disk_does_not(site, server):
    on_disk = (site.out / "index.html").read_text(encoding="utf-8")
    content_type, served = fetch(server.url)
    assert content_type == "text/html; charset=utf-8"
    assert "<script nonce=" in served and RELOAD_PATH in served
    nonce = re.search(r'<script nonce="([^"]+)">', served).group(1)
    assert RELOAD_PATH not in on_disk and "<script nonce" not in on_disk
    assert re.findall(r"<script(?! type=\"application/ld\+json\")", on_disk) == []  # data only, no code
    strict = csp_of(on_disk)
    assert "default-src 'none'" in strict and "script-src" not in strict  # no script can run from disk
    assert "connect-src 'self';" in strict  # harmless without scripts; lets an audit fetch /robots.txt
    assert csp_of(served) == f"{strict}; script-src 'nonce-{nonce}'"  # 'self' is not added twice
    assert fetch(server.url + "index.html")[1].count(RELOAD_PATH) == 1
    assert fetch(server.url)[1] != served  # a fresh nonce per response


def test_other_files_are_served_as_they_are(site, server):
    content_type, data = fetch(server.url + "briefing.json")
    assert content_type == "application/json"
    assert data == (site.out / "briefing.json").read_text(encoding="utf-8")
    with pytest.raises(urllib.error.HTTPError) as missing:
        fetch(server.url + "nothing.html")
    assert missing.value.code == 404


def request(server, method: str, path: str, host: str | None = "") -> tuple[int, dict, bytes]:
    """One raw request; `host` None sends no Host header, "" the server's own."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=WAIT)
    try:
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        if host is not None:
            connection.putheader("Host", host or f"127.0.0.1:{server.port}")
        connection.endheaders()
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


@pytest.mark.parametrize(
    ("host", "status"),
    [
        ("", 200),
        ("localhost:{port}", 200),
        ("LOCALHOST:{port}", 200),
        ("evil.example:{port}", 421),  # a DNS-rebinding page names its own host
        ("127.0.0.1", 421),  # the right name, the wrong port
        ("127.0.0.1:1", 421),
        (None, 400),
    ],
)
def test_only_requests_that_name_this_server_are_answered(server, host, status):
    host = host if host is None else host.format(port=server.port)
    for path in ("/", "/briefing.json", RELOAD_PATH + "?since=0"):
        assert request(server, "GET", path, host)[0] == status, path


def test_nothing_but_the_page_and_its_json_is_served(site, server):
    out = site.out
    (out / "notes.txt").write_text("private", encoding="utf-8")
    (out / "drawing.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>')
    (out / "sub").mkdir()
    (out / "sub" / "index.html").write_text("<p>other page</p>", encoding="utf-8")
    secret = out.parent / "secret.txt"
    secret.write_text("outside the out folder", encoding="utf-8")
    (out / "pw").symlink_to(secret)
    for path in ("/notes.txt", "/drawing.svg", "/sub/", "/sub", "/sub/index.html", "/pw", "/..%2Fsecret.txt"):
        status, _headers, body = request(server, "GET", path)
        assert status == 404, path
        assert b"outside" not in body and b"private" not in body and b"other page" not in body
    assert request(server, "GET", "/index.html")[0] == 200


def test_an_output_replaced_by_a_symlink_is_not_followed(site, server):
    secret = site.out.parent / "secret.txt"
    secret.write_text("outside the out folder", encoding="utf-8")
    (site.out / "briefing.json").unlink()
    (site.out / "briefing.json").symlink_to(secret)
    status, _headers, body = request(server, "GET", "/briefing.json")
    assert status == 404 and b"outside" not in body


def test_a_nul_in_the_path_is_a_404_without_a_traceback(server, capfd):
    assert request(server, "GET", "/%00")[0] == 404
    assert request(server, "GET", "/%00index.html")[0] == 404
    assert capfd.readouterr().err == ""


@pytest.mark.parametrize("path", ["/", "/index.html", "/briefing.json", "/missing", RELOAD_PATH + "?since=0"])
def test_head_sends_the_headers_get_sends(server, path):
    get_status, get_headers, body = request(server, "GET", path)
    head_status, head_headers, head_body = request(server, "HEAD", path)
    assert head_status == get_status and head_body == b""
    for name in ("Content-Type", "Content-Length", "Cache-Control"):
        assert head_headers[name] == get_headers[name], name
    assert int(get_headers["Content-Length"]) == len(body)


def test_long_poll_answers_at_once_when_behind_and_wakes_on_the_next_build(site, server):
    assert json.loads(fetch(server.url + RELOAD_PATH.lstrip("/") + "?since=0")[1]) == {"generation": 1}
    answers, started = [], threading.Event()

    def poll():
        started.set()
        answers.append(json.loads(fetch(server.url + RELOAD_PATH.lstrip("/") + "?since=1")[1]))

    waiter = threading.Thread(target=poll)
    waiter.start()
    assert started.wait(WAIT)
    site.seed.write_text(ARTICLE.format(marker="v2"), encoding="utf-8")
    site.build()  # generation 2, which the server hears through on_built
    waiter.join(WAIT)
    assert answers == [{"generation": 2}]
    assert "(v2)" in fetch(server.url)[1]


def test_close_wakes_a_waiting_long_poll(site):
    running = PreviewServer(site.out, port=0)
    done = threading.Event()

    def poll():
        with contextlib.suppress(OSError):
            fetch(running.url + RELOAD_PATH.lstrip("/") + "?since=0")
        done.set()

    threading.Thread(target=poll, daemon=True).start()
    running.close()
    assert done.wait(WAIT)


# --- a taken port ------------------------------------------------------------------------------------


@pytest.fixture
def taken_port():
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        yield holder.getsockname()[1]


def test_port_in_use_is_a_briefing_error(site, taken_port):
    with pytest.raises(BriefingError, match=rf"^127\.0\.0\.1:{taken_port} is already in use; "):
        PreviewServer(site.out, port=taken_port)


def test_cli_port_in_use_is_one_line_and_exit_1(site, taken_port, capsys):
    argv = ["--serve", "--port", str(taken_port), "--seed", str(site.seed), "--out", str(site.out)]
    assert cli.main(argv) == 1
    captured = capsys.readouterr()
    assert captured.err == (
        f"error: 127.0.0.1:{taken_port} is already in use; stop the other server or pass --port N\n"
    )
    assert captured.out == ""


# --- the whole command, and a real browser ------------------------------------------------------------


def test_cli_serve_process_rebuilds_and_reloads_then_exits_0(site):
    command = [sys.executable, str(ROOT / "build.py"), "--serve", "--port", "0", "--seed", str(site.seed)]
    command += ["--templates", str(site.templates), "--out", str(site.out)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        built, serving, watching = (process.stdout.readline() for _ in range(3))
        assert "1 quote from" in built and watching.startswith("watching "), (built, serving, watching)
        url = re.search(r"at (http://127\.0\.0\.1:\d+/) ", serving).group(1)
        assert "<script nonce=" in fetch(url)[1]
        site.seed.write_text(ARTICLE.format(marker="v3"), encoding="utf-8")
        generation = json.loads(fetch(url + RELOAD_PATH.lstrip("/") + "?since=1")[1])["generation"]
        assert generation == 2
        assert "story.txt changed:" in process.stdout.readline()
        assert "(v3)" in fetch(url)[1]
        process.send_signal(signal.SIGINT)
        rest, err = process.communicate(timeout=WAIT)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    assert rest == "stopped watching\n" and err == ""


def test_the_open_page_reloads_itself_in_chromium_under_its_csp(site, server, page):
    problems = []
    page.on("console", lambda m: m.type in ("error", "warning") and problems.append(m.text))
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(server.url, wait_until="load")
    assert "(v1)" in page.inner_text("body")
    site.seed.write_text(ARTICLE.format(marker="v2"), encoding="utf-8")
    with page.expect_navigation(timeout=WAIT * 1000):
        site.build()
    page.wait_for_function("document.body.innerText.includes('(v2)')", timeout=WAIT * 1000)
    assert problems == []  # no CSP violation: the nonce and connect-src 'self' were enough
