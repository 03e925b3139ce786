"""Demo content: fictional clinics recommended for the lower limb ischemia article.

Every clinic, doctor and certificate here is invented; the names say "Demo" and
the websites are on example.com. Photos and logos are drawn with Pillow.
"""

from io import BytesIO

from dateutil.relativedelta import relativedelta
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont

from clinics.models import (
    Accreditation,
    AccreditationBody,
    Clinic,
    ClinicPhoto,
    Doctor,
    Recommendation,
    TreatmentOffer,
)
from conditions.models import Condition, Specialty, TreatmentMethod

SPECIALTY_SLUG = "vascular-surgery"
CONDITION_SLUG = "lower-limb-ischemia"

ACCREDITATION_BODIES = [
    {"slug": "jci", "name": "JCI"},
    {"slug": "iso-9001", "name": "ISO 9001"},
    {"slug": "temos", "name": "TEMOS"},
]

# Dates are relative to the day the demo is loaded:
# - accreditations: "valid_months" from today (negative = already expired);
# - offers: "quoted_months_ago" (more than PRICE_MAX_AGE_MONTHS = a stale price).
CLINICS = [
    {
        "fields": {
            "slug_en": "demo-vascular-centre-lviv",
            "slug_uk": "demonstratsiinyi-sudynnyi-tsentr-lvova",
            "name_en": "Demo Vascular Centre Lviv",
            "name_uk": "Демонстраційний судинний центр Львова",
            "country": "UA",
            "city_en": "Lviv",
            "city_uk": "Львів",
            "address_en": "12 Prykladna Street, Lviv, 79000",
            "address_uk": "вул. Прикладна, 12, Львів, 79000",
            "short_description_en": "Vascular surgery department with its own angiography suite: "
            "open and endovascular operations on the arteries of the legs.",
            "short_description_uk": "Відділення судинної хірургії з власною ангіографічною "
            "операційною: відкриті та ендоваскулярні операції на артеріях ніг.",
            "description_en": "<p>The centre has treated arterial disease of the lower limbs "
            "since 2009. Diagnosis, the operation and follow-up take place in one building: "
            "duplex ultrasound and CT angiography are done on the day of the first "
            "consultation.</p><p>The team performs endarterectomy, balloon angioplasty with "
            "stenting and femoral-popliteal bypass; the method is chosen at a joint meeting of "
            "vascular surgeons and interventional radiologists. Patients from abroad are "
            "accompanied by a coordinator who speaks English and Polish.</p>",
            "description_uk": "<p>Центр лікує захворювання артерій нижніх кінцівок з 2009 року. "
            "Діагностика, операція та подальше спостереження відбуваються в одній будівлі: "
            "дуплексне сканування та КТ-ангіографію роблять у день першої консультації.</p>"
            "<p>Команда виконує ендартеректомію, балонну ангіопластику зі стентуванням і "
            "стегново-підколінне шунтування; метод обирають на спільному консиліумі судинних "
            "хірургів та інтервенційних радіологів. Іноземних пацієнтів супроводжує "
            "координатор, який розмовляє англійською та польською.</p>",
            "staff_languages_en": "Ukrainian, English, Polish",
            "staff_languages_uk": "українська, англійська, польська",
            "year_founded": 2009,
            "website": "https://example.com/demo-vascular-centre-lviv",
        },
        "image": {
            "label": "Demo Vascular Centre\nLviv",
            "initials": "DVC",
            "colours": ("#1f5f7a", "#8fc1d4"),
        },
        "accreditations": [
            {"body": "iso-9001", "certificate_number": "DEMO-ISO-UA-2023-0417", "valid_months": 20},
        ],
        "doctors": [
            {
                "name_en": "Andrii Demchenko",
                "name_uk": "Андрій Демченко",
                "academic_title_en": "MD, PhD",
                "academic_title_uk": "к.мед.н.",
                "years_of_practice": 18,
                "bio_en": "Head of the vascular surgery department. Performs open "
                "reconstructions of the iliac and femoral arteries, including femoral-popliteal "
                "bypass.",
                "bio_uk": "Завідувач відділення судинної хірургії. Виконує відкриті "
                "реконструкції клубових і стегнових артерій, зокрема стегново-підколінне "
                "шунтування.",
            },
            {
                "name_en": "Iryna Koval",
                "name_uk": "Ірина Коваль",
                "academic_title_en": "MD, PhD",
                "academic_title_uk": "к.мед.н.",
                "years_of_practice": 11,
                "bio_en": "Vascular surgeon focused on endovascular treatment: balloon "
                "angioplasty and stenting of the femoral and tibial arteries.",
                "bio_uk": "Судинна хірургиня, основний напрям — ендоваскулярне лікування: балонна "
                "ангіопластика та стентування стегнових і гомілкових артерій.",
            },
        ],
        "offers": {
            "endarterectomy": {
                "price_from": 2800,
                "price_to": 3600,
                "currency": TreatmentOffer.Currency.USD,
                "includes_en": "Consultation, duplex ultrasound, the operation under regional or "
                "general anaesthesia, 4 nights in hospital, check-up before discharge.",
                "includes_uk": "Консультація, дуплексне сканування, операція під регіонарною або "
                "загальною анестезією, 4 ночі в стаціонарі, огляд перед випискою.",
                "quoted_months_ago": 2,
            },
            "balloon-angioplasty-and-stenting": {
                "price_from": 2400,
                "price_to": 4200,
                "currency": TreatmentOffer.Currency.USD,
                "includes_en": "Consultation, CT angiography, the procedure with one or two "
                "stents, 1 night in hospital.",
                "includes_uk": "Консультація, КТ-ангіографія, втручання з установленням одного чи "
                "двох стентів, 1 ніч у стаціонарі.",
                "quoted_months_ago": 2,
            },
            "femoral-popliteal-bypass": {
                "price_from": 3500,
                "price_to": 4800,
                "currency": TreatmentOffer.Currency.USD,
                "includes_en": "Consultation, CT angiography, the operation, 7 nights in "
                "hospital, removal of stitches.",
                "includes_uk": "Консультація, КТ-ангіографія, операція, 7 ночей у стаціонарі, "
                "зняття швів.",
                "quoted_months_ago": 2,
            },
        },
        "recommendation": {
            "reason_en": "Patients can have the examination, the operation and the first "
            "follow-up visit within one trip of about a week. Most patients treated through "
            "MedTour here had balloon angioplasty and stenting.",
            "reason_uk": "Пацієнти можуть пройти обстеження, операцію та перший контрольний "
            "огляд за одну поїздку тривалістю приблизно тиждень. Більшості пацієнтів, які "
            "лікувалися тут через MedTour, виконали балонну ангіопластику та стентування.",
            "patients_treated": 64,
        },
    },
    {
        "fields": {
            "slug_en": "demo-angiology-hospital-warsaw",
            "slug_uk": "demonstratsiina-anhiolohichna-likarnia-varshavy",
            "name_en": "Demo Angiology Hospital Warsaw",
            "name_uk": "Демонстраційна ангіологічна лікарня Варшави",
            "country": "PL",
            "city_en": "Warsaw",
            "city_uk": "Варшава",
            "address_en": "ul. Przykładowa 8, 00-001 Warsaw",
            "address_uk": "ul. Przykładowa 8, 00-001 Варшава",
            "short_description_en": "Hospital vascular surgery ward with a dedicated diabetic "
            "foot team.",
            "short_description_uk": "Відділення судинної хірургії з окремою командою, яка "
            "лікує діабетичну стопу.",
            "description_en": "<p>The ward treats chronic limb-threatening ischemia, "
            "particularly in patients with diabetes. Vascular surgeons work together with a "
            "diabetologist and a wound-care nurse, so revascularisation and treatment of ulcers "
            "are planned as one course of treatment.</p><p>Most patients go home the day after "
            "angioplasty; after bypass surgery the usual hospital stay is six to eight days.</p>",
            "description_uk": "<p>Відділення лікує критичну ішемію кінцівок, зокрема в пацієнтів "
            "із цукровим діабетом. Судинні хірурги працюють разом з діабетологом і медсестрою з "
            "догляду за ранами, тож реваскуляризацію та лікування виразок планують як єдиний "
            "курс лікування.</p><p>Більшість пацієнтів повертаються додому наступного дня після "
            "ангіопластики; після шунтування перебування в лікарні зазвичай триває від шести до "
            "восьми днів.</p>",
            "staff_languages_en": "Polish, English, Ukrainian",
            "staff_languages_uk": "польська, англійська, українська",
            "year_founded": 2004,
            "website": "https://example.com/demo-angiology-hospital-warsaw",
        },
        "image": {
            "label": "Demo Angiology Hospital\nWarsaw",
            "initials": "DAH",
            "colours": ("#3d5a3f", "#a9c8a0"),
        },
        # The ISO certificate has lapsed: the admin flags it and pages hide it.
        "accreditations": [
            {"body": "jci", "certificate_number": "DEMO-JCI-PL-2022-0093", "valid_months": 14},
            {"body": "iso-9001", "certificate_number": "DEMO-ISO-PL-2021-1130", "valid_months": -2},
        ],
        "doctors": [
            {
                "name_en": "Tomasz Nowicki",
                "name_uk": "Томаш Новицький",
                "academic_title_en": "MD, PhD",
                "academic_title_uk": "к.мед.н.",
                "years_of_practice": 20,
                "bio_en": "Head of the ward. Works on limb salvage in critical ischemia and "
                "diabetic foot and performs distal bypass operations.",
                "bio_uk": "Завідувач відділення. Займається збереженням кінцівки при критичній "
                "ішемії та діабетичній стопі, виконує дистальні шунтувальні операції.",
            },
        ],
        "offers": {
            "endarterectomy": {
                "price_from": 5200,
                "price_to": 6800,
                "currency": TreatmentOffer.Currency.EUR,
                "includes_en": "Consultation, duplex ultrasound, the operation, 4 days in "
                "hospital.",
                "includes_uk": "Консультація, дуплексне сканування, операція, 4 дні в стаціонарі.",
                "quoted_months_ago": 3,
            },
            "balloon-angioplasty-and-stenting": {
                "price_from": 4300,
                "price_to": 7200,
                "currency": TreatmentOffer.Currency.EUR,
                "includes_en": "Consultation, the procedure with stents and, if needed, "
                "drug-coated balloons, 1 day in hospital, ultrasound check after one month.",
                "includes_uk": "Консультація, втручання зі стентами та, за потреби, балонами з "
                "лікарським покриттям, 1 день у стаціонарі, контрольне УЗД через місяць.",
                "quoted_months_ago": 3,
            },
            "femoral-popliteal-bypass": {
                "price_from": 7200,
                "price_to": 9800,
                "currency": TreatmentOffer.Currency.EUR,
                "includes_en": "Consultation, CT angiography, the operation, 6–8 days in "
                "hospital, wound care until discharge.",
                "includes_uk": "Консультація, КТ-ангіографія, операція, 6–8 днів у стаціонарі, "
                "догляд за раною до виписки.",
                "quoted_months_ago": 3,
            },
        },
        "recommendation": {
            "reason_en": "Chosen by patients with diabetes and ulcers that do not heal: "
            "revascularisation and wound care are planned by one team. Ukrainian-speaking staff "
            "work on the ward.",
            "reason_uk": "Її обирають пацієнти з цукровим діабетом і виразками, що не "
            "загоюються: реваскуляризацію та лікування ран планує одна команда. У відділенні "
            "працює україномовний персонал.",
            "patients_treated": 41,
        },
    },
    {
        "fields": {
            "slug_en": "demo-vascular-clinic-munich",
            "slug_uk": "demonstratsiina-sudynna-klinika-miunkhena",
            "name_en": "Demo Vascular Clinic Munich",
            "name_uk": "Демонстраційна судинна клініка Мюнхена",
            "country": "DE",
            "city_en": "Munich",
            "city_uk": "Мюнхен",
            "address_en": "Beispielstraße 5, 80331 Munich",
            "address_uk": "Beispielstraße 5, 80331 Мюнхен",
            "short_description_en": "University-affiliated vascular clinic with a hybrid "
            "operating room for combined open and endovascular procedures.",
            "short_description_uk": "Судинна клініка при університетській лікарні з гібридною "
            "операційною для поєднаних відкритих та ендоваскулярних втручань.",
            "description_en": "<p>The clinic specialises in complex and repeat operations on the "
            "leg arteries, including long occlusions that cannot be treated with a stent alone. "
            "In the hybrid operating room an endarterectomy of the femoral artery and "
            "angioplasty of the arteries below it can be done in one procedure.</p><p>After "
            "discharge the clinic sends the operation report and imaging results in English, so "
            "that follow-up can continue with the patient's own doctor.</p>",
            "description_uk": "<p>Клініка спеціалізується на складних і повторних операціях на "
            "артеріях ніг, зокрема при довгих оклюзіях, які неможливо усунути лише стентом. У "
            "гібридній операційній ендартеректомію стегнової артерії та ангіопластику артерій "
            "нижче неї можна виконати за одне втручання.</p><p>Після виписки клініка надсилає "
            "протокол операції та результати обстежень англійською мовою, щоб пацієнт міг "
            "продовжити спостереження у свого лікаря.</p>",
            "staff_languages_en": "German, English, Ukrainian",
            "staff_languages_uk": "німецька, англійська, українська",
            "year_founded": 1998,
            "website": "https://example.com/demo-vascular-clinic-munich",
        },
        "image": {
            "label": "Demo Vascular Clinic\nMunich",
            "initials": "DVM",
            "colours": ("#2e3f6e", "#a7b4d8"),
        },
        "accreditations": [
            {"body": "jci", "certificate_number": "DEMO-JCI-DE-2023-0221", "valid_months": 26},
            {"body": "iso-9001", "certificate_number": "DEMO-ISO-DE-2024-0785", "valid_months": 30},
        ],
        "doctors": [
            {
                "name_en": "Stefan Hartmann",
                "name_uk": "Штефан Гартманн",
                "academic_title_en": "Prof. Dr. med.",
                "academic_title_uk": "проф., д-р мед.",
                "years_of_practice": 26,
                "bio_en": "Chief physician of the vascular clinic. Main areas: repeat operations "
                "after unsuccessful stenting and bypass surgery below the knee.",
                "bio_uk": "Головний лікар судинної клініки. Основні напрями — повторні операції "
                "після невдалого стентування та шунтування нижче колінного суглоба.",
            },
            {
                "name_en": "Julia Brandt",
                "name_uk": "Юлія Брандт",
                "academic_title_en": "Dr. med.",
                "academic_title_uk": "д-р мед.",
                "years_of_practice": 12,
                "bio_en": "Vascular and endovascular surgeon. Performs hybrid procedures that "
                "combine endarterectomy and angioplasty.",
                "bio_uk": "Судинна та ендоваскулярна хірургиня. Виконує гібридні втручання, які "
                "поєднують ендартеректомію та ангіопластику.",
            },
        ],
        "offers": {
            "endarterectomy": {
                "price_from": 9500,
                "price_to": 13000,
                "currency": TreatmentOffer.Currency.EUR,
                "includes_en": "Pre-operative examination, the operation, 5 days in hospital, "
                "written report in English.",
                "includes_uk": "Передопераційне обстеження, операція, 5 днів у стаціонарі, "
                "письмовий висновок англійською мовою.",
                "quoted_months_ago": 4,
            },
            "balloon-angioplasty-and-stenting": {
                "price_from": 7000,
                "price_to": 11500,
                "currency": TreatmentOffer.Currency.EUR,
                "includes_en": "Pre-operative examination, angiography, the procedure including "
                "stents, 2 days in hospital, written report in English.",
                "includes_uk": "Передопераційне обстеження, ангіографія, втручання разом зі "
                "стентами, 2 дні в стаціонарі, письмовий висновок англійською мовою.",
                "quoted_months_ago": 4,
            },
            "femoral-popliteal-bypass": {
                "price_from": 14000,
                "price_to": 19500,
                "currency": TreatmentOffer.Currency.EUR,
                "includes_en": "Pre-operative examination, the operation, 8–10 days in hospital, "
                "written report in English.",
                "includes_uk": "Передопераційне обстеження, операція, 8–10 днів у стаціонарі, "
                "письмовий висновок англійською мовою.",
                "quoted_months_ago": 4,
            },
        },
        "recommendation": {
            "reason_en": "Chosen for long occlusions and for repeat operations after "
            "unsuccessful stenting elsewhere: the hybrid operating room allows open and "
            "endovascular steps in one procedure.",
            "reason_uk": "Її обирають при довгих оклюзіях і для повторних операцій після "
            "невдалого стентування в інших клініках: гібридна операційна дає змогу поєднати "
            "відкритий та ендоваскулярний етапи в одному втручанні.",
            "patients_treated": 27,
        },
    },
    {
        "fields": {
            "slug_en": "demo-cardiovascular-hospital-istanbul",
            "slug_uk": "demonstratsiina-sertsevo-sudynna-likarnia-stambula",
            "name_en": "Demo Cardiovascular Hospital Istanbul",
            "name_uk": "Демонстраційна серцево-судинна лікарня Стамбула",
            "country": "TR",
            "city_en": "Istanbul",
            "city_uk": "Стамбул",
            "address_en": "Örnek Caddesi No. 14, 34000 Istanbul",
            "address_uk": "Örnek Caddesi No. 14, 34000 Стамбул",
            "short_description_en": "Private cardiovascular hospital with an international "
            "patient department.",
            "short_description_uk": "Приватна серцево-судинна лікарня з відділом міжнародних "
            "пацієнтів.",
            "description_en": "<p>The hospital's vascular team performs endovascular and open "
            "operations on the arteries of the legs and works alongside the cardiology "
            "department, which matters for patients who also have coronary artery disease.</p>"
            "<p>The international patient department arranges an interpreter, transfers from the "
            "airport and accommodation near the hospital for the patient and one companion.</p>",
            "description_uk": "<p>Судинна команда лікарні виконує ендоваскулярні та відкриті "
            "операції на артеріях ніг і працює разом із кардіологічним відділенням, що важливо "
            "для пацієнтів, які мають ще й ішемічну хворобу серця.</p><p>Відділ міжнародних "
            "пацієнтів організовує перекладача, трансфер з аеропорту та житло поблизу лікарні "
            "для пацієнта й одного супровідника.</p>",
            "staff_languages_en": "Turkish, English, Arabic",
            "staff_languages_uk": "турецька, англійська, арабська",
            "year_founded": 2012,
            "website": "https://example.com/demo-cardiovascular-hospital-istanbul",
        },
        "image": {
            "label": "Demo Cardiovascular Hospital\nIstanbul",
            "initials": "DCH",
            "colours": ("#7a3b2e", "#e0b39a"),
        },
        "accreditations": [
            {"body": "jci", "certificate_number": "DEMO-JCI-TR-2024-0412", "valid_months": 22},
            {"body": "temos", "certificate_number": "DEMO-TEMOS-TR-2023-057", "valid_months": 9},
        ],
        "doctors": [
            {
                "name_en": "Emre Yıldız",
                "name_uk": "Емре Йилдиз",
                "academic_title_en": "Assoc. Prof., MD",
                "academic_title_uk": "доц., д-р мед.",
                "years_of_practice": 15,
                "bio_en": "Vascular surgeon. Performs carotid and femoral endarterectomy and "
                "femoral-popliteal bypass.",
                "bio_uk": "Судинний хірург. Виконує ендартеректомію сонних і стегнових артерій "
                "та стегново-підколінне шунтування.",
            },
            {
                "name_en": "Elif Aydın",
                "name_uk": "Еліф Айдин",
                "academic_title_en": "MD, PhD",
                "academic_title_uk": "к.мед.н.",
                "years_of_practice": 9,
                "bio_en": "Vascular surgeon specialising in angioplasty and stenting of the "
                "iliac, femoral and popliteal arteries.",
                "bio_uk": "Судинна хірургиня, спеціалізується на ангіопластиці та стентуванні "
                "клубових, стегнових і підколінних артерій.",
            },
        ],
        "offers": {
            "endarterectomy": {
                "price_from": 4500,
                "price_to": 6200,
                "currency": TreatmentOffer.Currency.EUR,
                "includes_en": "Consultation, examinations, the operation, 3 days in hospital, "
                "airport transfer.",
                "includes_uk": "Консультація, обстеження, операція, 3 дні в стаціонарі, "
                "трансфер з аеропорту.",
                "quoted_months_ago": 1,
            },
            "balloon-angioplasty-and-stenting": {
                "price_from": 3900,
                "price_to": 6500,
                "currency": TreatmentOffer.Currency.EUR,
                "includes_en": "Consultation, CT angiography, the procedure with stents, 1 day "
                "in hospital, airport transfer, interpreter.",
                "includes_uk": "Консультація, КТ-ангіографія, втручання зі стентами, 1 день у "
                "стаціонарі, трансфер з аеропорту, перекладач.",
                "quoted_months_ago": 1,
            },
            # A price nobody has confirmed for a year and a half: too old to show.
            "femoral-popliteal-bypass": {
                "price_from": 6000,
                "price_to": 8500,
                "currency": TreatmentOffer.Currency.EUR,
                "includes_en": "Consultation, examinations, the operation, 7 days in hospital, "
                "airport transfer, interpreter.",
                "includes_uk": "Консультація, обстеження, операція, 7 днів у стаціонарі, "
                "трансфер з аеропорту, перекладач.",
                "quoted_months_ago": 18,
            },
        },
        "recommendation": {
            "reason_en": "Chosen by patients who also need a cardiology check-up: the heart and "
            "the leg arteries are examined during the same stay. The international department "
            "arranges transfers and an interpreter.",
            "reason_uk": "Її обирають пацієнти, яким також потрібне кардіологічне обстеження: "
            "серце й артерії ніг обстежують під час одного перебування. Відділ міжнародних "
            "пацієнтів організовує трансфер і перекладача.",
            "patients_treated": 35,
        },
    },
]


