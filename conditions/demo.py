"""Demo content: the lower limb ischemia article of the reference page, in English and Ukrainian."""

from accounts import demo as accounts_demo
from conditions import services
from conditions.models import (
    Condition,
    Expert,
    LanguageReview,
    Question,
    Section,
    Source,
    Specialty,
    TreatmentMethod,
    text_fingerprint,
)

SPECIALTY = {
    "slug": "vascular-surgery",
    "name_en": "Vascular surgery",
    "name_uk": "Судинна хірургія",
    "name_de": "Gefäßchirurgie",
    "name_pl": "Chirurgia naczyniowa",
}

EXPERTS = {
    "expert": {
        "slug": "olexandr-voznyak",
        "name_en": "Olexandr Voznyak",
        "name_uk": "Олександр Возняк",
        "academic_title_en": "PhD.",
        "academic_title_uk": "к.мед.н.",
        "role_en": "Vascular surgeon, medical expert",
        "role_uk": "Судинний хірург, медичний експерт",
        "bio_en": "Vascular surgeon with more than fifteen years of practice in open and "
        "endovascular surgery of the arteries of the lower limbs.",
        "bio_uk": "Судинний хірург з понад п'ятнадцятирічною практикою у відкритій та "
        "ендоваскулярній хірургії артерій нижніх кінцівок.",
    },
    "author": {
        "slug": "kateryna-maliarchuk",
        "name_en": "Kateryna Maliarchuk",
        "name_uk": "Катерина Малярчук",
        "role_en": "Medical author, medical expert",
        "role_uk": "Медичний автор, медичний експерт",
        "bio_en": "Physician and medical writer who prepares MedTour's articles on vascular "
        "conditions.",
        "bio_uk": "Лікарка та медична авторка, яка готує статті MedTour про судинні захворювання.",
    },
}

METHODS = [
    {
        "slug": "conservative-treatment",
        "kind": TreatmentMethod.Kind.CONSERVATIVE,
        "name_en": "Conservative treatment",
        "name_uk": "Консервативне лікування",
    },
    {
        "slug": "endarterectomy",
        "kind": TreatmentMethod.Kind.SURGICAL,
        "name_en": "Endarterectomy",
        "name_uk": "Ендартеректомія",
    },
    {
        "slug": "balloon-angioplasty-and-stenting",
        "kind": TreatmentMethod.Kind.MINIMALLY_INVASIVE,
        "name_en": "Balloon angioplasty and stenting",
        "name_uk": "Балонна ангіопластика та стентування",
    },
    {
        "slug": "femoral-popliteal-bypass",
        "kind": TreatmentMethod.Kind.SURGICAL,
        "name_en": "Femoral-popliteal bypass",
        "name_uk": "Стегново-підколінне шунтування",
    },
]

CONDITION = {
    "slug_en": "lower-limb-ischemia",
    "slug_uk": "ishemiia-nyzhnikh-kintsivok",
    "name_en": "Lower limb ischemia",
    "name_uk": "Ішемія нижніх кінцівок",
    "title_en": "Lower limb ischemia treatment",
    "title_uk": "Лікування ішемії нижніх кінцівок",
    "summary_en": "Reduced blood flow to the legs: causes, symptoms, conservative treatment, "
    "endarterectomy, angioplasty with stenting and bypass surgery.",
    "summary_uk": "Порушення кровопостачання ніг: причини, симптоми, консервативне лікування, "
    "ендартеректомія, ангіопластика зі стентуванням і шунтування.",
    "introduction_en": (
        "<p>Lower limb ischemia is a decrease in blood flow to the lower extremities caused by "
        "blockage (occlusion) or narrowing of the arteries. Usually the lowest (distant) parts of "
        "the legs are affected. Tissues do not receive the necessary amount of oxygen and "
        "nutrients supplied by arterial blood flow. As a consequence, leg muscles under exercise "
        "quickly become fatigued, pain appears, atrophy of tissues in fingers and toes can lead "
        "to their destruction (necrosis). In gangrene (tissue death) urgent amputation of the limb "
        "is required, otherwise death is inevitable.</p>"
    ),
    "introduction_uk": (
        "<p>Ішемія нижніх кінцівок — це зменшення кровотоку в нижніх кінцівках, спричинене "
        "закупоркою (оклюзією) або звуженням артерій. Зазвичай уражаються найвіддаленіші відділи "
        "ніг. Тканини не отримують потрібної кількості кисню та поживних речовин, які доставляє "
        "артеріальна кров. Унаслідок цього м'язи ніг під час навантаження швидко втомлюються, "
        "з'являється біль, а атрофія тканин пальців може призвести до їх руйнування (некрозу). "
        "При гангрені (відмиранні тканин) потрібна термінова ампутація кінцівки, інакше загибель "
        "неминуча.</p>"
    ),
    # German: only the opening so far, waiting for the expert's review in the demo.
    "slug_de": "ischaemie-der-unteren-extremitaeten",
    "name_de": "Ischämie der unteren Extremitäten",
    "title_de": "Behandlung der Ischämie der unteren Extremitäten",
    "summary_de": "Verminderte Durchblutung der Beine: Ursachen, Symptome, konservative "
    "Behandlung, Endarteriektomie, Angioplastie mit Stent und Bypass-Operation.",
    "introduction_de": (
        "<p>Die Ischämie der unteren Extremitäten ist eine verminderte Durchblutung der Beine, "
        "verursacht durch einen Verschluss (Okklusion) oder eine Verengung der Arterien. Meist "
        "sind die am weitesten entfernten Abschnitte der Beine betroffen. Das Gewebe erhält nicht "
        "genug Sauerstoff und Nährstoffe aus dem arteriellen Blut. Die Beinmuskeln ermüden daher "
        "unter Belastung schnell, es treten Schmerzen auf, und der Gewebeschwund an Fingern und "
        "Zehen kann zu deren Absterben (Nekrose) führen. Bei Gangrän ist eine dringende Amputation "
        "der Gliedmaße nötig, sonst droht der Tod.</p>"
    ),
}
# The demo shows every review state: these languages approved, German in review.
APPROVED_LANGUAGES = ["en", "uk"]
IN_REVIEW_LANGUAGES = ["de"]

