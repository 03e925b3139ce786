"""Demo content: condition articles in four specialties, with their experts and methods.

The reference article, lower limb ischemia, is approved in every site language; the
others are approved in English and Ukrainian, and one German version waits for the
expert's review, so the demo shows each state of the workflow. The articles' texts
live in the demo_<specialty> modules.
"""

from accounts import demo as accounts_demo
from conditions import demo_cardiology, demo_oncology, demo_orthopaedics, demo_vascular, services
from conditions.article_text import ArticleText
from conditions.models import (
    Condition,
    LanguageReview,
    Question,
    Section,
    Source,
    Specialty,
    TreatmentMethod,
)
from experts.models import Expert

SPECIALTIES = [
    {
        "slug": "vascular-surgery",
        "order": 1,
        "name_en": "Vascular surgery",
        "name_uk": "Судинна хірургія",
        "name_de": "Gefäßchirurgie",
        "name_pl": "Chirurgia naczyniowa",
    },
    {
        "slug": "cardiology",
        "order": 2,
        "name_en": "Cardiology",
        "name_uk": "Кардіологія",
        "name_de": "Kardiologie",
        "name_pl": "Kardiologia",
    },
    {
        "slug": "orthopaedics",
        "order": 3,
        "name_en": "Orthopaedics",
        "name_uk": "Ортопедія",
        "name_de": "Orthopädie",
        "name_pl": "Ortopedia",
    },
    {
        "slug": "oncology",
        "order": 4,
        "name_en": "Oncology",
        "name_uk": "Онкологія",
        "name_de": "Onkologie",
        "name_pl": "Onkologia",
    },
]

# The demo user who reviews each specialty's articles, linked to that specialty's expert.
REVIEWERS = {
    "olexandr-voznyak": "expert",
    "iryna-melnyk": "cardiologist",
    "taras-bondarenko": "orthopaedist",
    "olha-savchuk": "oncologist",
}

