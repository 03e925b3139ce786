"""Demo content: fictional clinics recommended for the demo's condition articles.

Every clinic, doctor and certificate here is invented; the names say "Demo" and
the websites are on example.com. Photos and logos are illustrations drawn with
Pillow (clinics/illustrations.py), with no text in them.
"""

from collections import defaultdict
from pathlib import PurePosixPath

from dateutil.relativedelta import relativedelta
from django.core.files.base import ContentFile
from django.utils import timezone

from clinics import illustrations
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

# Part of every drawn file's name. Pictures from an older version (the first had the
# clinic's name burnt in) are replaced when the demo is loaded again.
PICTURES_VERSION = 2

# What each picture shows, per language; {name} is the clinic's name in that language.
ALT_TEXTS = {
    "building": {
        "en": "Illustration: the building of {name}",
        "uk": "Ілюстрація: будівля клініки «{name}»",
        "de": "Illustration: das Gebäude der Klinik „{name}“",
        "pl": "Ilustracja: budynek placówki „{name}”",
    },
    "room": {
        "en": "Illustration: a patient room at {name}",
        "uk": "Ілюстрація: палата для пацієнтів у клініці «{name}»",
        "de": "Illustration: ein Patientenzimmer der Klinik „{name}“",
        "pl": "Ilustracja: sala dla pacjentów w placówce „{name}”",
    },
    "logo": {
        "en": "{name} logo",
        "uk": "Логотип клініки «{name}»",
        "de": "Logo der Klinik „{name}“",
        "pl": "Logo placówki „{name}”",
    },
}

ACCREDITATION_BODIES = [
    {"slug": "jci", "name": "JCI"},
    {"slug": "iso-9001", "name": "ISO 9001"},
    {"slug": "temos", "name": "TEMOS"},
]