SECTIONS = [
    {
        "heading_en": "Causes of lower limb ischemia",
        "heading_uk": "Причини ішемії нижніх кінцівок",
        "body_en": "<p>Lower extremity ischemia can be caused by one of the following conditions:"
        "</p><ul><li>lower extremity atherosclerosis;</li><li>endarteritis;</li><li>thrombosis "
        "or embolism;</li><li>diabetic vascular disease.</li></ul>",
        "body_uk": "<p>Ішемію нижніх кінцівок може спричинити одне з таких захворювань:</p><ul>"
        "<li>атеросклероз артерій нижніх кінцівок;</li><li>ендартеріїт;</li><li>тромбоз або "
        "емболія;</li><li>діабетичне ураження судин.</li></ul>",
    },
    {
        "heading_en": "Symptoms of lower extremity ischemia",
        "heading_uk": "Симптоми ішемії нижніх кінцівок",
        "body_en": "<p>Given that ischemia of the lower limbs has very dangerous consequences, it "
        "is necessary to consult a doctor if symptoms of ischemia occur. In medicine, a "
        "differentiation is made for critical ischemia, in which urgent measures are needed to "
        "restore normal blood circulation. Critical ischemia is a condition characterized by one "
        "of the following signs:</p><ul><li>muscle pain in the leg;</li><li>trophic ulcers;</li>"
        "<li>intermittent claudication.</li></ul>",
        "body_uk": "<p>Оскільки ішемія нижніх кінцівок має дуже небезпечні наслідки, у разі "
        "появи її симптомів слід звернутися до лікаря. У медицині окремо виділяють критичну "
        "ішемію, за якої потрібні термінові заходи для відновлення нормального кровообігу. "
        "Критична ішемія — це стан, для якого характерна одна з таких ознак:</p><ul><li>біль у "
        "м'язах ноги;</li><li>трофічні виразки;</li><li>переміжна кульгавість.</li></ul>",
    },
    {
        "heading_en": "Treatment of lower limb ischemia",
        "heading_uk": "Лікування ішемії нижніх кінцівок",
        "body_en": "<p>First of all, it is necessary to stop smoking, as it is one of the "
        "provoking and aggravating factors that contribute to the development of lower limb "
        "ischemia.</p><p>In the early stages of the disease, an effective measure is regular "
        "exercise, which helps to achieve a better blood supply to the limb. The set of such "
        "exercises should be prescribed by a doctor, because improperly selected physical "
        "activity can aggravate the situation. Drug therapy is also performed.</p><p>"
        "Nevertheless, in critical ischemia, in most cases, there is no way to manage treatment "
        "without surgery.</p>",
        "body_uk": "<p>Насамперед необхідно відмовитися від куріння, адже це один із "
        "провокувальних і обтяжувальних чинників розвитку ішемії нижніх кінцівок.</p><p>На "
        "ранніх стадіях захворювання ефективним заходом є регулярні фізичні вправи, які "
        "покращують кровопостачання кінцівки. Комплекс таких вправ має призначити лікар, "
        "оскільки неправильно дібране навантаження може погіршити стан. Також проводять "
        "медикаментозну терапію.</p><p>Проте при критичній ішемії в більшості випадків без "
        "хірургічного втручання не обійтися.</p>",
    },
    {
        "method": "conservative-treatment",
        "heading_en": "Conservative treatment",
        "heading_uk": "Консервативне лікування",
        "body_en": "<p>With the help of conservative methods (physiotherapy, medication), bypass "
        "pathways are opened for arterial blood to flow to the lower extremities. Conservative "
        "treatment is also aimed at increasing blood circulation, preventing thrombosis and "
        "atherosclerotic deposits.</p><p>It may also include interventions to increase oxygen "
        "levels in the blood.</p>",
        "body_uk": "<p>За допомогою консервативних методів (фізіотерапії, ліків) відкриваються "
        "обхідні шляхи для надходження артеріальної крові до нижніх кінцівок. Консервативне "
        "лікування також спрямоване на посилення кровообігу, запобігання тромбозу та "
        "атеросклеротичним відкладенням.</p><p>Воно може включати й процедури для підвищення "
        "рівня кисню в крові.</p>",
    },
    {
        "method": "endarterectomy",
        "heading_en": "Endarterectomy",
        "heading_uk": "Ендартеректомія",
        "body_en": "<p>It is a surgical treatment method in which atherosclerotic deposits are "
        "removed from the lumen of an artery.</p>",
        "body_uk": "<p>Це хірургічний метод лікування, під час якого з просвіту артерії "
        "видаляють атеросклеротичні відкладення.</p>",
    },
    {
        "method": "balloon-angioplasty-and-stenting",
        "heading_en": "Balloon angioplasty and stenting",
        "heading_uk": "Балонна ангіопластика та стентування",
        "body_en": "<p>Balloon angioplasty and stenting can be used to achieve dilation of the "
        "vessel lumen.</p>",
        "body_uk": "<p>Для розширення просвіту судини можуть застосовувати балонну "
        "ангіопластику та стентування.</p>",
    },
    {
        "method": "femoral-popliteal-bypass",
        "heading_en": "Femoral Popliteal Bypass",
        "heading_uk": "Стегново-підколінне шунтування",
        "body_en": "<p>Bypass surgery restores arterial blood flow in the arteries below the site "
        "of the blockage. The femoral-popliteal bypass is used when the femoral artery is "
        "occluded.</p>",
        "body_uk": "<p>Шунтування відновлює артеріальний кровотік в артеріях нижче місця "
        "закупорки. Стегново-підколінне шунтування застосовують, коли стегнова артерія "
        "оклюзована.</p>",
    },
]

