"""Demo content: fictional clinics recommended for the demo's condition articles.

Every clinic, doctor and certificate here is invented; the names say "Demo" and
the websites are on example.com. Photos and logos are illustrations drawn with
Pillow (clinics/illustrations.py), with no text in them.
"""

from collections import defaultdict
from decimal import Decimal
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
    ExchangeRate,
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
            "slug_de": "demo-gefaesszentrum-lwiw",
            "slug_pl": "demonstracyjne-centrum-naczyniowe-we-lwowie",
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
            "description_de": "<p>Das Zentrum behandelt seit 2009 Erkrankungen der Arterien der "
            "unteren Extremitäten. Diagnostik, Operation und Nachsorge finden in einem Gebäude "
            "statt: Duplexsonographie und CT-Angiographie werden am Tag der ersten Beratung "
            "durchgeführt.</p><p>Das Team führt Endarteriektomien, Ballonangioplastien mit "
            "Stentimplantation und femoropopliteale Bypässe durch; das Verfahren wird in einer "
            "gemeinsamen Besprechung von Gefäßchirurgen und interventionellen Radiologen "
            "festgelegt. Patienten aus dem Ausland werden von einem Koordinator begleitet, der "
            "Englisch und Polnisch spricht.</p><p>Krampfadern werden mit endovenöser Laserablation "
            "und Sklerotherapie in örtlicher Betäubung behandelt, ohne stationären Aufenthalt.</p>",
            "description_pl": "<p>Centrum leczy choroby tętnic kończyn dolnych od 2009 roku. "
            "Diagnostyka, operacja i dalsza opieka odbywają się w jednym budynku: USG "
            "dopplerowskie i angiografię TK wykonuje się w dniu pierwszej "
            "konsultacji.</p><p>Zespół wykonuje endarterektomię, angioplastykę balonową ze "
            "stentowaniem oraz pomostowanie udowo-podkolanowe; metodę wybiera się na wspólnym "
            "spotkaniu chirurgów naczyniowych i radiologów interwencyjnych. Pacjentom z zagranicy "
            "towarzyszy koordynator mówiący po angielsku i po polsku.</p><p>Żylaki leczy się "
            "wewnątrzżylną ablacją laserową i skleroterapią w znieczuleniu miejscowym, bez pobytu "
            "w szpitalu.</p>",
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
                "name_de": "Andrii Demchenko",
                "name_pl": "Andrii Demchenko",
                "academic_title_en": "MD, PhD",
                "academic_title_uk": "к.мед.н.",
                "academic_title_de": "Dr. med.",
                "academic_title_pl": "dr n. med.",
                "years_of_practice": 18,
                "bio_en": "Head of the vascular surgery department. Performs open "
                "reconstructions of the iliac and femoral arteries, including femoral-popliteal "
                "bypass.",
                "bio_uk": "Завідувач відділення судинної хірургії. Виконує відкриті "
                "реконструкції клубових і стегнових артерій, зокрема стегново-підколінне "
                "шунтування.",
                "bio_de": "Leiter der Abteilung für Gefäßchirurgie. Führt offene Rekonstruktionen "
                "der Becken- und Oberschenkelarterien durch, darunter femoropopliteale Bypässe.",
                "bio_pl": "Kierownik oddziału chirurgii naczyniowej. Wykonuje otwarte "
                "rekonstrukcje tętnic biodrowych i udowych, w tym pomostowanie udowo-podkolanowe.",
            },
            {
                "name_en": "Iryna Koval",
                "name_uk": "Ірина Коваль",
                "name_de": "Iryna Koval",
                "name_pl": "Iryna Koval",
                "academic_title_en": "MD, PhD",
                "academic_title_uk": "к.мед.н.",
                "academic_title_de": "Dr. med.",
                "academic_title_pl": "dr n. med.",
                "years_of_practice": 11,
                "bio_en": "Vascular surgeon focused on endovascular treatment: balloon "
                "angioplasty and stenting of the femoral and tibial arteries.",
                "bio_uk": "Судинна хірургиня, основний напрям — ендоваскулярне лікування: балонна "
                "ангіопластика та стентування стегнових і гомілкових артерій.",
                "bio_de": "Gefäßchirurgin mit Schwerpunkt endovaskuläre Behandlung: "
                "Ballonangioplastie und Stentimplantation an den Oberschenkel- und "
                "Unterschenkelarterien.",
                "bio_pl": "Specjalistka chirurgii naczyniowej zajmująca się przede wszystkim "
                "leczeniem wewnątrznaczyniowym: angioplastyką balonową i stentowaniem tętnic "
                "udowych i piszczelowych.",
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
                "includes_de": "Beratung, Duplexsonographie, Operation in Regional- oder "
                "Vollnarkose, 4 Nächte im Krankenhaus, Kontrolluntersuchung vor der Entlassung.",
                "includes_pl": "Konsultacja, USG dopplerowskie, operacja w znieczuleniu "
                "regionalnym lub ogólnym, 4 noce w szpitalu, badanie kontrolne przed wypisem.",
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
                "includes_de": "Beratung, CT-Angiographie, Eingriff mit einem oder zwei Stents, 1 "
                "Nacht im Krankenhaus.",
                "includes_pl": "Konsultacja, angiografia TK, zabieg z wszczepieniem jednego lub "
                "dwóch stentów, 1 noc w szpitalu.",
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
                "includes_de": "Beratung, CT-Angiographie, Operation, 7 Nächte im Krankenhaus, "
                "Fadenentfernung.",
                "includes_pl": "Konsultacja, angiografia TK, operacja, 7 nocy w szpitalu, zdjęcie "
                "szwów.",
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
                "includes_de": "Beratung, Kartierung der Venen mit Duplexsonographie, Eingriff an "
                "einem Bein in örtlicher Betäubung, ein Kompressionsstrumpf, Ultraschallkontrolle "
                "nach 5–7 Tagen.",
                "includes_pl": "Konsultacja, mapowanie żył w USG dopplerowskim, zabieg na jednej "
                "nodze w znieczuleniu miejscowym, pończocha uciskowa, kontrolne USG po 5–7 dniach.",
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
                "includes_de": "Eine Sitzung Flüssig- oder Schaumsklerotherapie an einem Bein, bei "
                "Bedarf unter Ultraschallkontrolle. Kleine Venen brauchen meist zwei bis vier "
                "Sitzungen.",
                "includes_pl": "Jeden zabieg skleroterapii płynnej lub piankowej na jednej nodze, "
                "w razie potrzeby pod kontrolą USG. Małe żyły wymagają zwykle od dwóch do czterech "
                "zabiegów.",
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
                "reason_de": "Untersuchung, Operation und erste Nachkontrolle sind während einer "
                "Reise von etwa einer Woche möglich. Die meisten Patienten, die über MedTour hier "
                "behandelt wurden, erhielten eine Ballonangioplastie mit Stentimplantation.",
                "reason_pl": "Badania, operację i pierwszą wizytę kontrolną można odbyć podczas "
                "jednego, mniej więcej tygodniowego pobytu. Większość pacjentów leczonych tu za "
                "pośrednictwem MedTour przeszła angioplastykę balonową ze stentowaniem.",
                "patients_treated": 64,
            },
            "varicose-veins": {
                "reason_en": "Ultrasound mapping, laser ablation and the check-up scan fit into "
                "one week, and the procedure is done under local anaesthesia without a hospital "
                "stay.",
                "reason_uk": "Ультразвукове картування, лазерна абляція та контрольне УЗД "
                "вміщуються в один тиждень, а втручання виконують під місцевою анестезією без "
                "госпіталізації.",
                "reason_de": "Ultraschallkartierung, Laserablation und Kontrollultraschall passen "
                "in eine Woche, und der Eingriff erfolgt in örtlicher Betäubung ohne "
                "Krankenhausaufenthalt.",
                "reason_pl": "Mapowanie żył w USG, ablacja laserowa i kontrolne USG mieszczą się w "
                "jednym tygodniu, a zabieg wykonuje się w znieczuleniu miejscowym, bez pobytu w "
                "szpitalu.",
                "patients_treated": 52,
            },
        },
    },
    {
        "fields": {
            "slug_en": "demo-angiology-hospital-warsaw",
            "slug_uk": "demonstratsiina-anhiolohichna-likarnia-varshavy",
            "slug_de": "demo-angiologie-krankenhaus-warschau",
            "slug_pl": "demonstracyjny-szpital-angiologiczny-w-warszawie",
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
            "description_de": "<p>Die Station behandelt die chronische extremitätenbedrohende "
            "Ischämie, besonders bei Patienten mit Diabetes. Gefäßchirurgen arbeiten mit einem "
            "Diabetologen und einer Pflegefachkraft für Wundversorgung zusammen, sodass "
            "Revaskularisation und Behandlung der Geschwüre als ein gemeinsamer Behandlungsablauf "
            "geplant werden.</p><p>Die meisten Patienten gehen am Tag nach der Angioplastie nach "
            "Hause; nach einer Bypassoperation dauert der Krankenhausaufenthalt meist sechs bis "
            "acht Tage.</p><p>Die Station behandelt außerdem Krampfadern, auch bei Patienten mit "
            "venösen Beingeschwüren.</p>",
            "description_pl": "<p>Oddział leczy przewlekłe niedokrwienie zagrażające kończynie, "
            "zwłaszcza u pacjentów z cukrzycą. Chirurdzy naczyniowi pracują razem z diabetologiem "
            "i pielęgniarką specjalizującą się w leczeniu ran, dzięki czemu rewaskularyzację i "
            "leczenie owrzodzeń planuje się jako jeden proces leczenia.</p><p>Większość pacjentów "
            "wraca do domu dzień po angioplastyce; po operacji pomostowania pobyt w szpitalu trwa "
            "zwykle od sześciu do ośmiu dni.</p><p>Oddział leczy także żylaki, również u pacjentów "
            "z żylnymi owrzodzeniami podudzi.</p>",
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
                "name_de": "Tomasz Nowicki",
                "name_pl": "Tomasz Nowicki",
                "academic_title_en": "MD, PhD",
                "academic_title_uk": "к.мед.н.",
                "academic_title_de": "Dr. med.",
                "academic_title_pl": "dr n. med.",
                "years_of_practice": 20,
                "bio_en": "Head of the ward. Works on limb salvage in critical ischemia and "
                "diabetic foot and performs distal bypass operations.",
                "bio_uk": "Завідувач відділення. Займається збереженням кінцівки при критичній "
                "ішемії та діабетичній стопі, виконує дистальні шунтувальні операції.",
                "bio_de": "Leiter der Station. Schwerpunkt: Erhalt des Beins bei kritischer "
                "Ischämie und diabetischem Fuß; führt distale Bypassoperationen durch.",
                "bio_pl": "Kierownik oddziału. Zajmuje się ratowaniem kończyn w krytycznym "
                "niedokrwieniu i zespole stopy cukrzycowej oraz wykonuje dystalne pomostowania "
                "tętnic.",
            },
            {
                "name_en": "Agnieszka Wróbel",
                "name_uk": "Агнешка Врубель",
                "name_de": "Agnieszka Wróbel",
                "name_pl": "Agnieszka Wróbel",
                "academic_title_en": "MD",
                "academic_title_uk": "лікарка",
                "academic_title_de": "Ärztin",
                "academic_title_pl": "lek.",
                "years_of_practice": 10,
                "bio_en": "Vascular surgeon who treats varicose veins: endovenous laser ablation "
                "and ultrasound-guided foam sclerotherapy.",
                "bio_uk": "Судинна хірургиня, лікує варикозне розширення вен: ендовенозна "
                "лазерна абляція та пінна склеротерапія під контролем УЗД.",
                "bio_de": "Gefäßchirurgin, die Krampfadern behandelt: endovenöse Laserablation und "
                "ultraschallgesteuerte Schaumsklerotherapie.",
                "bio_pl": "Specjalistka chirurgii naczyniowej lecząca żylaki: wewnątrzżylna "
                "ablacja laserowa i skleroterapia piankowa pod kontrolą USG.",
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
                "includes_de": "Beratung, Duplexsonographie, Operation, 4 Tage im Krankenhaus.",
                "includes_pl": "Konsultacja, USG dopplerowskie, operacja, 4 dni w szpitalu.",
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
                "includes_de": "Beratung, Eingriff mit Stents und bei Bedarf "
                "medikamentenbeschichteten Ballons, 1 Tag im Krankenhaus, Ultraschallkontrolle "
                "nach einem Monat.",
                "includes_pl": "Konsultacja, zabieg z użyciem stentów i w razie potrzeby balonów "
                "powlekanych lekiem, 1 dzień w szpitalu, kontrolne USG po miesiącu.",
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
                "includes_de": "Beratung, CT-Angiographie, Operation, 6–8 Tage im Krankenhaus, "
                "Wundversorgung bis zur Entlassung.",
                "includes_pl": "Konsultacja, angiografia TK, operacja, 6–8 dni w szpitalu, opieka "
                "nad raną do wypisu.",
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
                "includes_de": "Beratung, Duplexsonographie, Eingriff an einem Bein in örtlicher "
                "Betäubung, ein Kompressionsstrumpf, Ultraschallkontrolle nach einer Woche.",
                "includes_pl": "Konsultacja, USG dopplerowskie, zabieg na jednej nodze w "
                "znieczuleniu miejscowym, pończocha uciskowa, kontrolne USG po tygodniu.",
                "quoted_months_ago": 3,
            },
            "sclerotherapy": {
                "price_from": 120,
                "price_to": 250,
                "currency": TreatmentOffer.Currency.EUR,
                "includes_en": "One session of foam sclerotherapy under ultrasound guidance on "
                "one leg.",
                "includes_uk": "Один сеанс пінної склеротерапії під контролем УЗД на одній нозі.",
                "includes_de": "Eine Sitzung Schaumsklerotherapie unter Ultraschallkontrolle an "
                "einem Bein.",
                "includes_pl": "Jeden zabieg skleroterapii piankowej pod kontrolą USG na jednej "
                "nodze.",
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
                "reason_de": "Hierher kommen Patienten mit Diabetes und nicht heilenden "
                "Geschwüren: Revaskularisation und Wundversorgung plant ein einziges Team. Auf der "
                "Station arbeitet ukrainischsprachiges Personal.",
                "reason_pl": "Trafiają tu pacjenci z cukrzycą i niegojącymi się owrzodzeniami: "
                "rewaskularyzację i leczenie ran planuje jeden zespół. Na oddziale pracuje "
                "personel mówiący po ukraińsku.",
                "patients_treated": 41,
            },
            "varicose-veins": {
                "reason_en": "Chosen by patients who have varicose veins and diabetes or "
                "leg ulcers: the vein treatment and wound care are planned by the same ward.",
                "reason_uk": "Її обирають пацієнти з варикозом, які мають також цукровий діабет "
                "або виразки на ногах: лікування вен і догляд за ранами планує одне відділення.",
                "reason_de": "Hierher kommen Patienten mit Krampfadern und Diabetes oder "
                "Beingeschwüren: Venenbehandlung und Wundversorgung plant dieselbe Station.",
                "reason_pl": "Trafiają tu pacjenci z żylakami i cukrzycą lub owrzodzeniami "
                "podudzi: leczenie żył i opiekę nad ranami planuje ten sam oddział.",
                "patients_treated": 23,
            },
        },
    },
    {
        "fields": {
            "slug_en": "demo-vascular-clinic-munich",
            "slug_uk": "demonstratsiina-sudynna-klinika-miunkhena",
            "slug_de": "demo-gefaessklinik-muenchen",
            "slug_pl": "demonstracyjna-klinika-naczyniowa-w-monachium",
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
            "description_de": "<p>Die Klinik ist auf komplexe Operationen und "
            "Wiederholungseingriffe an den Beinarterien spezialisiert, auch bei langstreckigen "
            "Verschlüssen, die sich nicht allein mit einem Stent behandeln lassen. Im Hybrid-OP "
            "können eine Endarteriektomie der Oberschenkelarterie und eine Angioplastie der weiter "
            "unten liegenden Arterien in einem Eingriff erfolgen.</p><p>Nach der Entlassung "
            "schickt die Klinik den Operationsbericht und die Bildbefunde auf Englisch, damit die "
            "Nachsorge beim eigenen Arzt weitergehen kann.</p><p>Bauchaortenaneurysmen werden hier "
            "sowohl mit einer Stentprothese über die Leiste als auch durch eine offene Operation "
            "versorgt.</p>",
            "description_pl": "<p>Klinika specjalizuje się w złożonych i ponownych operacjach "
            "tętnic nóg, także w przypadku długich niedrożności, których nie da się leczyć samym "
            "stentem. Na hybrydowej sali operacyjnej endarterektomię tętnicy udowej i "
            "angioplastykę tętnic poniżej niej można wykonać podczas jednego zabiegu.</p><p>Po "
            "wypisie klinika przesyła opis operacji i wyniki badań obrazowych po angielsku, aby "
            "dalszą opiekę mógł prowadzić lekarz prowadzący pacjenta.</p><p>Tętniaki aorty "
            "brzusznej leczy się tu zarówno stentgraftem wprowadzanym przez pachwinę, jak i metodą "
            "otwartą.</p>",
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
                "name_de": "Stefan Hartmann",
                "name_pl": "Stefan Hartmann",
                "academic_title_en": "Prof. Dr. med.",
                "academic_title_uk": "проф., д-р мед.",
                "academic_title_de": "Prof. Dr. med.",
                "academic_title_pl": "prof. dr hab. n. med.",
                "years_of_practice": 26,
                "bio_en": "Chief physician of the vascular clinic. Main areas: repeat operations "
                "after unsuccessful stenting, bypass surgery below the knee and open repair of "
                "aortic aneurysms.",
                "bio_uk": "Головний лікар судинної клініки. Основні напрями — повторні операції "
                "після невдалого стентування, шунтування нижче колінного суглоба та відкрите "
                "протезування аневризм аорти.",
                "bio_de": "Chefarzt der Gefäßklinik. Schwerpunkte: Wiederholungseingriffe nach "
                "erfolglosem Stenting, Bypassoperationen unterhalb des Knies und offene Versorgung "
                "von Aortenaneurysmen.",
                "bio_pl": "Ordynator kliniki naczyniowej. Główne obszary: ponowne operacje po "
                "nieudanym stentowaniu, pomostowania poniżej kolana i otwarte leczenie tętniaków "
                "aorty.",
            },
            {
                "name_en": "Julia Brandt",
                "name_uk": "Юлія Брандт",
                "name_de": "Julia Brandt",
                "name_pl": "Julia Brandt",
                "academic_title_en": "Dr. med.",
                "academic_title_uk": "д-р мед.",
                "academic_title_de": "Dr. med.",
                "academic_title_pl": "dr n. med.",
                "years_of_practice": 12,
                "bio_en": "Vascular and endovascular surgeon. Performs hybrid procedures that "
                "combine endarterectomy and angioplasty, and stent-graft repair of aortic "
                "aneurysms.",
                "bio_uk": "Судинна та ендоваскулярна хірургиня. Виконує гібридні втручання, які "
                "поєднують ендартеректомію та ангіопластику, а також ендопротезування аневризм "
                "аорти стент-графтом.",
                "bio_de": "Gefäßchirurgin mit endovaskulärem Schwerpunkt. Führt Hybrideingriffe "
                "durch, die Endarteriektomie und Angioplastie verbinden, sowie die Versorgung von "
                "Aortenaneurysmen mit Stentprothesen.",
                "bio_pl": "Specjalistka chirurgii naczyniowej i wewnątrznaczyniowej. Wykonuje "
                "zabiegi hybrydowe łączące endarterektomię z angioplastyką oraz leczenie tętniaków "
                "aorty stentgraftem.",
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
                "includes_de": "Voruntersuchung, Operation, 5 Tage im Krankenhaus, schriftlicher "
                "Bericht auf Englisch.",
                "includes_pl": "Badania przedoperacyjne, operacja, 5 dni w szpitalu, pisemny "
                "raport w języku angielskim.",
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
                "includes_de": "Voruntersuchung, Angiographie, Eingriff einschließlich Stents, 2 "
                "Tage im Krankenhaus, schriftlicher Bericht auf Englisch.",
                "includes_pl": "Badania przedoperacyjne, angiografia, zabieg wraz ze stentami, 2 "
                "dni w szpitalu, pisemny raport w języku angielskim.",
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
                "includes_de": "Voruntersuchung, Operation, 8–10 Tage im Krankenhaus, "
                "schriftlicher Bericht auf Englisch.",
                "includes_pl": "Badania przedoperacyjne, operacja, 8–10 dni w szpitalu, pisemny "
                "raport w języku angielskim.",
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
                "includes_de": "CT-Angiographie und Planung, Stentprothese, Eingriff, 2–3 Tage im "
                "Krankenhaus, CT-Kontrolle vor der Entlassung, schriftlicher Bericht auf Englisch.",
                "includes_pl": "Angiografia TK i planowanie, stentgraft, zabieg, 2–3 dni w "
                "szpitalu, kontrolna TK przed wypisem, pisemny raport w języku angielskim.",
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
                "includes_de": "Voruntersuchung, Operation, 1–2 Tage auf der Intensivstation, "
                "insgesamt 8–10 Tage im Krankenhaus, schriftlicher Bericht auf Englisch.",
                "includes_pl": "Badania przedoperacyjne, operacja, 1–2 dni na oddziale intensywnej "
                "terapii, łącznie 8–10 dni w szpitalu, pisemny raport w języku angielskim.",
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
                "reason_de": "Hierher kommen Patienten mit langstreckigen Verschlüssen und solche, "
                "die nach erfolglosem Stenting andernorts erneut operiert werden müssen: Im "
                "Hybrid-OP sind offene und endovaskuläre Schritte in einem Eingriff möglich.",
                "reason_pl": "Trafiają tu pacjenci z długimi niedrożnościami oraz ci, którzy po "
                "nieudanym stentowaniu w innym ośrodku wymagają ponownej operacji: hybrydowa sala "
                "operacyjna pozwala połączyć etapy otwarte i wewnątrznaczyniowe w jednym zabiegu.",
                "patients_treated": 27,
            },
            "abdominal-aortic-aneurysm": {
                "reason_en": "Both repairs are done here, so the choice between a stent graft and "
                "open surgery depends on the shape of the aneurysm, not on what the clinic offers. "
                "The follow-up CT plan is written in English for the patient's own doctor.",
                "reason_uk": "Тут виконують обидва види втручань, тож вибір між стент-графтом і "
                "відкритою операцією залежить від форми аневризми, а не від можливостей клініки. "
                "План контрольних КТ пишуть англійською для лікаря пацієнта вдома.",
                "reason_de": "Hier werden beide Verfahren durchgeführt, daher hängt die Wahl "
                "zwischen Stentprothese und offener Operation von der Form des Aneurysmas ab und "
                "nicht vom Angebot der Klinik. Der Plan für die CT-Nachkontrollen wird für den "
                "eigenen Arzt auf Englisch geschrieben.",
                "reason_pl": "Wykonuje się tu obie metody, więc wybór między stentgraftem a "
                "operacją otwartą zależy od kształtu tętniaka, a nie od oferty kliniki. Plan "
                "kontrolnych badań TK jest spisywany po angielsku dla lekarza prowadzącego "
                "pacjenta.",
                "patients_treated": 19,
            },
        },
    },
    {
        "fields": {
            "slug_en": "demo-cardiovascular-hospital-istanbul",
            "slug_uk": "demonstratsiina-sertsevo-sudynna-likarnia-stambula",
            "slug_de": "demo-herz-kreislauf-krankenhaus-istanbul",
            "slug_pl": "demonstracyjny-szpital-kardiologiczno-naczyniowy-w-stambule",
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
            "description_de": "<p>Das Gefäßteam des Krankenhauses führt endovaskuläre und offene "
            "Operationen an den Beinarterien durch und arbeitet eng mit der Kardiologie zusammen – "
            "wichtig für Patienten, die zugleich eine koronare Herzkrankheit haben.</p><p>Die "
            "Abteilung für internationale Patienten organisiert einen Dolmetscher, den Transfer "
            "vom Flughafen und eine Unterkunft in der Nähe des Krankenhauses für den Patienten und "
            "eine Begleitperson.</p><p>Die kardiologische Abteilung setzt Koronarstents ein und "
            "behandelt Vorhofflimmern mit Katheterablation; Herzchirurgen führen Bypassoperationen "
            "durch.</p>",
            "description_pl": "<p>Zespół naczyniowy szpitala wykonuje wewnątrznaczyniowe i otwarte "
            "operacje tętnic nóg i współpracuje z oddziałem kardiologii, co ma znaczenie dla "
            "pacjentów, którzy mają również chorobę wieńcową.</p><p>Dział pacjentów zagranicznych "
            "zapewnia tłumacza, transfer z lotniska i zakwaterowanie w pobliżu szpitala dla "
            "pacjenta i jednej osoby towarzyszącej.</p><p>Oddział kardiologii wykonuje stentowanie "
            "tętnic wieńcowych i ablację przezcewnikową migotania przedsionków; kardiochirurdzy "
            "wykonują operacje pomostowania aortalno-wieńcowego.</p>",
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
                "name_de": "Emre Yıldız",
                "name_pl": "Emre Yıldız",
                "academic_title_en": "Assoc. Prof., MD",
                "academic_title_uk": "доц., д-р мед.",
                "academic_title_de": "Doz. Dr. med.",
                "academic_title_pl": "dr hab. n. med.",
                "years_of_practice": 15,
                "bio_en": "Vascular surgeon. Performs carotid and femoral endarterectomy and "
                "femoral-popliteal bypass.",
                "bio_uk": "Судинний хірург. Виконує ендартеректомію сонних і стегнових артерій "
                "та стегново-підколінне шунтування.",
                "bio_de": "Gefäßchirurg. Führt Endarteriektomien der Hals- und "
                "Oberschenkelschlagader sowie femoropopliteale Bypässe durch.",
                "bio_pl": "Chirurg naczyniowy. Wykonuje endarterektomię tętnic szyjnych i udowych "
                "oraz pomostowanie udowo-podkolanowe.",
            },
            {
                "name_en": "Elif Aydın",
                "name_uk": "Еліф Айдин",
                "name_de": "Elif Aydın",
                "name_pl": "Elif Aydın",
                "academic_title_en": "MD, PhD",
                "academic_title_uk": "к.мед.н.",
                "academic_title_de": "Dr. med.",
                "academic_title_pl": "dr n. med.",
                "years_of_practice": 9,
                "bio_en": "Vascular surgeon specialising in angioplasty and stenting of the "
                "iliac, femoral and popliteal arteries.",
                "bio_uk": "Судинна хірургиня, спеціалізується на ангіопластиці та стентуванні "
                "клубових, стегнових і підколінних артерій.",
                "bio_de": "Gefäßchirurgin mit Schwerpunkt Angioplastie und Stentimplantation an "
                "Becken-, Oberschenkel- und Kniekehlenarterien.",
                "bio_pl": "Specjalistka chirurgii naczyniowej zajmująca się angioplastyką i "
                "stentowaniem tętnic biodrowych, udowych i podkolanowych.",
            },
            {
                "name_en": "Burak Şahin",
                "name_uk": "Бурак Шахін",
                "name_de": "Burak Şahin",
                "name_pl": "Burak Şahin",
                "academic_title_en": "Prof., MD",
                "academic_title_uk": "проф., д-р мед.",
                "academic_title_de": "Prof. Dr. med.",
                "academic_title_pl": "prof. dr hab. n. med.",
                "years_of_practice": 22,
                "specialty": "cardiology",
                "bio_en": "Interventional cardiologist. Performs coronary angiography and "
                "stenting, including chronic total occlusions.",
                "bio_uk": "Інтервенційний кардіолог. Виконує коронарографію та стентування, "
                "зокрема при хронічних повних оклюзіях.",
                "bio_de": "Interventioneller Kardiologe. Führt Koronarangiographien und "
                "Stentimplantationen durch, auch bei chronischen Totalverschlüssen.",
                "bio_pl": "Kardiolog interwencyjny. Wykonuje koronarografię i stentowanie tętnic "
                "wieńcowych, także w przewlekłych całkowitych niedrożnościach.",
            },
            {
                "name_en": "Selin Demir",
                "name_uk": "Селін Демір",
                "name_de": "Selin Demir",
                "name_pl": "Selin Demir",
                "academic_title_en": "MD",
                "academic_title_uk": "д-р мед.",
                "academic_title_de": "Ärztin",
                "academic_title_pl": "lek.",
                "years_of_practice": 11,
                "specialty": "cardiology",
                "bio_en": "Cardiac electrophysiologist. Performs catheter ablation for atrial "
                "fibrillation and other rhythm disorders.",
                "bio_uk": "Кардіологиня-електрофізіолог. Виконує катетерну абляцію при "
                "фібриляції передсердь та інших порушеннях ритму.",
                "bio_de": "Kardiologin mit Schwerpunkt Elektrophysiologie. Führt "
                "Katheterablationen bei Vorhofflimmern und anderen Herzrhythmusstörungen durch.",
                "bio_pl": "Kardiolog elektrofizjolog. Wykonuje ablację przezcewnikową migotania "
                "przedsionków i innych zaburzeń rytmu serca.",
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
                "includes_de": "Beratung, Untersuchungen, Operation, 3 Tage im Krankenhaus, "
                "Flughafentransfer.",
                "includes_pl": "Konsultacja, badania, operacja, 3 dni w szpitalu, transfer z "
                "lotniska.",
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
                "includes_de": "Beratung, CT-Angiographie, Eingriff mit Stents, 1 Tag im "
                "Krankenhaus, Flughafentransfer, Dolmetscher.",
                "includes_pl": "Konsultacja, angiografia TK, zabieg ze stentami, 1 dzień w "
                "szpitalu, transfer z lotniska, tłumacz.",
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
                "includes_de": "Beratung, Untersuchungen, Operation, 7 Tage im Krankenhaus, "
                "Flughafentransfer, Dolmetscher.",
                "includes_pl": "Konsultacja, badania, operacja, 7 dni w szpitalu, transfer z "
                "lotniska, tłumacz.",
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
                "includes_de": "CT-Angiographie, Stentprothese, Eingriff, 3 Tage im Krankenhaus, "
                "CT-Kontrolle vor der Entlassung, Flughafentransfer, Dolmetscher.",
                "includes_pl": "Angiografia TK, stentgraft, zabieg, 3 dni w szpitalu, kontrolna TK "
                "przed wypisem, transfer z lotniska, tłumacz.",
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
                "includes_de": "Untersuchungen, Operation, 1–2 Tage auf der Intensivstation, "
                "insgesamt 8 Tage im Krankenhaus, Flughafentransfer, Dolmetscher.",
                "includes_pl": "Badania, operacja, 1–2 dni na oddziale intensywnej terapii, "
                "łącznie 8 dni w szpitalu, transfer z lotniska, tłumacz.",
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
                "includes_de": "Koronarangiographie, Implantation von einem oder zwei "
                "medikamentenfreisetzenden Stents, 1–2 Nächte im Krankenhaus, Flughafentransfer, "
                "Dolmetscher.",
                "includes_pl": "Koronarografia, stentowanie z użyciem jednego lub dwóch stentów "
                "uwalniających lek, 1–2 noce w szpitalu, transfer z lotniska, tłumacz.",
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
                "includes_de": "Untersuchungen, Operation, 1–2 Tage auf der Intensivstation, "
                "insgesamt 7–9 Tage im Krankenhaus, Flughafentransfer, Dolmetscher.",
                "includes_pl": "Badania, operacja, 1–2 dni na oddziale intensywnej terapii, "
                "łącznie 7–9 dni w szpitalu, transfer z lotniska, tłumacz.",
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
                "includes_de": "Transösophageale Echokardiographie oder CT des linken Vorhofs, "
                "Pulmonalvenenisolation, 1–2 Nächte im Krankenhaus, Flughafentransfer, "
                "Dolmetscher.",
                "includes_pl": "Echokardiografia przezprzełykowa lub TK lewego przedsionka, "
                "izolacja żył płucnych, 1–2 noce w szpitalu, transfer z lotniska, tłumacz.",
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
                "reason_de": "Hierher kommen Patienten, die auch eine kardiologische Untersuchung "
                "brauchen: Herz und Beinarterien werden während desselben Aufenthalts untersucht. "
                "Die internationale Abteilung organisiert Transfers und einen Dolmetscher.",
                "reason_pl": "Trafiają tu pacjenci, którzy potrzebują także badania "
                "kardiologicznego: serce i tętnice nóg bada się podczas tego samego pobytu. Dział "
                "pacjentów zagranicznych organizuje transfery i tłumacza.",
                "patients_treated": 35,
            },
            "abdominal-aortic-aneurysm": {
                "reason_en": "The heart is examined before the repair during the same stay, which "
                "matters because many people with an aneurysm also have coronary artery disease.",
                "reason_uk": "Серце обстежують перед втручанням під час того самого перебування, "
                "а це важливо, бо багато людей з аневризмою мають і ішемічну хворобу серця.",
                "reason_de": "Das Herz wird vor dem Eingriff während desselben Aufenthalts "
                "untersucht – wichtig, weil viele Menschen mit einem Aneurysma auch eine koronare "
                "Herzkrankheit haben.",
                "reason_pl": "Przed zabiegiem, podczas tego samego pobytu, bada się serce, co ma "
                "znaczenie, bo wiele osób z tętniakiem ma także chorobę wieńcową.",
                "patients_treated": 14,
            },
            "coronary-artery-disease": {
                "reason_en": "Coronary angiography and, when needed, stenting are usually done "
                "within two days of arrival; the cardiology and cardiac surgery teams decide "
                "together between stenting and bypass surgery.",
                "reason_uk": "Коронарографію і, за потреби, стентування зазвичай виконують "
                "протягом двох днів після приїзду; кардіологи та кардіохірурги разом вирішують, "
                "що краще — стентування чи шунтування.",
                "reason_de": "Koronarangiographie und, falls nötig, Stentimplantation erfolgen "
                "meist innerhalb von zwei Tagen nach der Ankunft; Kardiologen und Herzchirurgen "
                "entscheiden gemeinsam zwischen Stent und Bypassoperation.",
                "reason_pl": "Koronarografię i w razie potrzeby stentowanie wykonuje się zwykle w "
                "ciągu dwóch dni od przyjazdu; kardiolodzy i kardiochirurdzy wspólnie decydują, "
                "czy wybrać stentowanie, czy pomostowanie aortalno-wieńcowe.",
                "patients_treated": 48,
            },
            "atrial-fibrillation": {
                "reason_en": "Ablation is planned with imaging of the left atrium on the day "
                "before the procedure, and most patients can fly home three to five days later.",
                "reason_uk": "Абляцію планують за зображеннями лівого передсердя, зробленими "
                "напередодні, і більшість пацієнтів можуть летіти додому через три–п'ять днів.",
                "reason_de": "Die Ablation wird anhand einer Bildgebung des linken Vorhofs am "
                "Vortag geplant, und die meisten Patienten können drei bis fünf Tage später nach "
                "Hause fliegen.",
                "reason_pl": "Ablację planuje się na podstawie badania obrazowego lewego "
                "przedsionka wykonanego dzień przed zabiegiem, a większość pacjentów może wrócić "
                "samolotem do domu trzy do pięciu dni później.",
                "patients_treated": 21,
            },
        },
    },
    {
        "fields": {
            "slug_en": "demo-heart-centre-kyiv",
            "slug_uk": "demonstratsiinyi-kardiolohichnyi-tsentr-kyieva",
            "slug_de": "demo-herzzentrum-kyjiw",
            "slug_pl": "demonstracyjne-centrum-kardiologiczne-w-kijowie",
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
            "description_de": "<p>Das Zentrum behandelt die koronare Herzkrankheit und "
            "Herzrhythmusstörungen. Koronarangiographie, Stentimplantation und Bypassoperation "
            "finden im selben Gebäude statt, und über Stent oder Operation entscheiden "
            "interventionelle Kardiologen und Herzchirurgen gemeinsam.</p><p>Die Katheterablation "
            "bei Vorhofflimmern erfolgt mit dreidimensionaler Kartierung des Herzens. Vor der "
            "Entlassung erhält jeder Patient einen schriftlichen Plan für Medikamente und "
            "Kontrolluntersuchungen auf Ukrainisch oder Englisch.</p>",
            "description_pl": "<p>Centrum leczy chorobę wieńcową i zaburzenia rytmu serca. "
            "Koronarografię, stentowanie i pomostowanie aortalno-wieńcowe wykonuje się w tym samym "
            "budynku, a o wyborze między stentowaniem a operacją decydują wspólnie kardiolodzy "
            "interwencyjni i kardiochirurdzy.</p><p>Ablację przezcewnikową migotania przedsionków "
            "wykonuje się z trójwymiarowym mapowaniem serca. Przed wypisem każdy pacjent otrzymuje "
            "pisemny plan przyjmowania leków i wizyt kontrolnych po ukraińsku lub po "
            "angielsku.</p>",
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
                "name_de": "Oleh Marchenko",
                "name_pl": "Oleh Marchenko",
                "academic_title_en": "MD, DSc",
                "academic_title_uk": "д.мед.н.",
                "academic_title_de": "Dr. med. habil.",
                "academic_title_pl": "dr hab. n. med.",
                "years_of_practice": 24,
                "specialty": "cardiology",
                "bio_en": "Cardiac surgeon. Performs coronary artery bypass grafting, including "
                "operations without a heart-lung machine.",
                "bio_uk": "Кардіохірург. Виконує аортокоронарне шунтування, зокрема операції без "
                "апарата штучного кровообігу.",
                "bio_de": "Herzchirurg. Führt koronare Bypassoperationen durch, auch ohne "
                "Herz-Lungen-Maschine.",
                "bio_pl": "Kardiochirurg. Wykonuje pomostowanie aortalno-wieńcowe, także bez "
                "użycia krążenia pozaustrojowego.",
            },
            {
                "name_en": "Nataliia Hrytsenko",
                "name_uk": "Наталія Гриценко",
                "name_de": "Nataliia Hrytsenko",
                "name_pl": "Nataliia Hrytsenko",
                "academic_title_en": "MD, PhD",
                "academic_title_uk": "к.мед.н.",
                "academic_title_de": "Dr. med.",
                "academic_title_pl": "dr n. med.",
                "years_of_practice": 14,
                "specialty": "cardiology",
                "bio_en": "Interventional cardiologist. Performs coronary angiography and "
                "stenting through the wrist artery.",
                "bio_uk": "Інтервенційна кардіологиня. Виконує коронарографію та стентування "
                "через артерію зап'ястка.",
                "bio_de": "Interventionelle Kardiologin. Führt Koronarangiographien und "
                "Stentimplantationen über die Handgelenksarterie durch.",
                "bio_pl": "Kardiolog interwencyjny. Wykonuje koronarografię i stentowanie tętnic "
                "wieńcowych z dostępu przez tętnicę w nadgarstku.",
            },
            {
                "name_en": "Dmytro Lysenko",
                "name_uk": "Дмитро Лисенко",
                "name_de": "Dmytro Lysenko",
                "name_pl": "Dmytro Lysenko",
                "academic_title_en": "MD",
                "academic_title_uk": "лікар",
                "academic_title_de": "Arzt",
                "academic_title_pl": "lek.",
                "years_of_practice": 9,
                "specialty": "cardiology",
                "bio_en": "Cardiac electrophysiologist. Performs catheter ablation for atrial "
                "fibrillation and atrial flutter.",
                "bio_uk": "Кардіолог-електрофізіолог. Виконує катетерну абляцію при фібриляції "
                "та тріпотінні передсердь.",
                "bio_de": "Kardiologe mit Schwerpunkt Elektrophysiologie. Führt Katheterablationen "
                "bei Vorhofflimmern und Vorhofflattern durch.",
                "bio_pl": "Kardiolog elektrofizjolog. Wykonuje ablację przezcewnikową migotania i "
                "trzepotania przedsionków.",
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
                "includes_de": "Beratung, Echokardiographie, Koronarangiographie, Implantation von "
                "einem oder zwei medikamentenfreisetzenden Stents, 2 Nächte im Krankenhaus.",
                "includes_pl": "Konsultacja, echokardiografia, koronarografia, stentowanie z "
                "użyciem jednego lub dwóch stentów uwalniających lek, 2 noce w szpitalu.",
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
                "includes_de": "Untersuchungen, Operation, 1–2 Tage auf der Intensivstation, "
                "insgesamt 8–10 Tage im Krankenhaus, die ersten Einheiten der kardiologischen "
                "Rehabilitation.",
                "includes_pl": "Badania, operacja, 1–2 dni na oddziale intensywnej terapii, "
                "łącznie 8–10 dni w szpitalu, pierwsze zajęcia rehabilitacji kardiologicznej.",
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
                "includes_de": "Transösophageale Echokardiographie, Pulmonalvenenisolation mit "
                "dreidimensionaler Kartierung, 2 Nächte im Krankenhaus.",
                "includes_pl": "Echokardiografia przezprzełykowa, izolacja żył płucnych z "
                "mapowaniem trójwymiarowym, 2 noce w szpitalu.",
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
                "reason_de": "Hier werden sowohl Stentimplantationen als auch Bypassoperationen "
                "durchgeführt, und die Entscheidung zwischen beiden fällt in einer gemeinsamen "
                "Besprechung von Kardiologen und Herzchirurgen. Patienten aus der Ukraine ersparen "
                "sich eine Reise ins Ausland.",
                "reason_pl": "Wykonuje się tu zarówno stentowanie, jak i pomostowanie "
                "aortalno-wieńcowe, a o wyborze decyduje wspólne spotkanie kardiologów i "
                "kardiochirurgów. Pacjenci z Ukrainy nie muszą wyjeżdżać za granicę.",
                "patients_treated": 57,
            },
            "atrial-fibrillation": {
                "reason_en": "The electrophysiology team performs ablation every working day, "
                "and the check-up after three months can be done by video with an ECG recorded "
                "near home.",
                "reason_uk": "Команда електрофізіологів виконує абляції щодня в робочі дні, а "
                "контроль через три місяці можна пройти по відеозв'язку з ЕКГ, записаною поблизу "
                "дому.",
                "reason_de": "Das Elektrophysiologie-Team führt an jedem Werktag Ablationen durch, "
                "und die Kontrolle nach drei Monaten ist per Videosprechstunde mit einem "
                "wohnortnah aufgezeichneten EKG möglich.",
                "reason_pl": "Zespół elektrofizjologii wykonuje ablacje w każdy dzień roboczy, a "
                "wizytę kontrolną po trzech miesiącach można odbyć przez wideo, z EKG wykonanym "
                "blisko domu.",
                "patients_treated": 33,
            },
        },
    },
    {
        "fields": {
            "slug_en": "demo-orthopaedic-clinic-prague",
            "slug_uk": "demonstratsiina-ortopedychna-klinika-prahy",
            "slug_de": "demo-orthopaedische-klinik-prag",
            "slug_pl": "demonstracyjna-klinika-ortopedyczna-w-pradze",
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
            "description_de": "<p>Die Klinik setzt bei fortgeschrittener Arthrose von Hüfte und "
            "Knie künstliche Gelenke ein. Die Patienten gehen am Tag nach der Operation an "
            "Krücken, und bis zur Entlassung übt ein Physiotherapeut zweimal täglich mit "
            "ihnen.</p><p>Vor der Reise sieht sich der Chirurg aktuelle Röntgenbilder an, die der "
            "Patient schickt; nach der Entlassung gibt die Klinik einen schriftlichen Übungsplan "
            "mit und empfiehlt, vor einer langen Heimreise etwa zehn Tage in Prag zu bleiben.</p>",
            "description_pl": "<p>Klinika wykonuje endoprotezoplastykę stawu biodrowego i "
            "kolanowego w zaawansowanej chorobie zwyrodnieniowej. Pacjenci chodzą o kulach już "
            "dzień po operacji, a fizjoterapeuta ćwiczy z nimi dwa razy dziennie aż do "
            "wypisu.</p><p>Przed podróżą chirurg ogląda aktualne zdjęcia rentgenowskie przesłane "
            "przez pacjenta; po wypisie klinika przekazuje pisemny plan ćwiczeń i zaleca "
            "pozostanie w Pradze przez około dziesięć dni przed długą podróżą.</p>",
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
                "name_de": "Martin Horák",
                "name_pl": "Martin Horák",
                "academic_title_en": "MD, PhD",
                "academic_title_uk": "к.мед.н.",
                "academic_title_de": "Dr. med.",
                "academic_title_pl": "dr n. med.",
                "years_of_practice": 21,
                "specialty": "orthopaedics",
                "bio_en": "Head of the clinic. Performs knee and hip replacement and revision "
                "operations when an earlier implant has loosened.",
                "bio_uk": "Керівник клініки. Виконує ендопротезування колінного та кульшового "
                "суглобів і ревізійні операції, коли раніше встановлений протез розхитався.",
                "bio_de": "Leiter der Klinik. Setzt künstliche Knie- und Hüftgelenke ein und führt "
                "Wechseloperationen durch, wenn sich ein früheres Implantat gelockert hat.",
                "bio_pl": "Kierownik kliniki. Wykonuje endoprotezoplastykę stawu kolanowego i "
                "biodrowego oraz operacje rewizyjne, gdy wcześniejszy implant się obluzował.",
            },
            {
                "name_en": "Tereza Králová",
                "name_uk": "Тереза Кралова",
                "name_de": "Tereza Králová",
                "name_pl": "Tereza Králová",
                "academic_title_en": "MD",
                "academic_title_uk": "лікарка",
                "academic_title_de": "Ärztin",
                "academic_title_pl": "lek.",
                "years_of_practice": 10,
                "specialty": "orthopaedics",
                "bio_en": "Orthopaedic surgeon. Performs hip replacement through the anterior "
                "approach, which spares the muscles.",
                "bio_uk": "Хірургиня-ортопед. Виконує ендопротезування кульшового суглоба з "
                "переднього доступу, який зберігає м'язи.",
                "bio_de": "Orthopädin. Setzt künstliche Hüftgelenke über den vorderen Zugang ein, "
                "der die Muskeln schont.",
                "bio_pl": "Chirurg ortopeda. Wykonuje endoprotezoplastykę stawu biodrowego z "
                "dostępu przedniego, który oszczędza mięśnie.",
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
                "includes_de": "Beratung, Röntgenaufnahmen und Blutuntersuchungen, Implantat, "
                "Operation, 5–6 Tage im Krankenhaus mit Physiotherapie zweimal täglich, Krücken.",
                "includes_pl": "Konsultacja, zdjęcia rentgenowskie i badania krwi, implant, "
                "operacja, 5–6 dni w szpitalu z fizjoterapią dwa razy dziennie, kule.",
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
                "includes_de": "Beratung, Röntgenaufnahmen und Blutuntersuchungen, Implantat, "
                "Operation, 4–5 Tage im Krankenhaus mit Physiotherapie zweimal täglich, Krücken.",
                "includes_pl": "Konsultacja, zdjęcia rentgenowskie i badania krwi, implant, "
                "operacja, 4–5 dni w szpitalu z fizjoterapią dwa razy dziennie, kule.",
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
                "reason_de": "Die Physiotherapie beginnt am Tag nach der Operation und geht auf "
                "der Station zweimal täglich weiter, und der Chirurg sieht sich die Röntgenbilder "
                "vor der Reise an.",
                "reason_pl": "Fizjoterapia zaczyna się dzień po operacji i trwa na oddziale dwa "
                "razy dziennie, a chirurg ogląda zdjęcia rentgenowskie, zanim pacjent wyruszy w "
                "podróż.",
                "patients_treated": 46,
            },
            "hip-osteoarthritis": {
                "reason_en": "Hip replacement through the anterior approach is routine here; "
                "most patients leave hospital on the fourth or fifth day walking with crutches.",
                "reason_uk": "Ендопротезування кульшового суглоба з переднього доступу тут "
                "звичне; більшість пацієнтів виписуються на четвертий–п'ятий день і ходять із "
                "милицями.",
                "reason_de": "Der Hüftgelenkersatz über den vorderen Zugang ist hier Routine; die "
                "meisten Patienten verlassen das Krankenhaus am vierten oder fünften Tag an "
                "Krücken.",
                "reason_pl": "Endoprotezoplastyka stawu biodrowego z dostępu przedniego jest tu "
                "rutyną; większość pacjentów opuszcza szpital czwartego lub piątego dnia, chodząc "
                "o kulach.",
                "patients_treated": 39,
            },
        },
    },
    {
        "fields": {
            "slug_en": "demo-oncology-centre-tel-aviv",
            "slug_uk": "demonstratsiinyi-onkolohichnyi-tsentr-tel-aviva",
            "slug_de": "demo-onkologiezentrum-tel-aviv",
            "slug_pl": "demonstracyjne-centrum-onkologiczne-w-tel-awiwie",
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
            "description_de": "<p>Das Zentrum behandelt Brust- und Prostatakrebs. Der Fall jedes "
            "neuen Patienten, einschließlich der von zu Hause mitgebrachten Biopsiebefunde und "
            "Bildaufnahmen, wird vor der Behandlungsplanung in einer wöchentlichen Tumorkonferenz "
            "von Chirurgen, Strahlentherapeuten und internistischen Onkologen "
            "besprochen.</p><p>Die Strahlentherapie nach der Operation findet im selben Gebäude "
            "statt. Eine Behandlungsserie dauert eine bis mehrere Wochen, deshalb hilft die "
            "internationale Abteilung bei der Unterkunft für die gesamte Dauer.</p>",
            "description_pl": "<p>Centrum leczy raka piersi i raka prostaty. Przypadek każdego "
            "nowego pacjenta, wraz z przywiezionymi z domu wynikami biopsji i badań obrazowych, "
            "jest omawiany na cotygodniowym konsylium onkologicznym chirurgów, radioterapeutów i "
            "onkologów klinicznych, zanim zaplanuje się leczenie.</p><p>Radioterapia po operacji "
            "odbywa się w tym samym budynku. Cykl trwa od jednego do kilku tygodni, dlatego dział "
            "pacjentów zagranicznych pomaga w zakwaterowaniu na cały czas leczenia.</p>",
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
                "name_de": "Yael Ben-Ami",
                "name_pl": "Yael Ben-Ami",
                "academic_title_en": "MD",
                "academic_title_uk": "д-р мед.",
                "academic_title_de": "Ärztin",
                "academic_title_pl": "lek.",
                "years_of_practice": 19,
                "specialty": "oncology",
                "bio_en": "Breast surgeon. Performs breast-conserving surgery with sentinel "
                "lymph node biopsy and oncoplastic reshaping of the breast.",
                "bio_uk": "Хірургиня-мамолог. Виконує органозберігальні операції з біопсією "
                "сторожового лімфовузла та онкопластичним відновленням форми грудей.",
                "bio_de": "Brustchirurgin. Führt brusterhaltende Operationen mit "
                "Wächterlymphknoten-Biopsie und onkoplastischer Formkorrektur der Brust durch.",
                "bio_pl": "Chirurg piersi. Wykonuje operacje oszczędzające pierś z biopsją węzła "
                "wartowniczego oraz onkoplastyczne modelowanie piersi.",
            },
            {
                "name_en": "Avi Rosental",
                "name_uk": "Аві Розенталь",
                "name_de": "Avi Rosental",
                "name_pl": "Avi Rosental",
                "academic_title_en": "Prof., MD",
                "academic_title_uk": "проф., д-р мед.",
                "academic_title_de": "Prof. Dr. med.",
                "academic_title_pl": "prof. dr hab. n. med.",
                "years_of_practice": 25,
                "specialty": "oncology",
                "bio_en": "Urologist. Performs robot-assisted radical prostatectomy, with nerve "
                "sparing when the tumour allows it.",
                "bio_uk": "Уролог. Виконує роботизовану радикальну простатектомію, зі "
                "збереженням нервів, якщо це дозволяє пухлина.",
                "bio_de": "Urologe. Führt roboterassistierte radikale Prostatektomien durch, "
                "nervschonend, wenn der Tumor es zulässt.",
                "bio_pl": "Urolog. Wykonuje robotyczną radykalną prostatektomię, z oszczędzeniem "
                "nerwów, gdy pozwala na to guz.",
            },
            {
                "name_en": "Noa Peretz",
                "name_uk": "Ноа Перец",
                "name_de": "Noa Peretz",
                "name_pl": "Noa Peretz",
                "academic_title_en": "MD",
                "academic_title_uk": "д-р мед.",
                "academic_title_de": "Ärztin",
                "academic_title_pl": "lek.",
                "years_of_practice": 13,
                "specialty": "oncology",
                "bio_en": "Radiation oncologist. Plans and supervises radiotherapy for breast "
                "and prostate cancer.",
                "bio_uk": "Лікарка-радіотерапевт. Планує та контролює променеву терапію при раку "
                "молочної та передміхурової залоз.",
                "bio_de": "Strahlentherapeutin. Plant und überwacht die Strahlentherapie bei "
                "Brust- und Prostatakrebs.",
                "bio_pl": "Specjalistka radioterapii onkologicznej. Planuje i nadzoruje "
                "radioterapię raka piersi i raka prostaty.",
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
                "includes_de": "Prüfung von Biopsie und Bildaufnahmen, Tumorkonferenz, Operation "
                "mit Wächterlymphknoten-Biopsie, 1–2 Nächte im Krankenhaus, histopathologischer "
                "Befund.",
                "includes_pl": "Ocena wyników biopsji i badań obrazowych, konsylium onkologiczne, "
                "operacja z biopsją węzła wartowniczego, 1–2 noce w szpitalu, wynik badania "
                "histopatologicznego.",
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
                "includes_de": "Planungs-CT, die gesamte perkutane Strahlentherapie (meist 3–5 "
                "Wochen bei Brust-, 1–5 Wochen bei Prostatakrebs), wöchentliche Kontrolltermine "
                "beim Strahlentherapeuten.",
                "includes_pl": "TK do planowania, cały cykl radioterapii wiązką zewnętrzną (zwykle "
                "3–5 tygodni przy raku piersi, 1–5 tygodni przy raku prostaty), cotygodniowe "
                "wizyty kontrolne u radioterapeuty.",
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
                "includes_de": "Prüfung von Biopsie und MRT, Tumorkonferenz, Operation, 2–3 Nächte "
                "im Krankenhaus, Entfernung des Katheters nach etwa einer Woche, "
                "histopathologischer Befund.",
                "includes_pl": "Ocena wyników biopsji i rezonansu magnetycznego, konsylium "
                "onkologiczne, operacja, 2–3 noce w szpitalu, usunięcie cewnika po około tygodniu, "
                "wynik badania histopatologicznego.",
                "quoted_months_ago": 3,
            },
        },
        "recommendations": {
            "breast-cancer": {
                "reason_en": "Surgery and radiotherapy are planned together at the tumour board, "
                "so the patient knows before the trip how many weeks the whole treatment needs.",
                "reason_uk": "Операцію та променеву терапію планують разом на консиліумі, тож "
                "пацієнтка ще до поїздки знає, скільки тижнів триватиме все лікування.",
                "reason_de": "Operation und Strahlentherapie werden in der Tumorkonferenz "
                "gemeinsam geplant, sodass schon vor der Reise feststeht, wie viele Wochen die "
                "gesamte Behandlung dauert.",
                "reason_pl": "Operację i radioterapię planuje się razem na konsylium "
                "onkologicznym, dzięki czemu już przed podróżą wiadomo, ile tygodni potrwa całe "
                "leczenie.",
                "patients_treated": 31,
            },
            "prostate-cancer": {
                "reason_en": "Both robotic surgery and radiotherapy are offered, and the tumour "
                "board explains to the patient which one suits his tumour and why.",
                "reason_uk": "Тут пропонують і роботизовану операцію, і променеву терапію, а "
                "консиліум пояснює пацієнтові, що підходить саме для його пухлини і чому.",
                "reason_de": "Angeboten werden sowohl die Roboteroperation als auch die "
                "Strahlentherapie, und die Tumorkonferenz erklärt dem Patienten, welche Behandlung "
                "zu seinem Tumor passt und warum.",
                "reason_pl": "Dostępna jest zarówno operacja robotyczna, jak i radioterapia, a "
                "konsylium onkologiczne wyjaśnia pacjentowi, która metoda pasuje do jego guza i "
                "dlaczego.",
                "patients_treated": 26,
            },
        },
    },
    {
        "fields": {
            "slug_en": "demo-multispecialty-hospital-krakow",
            "slug_uk": "demonstratsiina-bahatoprofilna-likarnia-krakova",
            "slug_de": "demo-klinikum-krakau",
            "slug_pl": "demonstracyjny-szpital-wielospecjalistyczny-w-krakowie",
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
            "description_de": "<p>Die orthopädische Abteilung ersetzt durch Arthrose verschlissene "
            "Hüft- und Kniegelenke. Nach der Operation können die Patienten für ein oder zwei "
            "Wochen auf die hauseigene Rehabilitationsstation wechseln, statt direkt nach Hause zu "
            "reisen.</p><p>Das Brustzentrum führt brusterhaltende Operationen durch und bietet die "
            "anschließende Strahlentherapie im selben Krankenhaus an. Eine Breast Care Nurse, die "
            "Ukrainisch spricht, trifft jede Patientin vor der Operation.</p>",
            "description_pl": "<p>Oddział ortopedii wymienia stawy biodrowe i kolanowe zniszczone "
            "przez chorobę zwyrodnieniową. Po operacji pacjenci mogą na tydzień lub dwa przenieść "
            "się na oddział rehabilitacji w tym samym szpitalu, zamiast od razu wracać do "
            "domu.</p><p>Ośrodek chorób piersi wykonuje operacje oszczędzające pierś i prowadzi po "
            "nich radioterapię w tym samym szpitalu. Mówiąca po ukraińsku pielęgniarka, która "
            "opiekuje się chorymi na raka piersi, spotyka się z każdą pacjentką przed "
            "operacją.</p>",
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
                "name_de": "Piotr Zieliński",
                "name_pl": "Piotr Zieliński",
                "academic_title_en": "MD, PhD",
                "academic_title_uk": "к.мед.н.",
                "academic_title_de": "Dr. med.",
                "academic_title_pl": "dr n. med.",
                "years_of_practice": 23,
                "specialty": "orthopaedics",
                "bio_en": "Head of the orthopaedic department. Performs hip and knee replacement, "
                "including operations on patients with severe deformity of the joint.",
                "bio_uk": "Завідувач ортопедичного відділення. Виконує ендопротезування "
                "кульшового та колінного суглобів, зокрема при тяжкій деформації суглоба.",
                "bio_de": "Leiter der orthopädischen Abteilung. Setzt künstliche Hüft- und "
                "Kniegelenke ein, auch bei Patienten mit starker Fehlstellung des Gelenks.",
                "bio_pl": "Kierownik oddziału ortopedii. Wykonuje endoprotezoplastykę stawu "
                "biodrowego i kolanowego, także u pacjentów z ciężką deformacją stawu.",
            },
            {
                "name_en": "Katarzyna Mazur",
                "name_uk": "Катажина Мазур",
                "name_de": "Katarzyna Mazur",
                "name_pl": "Katarzyna Mazur",
                "academic_title_en": "MD, PhD",
                "academic_title_uk": "к.мед.н.",
                "academic_title_de": "Dr. med.",
                "academic_title_pl": "dr n. med.",
                "years_of_practice": 16,
                "specialty": "oncology",
                "bio_en": "Breast cancer surgeon. Performs breast-conserving surgery with "
                "sentinel lymph node biopsy.",
                "bio_uk": "Хірургиня-онколог. Виконує органозберігальні операції на молочній "
                "залозі з біопсією сторожового лімфовузла.",
                "bio_de": "Chirurgin mit Schwerpunkt Brustkrebs. Führt brusterhaltende Operationen "
                "mit Wächterlymphknoten-Biopsie durch.",
                "bio_pl": "Chirurg specjalizująca się w leczeniu raka piersi. Wykonuje operacje "
                "oszczędzające pierś z biopsją węzła wartowniczego.",
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
                "includes_de": "Beratung, Röntgenaufnahmen und Blutuntersuchungen, Implantat, "
                "Operation, 5–7 Tage im Krankenhaus mit Physiotherapie.",
                "includes_pl": "Konsultacja, zdjęcia rentgenowskie i badania krwi, implant, "
                "operacja, 5–7 dni w szpitalu z fizjoterapią.",
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
                "includes_de": "Beratung, Röntgenaufnahmen und Blutuntersuchungen, Implantat, "
                "Operation, 4–6 Tage im Krankenhaus mit Physiotherapie.",
                "includes_pl": "Konsultacja, zdjęcia rentgenowskie i badania krwi, implant, "
                "operacja, 4–6 dni w szpitalu z fizjoterapią.",
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
                "includes_de": "Prüfung von Biopsie und Bildaufnahmen, Operation mit "
                "Wächterlymphknoten-Biopsie, 2 Nächte im Krankenhaus, histopathologischer Befund.",
                "includes_pl": "Ocena wyników biopsji i badań obrazowych, operacja z biopsją węzła "
                "wartowniczego, 2 noce w szpitalu, wynik badania histopatologicznego.",
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
                "includes_de": "Planungs-CT und eine Bestrahlungsserie der ganzen Brust, meist 15 "
                "Sitzungen über drei Wochen.",
                "includes_pl": "TK do planowania i cykl radioterapii całej piersi, zwykle 15 "
                "naświetlań w ciągu trzech tygodni.",
                "quoted_months_ago": 2,
            },
        },
        "recommendations": {
            "knee-osteoarthritis": {
                "reason_en": "Patients can stay on the hospital's rehabilitation ward for one or "
                "two weeks after the operation, which helps those with a long journey home.",
                "reason_uk": "Після операції пацієнти можуть залишитися на один–два тижні в "
                "реабілітаційному відділенні лікарні, що допомагає тим, кому далеко їхати додому.",
                "reason_de": "Nach der Operation können Patienten ein oder zwei Wochen auf der "
                "Rehabilitationsstation des Krankenhauses bleiben, was bei einer langen Heimreise "
                "hilft.",
                "reason_pl": "Po operacji pacjenci mogą zostać na tydzień lub dwa na oddziale "
                "rehabilitacji szpitala, co pomaga tym, którzy mają długą drogę do domu.",
                "patients_treated": 38,
            },
            "hip-osteoarthritis": {
                "reason_en": "The team operates on hips with severe deformity, for example after "
                "childhood hip dysplasia, and rehabilitation continues in the same hospital.",
                "reason_uk": "Команда оперує кульшові суглоби з тяжкою деформацією, наприклад "
                "після дитячої дисплазії, а реабілітація триває в тій самій лікарні.",
                "reason_de": "Das Team operiert auch stark deformierte Hüftgelenke, etwa nach "
                "einer Hüftdysplasie im Kindesalter, und die Rehabilitation findet im selben "
                "Krankenhaus statt.",
                "reason_pl": "Zespół operuje stawy biodrowe z ciężką deformacją, na przykład po "
                "dysplazji stawu biodrowego w dzieciństwie, a rehabilitacja odbywa się w tym samym "
                "szpitalu.",
                "patients_treated": 29,
            },
            "breast-cancer": {
                "reason_en": "Surgery and three weeks of radiotherapy take place in one hospital, "
                "a short trip from Ukraine, with a Ukrainian-speaking breast care nurse.",
                "reason_uk": "Операцію та три тижні променевої терапії проводять в одній лікарні, "
                "недалеко від України, з медсестрою, яка розмовляє українською.",
                "reason_de": "Operation und drei Wochen Strahlentherapie finden in einem "
                "Krankenhaus statt, nicht weit von der Ukraine, mit einer ukrainischsprachigen "
                "Breast Care Nurse.",
                "reason_pl": "Operacja i trzy tygodnie radioterapii odbywają się w jednym "
                "szpitalu, niedaleko od Ukrainy, z pielęgniarką onkologiczną mówiącą po ukraińsku.",
                "patients_treated": 22,
            },
        },
    },
    {
        "fields": {
            "slug_en": "demo-oncology-hospital-valencia",
            "slug_uk": "demonstratsiina-onkolohichna-likarnia-valensii",
            "slug_de": "demo-onkologische-klinik-valencia",
            "slug_pl": "demonstracyjny-szpital-onkologiczny-w-walencji",
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
            "description_de": "<p>Das Krankenhaus behandelt Prostata- und Brustkrebs. Männer mit "
            "lokal begrenztem Prostatakrebs werden sowohl von einem Urologen als auch von einem "
            "Strahlentherapeuten beraten, bevor sie sich zwischen Roboteroperation und "
            "Strahlentherapie entscheiden.</p><p>Kurze Bestrahlungsserien mit fünf Sitzungen bei "
            "geeigneten Prostatatumoren verkürzen den Aufenthalt für Patienten aus dem "
            "Ausland.</p>",
            "description_pl": "<p>Szpital leczy raka prostaty i raka piersi. Mężczyźni z miejscowo "
            "ograniczonym rakiem prostaty są konsultowani zarówno przez urologa, jak i przez "
            "radioterapeutę, zanim zdecydują się na operację robotyczną lub "
            "radioterapię.</p><p>Krótkie cykle radioterapii, obejmujące pięć naświetlań w "
            "przypadku odpowiednich guzów prostaty, skracają pobyt pacjentów przyjeżdżających z "
            "zagranicy.</p>",
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
                "name_de": "Javier Molina Ortega",
                "name_pl": "Javier Molina Ortega",
                "academic_title_en": "MD, PhD",
                "academic_title_uk": "к.мед.н.",
                "academic_title_de": "Dr. med.",
                "academic_title_pl": "dr n. med.",
                "years_of_practice": 20,
                "specialty": "oncology",
                "bio_en": "Urologist. Performs robot-assisted radical prostatectomy and follows "
                "patients' continence and PSA results after the operation.",
                "bio_uk": "Уролог. Виконує роботизовану радикальну простатектомію та стежить за "
                "утриманням сечі й рівнем ПСА після операції.",
                "bio_de": "Urologe. Führt roboterassistierte radikale Prostatektomien durch und "
                "verfolgt nach der Operation die Kontinenz und die PSA-Werte der Patienten.",
                "bio_pl": "Urolog. Wykonuje robotyczną radykalną prostatektomię i po operacji "
                "kontroluje u pacjentów trzymanie moczu oraz wyniki PSA.",
            },
            {
                "name_en": "Lucía Navarro Gil",
                "name_uk": "Лусія Наварро Хіль",
                "name_de": "Lucía Navarro Gil",
                "name_pl": "Lucía Navarro Gil",
                "academic_title_en": "MD",
                "academic_title_uk": "д-р мед.",
                "academic_title_de": "Ärztin",
                "academic_title_pl": "lek.",
                "years_of_practice": 12,
                "specialty": "oncology",
                "bio_en": "Radiation oncologist. Treats prostate and breast cancer, including "
                "short five-session courses where they are suitable.",
                "bio_uk": "Лікарка-радіотерапевт. Лікує рак передміхурової та молочної залоз, "
                "зокрема короткими курсами з п'яти сеансів, коли вони підходять.",
                "bio_de": "Strahlentherapeutin. Behandelt Prostata- und Brustkrebs, wo geeignet "
                "auch mit kurzen Serien von fünf Sitzungen.",
                "bio_pl": "Specjalistka radioterapii onkologicznej. Leczy raka prostaty i raka "
                "piersi, także krótkimi cyklami pięciu naświetlań, jeśli są odpowiednie.",
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
                "includes_de": "Beratungen beim Urologen und beim Strahlentherapeuten, Operation, "
                "2–3 Nächte im Krankenhaus, Entfernung des Katheters nach etwa einer Woche, "
                "histopathologischer Befund.",
                "includes_pl": "Konsultacje u urologa i radioterapeuty, operacja, 2–3 noce w "
                "szpitalu, usunięcie cewnika po około tygodniu, wynik badania histopatologicznego.",
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
                "includes_de": "Planungs-MRT oder -CT und die gesamte Strahlentherapie, von fünf "
                "Sitzungen in ein bis zwei Wochen bis zu 20 Sitzungen in vier Wochen.",
                "includes_pl": "Rezonans magnetyczny lub TK do planowania i cały cykl "
                "radioterapii, od pięciu naświetlań w ciągu tygodnia lub dwóch do 20 naświetlań w "
                "ciągu czterech tygodni.",
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
                "includes_de": "Prüfung von Biopsie und Bildaufnahmen, Operation mit "
                "Wächterlymphknoten-Biopsie, 1–2 Nächte im Krankenhaus, histopathologischer "
                "Befund.",
                "includes_pl": "Ocena wyników biopsji i badań obrazowych, operacja z biopsją węzła "
                "wartowniczego, 1–2 noce w szpitalu, wynik badania histopatologicznego.",
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
                "reason_de": "Jeder Patient wird vor der Wahl der Behandlung von einem Urologen "
                "und einem Strahlentherapeuten beraten; passt eine Strahlentherapie mit fünf "
                "Sitzungen zum Tumor, dauert der Aufenthalt etwa zwei Wochen.",
                "reason_pl": "Każdy pacjent przed wyborem leczenia konsultuje się z urologiem i "
                "radioterapeutą; jeśli guz kwalifikuje się do radioterapii w pięciu "
                "naświetlaniach, pobyt trwa około dwóch tygodni.",
                "patients_treated": 18,
            },
            "breast-cancer": {
                "reason_en": "Breast-conserving surgery and radiotherapy are done in one "
                "hospital, and the radiotherapy plan is made before the operation, so the "
                "length of stay is known in advance.",
                "reason_uk": "Органозберігальну операцію та променеву терапію проводять в одній "
                "лікарні, а план опромінення складають ще до операції, тож тривалість "
                "перебування відома заздалегідь.",
                "reason_de": "Brusterhaltende Operation und Strahlentherapie erfolgen in einem "
                "Krankenhaus, und der Bestrahlungsplan wird schon vor der Operation erstellt, "
                "sodass die Aufenthaltsdauer im Voraus feststeht.",
                "reason_pl": "Operacja oszczędzająca pierś i radioterapia odbywają się w jednym "
                "szpitalu, a plan radioterapii powstaje jeszcze przed operacją, więc długość "
                "pobytu jest znana z góry.",
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


# Rates close to real ones, so the demo converts prices before beat has fetched any.
DEMO_EXCHANGE_RATES = {"USD": "1.08", "UAH": "45.00", "PLN": "4.30"}


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
    for currency, rate in DEMO_EXCHANGE_RATES.items():
        # A rate already stored for today (fetched from the ECB) is kept.
        ExchangeRate.objects.get_or_create(
            currency=currency, valid_on=today, defaults={"rate": Decimal(rate)}
        )
    yield f"Exchange rates for {today}: " + ", ".join(
        f"1 EUR = {rate} {currency}" for currency, rate in DEMO_EXCHANGE_RATES.items()
    )

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