EXPERTS = [
    {
        "specialty": "vascular-surgery",
        "slug": "olexandr-voznyak",
        "name_en": "Olexandr Voznyak",
        "name_uk": "Олександр Возняк",
        "academic_title_en": "PhD.",
        "academic_title_uk": "к.мед.н.",
        "academic_title_de": "PhD.",
        "academic_title_pl": "PhD.",
        "role_en": "Vascular surgeon, medical expert",
        "role_uk": "Судинний хірург, медичний експерт",
        "role_de": "Gefäßchirurg, medizinischer Experte",
        "role_pl": "Chirurg naczyniowy, ekspert medyczny",
        "bio_en": "Vascular surgeon with more than fifteen years of practice in open and "
        "endovascular surgery of the arteries of the lower limbs.",
        "bio_uk": "Судинний хірург з понад п'ятнадцятирічною практикою у відкритій та "
        "ендоваскулярній хірургії артерій нижніх кінцівок.",
        "bio_de": "Gefäßchirurg mit mehr als fünfzehn Jahren Erfahrung in der offenen und "
        "endovaskulären Chirurgie der Beinarterien.",
        "bio_pl": "Chirurg naczyniowy z ponad piętnastoletnim doświadczeniem w otwartej i "
        "wewnątrznaczyniowej chirurgii tętnic kończyn dolnych.",
    },
    {
        "specialty": "vascular-surgery",
        "slug": "kateryna-maliarchuk",
        "name_en": "Kateryna Maliarchuk",
        "name_uk": "Катерина Малярчук",
        "role_en": "Medical author, medical expert",
        "role_uk": "Медичний автор, медичний експерт",
        "role_de": "Medizinische Autorin, medizinische Expertin",
        "role_pl": "Autorka medyczna, ekspertka medyczna",
        "bio_en": "Physician and medical writer who prepares MedTour's articles for patients "
        "with the specialists who review them.",
        "bio_uk": "Лікарка та медична авторка, яка готує статті MedTour для пацієнтів разом із "
        "фахівцями, що їх перевіряють.",
        "bio_de": "Ärztin und medizinische Autorin, die die Artikel von MedTour für Patienten "
        "gemeinsam mit den Fachärzten verfasst, die sie prüfen.",
        "bio_pl": "Lekarka i autorka medyczna, która przygotowuje artykuły MedTour dla pacjentów "
        "razem ze specjalistami, którzy je sprawdzają.",
    },
    {
        "specialty": "cardiology",
        "slug": "iryna-melnyk",
        "name_en": "Iryna Melnyk",
        "name_uk": "Ірина Мельник",
        "academic_title_en": "PhD.",
        "academic_title_uk": "к.мед.н.",
        "role_en": "Cardiologist, medical expert",
        "role_uk": "Кардіологиня, медична експертка",
        "bio_en": "Cardiologist who follows patients with coronary artery disease and heart "
        "rhythm disorders before and after interventions.",
        "bio_uk": "Кардіологиня, яка спостерігає пацієнтів з ішемічною хворобою серця та "
        "порушеннями ритму до і після втручань.",
    },
    {
        "specialty": "orthopaedics",
        "slug": "taras-bondarenko",
        "name_en": "Taras Bondarenko",
        "name_uk": "Тарас Бондаренко",
        "role_en": "Orthopaedic surgeon, medical expert",
        "role_uk": "Лікар-ортопед, медичний експерт",
        "bio_en": "Orthopaedic surgeon whose practice is joint replacement of the hip and knee "
        "and the rehabilitation that follows it.",
        "bio_uk": "Лікар-ортопед, який займається ендопротезуванням кульшового та колінного "
        "суглобів і подальшою реабілітацією.",
    },
    {
        "specialty": "oncology",
        "slug": "olha-savchuk",
        "name_en": "Olha Savchuk",
        "name_uk": "Ольга Савчук",
        "academic_title_en": "PhD.",
        "academic_title_uk": "к.мед.н.",
        "role_en": "Oncologist, medical expert",
        "role_uk": "Онкологиня, медична експертка",
        "bio_en": "Clinical oncologist who explains to patients and families how cancer "
        "treatment is planned and what each step involves.",
        "bio_uk": "Клінічна онкологиня, яка пояснює пацієнтам і їхнім родинам, як планують "
        "лікування раку та що означає кожен його етап.",
    },
]