# Dates are relative to the day the demo is loaded:
# - accreditations: "valid_months" from today (negative = already expired);
# - offers: "quoted_months_ago" (more than PRICE_MAX_AGE_MONTHS = a stale price).
# "specialties", a doctor's "specialty" (default: the clinic's first) and the keys of
# "offers" and "recommendations" are slugs of what conditions/demo.py loads.
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
            "open and endovascular operations on the arteries of the legs, and treatment of "
            "varicose veins.",
            "short_description_uk": "Відділення судинної хірургії з власною ангіографічною "
            "операційною: відкриті та ендоваскулярні операції на артеріях ніг і лікування "
            "варикозу.",
            "description_en": "<p>The centre has treated arterial disease of the lower limbs "
            "since 2009. Diagnosis, the operation and follow-up take place in one building: "
            "duplex ultrasound and CT angiography are done on the day of the first "
            "consultation.</p><p>The team performs endarterectomy, balloon angioplasty with "
            "stenting and femoral-popliteal bypass; the method is chosen at a joint meeting of "
            "vascular surgeons and interventional radiologists. Patients from abroad are "
            "accompanied by a coordinator who speaks English and Polish.</p><p>Varicose veins "
            "are treated with endovenous laser ablation and sclerotherapy under local "
            "anaesthesia, without a stay in hospital.</p>",
            "description_uk": "<p>Центр лікує захворювання артерій нижніх кінцівок з 2009 року. "
            "Діагностика, операція та подальше спостереження відбуваються в одній будівлі: "
            "дуплексне сканування та КТ-ангіографію роблять у день першої консультації.</p>"
            "<p>Команда виконує ендартеректомію, балонну ангіопластику зі стентуванням і "
            "стегново-підколінне шунтування; метод обирають на спільному консиліумі судинних "
            "хірургів та інтервенційних радіологів. Іноземних пацієнтів супроводжує "
            "координатор, який розмовляє англійською та польською.</p><p>Варикозні вени лікують "
            "ендовенозною лазерною абляцією та склеротерапією під місцевою анестезією, без "
            "перебування в стаціонарі.</p>",
            "staff_languages_en": "Ukrainian, English, Polish",
            "staff_languages_uk": "українська, англійська, польська",
            "name_de": "Demo-Gefäßzentrum Lwiw",
            "name_pl": "Demonstracyjne Centrum Naczyniowe we Lwowie",
            "city_de": "Lwiw",
            "city_pl": "Lwów",
            "address_de": "Prykladna-Straße 12, 79000 Lwiw",
            "address_pl": "ul. Prykładna 12, 79000 Lwów",
            "short_description_de": "Gefäßchirurgische Abteilung mit eigenem Angiographie-Saal: "
            "offene und endovaskuläre Operationen an den Beinarterien und Behandlung von "
            "Krampfadern.",
            "short_description_pl": "Oddział chirurgii naczyniowej z własną pracownią "
            "angiograficzną: operacje otwarte i wewnątrznaczyniowe na tętnicach nóg oraz leczenie "
            "żylaków.",
            "staff_languages_de": "Ukrainisch, Englisch, Polnisch",
            "staff_languages_pl": "ukraiński, angielski, polski",
            "year_founded": 2009,
            "website": "https://example.com/demo-vascular-centre-lviv",
        },
        "specialties": ["vascular-surgery"],
        "image": {"colour": "#1f5f7a", "mark": "cross"},
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
            "endovenous-laser-ablation": {
                "price_from": 700,
                "price_to": 1200,
                "currency": TreatmentOffer.Currency.USD,
                "includes_en": "Consultation, duplex ultrasound mapping of the veins, the "
                "procedure on one leg under local anaesthesia, a compression stocking, an "
                "ultrasound check after 5–7 days.",
                "includes_uk": "Консультація, дуплексне картування вен, втручання на одній нозі "
                "під місцевою анестезією, компресійна панчоха, контрольне УЗД через 5–7 днів.",
                "quoted_months_ago": 2,
            },
            "sclerotherapy": {
                "price_from": 80,
                "price_to": 200,
                "currency": TreatmentOffer.Currency.USD,
                "includes_en": "One session of liquid or foam sclerotherapy on one leg, "
                "ultrasound guidance when needed. Small veins usually need two to four sessions.",
                "includes_uk": "Один сеанс склеротерапії рідким препаратом або піною на одній "
                "нозі, за потреби під контролем УЗД. Дрібні вени зазвичай потребують двох–чотирьох "
                "сеансів.",
                "quoted_months_ago": 2,
            },
        },
        "recommendations": {
            "lower-limb-ischemia": {
                "reason_en": "Patients can have the examination, the operation and the first "
                "follow-up visit within one trip of about a week. Most patients treated through "
                "MedTour here had balloon angioplasty and stenting.",
                "reason_uk": "Пацієнти можуть пройти обстеження, операцію та перший контрольний "
                "огляд за одну поїздку тривалістю приблизно тиждень. Більшості пацієнтів, які "
                "лікувалися тут через MedTour, виконали балонну ангіопластику та стентування.",
                "patients_treated": 64,
            },
            "varicose-veins": {
                "reason_en": "Ultrasound mapping, laser ablation and the check-up scan fit into "
                "one week, and the procedure is done under local anaesthesia without a hospital "
                "stay.",
                "reason_uk": "Ультразвукове картування, лазерна абляція та контрольне УЗД "
                "вміщуються в один тиждень, а втручання виконують під місцевою анестезією без "
                "госпіталізації.",
                "patients_treated": 52,
            },
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
            "angioplasty; after bypass surgery the usual hospital stay is six to eight days.</p>"
            "<p>The ward also treats varicose veins, including in patients with venous leg "
            "ulcers.</p>",
            "description_uk": "<p>Відділення лікує критичну ішемію кінцівок, зокрема в пацієнтів "
            "із цукровим діабетом. Судинні хірурги працюють разом з діабетологом і медсестрою з "
            "догляду за ранами, тож реваскуляризацію та лікування виразок планують як єдиний "
            "курс лікування.</p><p>Більшість пацієнтів повертаються додому наступного дня після "
            "ангіопластики; після шунтування перебування в лікарні зазвичай триває від шести до "
            "восьми днів.</p><p>Відділення також лікує варикозне розширення вен, зокрема в "
            "пацієнтів із венозними виразками на ногах.</p>",
            "staff_languages_en": "Polish, English, Ukrainian",
            "staff_languages_uk": "польська, англійська, українська",
            "name_de": "Demo-Angiologie-Krankenhaus Warschau",
            "name_pl": "Demonstracyjny Szpital Angiologiczny w Warszawie",
            "city_de": "Warschau",
            "city_pl": "Warszawa",
            "address_de": "ul. Przykładowa 8, 00-001 Warschau",
            "address_pl": "ul. Przykładowa 8, 00-001 Warszawa",
            "short_description_de": "Gefäßchirurgische Station mit einem eigenen Team für den "
            "diabetischen Fuß.",
            "short_description_pl": "Oddział chirurgii naczyniowej z osobnym zespołem leczącym "
            "stopę cukrzycową.",
            "staff_languages_de": "Polnisch, Englisch, Ukrainisch",
            "staff_languages_pl": "polski, angielski, ukraiński",
            "year_founded": 2004,
            "website": "https://example.com/demo-angiology-hospital-warsaw",
        },
        "specialties": ["vascular-surgery"],
        "image": {"colour": "#3d5a3f", "mark": "leaf"},
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
            {
                "name_en": "Agnieszka Wróbel",
                "name_uk": "Агнешка Врубель",
                "academic_title_en": "MD",
                "academic_title_uk": "лікарка",
                "years_of_practice": 10,
                "bio_en": "Vascular surgeon who treats varicose veins: endovenous laser ablation "
                "and ultrasound-guided foam sclerotherapy.",
                "bio_uk": "Судинна хірургиня, лікує варикозне розширення вен: ендовенозна "
                "лазерна абляція та пінна склеротерапія під контролем УЗД.",
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
            "endovenous-laser-ablation": {
                "price_from": 1400,
                "price_to": 2200,
                "currency": TreatmentOffer.Currency.EUR,
                "includes_en": "Consultation, duplex ultrasound, the procedure on one leg under "
                "local anaesthesia, a compression stocking, a check-up scan after one week.",
                "includes_uk": "Консультація, дуплексне сканування, втручання на одній нозі під "
                "місцевою анестезією, компресійна панчоха, контрольне УЗД через тиждень.",
                "quoted_months_ago": 3,
            },
            "sclerotherapy": {
                "price_from": 120,
                "price_to": 250,
                "currency": TreatmentOffer.Currency.EUR,
                "includes_en": "One session of foam sclerotherapy under ultrasound guidance on "
                "one leg.",
                "includes_uk": "Один сеанс пінної склеротерапії під контролем УЗД на одній нозі.",
                "quoted_months_ago": 3,
            },
        },
        "recommendations": {
            "lower-limb-ischemia": {
                "reason_en": "Chosen by patients with diabetes and ulcers that do not heal: "
                "revascularisation and wound care are planned by one team. Ukrainian-speaking "
                "staff work on the ward.",
                "reason_uk": "Її обирають пацієнти з цукровим діабетом і виразками, що не "
                "загоюються: реваскуляризацію та лікування ран планує одна команда. У відділенні "
                "працює україномовний персонал.",
                "patients_treated": 41,
            },
            "varicose-veins": {
                "reason_en": "Chosen by patients who have varicose veins and diabetes or "
                "leg ulcers: the vein treatment and wound care are planned by the same ward.",
                "reason_uk": "Її обирають пацієнти з варикозом, які мають також цукровий діабет "
                "або виразки на ногах: лікування вен і догляд за ранами планує одне відділення.",
                "patients_treated": 23,
            },
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
            "that follow-up can continue with the patient's own doctor.</p><p>Abdominal aortic "
            "aneurysms are repaired here both with a stent graft through the groin and by open "
            "surgery.</p>",
            "description_uk": "<p>Клініка спеціалізується на складних і повторних операціях на "
            "артеріях ніг, зокрема при довгих оклюзіях, які неможливо усунути лише стентом. У "
            "гібридній операційній ендартеректомію стегнової артерії та ангіопластику артерій "
            "нижче неї можна виконати за одне втручання.</p><p>Після виписки клініка надсилає "
            "протокол операції та результати обстежень англійською мовою, щоб пацієнт міг "
            "продовжити спостереження у свого лікаря.</p><p>Аневризми черевної аорти тут "
            "лікують і стент-графтом через стегнову артерію в паху, і відкритою операцією.</p>",
            "staff_languages_en": "German, English, Ukrainian",
            "staff_languages_uk": "німецька, англійська, українська",
            "name_de": "Demo-Gefäßklinik München",
            "name_pl": "Demonstracyjna Klinika Naczyniowa w Monachium",
            "city_de": "München",
            "city_pl": "Monachium",
            "address_de": "Beispielstraße 5, 80331 München",
            "address_pl": "Beispielstraße 5, 80331 Monachium",
            "short_description_de": "Universitätsnahe Gefäßklinik mit Hybrid-OP für kombinierte "
            "offene und endovaskuläre Eingriffe.",
            "short_description_pl": "Klinika naczyniowa współpracująca z uniwersytetem, z salą "
            "hybrydową do łączonych zabiegów otwartych i wewnątrznaczyniowych.",
            "staff_languages_de": "Deutsch, Englisch, Ukrainisch",
            "staff_languages_pl": "niemiecki, angielski, ukraiński",
            "year_founded": 1998,
            "website": "https://example.com/demo-vascular-clinic-munich",
        },
        "specialties": ["vascular-surgery"],
        "image": {"colour": "#2e3f6e", "mark": "ring"},
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
                "after unsuccessful stenting, bypass surgery below the knee and open repair of "
                "aortic aneurysms.",
                "bio_uk": "Головний лікар судинної клініки. Основні напрями — повторні операції "
                "після невдалого стентування, шунтування нижче колінного суглоба та відкрите "
                "протезування аневризм аорти.",
            },
            {
                "name_en": "Julia Brandt",
                "name_uk": "Юлія Брандт",
                "academic_title_en": "Dr. med.",
                "academic_title_uk": "д-р мед.",
                "years_of_practice": 12,
                "bio_en": "Vascular and endovascular surgeon. Performs hybrid procedures that "
                "combine endarterectomy and angioplasty, and stent-graft repair of aortic "
                "aneurysms.",
                "bio_uk": "Судинна та ендоваскулярна хірургиня. Виконує гібридні втручання, які "
                "поєднують ендартеректомію та ангіопластику, а також ендопротезування аневризм "
                "аорти стент-графтом.",
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
            "endovascular-aneurysm-repair": {
                "price_from": 18000,
                "price_to": 26000,
                "currency": TreatmentOffer.Currency.EUR,
                "includes_en": "CT angiography and planning, the stent graft, the procedure, "
                "2–3 days in hospital, a CT check before discharge, written report in English.",
                "includes_uk": "КТ-ангіографія та планування, стент-графт, втручання, 2–3 дні в "
                "стаціонарі, контрольна КТ перед випискою, письмовий висновок англійською.",
                "quoted_months_ago": 4,
            },
            "open-aneurysm-repair": {
                "price_from": 16000,
                "price_to": 22000,
                "currency": TreatmentOffer.Currency.EUR,
                "includes_en": "Pre-operative examination, the operation, 1–2 days in intensive "
                "care, 8–10 days in hospital in all, written report in English.",
                "includes_uk": "Передопераційне обстеження, операція, 1–2 дні в реанімації, "
                "загалом 8–10 днів у стаціонарі, письмовий висновок англійською.",
                "quoted_months_ago": 4,
            },
        },
        "recommendations": {
            "lower-limb-ischemia": {
                "reason_en": "Chosen for long occlusions and for repeat operations after "
                "unsuccessful stenting elsewhere: the hybrid operating room allows open and "
                "endovascular steps in one procedure.",
                "reason_uk": "Її обирають при довгих оклюзіях і для повторних операцій після "
                "невдалого стентування в інших клініках: гібридна операційна дає змогу поєднати "
                "відкритий та ендоваскулярний етапи в одному втручанні.",
                "patients_treated": 27,
            },
            "abdominal-aortic-aneurysm": {
                "reason_en": "Both repairs are done here, so the choice between a stent graft and "
                "open surgery depends on the shape of the aneurysm, not on what the clinic offers. "
                "The follow-up CT plan is written in English for the patient's own doctor.",
                "reason_uk": "Тут виконують обидва види втручань, тож вибір між стент-графтом і "
                "відкритою операцією залежить від форми аневризми, а не від можливостей клініки. "
                "План контрольних КТ пишуть англійською для лікаря пацієнта вдома.",
                "patients_treated": 19,
            },
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
            "airport and accommodation near the hospital for the patient and one companion.</p>"
            "<p>The cardiology department performs coronary stenting and catheter ablation for "
            "atrial fibrillation; cardiac surgeons perform bypass operations.</p>",
            "description_uk": "<p>Судинна команда лікарні виконує ендоваскулярні та відкриті "
            "операції на артеріях ніг і працює разом із кардіологічним відділенням, що важливо "
            "для пацієнтів, які мають ще й ішемічну хворобу серця.</p><p>Відділ міжнародних "
            "пацієнтів організовує перекладача, трансфер з аеропорту та житло поблизу лікарні "
            "для пацієнта й одного супровідника.</p><p>Кардіологічне відділення виконує "
            "коронарне стентування та катетерну абляцію при фібриляції передсердь; кардіохірурги "
            "виконують шунтування.</p>",
            "staff_languages_en": "Turkish, English, Arabic",
            "staff_languages_uk": "турецька, англійська, арабська",
            "name_de": "Demo-Herz-Kreislauf-Krankenhaus Istanbul",
            "name_pl": "Demonstracyjny Szpital Kardiologiczno-Naczyniowy w Stambule",
            "city_de": "Istanbul",
            "city_pl": "Stambuł",
            "address_de": "Örnek Caddesi Nr. 14, 34000 Istanbul",
            "address_pl": "Örnek Caddesi nr 14, 34000 Stambuł",
            "short_description_de": "Private Herz-Kreislauf-Klinik mit einer Abteilung für "
            "internationale Patienten.",
            "short_description_pl": "Prywatny szpital kardiologiczno-naczyniowy z działem "
            "pacjentów zagranicznych.",
            "staff_languages_de": "Türkisch, Englisch, Arabisch",
            "staff_languages_pl": "turecki, angielski, arabski",
            "year_founded": 2012,
            "website": "https://example.com/demo-cardiovascular-hospital-istanbul",
        },
        "specialties": ["vascular-surgery", "cardiology"],
        "image": {"colour": "#7a3b2e", "mark": "drop"},
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
            {
                "name_en": "Burak Şahin",
                "name_uk": "Бурак Шахін",
                "academic_title_en": "Prof., MD",
                "academic_title_uk": "проф., д-р мед.",
                "years_of_practice": 22,
                "specialty": "cardiology",
                "bio_en": "Interventional cardiologist. Performs coronary angiography and "
                "stenting, including chronic total occlusions.",
                "bio_uk": "Інтервенційний кардіолог. Виконує коронарографію та стентування, "
                "зокрема при хронічних повних оклюзіях.",
            },
            {
                "name_en": "Selin Demir",
                "name_uk": "Селін Демір",
                "academic_title_en": "MD",
                "academic_title_uk": "д-р мед.",
                "years_of_practice": 11,
                "specialty": "cardiology",
                "bio_en": "Cardiac electrophysiologist. Performs catheter ablation for atrial "
                "fibrillation and other rhythm disorders.",
                "bio_uk": "Кардіологиня-електрофізіолог. Виконує катетерну абляцію при "
                "фібриляції передсердь та інших порушеннях ритму.",
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
            "endovascular-aneurysm-repair": {
                "price_from": 14000,
                "price_to": 19000,
                "currency": TreatmentOffer.Currency.EUR,
                "includes_en": "CT angiography, the stent graft, the procedure, 3 days in "
                "hospital, a CT check before discharge, airport transfer, interpreter.",
                "includes_uk": "КТ-ангіографія, стент-графт, втручання, 3 дні в стаціонарі, "
                "контрольна КТ перед випискою, трансфер з аеропорту, перекладач.",
                "quoted_months_ago": 1,
            },
            "open-aneurysm-repair": {
                "price_from": 11000,
                "price_to": 15000,
                "currency": TreatmentOffer.Currency.EUR,
                "includes_en": "Examinations, the operation, 1–2 days in intensive care, 8 days "
                "in hospital in all, airport transfer, interpreter.",
                "includes_uk": "Обстеження, операція, 1–2 дні в реанімації, загалом 8 днів у "
                "стаціонарі, трансфер з аеропорту, перекладач.",
                "quoted_months_ago": 1,
            },
            "coronary-stenting": {
                "price_from": 4500,
                "price_to": 7500,
                "currency": TreatmentOffer.Currency.EUR,
                "includes_en": "Coronary angiography, stenting with one or two drug-eluting "
                "stents, 1–2 nights in hospital, airport transfer, interpreter.",
                "includes_uk": "Коронарографія, стентування одним або двома стентами з "
                "лікарським покриттям, 1–2 ночі в стаціонарі, трансфер з аеропорту, перекладач.",
                "quoted_months_ago": 1,
            },
            "coronary-artery-bypass-grafting": {
                "price_from": 11000,
                "price_to": 15000,
                "currency": TreatmentOffer.Currency.EUR,
                "includes_en": "Examinations, the operation, 1–2 days in intensive care, 7–9 days "
                "in hospital in all, airport transfer, interpreter.",
                "includes_uk": "Обстеження, операція, 1–2 дні в реанімації, загалом 7–9 днів у "
                "стаціонарі, трансфер з аеропорту, перекладач.",
                "quoted_months_ago": 1,
            },
            "catheter-ablation": {
                "price_from": 6000,
                "price_to": 9500,
                "currency": TreatmentOffer.Currency.EUR,
                "includes_en": "Transoesophageal echocardiography or CT of the left atrium, "
                "pulmonary vein isolation, 1–2 nights in hospital, airport transfer, interpreter.",
                "includes_uk": "Черезстравохідна ехокардіографія або КТ лівого передсердя, "
                "ізоляція легеневих вен, 1–2 ночі в стаціонарі, трансфер з аеропорту, "
                "перекладач.",
                "quoted_months_ago": 1,
            },
        },
        "recommendations": {
            "lower-limb-ischemia": {
                "reason_en": "Chosen by patients who also need a cardiology check-up: the heart "
                "and the leg arteries are examined during the same stay. The international "
                "department arranges transfers and an interpreter.",
                "reason_uk": "Її обирають пацієнти, яким також потрібне кардіологічне обстеження: "
                "серце й артерії ніг обстежують під час одного перебування. Відділ міжнародних "
                "пацієнтів організовує трансфер і перекладача.",
                "patients_treated": 35,
            },
            "abdominal-aortic-aneurysm": {
                "reason_en": "The heart is examined before the repair during the same stay, which "
                "matters because many people with an aneurysm also have coronary artery disease.",
                "reason_uk": "Серце обстежують перед втручанням під час того самого перебування, "
                "а це важливо, бо багато людей з аневризмою мають і ішемічну хворобу серця.",
                "patients_treated": 14,
            },
            "coronary-artery-disease": {
                "reason_en": "Coronary angiography and, when needed, stenting are usually done "
                "within two days of arrival; the cardiology and cardiac surgery teams decide "
                "together between stenting and bypass surgery.",
                "reason_uk": "Коронарографію і, за потреби, стентування зазвичай виконують "
                "протягом двох днів після приїзду; кардіологи та кардіохірурги разом вирішують, "
                "що краще — стентування чи шунтування.",
                "patients_treated": 48,
            },
            "atrial-fibrillation": {
                "reason_en": "Ablation is planned with imaging of the left atrium on the day "
                "before the procedure, and most patients can fly home three to five days later.",
                "reason_uk": "Абляцію планують за зображеннями лівого передсердя, зробленими "
                "напередодні, і більшість пацієнтів можуть летіти додому через три–п'ять днів.",
                "patients_treated": 21,
            },
        },
    },
    {
        "fields": {
            "slug_en": "demo-heart-centre-kyiv",
            "slug_uk": "demonstratsiinyi-kardiolohichnyi-tsentr-kyieva",
            "name_en": "Demo Heart Centre Kyiv",
            "name_uk": "Демонстраційний кардіологічний центр Києва",
            "name_de": "Demo-Herzzentrum Kyjiw",
            "name_pl": "Demonstracyjne Centrum Kardiologiczne w Kijowie",
            "country": "UA",
            "city_en": "Kyiv",
            "city_uk": "Київ",
            "city_de": "Kyjiw",
            "city_pl": "Kijów",
            "address_en": "27 Zrazkova Street, Kyiv, 03000",
            "address_uk": "вул. Зразкова, 27, Київ, 03000",
            "address_de": "Srasková-Straße 27, 03000 Kyjiw",
            "address_pl": "ul. Zrazkowa 27, 03000 Kijów",
            "short_description_en": "Cardiology and cardiac surgery centre with two "
            "catheterisation laboratories and an electrophysiology laboratory.",
            "short_description_uk": "Центр кардіології та кардіохірургії з двома "
            "катетеризаційними лабораторіями та лабораторією електрофізіології.",
            "short_description_de": "Zentrum für Kardiologie und Herzchirurgie mit zwei "
            "Herzkatheterlaboren und einem Labor für Elektrophysiologie.",
            "short_description_pl": "Centrum kardiologii i kardiochirurgii z dwiema pracowniami "
            "hemodynamiki i pracownią elektrofizjologii.",
            "description_en": "<p>The centre treats coronary artery disease and heart rhythm "
            "disorders. Coronary angiography, stenting and bypass surgery are done in the same "
            "building, and the choice between stenting and surgery is made by interventional "
            "cardiologists and cardiac surgeons together.</p><p>Catheter ablation for atrial "
            "fibrillation uses three-dimensional mapping of the heart. Before discharge every "
            "patient gets a written plan of medicines and check-ups in Ukrainian or English.</p>",
            "description_uk": "<p>Центр лікує ішемічну хворобу серця та порушення ритму. "
            "Коронарографію, стентування та шунтування виконують в одній будівлі, а вибір між "
            "стентуванням і операцією роблять разом інтервенційні кардіологи та "
            "кардіохірурги.</p><p>Катетерну абляцію при фібриляції передсердь виконують із "
            "тривимірним картуванням серця. Перед випискою кожен пацієнт отримує письмовий план "
            "ліків і контрольних оглядів українською або англійською.</p>",
            "staff_languages_en": "Ukrainian, English",
            "staff_languages_uk": "українська, англійська",
            "staff_languages_de": "Ukrainisch, Englisch",
            "staff_languages_pl": "ukraiński, angielski",
            "year_founded": 2011,
            "website": "https://example.com/demo-heart-centre-kyiv",
        },
        "specialties": ["cardiology"],
        "image": {"colour": "#9b3d4f", "mark": "heart"},
        "accreditations": [
            {"body": "iso-9001", "certificate_number": "DEMO-ISO-UA-2024-0932", "valid_months": 28},
        ],
        "doctors": [
            {
                "name_en": "Oleh Marchenko",
                "name_uk": "Олег Марченко",
                "academic_title_en": "MD, DSc",
                "academic_title_uk": "д.мед.н.",
                "years_of_practice": 24,
                "specialty": "cardiology",
                "bio_en": "Cardiac surgeon. Performs coronary artery bypass grafting, including "
                "operations without a heart-lung machine.",
                "bio_uk": "Кардіохірург. Виконує аортокоронарне шунтування, зокрема операції без "
                "апарата штучного кровообігу.",
            },
            {
                "name_en": "Nataliia Hrytsenko",
                "name_uk": "Наталія Гриценко",
                "academic_title_en": "MD, PhD",
                "academic_title_uk": "к.мед.н.",
                "years_of_practice": 14,
                "specialty": "cardiology",
                "bio_en": "Interventional cardiologist. Performs coronary angiography and "
                "stenting through the wrist artery.",
                "bio_uk": "Інтервенційна кардіологиня. Виконує коронарографію та стентування "
                "через артерію зап'ястка.",
            },
            {
                "name_en": "Dmytro Lysenko",
                "name_uk": "Дмитро Лисенко",
                "academic_title_en": "MD",
                "academic_title_uk": "лікар",
                "years_of_practice": 9,
                "specialty": "cardiology",
                "bio_en": "Cardiac electrophysiologist. Performs catheter ablation for atrial "
                "fibrillation and atrial flutter.",
                "bio_uk": "Кардіолог-електрофізіолог. Виконує катетерну абляцію при фібриляції "
                "та тріпотінні передсердь.",
            },
        ],
        "offers": {
            "coronary-stenting": {
                "price_from": 110000,
                "price_to": 210000,
                "currency": TreatmentOffer.Currency.UAH,
                "includes_en": "Consultation, echocardiography, coronary angiography, stenting "
                "with one or two drug-eluting stents, 2 nights in hospital.",
                "includes_uk": "Консультація, ехокардіографія, коронарографія, стентування одним "
                "або двома стентами з лікарським покриттям, 2 ночі в стаціонарі.",
                "quoted_months_ago": 1,
            },
            "coronary-artery-bypass-grafting": {
                "price_from": 260000,
                "price_to": 380000,
                "currency": TreatmentOffer.Currency.UAH,
                "includes_en": "Examinations, the operation, 1–2 days in intensive care, 8–10 "
                "days in hospital in all, the first sessions of cardiac rehabilitation.",
                "includes_uk": "Обстеження, операція, 1–2 дні в реанімації, загалом 8–10 днів у "
                "стаціонарі, перші заняття кардіореабілітації.",
                "quoted_months_ago": 1,
            },
            "catheter-ablation": {
                "price_from": 150000,
                "price_to": 260000,
                "currency": TreatmentOffer.Currency.UAH,
                "includes_en": "Transoesophageal echocardiography, pulmonary vein isolation with "
                "three-dimensional mapping, 2 nights in hospital.",
                "includes_uk": "Черезстравохідна ехокардіографія, ізоляція легеневих вен із "
                "тривимірним картуванням, 2 ночі в стаціонарі.",
                "quoted_months_ago": 1,
            },
        },
        "recommendations": {
            "coronary-artery-disease": {
                "reason_en": "Stenting and bypass surgery are both done here, and the decision "
                "between them is made at a joint meeting of cardiologists and cardiac surgeons. "
                "Patients from Ukraine avoid a journey abroad.",
                "reason_uk": "Тут виконують і стентування, і шунтування, а рішення між ними "
                "ухвалюють на спільному консиліумі кардіологів і кардіохірургів. Пацієнтам з "
                "України не потрібно їхати за кордон.",
                "patients_treated": 57,
            },
            "atrial-fibrillation": {
                "reason_en": "The electrophysiology team performs ablation every working day, "
                "and the check-up after three months can be done by video with an ECG recorded "
                "near home.",
                "reason_uk": "Команда електрофізіологів виконує абляції щодня в робочі дні, а "
                "контроль через три місяці можна пройти по відеозв'язку з ЕКГ, записаною поблизу "
                "дому.",
                "patients_treated": 33,
            },
        },
    },
    {
        "fields": {
            "slug_en": "demo-orthopaedic-clinic-prague",
            "slug_uk": "demonstratsiina-ortopedychna-klinika-prahy",
            "name_en": "Demo Orthopaedic Clinic Prague",
            "name_uk": "Демонстраційна ортопедична клініка Праги",
            "name_de": "Demo-Orthopädische Klinik Prag",
            "name_pl": "Demonstracyjna Klinika Ortopedyczna w Pradze",
            "country": "CZ",
            "city_en": "Prague",
            "city_uk": "Прага",
            "city_de": "Prag",
            "city_pl": "Praga",
            "address_en": "Vzorová 21, 110 00 Prague",
            "address_uk": "Vzorová 21, 110 00 Прага",
            "address_de": "Vzorová 21, 110 00 Prag",
            "address_pl": "Vzorová 21, 110 00 Praga",
            "short_description_en": "Orthopaedic clinic for hip and knee replacement, with "
            "physiotherapy on the same ward.",
            "short_description_uk": "Ортопедична клініка для ендопротезування кульшового та "
            "колінного суглобів, з фізіотерапією в тому самому відділенні.",
            "short_description_de": "Orthopädische Klinik für Hüft- und Knieendoprothetik, mit "
            "Physiotherapie auf derselben Station.",
            "short_description_pl": "Klinika ortopedyczna wszczepiająca endoprotezy biodra i "
            "kolana, z fizjoterapią na tym samym oddziale.",
            "description_en": "<p>The clinic performs joint replacement for advanced "
            "osteoarthritis of the hip and knee. Patients walk with crutches on the day after "
            "the operation, and a physiotherapist works with them twice a day until "
            "discharge.</p><p>Before the trip the surgeon reviews recent X-rays sent by the "
            "patient; after discharge the clinic gives a written exercise plan and recommends "
            "staying in Prague for about ten days before a long journey.</p>",
            "description_uk": "<p>Клініка виконує ендопротезування при тяжкому остеоартрозі "
            "кульшового та колінного суглобів. Пацієнти ходять із милицями вже наступного дня "
            "після операції, а фізіотерапевт займається з ними двічі на день до виписки.</p>"
            "<p>Перед поїздкою хірург переглядає свіжі рентгенівські знімки, надіслані пацієнтом; "
            "після виписки клініка дає письмовий план вправ і радить побути в Празі близько "
            "десяти днів перед далекою дорогою.</p>",
            "staff_languages_en": "Czech, English, German, Russian",
            "staff_languages_uk": "чеська, англійська, німецька, російська",
            "staff_languages_de": "Tschechisch, Englisch, Deutsch, Russisch",
            "staff_languages_pl": "czeski, angielski, niemiecki, rosyjski",
            "year_founded": 2001,
            "website": "https://example.com/demo-orthopaedic-clinic-prague",
        },
        "specialties": ["orthopaedics"],
        "image": {"colour": "#5b4a8a", "mark": "petals"},
        "accreditations": [
            {"body": "iso-9001", "certificate_number": "DEMO-ISO-CZ-2023-0514", "valid_months": 16},
        ],
        "doctors": [
            {
                "name_en": "Martin Horák",
                "name_uk": "Мартін Горак",
                "academic_title_en": "MD, PhD",
                "academic_title_uk": "к.мед.н.",
                "years_of_practice": 21,
                "specialty": "orthopaedics",
                "bio_en": "Head of the clinic. Performs knee and hip replacement and revision "
                "operations when an earlier implant has loosened.",
                "bio_uk": "Керівник клініки. Виконує ендопротезування колінного та кульшового "
                "суглобів і ревізійні операції, коли раніше встановлений протез розхитався.",
            },
            {
                "name_en": "Tereza Králová",
                "name_uk": "Тереза Кралова",
                "academic_title_en": "MD",
                "academic_title_uk": "лікарка",
                "years_of_practice": 10,
                "specialty": "orthopaedics",
                "bio_en": "Orthopaedic surgeon. Performs hip replacement through the anterior "
                "approach, which spares the muscles.",
                "bio_uk": "Хірургиня-ортопед. Виконує ендопротезування кульшового суглоба з "
                "переднього доступу, який зберігає м'язи.",
            },
        ],
        "offers": {
            "total-knee-replacement": {
                "price_from": 7800,
                "price_to": 9800,
                "currency": TreatmentOffer.Currency.EUR,
                "includes_en": "Consultation, X-rays and blood tests, the implant, the operation, "
                "5–6 days in hospital with physiotherapy twice a day, crutches.",
                "includes_uk": "Консультація, рентген та аналізи крові, ендопротез, операція, "
                "5–6 днів у стаціонарі з фізіотерапією двічі на день, милиці.",
                "quoted_months_ago": 2,
            },
            "total-hip-replacement": {
                "price_from": 7200,
                "price_to": 9200,
                "currency": TreatmentOffer.Currency.EUR,
                "includes_en": "Consultation, X-rays and blood tests, the implant, the operation, "
                "4–5 days in hospital with physiotherapy twice a day, crutches.",
                "includes_uk": "Консультація, рентген та аналізи крові, ендопротез, операція, "
                "4–5 днів у стаціонарі з фізіотерапією двічі на день, милиці.",
                "quoted_months_ago": 2,
            },
        },
        "recommendations": {
            "knee-osteoarthritis": {
                "reason_en": "Physiotherapy starts on the day after the operation and continues "
                "twice a day on the ward, and the surgeon reviews the X-rays before the patient "
                "travels.",
                "reason_uk": "Фізіотерапія починається наступного дня після операції і триває "
                "двічі на день у відділенні, а хірург переглядає знімки ще до поїздки пацієнта.",
                "patients_treated": 46,
            },
            "hip-osteoarthritis": {
                "reason_en": "Hip replacement through the anterior approach is routine here; "
                "most patients leave hospital on the fourth or fifth day walking with crutches.",
                "reason_uk": "Ендопротезування кульшового суглоба з переднього доступу тут "
                "звичне; більшість пацієнтів виписуються на четвертий–п'ятий день і ходять із "
                "милицями.",
                "patients_treated": 39,
            },
        },
    },
    {
        "fields": {
            "slug_en": "demo-oncology-centre-tel-aviv",
            "slug_uk": "demonstratsiinyi-onkolohichnyi-tsentr-tel-aviva",
            "name_en": "Demo Oncology Centre Tel Aviv",
            "name_uk": "Демонстраційний онкологічний центр Тель-Авіва",
            "name_de": "Demo-Onkologiezentrum Tel Aviv",
            "name_pl": "Demonstracyjne Centrum Onkologiczne w Tel Awiwie",
            "country": "IL",
            "city_en": "Tel Aviv",
            "city_uk": "Тель-Авів",
            "city_de": "Tel Aviv",
            "city_pl": "Tel Awiw",
            "address_en": "18 Dugma Street, Tel Aviv 6100000",
            "address_uk": "вул. Дугма, 18, Тель-Авів, 6100000",
            "address_de": "Dugma-Straße 18, 6100000 Tel Aviv",
            "address_pl": "ul. Dugma 18, 6100000 Tel Awiw",
            "short_description_en": "Cancer centre with surgery, radiotherapy and medical "
            "oncology under one roof, and a weekly tumour board.",
            "short_description_uk": "Онкологічний центр, де хірургія, променева терапія та "
            "хіміотерапія під одним дахом, з щотижневим онкологічним консиліумом.",
            "short_description_de": "Krebszentrum mit Chirurgie, Strahlentherapie und "
            "internistischer Onkologie unter einem Dach und wöchentlichem Tumorboard.",
            "short_description_pl": "Centrum onkologiczne z chirurgią, radioterapią i "
            "onkologią kliniczną pod jednym dachem oraz cotygodniowym konsylium.",
            "description_en": "<p>The centre treats breast and prostate cancer. Every new "
            "patient's case, including the biopsy results and scans brought from home, is "
            "discussed at a weekly tumour board of surgeons, radiation oncologists and medical "
            "oncologists before treatment is planned.</p><p>Radiotherapy after surgery is given "
            "in the same building. A course lasts from one to several weeks, so the "
            "international department helps with accommodation for the whole course.</p>",
            "description_uk": "<p>Центр лікує рак молочної залози та рак передміхурової залози. "
            "Випадок кожного нового пацієнта, зокрема результати біопсії та знімки, привезені з "
            "дому, обговорюють на щотижневому консиліумі хірургів, променевих терапевтів і "
            "хіміотерапевтів, перш ніж планувати лікування.</p><p>Променеву терапію після "
            "операції проводять у тій самій будівлі. Курс триває від одного до кількох тижнів, "
            "тож міжнародний відділ допомагає з житлом на весь курс.</p>",
            "staff_languages_en": "Hebrew, English, Russian, Ukrainian",
            "staff_languages_uk": "іврит, англійська, російська, українська",
            "staff_languages_de": "Hebräisch, Englisch, Russisch, Ukrainisch",
            "staff_languages_pl": "hebrajski, angielski, rosyjski, ukraiński",
            "year_founded": 1994,
            "website": "https://example.com/demo-oncology-centre-tel-aviv",
        },
        "specialties": ["oncology"],
        "image": {"colour": "#1d6b6b", "mark": "leaf"},
        "accreditations": [
            {"body": "jci", "certificate_number": "DEMO-JCI-IL-2024-0078", "valid_months": 24},
        ],
        "doctors": [
            {
                "name_en": "Yael Ben-Ami",
                "name_uk": "Яель Бен-Амі",
                "academic_title_en": "MD",
                "academic_title_uk": "д-р мед.",
                "years_of_practice": 19,
                "specialty": "oncology",
                "bio_en": "Breast surgeon. Performs breast-conserving surgery with sentinel "
                "lymph node biopsy and oncoplastic reshaping of the breast.",
                "bio_uk": "Хірургиня-мамолог. Виконує органозберігальні операції з біопсією "
                "сторожового лімфовузла та онкопластичним відновленням форми грудей.",
            },
            {
                "name_en": "Avi Rosental",
                "name_uk": "Аві Розенталь",
                "academic_title_en": "Prof., MD",
                "academic_title_uk": "проф., д-р мед.",
                "years_of_practice": 25,
                "specialty": "oncology",
                "bio_en": "Urologist. Performs robot-assisted radical prostatectomy, with nerve "
                "sparing when the tumour allows it.",
                "bio_uk": "Уролог. Виконує роботизовану радикальну простатектомію, зі "
                "збереженням нервів, якщо це дозволяє пухлина.",
            },
            {
                "name_en": "Noa Peretz",
                "name_uk": "Ноа Перец",
                "academic_title_en": "MD",
                "academic_title_uk": "д-р мед.",
                "years_of_practice": 13,
                "specialty": "oncology",
                "bio_en": "Radiation oncologist. Plans and supervises radiotherapy for breast "
                "and prostate cancer.",
                "bio_uk": "Лікарка-радіотерапевт. Планує та контролює променеву терапію при раку "
                "молочної та передміхурової залоз.",
            },
        ],
        "offers": {
            "breast-conserving-surgery": {
                "price_from": 16000,
                "price_to": 24000,
                "currency": TreatmentOffer.Currency.USD,
                "includes_en": "Review of biopsy and scans, the tumour board, the operation with "
                "sentinel lymph node biopsy, 1–2 nights in hospital, the pathology report.",
                "includes_uk": "Перегляд біопсії та знімків, консиліум, операція з біопсією "
                "сторожового лімфовузла, 1–2 ночі в стаціонарі, гістологічний висновок.",
                "quoted_months_ago": 3,
            },
            "radiotherapy": {
                "price_from": 14000,
                "price_to": 22000,
                "currency": TreatmentOffer.Currency.USD,
                "includes_en": "Planning CT, the whole course of external beam radiotherapy "
                "(usually 3–5 weeks for breast, 1–5 weeks for prostate), weekly reviews by the "
                "radiation oncologist.",
                "includes_uk": "Планувальна КТ, увесь курс дистанційної променевої терапії "
                "(зазвичай 3–5 тижнів для молочної залози, 1–5 тижнів для передміхурової), "
                "щотижневі огляди лікаря-радіотерапевта.",
                "quoted_months_ago": 3,
            },
            "robotic-prostatectomy": {
                "price_from": 27000,
                "price_to": 35000,
                "currency": TreatmentOffer.Currency.USD,
                "includes_en": "Review of biopsy and MRI, the tumour board, the operation, "
                "2–3 nights in hospital, removal of the catheter after about a week, the "
                "pathology report.",
                "includes_uk": "Перегляд біопсії та МРТ, консиліум, операція, 2–3 ночі в "
                "стаціонарі, видалення катетера приблизно через тиждень, гістологічний висновок.",
                "quoted_months_ago": 3,
            },
        },
        "recommendations": {
            "breast-cancer": {
                "reason_en": "Surgery and radiotherapy are planned together at the tumour board, "
                "so the patient knows before the trip how many weeks the whole treatment needs.",
                "reason_uk": "Операцію та променеву терапію планують разом на консиліумі, тож "
                "пацієнтка ще до поїздки знає, скільки тижнів триватиме все лікування.",
                "patients_treated": 31,
            },
            "prostate-cancer": {
                "reason_en": "Both robotic surgery and radiotherapy are offered, and the tumour "
                "board explains to the patient which one suits his tumour and why.",
                "reason_uk": "Тут пропонують і роботизовану операцію, і променеву терапію, а "
                "консиліум пояснює пацієнтові, що підходить саме для його пухлини і чому.",
                "patients_treated": 26,
            },
        },
    },
    {
        "fields": {
            "slug_en": "demo-multispecialty-hospital-krakow",
            "slug_uk": "demonstratsiina-bahatoprofilna-likarnia-krakova",
            "name_en": "Demo Multispecialty Hospital Kraków",
            "name_uk": "Демонстраційна багатопрофільна лікарня Кракова",
            "name_de": "Demo-Klinikum Krakau",
            "name_pl": "Demonstracyjny Szpital Wielospecjalistyczny w Krakowie",
            "country": "PL",
            "city_en": "Kraków",
            "city_uk": "Краків",
            "city_de": "Krakau",
            "city_pl": "Kraków",
            "address_en": "ul. Przykładowa 40, 30-001 Kraków",
            "address_uk": "ul. Przykładowa 40, 30-001 Краків",
            "address_de": "ul. Przykładowa 40, 30-001 Krakau",
            "address_pl": "ul. Przykładowa 40, 30-001 Kraków",
            "short_description_en": "Hospital with orthopaedic and breast cancer departments and "
            "its own rehabilitation ward.",
            "short_description_uk": "Лікарня з відділеннями ортопедії та лікування раку молочної "
            "залози і власним реабілітаційним відділенням.",
            "short_description_de": "Krankenhaus mit Abteilungen für Orthopädie und Brustkrebs "
            "sowie einer eigenen Rehabilitationsstation.",
            "short_description_pl": "Szpital z oddziałami ortopedii i leczenia raka piersi oraz "
            "własnym oddziałem rehabilitacji.",
            "description_en": "<p>The orthopaedic department replaces hips and knees worn by "
            "osteoarthritis. After the operation patients can move to the hospital's own "
            "rehabilitation ward for one or two weeks instead of travelling straight home.</p>"
            "<p>The breast unit performs breast-conserving surgery and gives radiotherapy after "
            "it in the same hospital. A breast care nurse who speaks Ukrainian meets each "
            "patient before the operation.</p>",
            "description_uk": "<p>Ортопедичне відділення виконує ендопротезування кульшових і "
            "колінних суглобів, зношених остеоартрозом. Після операції пацієнти можуть перейти "
            "до власного реабілітаційного відділення лікарні на один–два тижні, а не вирушати "
            "відразу додому.</p><p>Відділення мамології виконує органозберігальні операції та "
            "проводить після них променеву терапію в тій самій лікарні. Медсестра, яка "
            "розмовляє українською, зустрічається з кожною пацієнткою перед операцією.</p>",
            "staff_languages_en": "Polish, English, Ukrainian",
            "staff_languages_uk": "польська, англійська, українська",
            "staff_languages_de": "Polnisch, Englisch, Ukrainisch",
            "staff_languages_pl": "polski, angielski, ukraiński",
            "year_founded": 1987,
            "website": "https://example.com/demo-multispecialty-hospital-krakow",
        },
        "specialties": ["orthopaedics", "oncology"],
        "image": {"colour": "#6d3b6b", "mark": "cross"},
        "accreditations": [
            {"body": "iso-9001", "certificate_number": "DEMO-ISO-PL-2024-0611", "valid_months": 19},
        ],
        "doctors": [
            {
                "name_en": "Piotr Zieliński",
                "name_uk": "Пьотр Зелінський",
                "academic_title_en": "MD, PhD",
                "academic_title_uk": "к.мед.н.",
                "years_of_practice": 23,
                "specialty": "orthopaedics",
                "bio_en": "Head of the orthopaedic department. Performs hip and knee replacement, "
                "including operations on patients with severe deformity of the joint.",
                "bio_uk": "Завідувач ортопедичного відділення. Виконує ендопротезування "
                "кульшового та колінного суглобів, зокрема при тяжкій деформації суглоба.",
            },
            {
                "name_en": "Katarzyna Mazur",
                "name_uk": "Катажина Мазур",
                "academic_title_en": "MD, PhD",
                "academic_title_uk": "к.мед.н.",
                "years_of_practice": 16,
                "specialty": "oncology",
                "bio_en": "Breast cancer surgeon. Performs breast-conserving surgery with "
                "sentinel lymph node biopsy.",
                "bio_uk": "Хірургиня-онколог. Виконує органозберігальні операції на молочній "
                "залозі з біопсією сторожового лімфовузла.",
            },
        ],
        "offers": {
            "total-knee-replacement": {
                "price_from": 29000,
                "price_to": 38000,
                "currency": TreatmentOffer.Currency.PLN,
                "includes_en": "Consultation, X-rays and blood tests, the implant, the operation, "
                "5–7 days in hospital with physiotherapy.",
                "includes_uk": "Консультація, рентген та аналізи крові, ендопротез, операція, "
                "5–7 днів у стаціонарі з фізіотерапією.",
                "quoted_months_ago": 2,
            },
            "total-hip-replacement": {
                "price_from": 27000,
                "price_to": 35000,
                "currency": TreatmentOffer.Currency.PLN,
                "includes_en": "Consultation, X-rays and blood tests, the implant, the operation, "
                "4–6 days in hospital with physiotherapy.",
                "includes_uk": "Консультація, рентген та аналізи крові, ендопротез, операція, "
                "4–6 днів у стаціонарі з фізіотерапією.",
                "quoted_months_ago": 2,
            },
            "breast-conserving-surgery": {
                "price_from": 16000,
                "price_to": 24000,
                "currency": TreatmentOffer.Currency.PLN,
                "includes_en": "Review of biopsy and scans, the operation with sentinel lymph "
                "node biopsy, 2 nights in hospital, the pathology report.",
                "includes_uk": "Перегляд біопсії та знімків, операція з біопсією сторожового "
                "лімфовузла, 2 ночі в стаціонарі, гістологічний висновок.",
                "quoted_months_ago": 2,
            },
            "radiotherapy": {
                "price_from": 22000,
                "price_to": 34000,
                "currency": TreatmentOffer.Currency.PLN,
                "includes_en": "Planning CT and a course of whole-breast radiotherapy, usually "
                "15 sessions over three weeks.",
                "includes_uk": "Планувальна КТ і курс променевої терапії на всю молочну залозу, "
                "зазвичай 15 сеансів протягом трьох тижнів.",
                "quoted_months_ago": 2,
            },
        },
        "recommendations": {
            "knee-osteoarthritis": {
                "reason_en": "Patients can stay on the hospital's rehabilitation ward for one or "
                "two weeks after the operation, which helps those with a long journey home.",
                "reason_uk": "Після операції пацієнти можуть залишитися на один–два тижні в "
                "реабілітаційному відділенні лікарні, що допомагає тим, кому далеко їхати додому.",
                "patients_treated": 38,
            },
            "hip-osteoarthritis": {
                "reason_en": "The team operates on hips with severe deformity, for example after "
                "childhood hip dysplasia, and rehabilitation continues in the same hospital.",
                "reason_uk": "Команда оперує кульшові суглоби з тяжкою деформацією, наприклад "
                "після дитячої дисплазії, а реабілітація триває в тій самій лікарні.",
                "patients_treated": 29,
            },
            "breast-cancer": {
                "reason_en": "Surgery and three weeks of radiotherapy take place in one hospital, "
                "a short trip from Ukraine, with a Ukrainian-speaking breast care nurse.",
                "reason_uk": "Операцію та три тижні променевої терапії проводять в одній лікарні, "
                "недалеко від України, з медсестрою, яка розмовляє українською.",
                "patients_treated": 22,
            },
        },
    },
    {
        "fields": {
            "slug_en": "demo-oncology-hospital-valencia",
            "slug_uk": "demonstratsiina-onkolohichna-likarnia-valensii",
            "name_en": "Demo Oncology Hospital Valencia",
            "name_uk": "Демонстраційна онкологічна лікарня Валенсії",
            "name_de": "Demo-Onkologische Klinik Valencia",
            "name_pl": "Demonstracyjny Szpital Onkologiczny w Walencji",
            "country": "ES",
            "city_en": "Valencia",
            "city_uk": "Валенсія",
            "city_de": "Valencia",
            "city_pl": "Walencja",
            "address_en": "Calle Ejemplo 33, 46001 Valencia",
            "address_uk": "Calle Ejemplo 33, 46001 Валенсія",
            "address_de": "Calle Ejemplo 33, 46001 Valencia",
            "address_pl": "Calle Ejemplo 33, 46001 Walencja",
            "short_description_en": "Private cancer hospital with a surgical robot and a "
            "radiotherapy department.",
            "short_description_uk": "Приватна онкологічна лікарня з хірургічним роботом і "
            "відділенням променевої терапії.",
            "short_description_de": "Private Krebsklinik mit Operationsroboter und einer "
            "Abteilung für Strahlentherapie.",
            "short_description_pl": "Prywatny szpital onkologiczny z robotem chirurgicznym i "
            "zakładem radioterapii.",
            "description_en": "<p>The hospital treats prostate and breast cancer. Men with "
            "localised prostate cancer are seen by both a urologist and a radiation oncologist "
            "before deciding between robotic surgery and radiotherapy.</p><p>Short courses of "
            "radiotherapy, in five sessions for suitable prostate tumours, shorten the stay for "
            "patients who come from abroad.</p>",
            "description_uk": "<p>Лікарня лікує рак передміхурової та молочної залоз. Чоловіків "
            "з локалізованим раком передміхурової залози консультують і уролог, і променевий "
            "терапевт, перш ніж обрати між роботизованою операцією та променевою терапією.</p>"
            "<p>Короткі курси променевої терапії — п'ять сеансів для придатних пухлин "
            "передміхурової залози — скорочують перебування пацієнтів, які приїжджають з-за "
            "кордону.</p>",
            "staff_languages_en": "Spanish, English, Russian",
            "staff_languages_uk": "іспанська, англійська, російська",
            "staff_languages_de": "Spanisch, Englisch, Russisch",
            "staff_languages_pl": "hiszpański, angielski, rosyjski",
            "year_founded": 2006,
            "website": "https://example.com/demo-oncology-hospital-valencia",
        },
        "specialties": ["oncology"],
        "image": {"colour": "#9a5b1f", "mark": "ring"},
        "accreditations": [
            {"body": "jci", "certificate_number": "DEMO-JCI-ES-2023-0356", "valid_months": 11},
            {"body": "iso-9001", "certificate_number": "DEMO-ISO-ES-2024-0802", "valid_months": 27},
        ],
        "doctors": [
            {
                "name_en": "Javier Molina Ortega",
                "name_uk": "Хав'єр Моліна Ортега",
                "academic_title_en": "MD, PhD",
                "academic_title_uk": "к.мед.н.",
                "years_of_practice": 20,
                "specialty": "oncology",
                "bio_en": "Urologist. Performs robot-assisted radical prostatectomy and follows "
                "patients' continence and PSA results after the operation.",
                "bio_uk": "Уролог. Виконує роботизовану радикальну простатектомію та стежить за "
                "утриманням сечі й рівнем ПСА після операції.",
            },
            {
                "name_en": "Lucía Navarro Gil",
                "name_uk": "Лусія Наварро Хіль",
                "academic_title_en": "MD",
                "academic_title_uk": "д-р мед.",
                "years_of_practice": 12,
                "specialty": "oncology",
                "bio_en": "Radiation oncologist. Treats prostate and breast cancer, including "
                "short five-session courses where they are suitable.",
                "bio_uk": "Лікарка-радіотерапевт. Лікує рак передміхурової та молочної залоз, "
                "зокрема короткими курсами з п'яти сеансів, коли вони підходять.",
            },
        ],
        "offers": {
            "robotic-prostatectomy": {
                "price_from": 15000,
                "price_to": 19500,
                "currency": TreatmentOffer.Currency.EUR,
                "includes_en": "Consultations with the urologist and the radiation oncologist, "
                "the operation, 2–3 nights in hospital, removal of the catheter after about a "
                "week, the pathology report.",
                "includes_uk": "Консультації уролога та променевого терапевта, операція, 2–3 ночі "
                "в стаціонарі, видалення катетера приблизно через тиждень, гістологічний висновок.",
                "quoted_months_ago": 5,
            },
            "radiotherapy": {
                "price_from": 7000,
                "price_to": 12000,
                "currency": TreatmentOffer.Currency.EUR,
                "includes_en": "Planning MRI or CT and the whole course of radiotherapy, from "
                "five sessions in one to two weeks to 20 sessions in four weeks.",
                "includes_uk": "Планувальна МРТ або КТ і весь курс променевої терапії — від п'яти "
                "сеансів за один–два тижні до 20 сеансів за чотири тижні.",
                "quoted_months_ago": 5,
            },
            "breast-conserving-surgery": {
                "price_from": 9000,
                "price_to": 13000,
                "currency": TreatmentOffer.Currency.EUR,
                "includes_en": "Review of biopsy and scans, the operation with sentinel lymph "
                "node biopsy, 1–2 nights in hospital, the pathology report.",
                "includes_uk": "Перегляд біопсії та знімків, операція з біопсією сторожового "
                "лімфовузла, 1–2 ночі в стаціонарі, гістологічний висновок.",
                "quoted_months_ago": 5,
            },
        },
        "recommendations": {
            "prostate-cancer": {
                "reason_en": "Each patient sees a urologist and a radiation oncologist before "
                "choosing treatment; where five-session radiotherapy suits the tumour, the stay "
                "is about two weeks.",
                "reason_uk": "Кожен пацієнт консультується в уролога та променевого терапевта, "
                "перш ніж обрати лікування; якщо пухлині підходить курс із п'яти сеансів, "
                "перебування триває близько двох тижнів.",
                "patients_treated": 18,
            },
            "breast-cancer": {
                "reason_en": "Breast-conserving surgery and radiotherapy are done in one "
                "hospital, and the radiotherapy plan is made before the operation, so the "
                "length of stay is known in advance.",
                "reason_uk": "Органозберігальну операцію та променеву терапію проводять в одній "
                "лікарні, а план опромінення складають ще до операції, тож тривалість "
                "перебування відома заздалегідь.",
                "patients_treated": 12,
            },
        },
    },
]


