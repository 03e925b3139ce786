"""The outbox's SMTP client: Django's, waiting for the server's answer after the
message's end as long as RFC 5321 (section 4.5.3.2.6) asks, ten minutes, instead of the
seconds the rest of the conversation may take. A server that is slow to confirm a
message it has taken is not sent it a second time.

While a message is sent, `message_ended` says whether its end went out: an error after
that may mean the server has the message (the outcome is unknown), one before it cannot.
"""

import contextlib
import contextvars
import smtplib

from django.conf import settings
from django.core.mail import mailers
from django.core.mail.backends import smtp

# RFC 5321, 4.5.3.2.6: "DATA Termination: 10 minutes" (SMTP_DATA_END_TIMEOUT).
DATA_END_TIMEOUT = settings.SMTP_DATA_END_TIMEOUT
# Set when the end of the message (<CRLF>.<CRLF>) has been sent on this context.
message_ended = contextvars.ContextVar("outbox_message_ended", default=False)


class _DataEndTimeout:
    data_end_timeout = DATA_END_TIMEOUT

    def data(self, msg):
        self._sending_data = True
        try:
            return super().data(msg)
        finally:
            self._sending_data = False
            if self.sock is not None:
                self.sock.settimeout(self.timeout)

    def send(self, s):
        super().send(s)
        ended = isinstance(s, bytes) and s.endswith(b"\r\n.\r\n")
        if ended and getattr(self, "_sending_data", False):
            message_ended.set(True)
            self.sock.settimeout(self.data_end_timeout)


class SMTP(_DataEndTimeout, smtplib.SMTP):
    pass


class SMTP_SSL(_DataEndTimeout, smtplib.SMTP_SSL):
    pass


class EmailBackend(smtp.EmailBackend):
    """SMTP_HOST's backend (medtour/settings.py): `timeout` for connecting and each
    command, `data_end_timeout` for the answer to a message."""

    def __init__(self, *, data_end_timeout=DATA_END_TIMEOUT, **kwargs):
        super().__init__(**kwargs)
        self.data_end_timeout = data_end_timeout

    @property
    def connection_class(self):
        return SMTP_SSL if self.use_ssl else SMTP

    def open(self):
        opened = super().open()
        if self.connection is not None:
            self.connection.data_end_timeout = self.data_end_timeout
        return opened


def mail_server_answers() -> bool:
    """Whether the default mailer's SMTP server answers a NOOP now (any other backend:
    yes)."""
    backend = mailers.default
    if not isinstance(backend, smtp.EmailBackend):
        return True
    try:
        backend.open()
        code, _message = backend.connection.noop()
        return code == 250
    except (OSError, smtplib.SMTPException):
        return False
    finally:
        with contextlib.suppress(OSError, smtplib.SMTPException):
            backend.close()
