"""Demo content: three news items in four languages, one about the reference article."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from conditions.models import Condition
from core.languages import localized, public_url
from experts.models import Expert
from news.models import NewsItem

AUTHOR_SLUG = "kateryna-maliarchuk"
CONDITION_SLUG = "lower-limb-ischemia"


def _items(article):
    """The items; `article` is the reference article's URL per language code."""
    return [
        {
            "days_ago": 2,
            "slug_en": "new-article-lower-limb-ischemia",
            "slug_uk": "nova-stattia-ishemiia-nyzhnikh-kintsivok",
            "slug_de": "neuer-artikel-ischaemie-der-unteren-extremitaeten",
            "slug_pl": "nowy-artykul-niedokrwienie-konczyn-dolnych",
            "title_en": "New article: lower limb ischemia and how it is treated",
            "title_uk": "Нова стаття: ішемія нижніх кінцівок і як її лікують",
            "title_de": "Neuer Artikel: Ischämie der unteren Extremitäten und ihre Behandlung",
            "title_pl": "Nowy artykuł: niedokrwienie kończyn dolnych i jego leczenie",
            "lead_en": "Causes, symptoms and every treatment, from medication to bypass "
            "surgery, reviewed by a vascular surgeon.",
            "lead_uk": "Причини, симптоми й усі методи лікування, від ліків до шунтування, "
            "перевірені судинним хірургом.",
            "lead_de": "Ursachen, Symptome und alle Behandlungen, von Medikamenten bis zur "
            "Bypassoperation, geprüft von einem Gefäßchirurgen.",
            "lead_pl": "Przyczyny, objawy i wszystkie metody leczenia, od leków po pomostowanie, "
            "sprawdzone przez chirurga naczyniowego.",
            "body_en": "<p>Pain in the calves when walking can be the first sign of reduced "
            "blood flow to the legs. Our new article explains "
            f'<a href="{article["en"]}">lower limb ischemia</a>: why it happens, how it is '
            "diagnosed and which clinics our patients recommend for its treatment.</p>",
            "body_uk": "<p>Біль у литках під час ходьби може бути першою ознакою порушення "
            "кровопостачання ніг. Наша нова стаття пояснює, що таке "
            f'<a href="{article["uk"]}">ішемія нижніх кінцівок</a>, чому вона виникає, як її '
            "діагностують і які клініки наші пацієнти рекомендують для лікування.</p>",
            "body_de": "<p>Schmerzen in den Waden beim Gehen können das erste Anzeichen einer "
            "verminderten Durchblutung der Beine sein. Unser neuer Artikel erklärt die "
            f'<a href="{article["de"]}">Ischämie der unteren Extremitäten</a>: warum sie '
            "entsteht, wie sie diagnostiziert wird und welche Kliniken unsere Patienten für ihre "
            "Behandlung empfehlen.</p>",
            "body_pl": "<p>Ból łydek podczas chodzenia może być pierwszym objawem słabszego "
            "ukrwienia nóg. Nasz nowy artykuł wyjaśnia, czym jest "
            f'<a href="{article["pl"]}">niedokrwienie kończyn dolnych</a>: dlaczego się '
            "rozwija, jak się je rozpoznaje i które kliniki nasi pacjenci polecają do jego "
            "leczenia.</p>",
        },
        {
            "days_ago": 9,
            "slug_en": "free-consultations-in-four-languages",
            "slug_uk": "bezkoshtovni-konsultatsii-chotyrma-movamy",
            "slug_de": "kostenlose-beratung-in-vier-sprachen",
            "slug_pl": "bezplatne-konsultacje-w-czterech-jezykach",
            "title_en": "Free consultations now in four languages",
            "title_uk": "Безкоштовні консультації тепер чотирма мовами",
            "title_de": "Kostenlose Beratung jetzt in vier Sprachen",
            "title_pl": "Bezpłatne konsultacje teraz w czterech językach",
            "lead_en": "Our coordinators answer in English, Ukrainian, German and Polish.",
            "lead_uk": "Наші координатори відповідають англійською, українською, німецькою "
            "та польською.",
            "lead_de": "Unsere Koordinatoren antworten auf Englisch, Ukrainisch, Deutsch und "
            "Polnisch.",
            "lead_pl": "Nasi koordynatorzy odpowiadają po angielsku, ukraińsku, niemiecku i "
            "polsku.",
            "body_en": "<p>Ask for a free consultation in the language you prefer and attach "
            "your medical documents: a coordinator replies within one working day.</p>",
            "body_uk": "<p>Зверніться по безкоштовну консультацію зручною для вас мовою та "
            "додайте медичні документи: координатор відповість протягом одного робочого "
            "дня.</p>",
            "body_de": "<p>Fordern Sie eine kostenlose Beratung in der Sprache Ihrer Wahl an und "
            "fügen Sie Ihre medizinischen Unterlagen bei: Ein Koordinator antwortet innerhalb "
            "eines Werktags.</p>",
            "body_pl": "<p>Poproś o bezpłatną konsultację w wybranym języku i dołącz dokumentację "
            "medyczną: koordynator odpowie w ciągu jednego dnia roboczego.</p>",
        },
        {
            "days_ago": 21,
            "slug_en": "how-we-check-clinic-prices",
            "slug_uk": "yak-my-pereviriaiemo-tsiny-klinik",
            "slug_de": "wie-wir-klinikpreise-aktuell-halten",
            "slug_pl": "jak-dbamy-o-aktualnosc-cen-klinik",
            "title_en": "How we keep clinic prices up to date",
            "title_uk": "Як ми підтримуємо ціни клінік актуальними",
            "title_de": "Wie wir die Preise der Kliniken aktuell halten",
            "title_pl": "Jak dbamy o aktualność cen klinik",
            "lead_en": "A price older than a year is shown as “price on request”.",
            "lead_uk": "Ціна, старша за рік, показується як «ціна за запитом».",
            "lead_de": "Ein Preis, der älter als ein Jahr ist, wird als „Preis auf Anfrage“ "
            "angezeigt.",
            "lead_pl": "Cena starsza niż rok jest wyświetlana jako „cena na zapytanie”.",
            "body_en": "<p>Every price on MedTour shows the date the clinic quoted it. When a "
            "quote is more than twelve months old we ask the clinic again, and until it "
            "answers the page says “price on request”.</p>",
            "body_uk": "<p>Кожна ціна на MedTour показує дату, коли клініка її назвала. Коли "
            "ціні більше дванадцяти місяців, ми знову звертаємося до клініки, а доки вона "
            "не відповіла, на сторінці написано «ціна за запитом».</p>",
            "body_de": "<p>Bei jedem Preis auf MedTour steht das Datum, an dem die Klinik ihn "
            "genannt hat. Ist ein Angebot älter als zwölf Monate, fragen wir die Klinik erneut, "
            "und bis sie antwortet, steht auf der Seite „Preis auf Anfrage“.</p>",
            "body_pl": "<p>Przy każdej cenie w MedTour widać datę, w której podała ją klinika. "
            "Gdy wycena ma ponad dwanaście miesięcy, ponownie pytamy klinikę, a dopóki nie "
            "odpowie, na stronie widnieje „cena na zapytanie”.</p>",
        },
    ]


def load():
    """Create or update the demo news; yields a line per item."""
    author = Expert.objects.get(slug=AUTHOR_SLUG)
    condition = Condition.objects.get(slug_en=CONDITION_SLUG)
    article = {
        code: public_url(
            code, "conditions:condition_detail", slug=getattr(condition, localized("slug", code))
        )
        for code, _name in settings.LANGUAGES
    }
    now = timezone.now()
    for data in _items(article):
        days_ago = data.pop("days_ago")
        item, _created = NewsItem.objects.update_or_create(
            slug_en=data["slug_en"],
            defaults=data | {"author": author, "is_published": True},
            create_defaults=data
            | {
                "author": author,
                "is_published": True,
                "published_at": now - timedelta(days=days_ago),
            },
        )
        yield f"News: {item.get_absolute_url()}"