METHODS = [
    {
        "slug": "conservative-treatment",
        "kind": TreatmentMethod.Kind.CONSERVATIVE,
        "name_en": "Conservative treatment",
        "name_uk": "Консервативне лікування",
        "name_de": "Konservative Behandlung",
        "name_pl": "Leczenie zachowawcze",
    },
    {
        "slug": "endarterectomy",
        "kind": TreatmentMethod.Kind.SURGICAL,
        "name_en": "Endarterectomy",
        "name_uk": "Ендартеректомія",
        "name_de": "Endarteriektomie",
        "name_pl": "Endarterektomia",
    },
    {
        "slug": "balloon-angioplasty-and-stenting",
        "kind": TreatmentMethod.Kind.MINIMALLY_INVASIVE,
        "name_en": "Balloon angioplasty and stenting",
        "name_uk": "Балонна ангіопластика та стентування",
        "name_de": "Ballonangioplastie und Stentimplantation",
        "name_pl": "Angioplastyka balonowa i stentowanie",
    },
    {
        "slug": "femoral-popliteal-bypass",
        "kind": TreatmentMethod.Kind.SURGICAL,
        "name_en": "Femoral-popliteal bypass",
        "name_uk": "Стегново-підколінне шунтування",
        "name_de": "Femoropoplitealer Bypass",
        "name_pl": "Pomostowanie udowo-podkolanowe",
    },
    {
        "slug": "endovenous-laser-ablation",
        "kind": TreatmentMethod.Kind.MINIMALLY_INVASIVE,
        "name_en": "Endovenous laser ablation",
        "name_uk": "Ендовенозна лазерна абляція",
        "name_de": "Endovenöse Laserablation",
        "name_pl": "Wewnątrzżylna ablacja laserowa",
    },
    {
        "slug": "sclerotherapy",
        "kind": TreatmentMethod.Kind.MINIMALLY_INVASIVE,
        "name_en": "Sclerotherapy",
        "name_uk": "Склеротерапія",
        "name_de": "Sklerotherapie",
        "name_pl": "Skleroterapia",
    },
    {
        "slug": "endovascular-aneurysm-repair",
        "kind": TreatmentMethod.Kind.MINIMALLY_INVASIVE,
        "name_en": "Endovascular aneurysm repair (EVAR)",
        "name_uk": "Ендоваскулярне протезування аневризми (EVAR)",
        "name_de": "Endovaskuläre Aneurysmaversorgung (EVAR)",
        "name_pl": "Wewnątrznaczyniowe leczenie tętniaka (EVAR)",
    },
    {
        "slug": "open-aneurysm-repair",
        "kind": TreatmentMethod.Kind.SURGICAL,
        "name_en": "Open aneurysm repair",
        "name_uk": "Відкрита операція на аневризмі",
        "name_de": "Offene Aneurysmaoperation",
        "name_pl": "Otwarta operacja tętniaka",
    },
    {
        "slug": "coronary-stenting",
        "kind": TreatmentMethod.Kind.MINIMALLY_INVASIVE,
        "name_en": "Coronary angioplasty and stenting",
        "name_uk": "Коронарна ангіопластика та стентування",
        "name_de": "Koronare Angioplastie und Stentimplantation",
        "name_pl": "Angioplastyka wieńcowa ze stentowaniem",
    },
    {
        "slug": "coronary-artery-bypass-grafting",
        "kind": TreatmentMethod.Kind.SURGICAL,
        "name_en": "Coronary artery bypass grafting",
        "name_uk": "Аортокоронарне шунтування",
        "name_de": "Koronare Bypassoperation",
        "name_pl": "Pomostowanie aortalno-wieńcowe",
    },
    {
        "slug": "catheter-ablation",
        "kind": TreatmentMethod.Kind.MINIMALLY_INVASIVE,
        "name_en": "Catheter ablation",
        "name_uk": "Катетерна абляція",
        "name_de": "Katheterablation",
        "name_pl": "Ablacja przezcewnikowa",
    },
    {
        "slug": "total-knee-replacement",
        "kind": TreatmentMethod.Kind.SURGICAL,
        "name_en": "Total knee replacement",
        "name_uk": "Тотальне ендопротезування колінного суглоба",
        "name_de": "Knietotalendoprothese",
        "name_pl": "Całkowita endoprotezoplastyka stawu kolanowego",
    },
    {
        "slug": "total-hip-replacement",
        "kind": TreatmentMethod.Kind.SURGICAL,
        "name_en": "Total hip replacement",
        "name_uk": "Тотальне ендопротезування кульшового суглоба",
        "name_de": "Hüfttotalendoprothese",
        "name_pl": "Całkowita endoprotezoplastyka stawu biodrowego",
    },
    {
        "slug": "breast-conserving-surgery",
        "kind": TreatmentMethod.Kind.SURGICAL,
        "name_en": "Breast-conserving surgery",
        "name_uk": "Органозберігальна операція на молочній залозі",
        "name_de": "Brusterhaltende Operation",
        "name_pl": "Operacja oszczędzająca pierś",
    },
    {
        "slug": "radiotherapy",
        "kind": TreatmentMethod.Kind.CONSERVATIVE,
        "name_en": "Radiotherapy",
        "name_uk": "Променева терапія",
        "name_de": "Strahlentherapie",
        "name_pl": "Radioterapia",
    },
    {
        "slug": "robotic-prostatectomy",
        "kind": TreatmentMethod.Kind.SURGICAL,
        "name_en": "Robot-assisted radical prostatectomy",
        "name_uk": "Роботизована радикальна простатектомія",
        "name_de": "Roboterassistierte radikale Prostatektomie",
        "name_pl": "Robotyczna radykalna prostatektomia",
    },
]

