"""The numbers for the people who run MedTour, over a period: requests per week, per
condition, clinic, language, source page and campaign; time to first contact per
coordinator (median and 90th percentile); the share of requests that reached a quote and
an acceptance. Spam is left out. A fixed number of queries, whatever the period."""

import statistics
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, OuterRef, Q
from django.db.models.functions import TruncWeek
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clinics.models import Clinic
from conditions.models import Condition
from consultations.models import ConsultationRequest, Quote

# Rows of a breakdown; the rest are summed as "others".
TOP = 10
DEFAULT_WEEKS = 12
LONGEST_PERIOD = timedelta(days=3 * 366)


class PeriodForm(forms.Form):
    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        cleaned = super().clean()
        start, end = self.period(cleaned)
        if start > end:
            raise forms.ValidationError(_("The period must start before it ends."))
        if end - start > LONGEST_PERIOD:
            raise forms.ValidationError(_("Choose a period of at most three years."))
        return cleaned

    def period(self, cleaned=None):
        """(first day, last day): the form's, or the last DEFAULT_WEEKS weeks to today."""
        if cleaned is None:
            cleaned = self.cleaned_data if self.is_bound and self.is_valid() else {}
        end = cleaned.get("end") or timezone.localdate()
        start = cleaned.get("start") or end - timedelta(weeks=DEFAULT_WEEKS) + timedelta(days=1)
        return start, end


@dataclass
class Row:
    label: str
    count: int
    share: float = 0.0  # of the largest row, for the bar


@dataclass
class FirstContact:
    coordinator: str
    contacted: int
    waiting: int
    median_hours: float | None
    p90_hours: float | None


@dataclass
class ClinicQuotes:
    clinic: str
    quoted: int
    accepted: int


@dataclass
class Figures:
    start: date
    end: date
    total: int = 0
    weeks: list[Row] = field(default_factory=list)
    conditions: list[Row] = field(default_factory=list)
    clinics: list[Row] = field(default_factory=list)
    languages: list[Row] = field(default_factory=list)
    sources: list[Row] = field(default_factory=list)
    campaigns: list[Row] = field(default_factory=list)
    first_contact: list[FirstContact] = field(default_factory=list)
    clinic_quotes: list[ClinicQuotes] = field(default_factory=list)
    quoted: int = 0
    accepted: int = 0

    @property
    def quoted_share(self):
        return self.quoted / self.total if self.total else 0.0

    @property
    def accepted_share(self):
        return self.accepted / self.total if self.total else 0.0

    def week_bars(self):
        """The weekly bars of an SVG 10 units wide per week and 100 high."""
        return [
            {
                "x": index * 10 + 1,
                "y": round(100 - row.share * 100, 2),
                "height": round(row.share * 100, 2),
                "row": row,
            }
            for index, row in enumerate(self.weeks)
        ]

    @property
    def week_most(self):
        return max((row.count for row in self.weeks), default=0)

    @property
    def chart_width(self):
        return len(self.weeks) * 10

    def breakdowns(self):
        return [
            (_("Requests per condition"), self.conditions),
            (_("Requests per clinic page"), self.clinics),
            (_("Requests per language"), self.languages),
            (_("Requests per source page"), self.sources),
            (_("Requests per campaign"), self.campaigns),
        ]


def _bars(rows):
    largest = max((row.count for row in rows), default=0)
    for row in rows:
        row.share = row.count / largest if largest else 0.0
    return rows


# Breakdowns by a text column: an empty text counts as none.
TEXT_COLUMNS = {"source_path", "utm_campaign", "language"}


def _breakdown(requests, column, total, label, *, none_label):
    """The TOP values of `column` by requests, then the rows without one, then others."""
    empty = Q(**{f"{column}__isnull": True})
    if column in TEXT_COLUMNS:
        empty |= Q(**{column: ""})
    top = list(
        requests.exclude(empty)
        .values_list(column)
        .annotate(count=Count("pk"))
        .order_by("-count", column)[:TOP]
    )
    labels = label([value for value, _count in top])
    rows = [Row(str(labels.get(value, value)), count) for value, count in top]
    missing = requests.filter(empty).count()
    others = total - sum(row.count for row in rows) - missing
    if missing:
        rows.append(Row(str(none_label), missing))
    if others:
        rows.append(Row(str(_("others")), others))
    return _bars(rows)


def _names(model):
    return lambda pks: {pk: str(obj) for pk, obj in model.objects.in_bulk(pks).items()}


def _weeks(requests, start, end):
    counted = {
        timezone.localdate(week) if isinstance(week, datetime) else week: count
        for week, count in requests.annotate(week=TruncWeek("created_at"))
        .values_list("week")
        .annotate(count=Count("pk"))
        .order_by()
    }
    monday = start - timedelta(days=start.weekday())
    rows = []
    while monday <= end:
        rows.append(Row(monday.isoformat(), counted.get(monday, 0)))
        monday += timedelta(weeks=1)
    return _bars(rows)


