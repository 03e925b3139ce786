"""Demo content: the three regional phone lines of the reference page, about and privacy."""

from pages.models import Contact, Page

# Demo numbers: Ukraine's and Poland's are in ranges no operator uses for
# customers; 555-01xx is reserved for fiction in North America.
CONTACTS = [
    {
        "label_en": "Calls for Ukraine",
        "region": "ua",
        "label_uk": "Дзвінки по Україні",
        "label_de": "Anrufe aus der Ukraine",
        "label_pl": "Połączenia z Ukrainy",
        "phone": "+380441234567",
        "hours_en": "Mon–Fri 9:00–19:00, Sat 10:00–15:00",
        "hours_uk": "Пн–Пт 9:00–19:00, Сб 10:00–15:00",
        "hours_de": "Mo–Fr 9:00–19:00, Sa 10:00–15:00",
        "hours_pl": "pon.–pt. 9:00–19:00, sob. 10:00–15:00",
        "time_zone": "Europe/Kyiv",
        "viber": "viber://chat?number=%2B380441234567",
        "telegram": "https://t.me/medtour_demo",
    },
    {
        "label_en": "Calls for Europe",
        "region": "eu",
        "label_uk": "Дзвінки з Європи",
        "label_de": "Anrufe aus Europa",
        "label_pl": "Połączenia z Europy",
        "phone": "+48221234567",
        "hours_en": "Mon–Fri 8:00–18:00",
        "hours_uk": "Пн–Пт 8:00–18:00",
        "hours_de": "Mo–Fr 8:00–18:00",
        "hours_pl": "pon.–pt. 8:00–18:00",
        "time_zone": "Europe/Warsaw",
        "whatsapp": "https://wa.me/48221234567",
    },
    {
        "label_en": "Calls for USA",
        "region": "us",
        "label_uk": "Дзвінки зі США",
        "label_de": "Anrufe aus den USA",
        "label_pl": "Połączenia z USA",
        "phone": "+12125550123",
        "hours_en": "Mon–Fri 9:00–17:00",
        "hours_uk": "Пн–Пт 9:00–17:00",
        "hours_de": "Mo–Fr 9:00–17:00",
        "hours_pl": "pon.–pt. 9:00–17:00",
        "time_zone": "America/New_York",
        "whatsapp": "https://wa.me/12125550123",
    },
]

PAGES = {
    Page.Key.ABOUT: {
        "title_en": "About MedTour",
        "title_uk": "Про MedTour",
        "summary_en": "Who we are and how MedTour chooses clinics and checks its articles.",
        "summary_uk": "Хто ми та як MedTour обирає клініки й перевіряє статті.",
        "body_en": (
            "<p>MedTour helps patients find treatment in Ukraine and abroad. Our coordinators "
            "answer every request for free, gather your documents and arrange the "
            "consultation with a clinic.</p>"
            "<h2>How we choose clinics</h2>"
            "<p>We recommend a clinic for a condition only when our patients were treated "
            "there and recommend it, and we show why, with prices and accreditations.</p>"
            "<h2>How we write articles</h2>"
            "<p>Every article is written by a medical author and approved, in every "
            "language, by a medical expert before you can read it.</p>"
        ),
        "body_uk": (
            "<p>MedTour допомагає пацієнтам знайти лікування в Україні та за кордоном. Наші "
            "координатори безкоштовно відповідають на кожен запит, збирають ваші документи й "
            "організовують консультацію з клінікою.</p>"
            "<h2>Як ми обираємо клініки</h2>"
            "<p>Ми рекомендуємо клініку для лікування захворювання лише тоді, коли наші "
            "пацієнти лікувалися там і її рекомендують, і показуємо чому, з цінами та "
            "акредитаціями.</p>"
            "<h2>Як ми пишемо статті</h2>"
            "<p>Кожну статтю пише медичний автор, і медичний експерт схвалює її кожною мовою, "
            "перш ніж ви зможете її прочитати.</p>"
        ),
    },
    Page.Key.PRIVACY: {
        "title_en": "Privacy policy",
        "title_uk": "Політика конфіденційності",
        "summary_en": "What MedTour keeps when you ask for a consultation, and for how long.",
        "summary_uk": "Що MedTour зберігає, коли ви звертаєтеся по консультацію, і як довго.",
        "body_en": (
            "<p>When you ask for a consultation, MedTour keeps what you send us: your name, "
            "contact details, country, the description of your problem and the medical "
            "documents you attach. These are health data, and we process them only with your "
            "consent and only to arrange your consultation and treatment.</p>"
            "<p>Only MedTour coordinators see your request. Documents are never published and "
            "every download is recorded. We share your data with a clinic only after you agree "
            "to it.</p>"
            "<p>Two years after your request is closed we delete your personal data and "
            "documents; we keep only anonymous statistics. You may ask us at any time to see, "
            "correct or delete your data.</p>"
        ),
        "body_uk": (
            "<p>Коли ви звертаєтеся по консультацію, MedTour зберігає те, що ви надсилаєте: "
            "ім’я, контактні дані, країну, опис проблеми та медичні документи. Це дані про "
            "здоров’я, і ми обробляємо їх лише за вашою згодою та лише для організації "
            "консультації й лікування.</p>"
            "<p>Ваш запит бачать лише координатори MedTour. Документи ніколи не публікуються, "
            "а кожне завантаження записується. Ми передаємо ваші дані клініці лише з вашої "
            "згоди.</p>"
            "<p>Через два роки після закриття запиту ми видаляємо ваші персональні дані й "
            "документи; зберігаємо лише анонімну статистику. Ви можете будь-коли попросити "
            "показати, виправити або видалити ваші дані.</p>"
        ),
    },
}


def load():
    """Create or update the demo contacts and pages; yields a line per thing loaded."""
    for order, data in enumerate(CONTACTS, start=1):
        Contact.objects.update_or_create(phone=data["phone"], defaults=data | {"order": order})
    yield f"Regional contacts: {', '.join(data['label_en'] for data in CONTACTS)}"
    for key, data in PAGES.items():
        page, _created = Page.objects.update_or_create(key=key, defaults=data)
        yield f"Page: {page.get_absolute_url()}"