ARTICLES = [
    *demo_vascular.ARTICLES,
    *demo_cardiology.ARTICLES,
    *demo_orthopaedics.ARTICLES,
    *demo_oncology.ARTICLES,
]


def _sync_parts(condition, model, rows):
    """Make the article's parts of one kind exactly `rows`, in order."""
    for order, row in enumerate(rows, start=1):
        model.objects.update_or_create(condition=condition, order=order, defaults=row)
    model.objects.filter(condition=condition, order__gt=len(rows)).delete()


def load():
    """Create or update the demo articles; yields a line per thing loaded."""
    specialties = {
        data["slug"]: Specialty.objects.update_or_create(slug=data["slug"], defaults=data)[0]
        for data in SPECIALTIES
    }
    experts = {}
    for data in EXPERTS:
        fields = {key: value for key, value in data.items() if key != "specialty"}
        experts[data["slug"]] = Expert.objects.update_or_create(
            slug=data["slug"], defaults=fields | {"specialty": specialties[data["specialty"]]}
        )[0]
    for slug, username in REVIEWERS.items():
        experts[slug].user = accounts_demo.user(username)
        experts[slug].save()
    methods = {
        data["slug"]: TreatmentMethod.objects.update_or_create(slug=data["slug"], defaults=data)[0]
        for data in METHODS
    }
    yield f"Specialties: {', '.join(specialty.name for specialty in specialties.values())}"
    for article in ARTICLES:
        condition = _load_article(
            article, specialties=specialties, experts=experts, methods=methods
        )
        yield f"Article: {condition.get_absolute_url()}"


def review():
    """Bring the demo articles to their review states, once everything their reviewed
    text names (clinics recommended for them among it) is loaded; yields a line each."""
    reviewers = {
        expert.specialty_id: expert.user
        for expert in Expert.objects.filter(slug__in=REVIEWERS).select_related("user")
    }
    for article in ARTICLES:
        condition = Condition.objects.get(slug_en=article["fields"]["slug_en"])
        _review(
            condition,
            reviewer=reviewers[condition.specialty_id],
            approved=article["approved"],
            in_review=article.get("in_review", []),
        )
        public = condition.reviews.filter(approved_at__isnull=False).values_list(
            "language", flat=True
        )
        in_review = condition.reviews.filter(state=LanguageReview.State.IN_REVIEW).values_list(
            "language", flat=True
        )
        line = f"Reviewed: {condition.get_absolute_url()} (public in {', '.join(sorted(public))}"
        if in_review:
            line += f"; in review: {', '.join(sorted(in_review))}"
        yield line + ")"


def _load_article(article, *, specialties, experts, methods):
    condition, _created = Condition.objects.update_or_create(
        slug_en=article["fields"]["slug_en"],
        defaults=article["fields"]
        | {
            "specialty": specialties[article["specialty"]],
            "author": experts[article["author"]],
            "is_published": True,
        },
    )
    condition.methods.set([methods[slug] for slug in article["methods"]])
    sections = [
        {key: value for key, value in row.items() if key != "method"}
        | {"method": methods.get(row.get("method"))}
        for row in article["sections"]
    ]
    _sync_parts(condition, Section, sections)
    _sync_parts(condition, Question, article["questions"])
    _sync_parts(condition, Source, article["sources"])
    return condition


def _review(condition, *, reviewer, approved, in_review):
    """Bring the article to its review states, as an editor and its specialty's expert would."""
    editor = accounts_demo.user("editor")
    services.reviews_sync(condition=condition)
    for language in approved + in_review:
        review = LanguageReview.objects.filter(condition=condition, language=language).first()
        state = review.state if review else LanguageReview.State.DRAFT
        if state in (LanguageReview.State.DRAFT, LanguageReview.State.NEEDS_REREVIEW):
            services.review_send(condition=condition, language=language, user=editor)
        if language in approved and state != LanguageReview.State.APPROVED:
            services.review_approve(
                condition=condition,
                language=language,
                user=reviewer,
                fingerprint=ArticleText.from_article(condition, language).fingerprint(),
            )
