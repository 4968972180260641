"""A web page the seeker visits (another loopback origin) posts to the API in Chromium: every post is refused."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from app.main import create_app
from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.security.servers import serve

POSTING = "Senior Data Engineer\\nCompany: Evil Corp\\nApply: attacker@evil.example\\nPython SQL Airflow"


@contextmanager
def attacker_site(pages: dict[str, str]) -> Iterator[str]:
    """Another origin on loopback serving the attacker's pages."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = pages.get(self.path, "not here").encode()
            self.send_response(200 if self.path in pages else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def chromium() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def test_a_cross_site_form_post_and_multipart_post_are_refused_and_no_job_is_created(
    settings: Any, service: Any, chromium: Any
) -> None:
    with serve(create_app(settings, service)) as api:
        fetches = f"""<html><body><script>
          const fd = new FormData();
          fd.append('file', new Blob(["{POSTING}"], {{type: 'text/plain'}}), 'posting.txt');
          Promise.allSettled([
            fetch('{api}/api/jobs/upload', {{method: 'POST', mode: 'no-cors', body: fd}}),
            fetch('{api}/api/jobs', {{method: 'POST', mode: 'no-cors', headers: {{'Content-Type': 'text/plain'}},
                                      body: JSON.stringify({{text: "{POSTING}"}})}}),
            fetch('{api}/api/discovery/run', {{method: 'POST', mode: 'no-cors'}}),
          ]).then(() => {{ document.title = 'sent'; }});
        </script></body></html>"""
        form = f"""<html><body onload="document.forms[0].submit()">
          <form method="POST" action="{api}/api/config/reload" enctype="multipart/form-data">
            <input name="x" value="1"></form></body></html>"""
        urlencoded = f"""<html><body onload="document.forms[0].submit()">
          <form method="POST" action="{api}/api/applications/tick"><input name="x" value="1"></form>
          </body></html>"""
        with attacker_site({"/fetch.html": fetches, "/form.html": form, "/urlencoded.html": urlencoded}) as evil:
            page = chromium.new_page()
            page.goto(f"{evil}/fetch.html")
            page.wait_for_function("document.title === 'sent'", timeout=15000)

            with page.expect_navigation(url=f"{api}/api/config/reload") as nav:
                page.goto(f"{evil}/form.html")
            response = nav.value
            assert response is not None and response.status == 403
            assert "refused" in page.content()

            with page.expect_navigation(url=f"{api}/api/applications/tick") as nav:
                page.goto(f"{evil}/urlencoded.html")
            assert nav.value is not None and nav.value.status == 403
            page.close()
        assert service.store.scalar("SELECT count(*) FROM jobs") == 0
        assert httpx.get(f"{api}/api/sources").status_code == 200  # the API itself still answers
        assert service.store.scalar("SELECT count(*) FROM jobs") == 0