def _alt_texts(field, picture, fields):
    """{"<field>_<language>": text} for every language, naming the clinic in it."""
    return {
        f"{field}_{code}": text.format(name=fields.get(f"name_{code}") or fields["name_en"])
        for code, text in ALT_TEXTS[picture].items()
    }


def _picture_stem(clinic, picture):
    return f"{clinic.slug_en}-{picture}-v{PICTURES_VERSION}"


def _drawn_by_demo(field_file, clinic):
    """Whether the file was drawn by this demo, in any version (staff uploads are kept)."""
    return PurePosixPath(field_file.name).name.startswith(clinic.slug_en)


def _is_current(field_file, stem):
    # The storage adds "_<random>" to a name already taken.
    name = PurePosixPath(field_file.name).stem
    return name == stem or name.startswith(f"{stem}_")


def _photo_delete(photo):
    for field_file in (photo.image, photo.thumbnail, photo.thumbnail_small):
        if field_file:
            field_file.delete(save=False)
    photo.delete()


def _load_pictures(clinic, data):
    """Give the clinic its drawn logo and one photo per scene, replacing older drawings."""
    colour, mark = data["image"]["colour"], data["image"]["mark"]
    stem = _picture_stem(clinic, "logo")
    if not clinic.logo or (
        _drawn_by_demo(clinic.logo, clinic) and not _is_current(clinic.logo, stem)
    ):
        if clinic.logo:
            clinic.logo.delete(save=False)
        content = ContentFile(illustrations.logo_png(colour, mark))
        clinic.logo.save(f"{stem}.png", content, save=False)
        clinic.save(update_fields=["logo"])

    stems = {scene: _picture_stem(clinic, scene) for scene in illustrations.SCENES}
    photos = list(clinic.photos.all())
    for photo in photos:
        current = any(_is_current(photo.image, stem) for stem in stems.values())
        if _drawn_by_demo(photo.image, clinic) and not current:
            _photo_delete(photo)
    for order, (scene, stem) in enumerate(stems.items(), start=1):
        photo = next((p for p in photos if p.pk and _is_current(p.image, stem)), None)
        if photo is None:
            photo = ClinicPhoto(clinic=clinic)
            content = ContentFile(illustrations.photo_jpeg(clinic.slug_en, scene, colour, mark))
            photo.image.save(f"{stem}.jpg", content, save=False)
        for field, text in _alt_texts("alt_text", scene, data["fields"]).items():
            setattr(photo, field, text)
        photo.order = order
        photo.save()