QUESTIONS = [
    {
        "question_en": "Which doctor treats lower limb ischemia?",
        "question_uk": "Який лікар лікує ішемію нижніх кінцівок?",
        "answer_en": "<p>A vascular surgeon. Depending on the cause, a cardiologist, an "
        "endocrinologist (for diabetic vascular disease) and an interventional radiologist take "
        "part in diagnosis and treatment.</p>",
        "answer_uk": "<p>Судинний хірург. Залежно від причини до діагностики та лікування "
        "долучаються кардіолог, ендокринолог (при діабетичному ураженні судин) та "
        "інтервенційний радіолог.</p>",
    },
    {
        "question_en": "How is lower limb ischemia diagnosed?",
        "question_uk": "Як діагностують ішемію нижніх кінцівок?",
        "answer_en": "<p>The doctor examines the legs and the pulse in the arteries and measures "
        "the ankle-brachial index. Duplex ultrasound shows where an artery is narrowed or "
        "blocked; CT or MR angiography is used to plan an operation.</p>",
        "answer_uk": "<p>Лікар оглядає ноги, перевіряє пульс на артеріях і вимірює "
        "кісточково-плечовий індекс. Дуплексне ультразвукове сканування показує, де артерія "
        "звужена або закупорена; для планування операції використовують КТ- або "
        "МР-ангіографію.</p>",
    },
    {
        "question_en": "When is surgery necessary?",
        "question_uk": "Коли потрібна операція?",
        "answer_en": "<p>When pain appears at rest, when there are ulcers that do not heal or "
        "signs of gangrene (critical ischemia), and when walking distance keeps shrinking despite "
        "exercise and medication. The vascular surgeon chooses between angioplasty with "
        "stenting, endarterectomy and bypass from the imaging results.</p>",
        "answer_uk": "<p>Коли біль з'являється в спокої, є виразки, що не загоюються, або ознаки "
        "гангрени (критична ішемія), а також коли дистанція ходьби скорочується попри вправи та "
        "ліки. Судинний хірург обирає між ангіопластикою зі стентуванням, ендартеректомією та "
        "шунтуванням за результатами обстеження.</p>",
    },
    {
        "question_en": "How long is the recovery after angioplasty or bypass surgery?",
        "question_uk": "Скільки триває відновлення після ангіопластики або шунтування?",
        "answer_en": "<p>After balloon angioplasty and stenting patients usually leave hospital "
        "within one to two days. After femoral-popliteal bypass the hospital stay is about a "
        "week, and full recovery takes four to eight weeks. In both cases lifelong follow-up, "
        "medication and giving up smoking keep the result.</p>",
        "answer_uk": "<p>Після балонної ангіопластики та стентування пацієнти зазвичай "
        "виписуються з лікарні через один–два дні. Після стегново-підколінного шунтування "
        "перебування в лікарні триває близько тижня, а повне відновлення — від чотирьох до "
        "восьми тижнів. В обох випадках результат зберігають довічне спостереження, ліки та "
        "відмова від куріння.</p>",
    },
]