def _hours(delta):
    return delta.total_seconds() / 3600


def _percentile_90(values):
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=10, method="inclusive")[8]


def _first_contact(requests):
    """Per coordinator the request is given to: hours from arrival to first contact."""
    durations = {}
    for user, created, contacted in requests.filter(first_contact_at__isnull=False).values_list(
        "assigned_to", "created_at", "first_contact_at"
    ):
        durations.setdefault(user, []).append(_hours(contacted - created))
    waiting = dict(
        requests.filter(first_contact_at__isnull=True, status=ConsultationRequest.Status.NEW)
        .values_list("assigned_to")
        .annotate(count=Count("pk"))
        .order_by()
    )
    users = get_user_model().objects.in_bulk([pk for pk in {*durations, *waiting} if pk])
    rows = []
    for pk in sorted({*durations, *waiting}, key=lambda pk: (pk is None, str(users.get(pk, "")))):
        user = users.get(pk)
        name = (user.get_full_name() or user.get_username()) if user else _("unassigned")
        hours = sorted(durations.get(pk, []))
        rows.append(
            FirstContact(
                coordinator=str(name),
                contacted=len(hours),
                waiting=waiting.get(pk, 0),
                median_hours=statistics.median(hours) if hours else None,
                p90_hours=_percentile_90(hours) if hours else None,
            )
        )
    return rows


def _clinic_quotes(requests):
    """The TOP clinics by requests they quoted for, with how many accepted."""
    rows = (
        Quote.objects.filter(request__in=requests)
        .values_list("clinic")
        .annotate(
            quoted=Count("request", distinct=True),
            accepted=Count("request", filter=Q(accepted_at__isnull=False), distinct=True),
        )
        .order_by("-quoted", "-accepted", "clinic")[:TOP]
    )
    rows = list(rows)
    names = _names(Clinic)([clinic for clinic, _quoted, _accepted in rows])
    return [
        ClinicQuotes(names.get(clinic, ""), quoted, accepted) for clinic, quoted, accepted in rows
    ]


def figures(start, end) -> Figures:
    """The dashboard's numbers for the requests received from `start` to `end` (dates,
    both included, in the site's time zone)."""
    zone = timezone.get_current_timezone()
    requests = ConsultationRequest.objects.exclude(status=ConsultationRequest.Status.SPAM).filter(
        created_at__gte=datetime.combine(start, time.min, zone),
        created_at__lt=datetime.combine(end + timedelta(days=1), time.min, zone),
    )
    total = requests.count()
    languages = dict(settings.LANGUAGES)
    quotes = Quote.objects.filter(request=OuterRef("pk"))
    return Figures(
        start=start,
        end=end,
        total=total,
        weeks=_weeks(requests, start, end),
        conditions=_breakdown(
            requests,
            "condition",
            total,
            _names(Condition),
            none_label=_("typed, not one of our articles"),
        ),
        clinics=_breakdown(
            requests, "clinic", total, _names(Clinic), none_label=_("no clinic page")
        ),
        languages=_breakdown(
            requests,
            "language",
            total,
            lambda codes: languages,
            none_label=_("unknown"),
        ),
        sources=_breakdown(
            requests, "source_path", total, lambda paths: {}, none_label=_("not recorded")
        ),
        campaigns=_breakdown(
            requests, "utm_campaign", total, lambda names: {}, none_label=_("no campaign")
        ),
        first_contact=_first_contact(requests),
        clinic_quotes=_clinic_quotes(requests),
        quoted=requests.filter(Exists(quotes)).count(),
        accepted=requests.filter(Exists(quotes.filter(accepted_at__isnull=False))).count(),
    )


def csv_rows(data):
    """The same numbers as rows: section, label, count, and for first contact the
    median and 90th percentile in hours."""
    yield [_("section"), _("label"), _("requests"), _("median hours"), _("90th percentile hours")]
    yield [_("period"), f"{data.start.isoformat()} – {data.end.isoformat()}", data.total, "", ""]
    yield [_("Requests per week"), "", "", "", ""]
    for row in data.weeks:
        yield [_("week from"), row.label, row.count, "", ""]
    for title, rows in data.breakdowns():
        for row in rows:
            yield [title, row.label, row.count, "", ""]
    for row in data.first_contact:
        yield [
            _("Time to first contact"),
            row.coordinator,
            row.contacted,
            "" if row.median_hours is None else f"{row.median_hours:.1f}",
            "" if row.p90_hours is None else f"{row.p90_hours:.1f}",
        ]
    for row in data.clinic_quotes:
        yield [_("Quoted by the clinic"), row.clinic, row.quoted, "", ""]
        yield [_("Accepted with the clinic"), row.clinic, row.accepted, "", ""]
    yield [_("Reached a quote"), "", data.quoted, "", ""]
    yield [_("Accepted a quote"), "", data.accepted, "", ""]
