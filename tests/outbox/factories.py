import factory

from outbox import kinds
from outbox.models import OutboxEmail

# A kind of email of no feature, stored ready to send, for the outbox's own tests.
NOTICE = "test_notice"
kinds.register(NOTICE, "test notice")


class OutboxEmailFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OutboxEmail

    kind = NOTICE
    key = factory.Sequence(lambda n: kinds.key("test", n, "notice"))
    recipient = factory.Sequence(lambda n: f"reader{n}@example.com")
    subject = "A notice"
    body = "Something happened."
