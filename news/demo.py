"""Demo content: three news items in English and Ukrainian, one about the reference article."""

from datetime import timedelta

from django.utils import timezone

from conditions.models import Condition, Expert
from core.languages import public_url
from news.models import NewsItem

AUTHOR_SLUG = "kateryna-maliarchuk"
CONDITION_SLUG = "lower-limb-ischemia"


def _items(article_en, article_uk):
    return [
        {
            "days_ago": 2,
            "slug_en": "new-article-lower-limb-ischemia",
            "slug_uk": "nova-stattia-ishemiia-nyzhnikh-kintsivok",
            "title_en": "New article: lower limb ischemia and how it is treated",
            "title_uk": "Нова стаття: ішемія нижніх кінцівок і як її лікують",
            "lead_en": "Causes, symptoms and every treatment, from medication to bypass "
            "surgery, reviewed by a vascular surgeon.",
            "lead_uk": "Причини, симптоми й усі методи лікування, від ліків до шунтування, "
            "перевірені судинним хірургом.",
            "body_en": "<p>Pain in the calves when walking can be the first sign of reduced "
            "blood flow to the legs. Our new article explains "
            f'<a href="{article_en}">lower limb ischemia</a>: why it happens, how it is '
            "diagnosed and which clinics our patients recommend for its treatment.</p>",
            "body_uk": "<p>Біль у литках під час ходьби може бути першою ознакою порушення "
            "кровопостачання ніг. Наша нова стаття пояснює, що таке "
            f'<a href="{article_uk}">ішемія нижніх кінцівок</a>, чому вона виникає, як її '
            "діагностують і які клініки наші пацієнти рекомендують для лікування.</p>",
        },
        {
            "days_ago": 9,
            "slug_en": "free-consultations-in-four-languages",
            "slug_uk": "bezkoshtovni-konsultatsii-chotyrma-movamy",
            "title_en": "Free consultations now in four languages",
            "title_uk": "Безкоштовні консультації тепер чотирма мовами",
            "lead_en": "Our coordinators answer in English, Ukrainian, German and Polish.",
            "lead_uk": "Наші координатори відповідають англійською, українською, німецькою "
            "та польською.",
            "body_en": "<p>Ask for a free consultation in the language you prefer and attach "
            "your medical documents: a coordinator replies within one working day.</p>",
            "body_uk": "<p>Зверніться по безкоштовну консультацію зручною для вас мовою та "
            "додайте медичні документи: координатор відповість протягом одного робочого "
            "дня.</p>",
        },
        {
            "days_ago": 21,
            "slug_en": "how-we-check-clinic-prices",
            "slug_uk": "yak-my-pereviriaiemo-tsiny-klinik",
            "title_en": "How we keep clinic prices up to date",
            "title_uk": "Як ми підтримуємо ціни клінік актуальними",
            "lead_en": "A price older than a year is shown as “price on request”.",
            "lead_uk": "Ціна, старша за рік, показується як «ціна за запитом».",
            "body_en": "<p>Every price on MedTour shows the date the clinic quoted it. When a "
            "quote is more than twelve months old we ask the clinic again, and until it "
            "answers the page says “price on request”.</p>",
            "body_uk": "<p>Кожна ціна на MedTour показує дату, коли клініка її назвала. Коли "
            "ціні більше дванадцяти місяців, ми знову звертаємося до клініки, а доки вона "
            "не відповіла, на сторінці написано «ціна за запитом».</p>",
        },
    ]


def load():
    """Create or update the demo news; yields a line per item."""
    author = Expert.objects.get(slug=AUTHOR_SLUG)
    condition = Condition.objects.get(slug_en=CONDITION_SLUG)
    article_en = public_url("en", "conditions:condition_detail", slug=condition.slug_en)
    article_uk = public_url("uk", "conditions:condition_detail", slug=condition.slug_uk)
    now = timezone.now()
    for data in _items(article_en, article_uk):
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
