"""A real SMTP server on loopback (aiosmtpd) that records messages and injects faults on request.

Faults (set `server.handler.fault`): "421" (at MAIL), "450" and "550" (at RCPT), "535" (login refused),
"550_data" (rejects the content after DATA), "hang_rcpt" (no reply to RCPT), "hang_data" (the content
arrives and is recorded, then no reply). `block_data()` holds the reply to DATA until released, so a
test can kill the sending process while the server holds a complete message.
"""

from __future__ import annotations

import asyncio
import ssl
import threading
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from app.testing.ports import free_port


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        return message_from_bytes(self.data, policy=policy.default)

    @property
    def message_id(self) -> str:
        return str(self.message["Message-ID"])


@dataclass
class FaultyHandler:
    fault: str | None = None
    hang_seconds: float = 30.0
    username: str = "seeker@example.test"
    password: str = "app-password"
    messages: list[Received] = field(default_factory=list)
    data_arrived: threading.Event = field(default_factory=threading.Event)
    _release: threading.Event = field(default_factory=threading.Event)
    _blocking: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = (
            self.fault != "535"
            and isinstance(data, LoginPassword)
            and data.login.decode() == self.username
            and data.password.decode() == self.password
        )
        return AuthResult(success=ok, handled=False)

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str, options: list[str]) -> str:
        if self.fault == "421":
            return "421 4.3.2 Service not available, closing transmission channel"
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: list[str]) -> str:
        if self.fault == "450":
            return "450 4.2.1 Mailbox temporarily unavailable"
        if self.fault == "550":
            return "550 5.1.1 No such user here"
        if self.fault == "hang_rcpt":
            await asyncio.sleep(self.hang_seconds)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.fault == "550_data":
            return "550 5.7.1 Message rejected as spam"
        with self._lock:
            self.messages.append(Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content)))
        self.data_arrived.set()
        if self.fault == "hang_data":
            await asyncio.sleep(self.hang_seconds)
        if self._blocking:
            await asyncio.get_running_loop().run_in_executor(None, self._release.wait)
        return "250 2.0.0 Message accepted for delivery"

    def block_data(self) -> None:
        """From now on, hold each DATA reply until `release()`."""
        self._release.clear()
        self.data_arrived.clear()
        self._blocking = True

    def release(self) -> None:
        self._blocking = False
        self._release.set()

    def received(self) -> list[Received]:
        with self._lock:
            return list(self.messages)

    def reset(self) -> None:
        with self._lock:
            self.messages.clear()
        self.fault = None
        self.release()
        self.data_arrived.clear()


class SmtpTestServer:
    """`with SmtpTestServer() as srv:` listens on 127.0.0.1:srv.port with login.

    `tls=None`: plain (login allowed without TLS: loopback only); `"starttls"`: STARTTLS required before
    MAIL and login; `"tls"`: implicit TLS from the first byte. Both TLS modes need `context`.
    """

    def __init__(
        self, port: int | None = None, *, tls: str | None = None, context: ssl.SSLContext | None = None
    ) -> None:
        self.handler = FaultyHandler()
        self.port = port or free_port()
        # aiosmtpd only knows TLS it started itself (STARTTLS), so login is allowed on implicit TLS explicitly.
        extra: dict[str, Any] = {"auth_require_tls": tls == "starttls"}
        if tls == "starttls":
            extra |= {"tls_context": context, "require_starttls": True}
        elif tls == "tls":
            extra |= {"ssl_context": context}
        self.controller = Controller(
            self.handler,
            hostname="127.0.0.1",
            port=self.port,
            authenticator=self.handler.authenticate,
            ready_timeout=10,
            **extra,
        )

    def start(self) -> SmtpTestServer:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.handler.release()
        self.controller.stop()

    def __enter__(self) -> SmtpTestServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
