"""One SMTP transaction with aiosmtplib, classified by what is known afterwards about delivery.

Outcomes: `accepted` (250 to the end of DATA), `temporary` (a definite 4xx refusal or no connection:
nothing was handed over), `permanent` (a definite 5xx refusal), `auth` (535 and friends: the login failed),
`unknown` (the content may have reached the server, but no reply came: timeout or disconnect in DATA).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import ipaddress
import logging
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import aiosmtplib
from pydantic import SecretStr

from app.config.mail import SmtpConfig
from app.errors import MailNotConfigured
from app.settings import Settings

log = logging.getLogger(__name__)
Outcome = Literal["accepted", "temporary", "permanent", "auth", "unknown"]
Security = Literal["tls", "starttls", "plain"]


@dataclass(frozen=True)
class SmtpTarget:
    host: str
    port: int
    security: Security
    username: str | None
    password: SecretStr | None

    def __repr__(self) -> str:  # the password never reaches a log line
        return f"SmtpTarget({self.host}:{self.port}, {self.security}, user={self.username!r})"


@dataclass(frozen=True)
class Delivery:
    outcome: Outcome
    code: int | None = None
    detail: str = ""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def target_from_settings(settings: Settings, security: str = "auto") -> SmtpTarget:
    """465 = implicit TLS, 587 = STARTTLS; any other port is plain only on loopback, else STARTTLS."""
    if not settings.SMTP_SERVER or not settings.SENDER_EMAIL:
        raise MailNotConfigured("email sending needs SMTP_SERVER and SENDER_EMAIL (and usually SENDER_PASSWORD)")
    port = settings.SMTP_PORT
    host = settings.SMTP_SERVER
    mode: Security
    if security == "starttls":
        mode = "starttls"
    elif security == "tls":
        mode = "tls"
    else:
        mode = "tls" if port == 465 else "starttls" if port == 587 or not is_loopback(host) else "plain"
    return SmtpTarget(
        host, port, mode, settings.SENDER_EMAIL if settings.SENDER_PASSWORD else None, settings.SENDER_PASSWORD
    )


def _reply(exc: aiosmtplib.SMTPResponseException) -> Delivery:
    code = int(exc.code)
    outcome: Outcome = "auth" if code in (530, 534, 535, 538) else "temporary" if 400 <= code < 500 else "permanent"
    return Delivery(outcome, code, f"{code} {exc.message}".strip())


def tls_context_for(config: SmtpConfig) -> ssl.SSLContext:
    if not config.validate_certs:
        return ssl._create_unverified_context()
    context = ssl.create_default_context()
    if config.ca_file is not None:
        context.load_verify_locations(cafile=str(config.ca_file))
    return context


@dataclass
class _Progress:
    in_data: bool = False  # the message content is being handed over: a lost reply leaves delivery unknown


_LOST = (
    aiosmtplib.SMTPTimeoutError,
    aiosmtplib.SMTPServerDisconnected,
    aiosmtplib.SMTPConnectError,
    OSError,
    TimeoutError,
)


async def _transact(
    client: aiosmtplib.SMTP,
    target: SmtpTarget,
    sender: str,
    recipient: str,
    message: bytes,
    config: SmtpConfig,
    before_data: Callable[[], None] | None,
    progress: _Progress,
) -> Delivery:
    await client.connect(timeout=config.connect_timeout_seconds)
    if target.security == "starttls":
        await client.starttls()
    if target.username and target.password is not None:
        await client.login(target.username, target.password.get_secret_value())
    await client.mail(sender)
    await client.rcpt(recipient)
    if before_data is not None:
        before_data()
    progress.in_data = True
    response = await client.data(message)
    progress.in_data = False
    return Delivery("accepted", int(response.code), f"{response.code} {response.message}".strip())


def _lost(exc: BaseException, in_data: bool) -> Delivery:
    """No reply: during DATA the message may have gone; before it, nothing was handed over."""
    if in_data:
        return Delivery(
            "unknown",
            None,
            f"no reply during DATA ({type(exc).__name__}: {exc}); the message may or may not have been delivered",
        )
    return Delivery("temporary", None, f"could not reach the server ({type(exc).__name__}: {exc})")


def _refused_setup(exc: aiosmtplib.SMTPException, in_data: bool) -> Delivery:
    """E.g. no AUTH or no STARTTLS offered: a setup problem (unless it happened in DATA)."""
    if in_data:
        return Delivery("unknown", None, f"error during DATA ({exc}); the message may have been delivered")
    return Delivery("auth", None, f"the server cannot log in or secure this connection: {exc}")


async def _quit(client: aiosmtplib.SMTP) -> None:
    if client.is_connected:
        try:
            await asyncio.wait_for(client.quit(), timeout=2)
        except Exception:  # the transaction's result is already decided; QUIT is a courtesy
            client.close()


async def deliver(
    target: SmtpTarget,
    sender: str,
    recipient: str,
    message: bytes,
    config: SmtpConfig,
    before_data: Callable[[], None] | None = None,
) -> Delivery:
    """Run one SMTP transaction. Never raises for SMTP or network trouble: returns what is known."""
    client = aiosmtplib.SMTP(
        hostname=target.host,
        port=target.port,
        use_tls=target.security == "tls",
        start_tls=False,
        timeout=config.timeout_seconds,
        tls_context=tls_context_for(config),
    )
    progress = _Progress()
    try:
        return await _transact(client, target, sender, recipient, message, config, before_data, progress)
    except aiosmtplib.SMTPResponseException as exc:
        # A reply code (a refused login too), even inside DATA, is a definite answer: the server did not take it.
        return _reply(exc)
    except _LOST as exc:
        return _lost(exc, progress.in_data)
    except aiosmtplib.SMTPException as exc:
        return _refused_setup(exc, progress.in_data)
    finally:
        await _quit(client)


def deliver_sync(
    target: SmtpTarget,
    sender: str,
    recipient: str,
    message: bytes,
    config: SmtpConfig,
    before_data: Callable[[], None] | None = None,
) -> Delivery:
    """`deliver` from sync code, also when this thread already runs an event loop (then in a thread of its own)."""

    def run() -> Delivery:
        return asyncio.run(deliver(target, sender, recipient, message, config, before_data))

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return run()
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(run).result()