def _load_clinic(data, *, specialties, methods, bodies, today):
    fields = data["fields"]
    clinic, _created = Clinic.objects.update_or_create(
        slug_en=fields["slug_en"],
        defaults=fields | _alt_texts("logo_alt", "logo", fields) | {"is_active": True},
    )
    clinic.specialties.set([specialties[slug] for slug in data["specialties"]])
    _load_pictures(clinic, data)

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
        defaults = {key: value for key, value in row.items() if key != "specialty"}
        defaults["specialty"] = specialties[row.get("specialty", data["specialties"][0])]
        Doctor.objects.update_or_create(clinic=clinic, order=order, defaults=defaults)
    Doctor.objects.filter(clinic=clinic, order__gt=len(data["doctors"])).delete()

    for slug, row in data["offers"].items():
        defaults = {key: value for key, value in row.items() if key != "quoted_months_ago"}
        defaults["quoted_on"] = today - relativedelta(months=row["quoted_months_ago"])
        TreatmentOffer.objects.update_or_create(
            clinic=clinic, method=methods[slug], defaults=defaults
        )
    return clinic


def _require(model, **lookup):
    """The row the clinics refer to; loaded by conditions/demo.py, which runs first."""
    try:
        return model.objects.get(**lookup)
    except model.DoesNotExist:
        raise model.DoesNotExist(
            f"The demo clinics need the {model._meta.verbose_name} {lookup}: "
            "conditions/demo.py should have loaded it."
        ) from None