def _gradient(size, top, bottom):
    """An RGB image shading vertically from colour `top` to colour `bottom`."""
    start = Image.new("RGB", size, top)
    end = Image.new("RGB", size, bottom)
    mask = Image.linear_gradient("L").resize(size)
    return Image.composite(end, start, mask)


def _jpeg(image, name):
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return ContentFile(buffer.getvalue(), name=name)


def _draw_centred(image, text, size):
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=size)
    centre = (image.width / 2, image.height / 2)
    draw.multiline_text(centre, text, fill="white", font=font, anchor="mm", align="center")


def _photo(clinic, data):
    """A 1200x800 placeholder photo with the clinic's name on it."""
    image = _gradient((1200, 800), *data["image"]["colours"])
    _draw_centred(image, data["image"]["label"], 64)
    return _jpeg(image, f"{clinic.slug_en}.jpg")


def _logo(clinic, data):
    """A square placeholder logo with the clinic's initials."""
    image = Image.new("RGB", (400, 400), data["image"]["colours"][0])
    _draw_centred(image, data["image"]["initials"], 140)
    return _jpeg(image, f"{clinic.slug_en}-logo.jpg")


def _load_clinic(data, *, specialty, methods, bodies, today):
    fields = data["fields"]
    clinic, _created = Clinic.objects.update_or_create(
        slug_en=fields["slug_en"],
        defaults=fields
        | {
            "logo_alt_en": f"{fields['name_en']} logo",
            "logo_alt_uk": f"Логотип клініки «{fields['name_uk']}»",
            "is_active": True,
        },
    )
    clinic.specialties.set([specialty])

    if not clinic.logo:
        content = _logo(clinic, data)
        clinic.logo.save(content.name, content, save=False)
        clinic.save(update_fields=["logo"])
    if not clinic.photos.exists():
        photo = ClinicPhoto(
            clinic=clinic,
            alt_text_en=f"Placeholder image with the name of {fields['name_en']}",
            alt_text_uk=f"Зображення-заповнювач із назвою клініки «{fields['name_uk']}»",
            order=1,
        )
        content = _photo(clinic, data)
        photo.image.save(content.name, content, save=False)
        photo.save()

    for row in data["accreditations"]:
        Accreditation.objects.update_or_create(
            clinic=clinic,
            body=bodies[row["body"]],
            defaults={
                "certificate_number": row["certificate_number"],
                "valid_until": today + relativedelta(months=row["valid_months"]),
            },
        )

    for order, row in enumerate(data["doctors"], start=1):
        Doctor.objects.update_or_create(
            clinic=clinic, order=order, defaults=row | {"specialty": specialty}
        )
    Doctor.objects.filter(clinic=clinic, order__gt=len(data["doctors"])).delete()

    for slug, row in data["offers"].items():
        defaults = {key: value for key, value in row.items() if key != "quoted_months_ago"}
        defaults["quoted_on"] = today - relativedelta(months=row["quoted_months_ago"])
        TreatmentOffer.objects.update_or_create(
            clinic=clinic, method=methods[slug], defaults=defaults
        )
    return clinic


def load():
    """Create or update the demo clinics; yields a line per thing loaded."""
    today = timezone.localdate()
    specialty = Specialty.objects.get(slug=SPECIALTY_SLUG)
    condition = Condition.objects.get(slug_en=CONDITION_SLUG)
    methods = {
        slug: TreatmentMethod.objects.get(slug=slug)
        for slug in {slug for data in CLINICS for slug in data["offers"]}
    }
    bodies = {
        data["slug"]: AccreditationBody.objects.update_or_create(slug=data["slug"], defaults=data)[
            0
        ]
        for data in ACCREDITATION_BODIES
    }
    yield f"Accreditation bodies: {', '.join(body.name for body in bodies.values())}"

    for order, data in enumerate(CLINICS, start=1):
        clinic = _load_clinic(
            data, specialty=specialty, methods=methods, bodies=bodies, today=today
        )
        Recommendation.objects.update_or_create(
            condition=condition, clinic=clinic, defaults=data["recommendation"] | {"order": order}
        )
        yield (
            f"Clinic: {clinic.get_absolute_url()} (doctors: {clinic.doctors.count()}, "
            f"offers: {clinic.offers.count()}, accreditations: {clinic.accreditations.count()})"
        )