SOURCES = [
    {
        "citation": "Conte MS, Bradbury AW, Kolh P, et al. Global vascular guidelines on the "
        "management of chronic limb-threatening ischemia. J Vasc Surg. 2019;69(6S):3S-125S.",
        "url": "https://doi.org/10.1016/j.jvs.2019.02.016",
    },
    {
        "citation": "Aboyans V, Ricco JB, Bartelink MEL, et al. 2017 ESC Guidelines on the "
        "Diagnosis and Treatment of Peripheral Arterial Diseases. Eur Heart J. 2018;39(9):763-816.",
        "url": "https://doi.org/10.1093/eurheartj/ehx095",
    },
]


def _sync_parts(condition, model, rows):
    """Make the article's parts of one kind exactly `rows`, in order."""
    for order, row in enumerate(rows, start=1):
        model.objects.update_or_create(condition=condition, order=order, defaults=row)
    model.objects.filter(condition=condition, order__gt=len(rows)).delete()


def load():
    """Create or update the demo article; yields a line per thing loaded."""
    specialty, _created = Specialty.objects.update_or_create(
        slug=SPECIALTY["slug"], defaults=SPECIALTY
    )
    experts = {
        key: Expert.objects.update_or_create(
            slug=data["slug"], defaults=data | {"specialty": specialty}
        )[0]
        for key, data in EXPERTS.items()
    }
    experts["expert"].user = accounts_demo.user("expert")
    experts["expert"].save()
    methods = {
        data["slug"]: TreatmentMethod.objects.update_or_create(slug=data["slug"], defaults=data)[0]
        for data in METHODS
    }
    condition, _created = Condition.objects.update_or_create(
        slug_en=CONDITION["slug_en"],
        defaults=CONDITION
        | {
            "specialty": specialty,
            "author": experts["author"],
            "is_published": True,
        },
    )
    condition.methods.set(methods.values())
    sections = [
        {key: value for key, value in row.items() if key != "method"}
        | {"method": methods.get(row.get("method"))}
        for row in SECTIONS
    ]
    _sync_parts(condition, Section, sections)
    _sync_parts(condition, Question, QUESTIONS)
    _sync_parts(condition, Source, SOURCES)
    _review(condition)
    public = condition.reviews.filter(approved_at__isnull=False).values_list("language", flat=True)
    yield f"Article: {condition.get_absolute_url()} (public in {', '.join(sorted(public))})"


def _review(condition):
    """Bring the demo article to its review states, as an editor and an expert would."""
    editor, expert = accounts_demo.user("editor"), accounts_demo.user("expert")
    services.reviews_sync(condition=condition)
    for language in APPROVED_LANGUAGES + IN_REVIEW_LANGUAGES:
        review = LanguageReview.objects.filter(condition=condition, language=language).first()
        state = review.state if review else LanguageReview.State.DRAFT
        if state in (LanguageReview.State.DRAFT, LanguageReview.State.NEEDS_REREVIEW):
            services.review_send(condition=condition, language=language, user=editor)
        if language in APPROVED_LANGUAGES and state != LanguageReview.State.APPROVED:
            services.review_approve(
                condition=condition,
                language=language,
                user=expert,
                fingerprint=text_fingerprint(condition.text(language)),
            )