def load():
    """Create or update the demo clinics; yields a line per thing loaded."""
    today = timezone.localdate()
    specialties = {
        slug: _require(Specialty, slug=slug)
        for slug in sorted({slug for data in CLINICS for slug in data["specialties"]})
    }
    conditions = {
        slug: _require(Condition, slug_en=slug)
        for slug in sorted({slug for data in CLINICS for slug in data["recommendations"]})
    }
    methods = {
        slug: _require(TreatmentMethod, slug=slug)
        for slug in sorted({slug for data in CLINICS for slug in data["offers"]})
    }
    bodies = {
        data["slug"]: AccreditationBody.objects.update_or_create(slug=data["slug"], defaults=data)[
            0
        ]
        for data in ACCREDITATION_BODIES
    }
    yield f"Accreditation bodies: {', '.join(body.name for body in bodies.values())}"

    # A condition lists its clinics in the order they appear here.
    orders = defaultdict(int)
    for data in CLINICS:
        clinic = _load_clinic(
            data, specialties=specialties, methods=methods, bodies=bodies, today=today
        )
        for slug, row in data["recommendations"].items():
            orders[slug] += 1
            Recommendation.objects.update_or_create(
                condition=conditions[slug], clinic=clinic, defaults=row | {"order": orders[slug]}
            )
        yield (
            f"Clinic: {clinic.get_absolute_url()} (doctors: {clinic.doctors.count()}, "
            f"offers: {clinic.offers.count()}, accreditations: {clinic.accreditations.count()}, "
            f"recommended for: {', '.join(data['recommendations'])})"
        )
