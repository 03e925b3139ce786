"""Demo articles of vascular surgery, the reference article first."""

LOWER_LIMB_ISCHEMIA = {
    "specialty": "vascular-surgery",
    "author": "kateryna-maliarchuk",
    "methods": [
        "conservative-treatment",
        "endarterectomy",
        "balloon-angioplasty-and-stenting",
        "femoral-popliteal-bypass",
    ],
    "approved": ["en", "uk", "de", "pl"],
    "fields": {
        "slug_en": "lower-limb-ischemia",
        "slug_uk": "ishemiia-nyzhnikh-kintsivok",
        "slug_de": "ischaemie-der-unteren-extremitaeten",
        "slug_pl": "niedokrwienie-konczyn-dolnych",
        "name_en": "Lower limb ischemia",
        "name_uk": "Ішемія нижніх кінцівок",
        "name_de": "Ischämie der unteren Extremitäten",
        "name_pl": "Niedokrwienie kończyn dolnych",
        "title_en": "Lower limb ischemia treatment",
        "title_uk": "Лікування ішемії нижніх кінцівок",
        "title_de": "Behandlung der Ischämie der unteren Extremitäten",
        "title_pl": "Leczenie niedokrwienia kończyn dolnych",
        "summary_en": "Reduced blood flow to the legs: causes, symptoms, conservative treatment, "
        "endarterectomy, angioplasty with stenting and bypass surgery.",
        "summary_uk": "Порушення кровопостачання ніг: причини, симптоми, консервативне лікування, "
        "ендартеректомія, ангіопластика зі стентуванням і шунтування.",
        "summary_de": "Verminderte Durchblutung der Beine: Ursachen, Symptome, konservative "
        "Behandlung, Endarteriektomie, Angioplastie mit Stent und Bypass-Operation.",
        "summary_pl": "Zmniejszony przepływ krwi w nogach: przyczyny, objawy, leczenie "
        "zachowawcze, endarterektomia, angioplastyka ze stentowaniem i pomostowanie.",
        "introduction_en": (
            "<p>Lower limb ischemia is a decrease in blood flow to the lower extremities caused "
            "by blockage (occlusion) or narrowing of the arteries. Usually the lowest (distant) "
            "parts of the legs are affected. Tissues do not receive the necessary amount of "
            "oxygen and nutrients supplied by arterial blood flow. As a consequence, leg muscles "
            "under exercise quickly become fatigued, pain appears, atrophy of tissues in fingers "
            "and toes can lead to their destruction (necrosis). In gangrene (tissue death) urgent "
            "amputation of the limb is required, otherwise death is inevitable.</p>"
        ),
        "introduction_uk": (
            "<p>Ішемія нижніх кінцівок — це зменшення кровотоку в нижніх кінцівках, спричинене "
            "закупоркою (оклюзією) або звуженням артерій. Зазвичай уражаються найвіддаленіші "
            "відділи ніг. Тканини не отримують потрібної кількості кисню та поживних речовин, "
            "які доставляє артеріальна кров. Унаслідок цього м'язи ніг під час навантаження "
            "швидко втомлюються, з'являється біль, а атрофія тканин пальців може призвести до їх "
            "руйнування (некрозу). При гангрені (відмиранні тканин) потрібна термінова ампутація "
            "кінцівки, інакше загибель неминуча.</p>"
        ),
        "introduction_de": (
            "<p>Die Ischämie der unteren Extremitäten ist eine verminderte Durchblutung der "
            "Beine, verursacht durch einen Verschluss (Okklusion) oder eine Verengung der "
            "Arterien. Meist sind die am weitesten entfernten Abschnitte der Beine betroffen. Das "
            "Gewebe erhält nicht genug Sauerstoff und Nährstoffe aus dem arteriellen Blut. Die "
            "Beinmuskeln ermüden daher unter Belastung schnell, es treten Schmerzen auf, und der "
            "Gewebeschwund an Fingern und Zehen kann zu deren Absterben (Nekrose) führen. Bei "
            "Gangrän ist eine dringende Amputation der Gliedmaße nötig, sonst droht der Tod.</p>"
        ),
        "introduction_pl": (
            "<p>Niedokrwienie kończyn dolnych to zmniejszenie przepływu krwi w nogach "
            "spowodowane zamknięciem (okluzją) lub zwężeniem tętnic. Zwykle dotyczy ono najdalej "
            "położonych (dystalnych) części nóg. Tkanki nie otrzymują potrzebnej ilości tlenu i "
            "składników odżywczych, które dostarcza krew tętnicza. W efekcie mięśnie nóg szybko "
            "męczą się podczas wysiłku, pojawia się ból, a zanik tkanek palców może prowadzić do "
            "ich obumarcia (martwicy). W przypadku zgorzeli (obumarcia tkanek) konieczna jest "
            "pilna amputacja kończyny, w przeciwnym razie śmierć jest nieunikniona.</p>"
        ),
    },
    "sections": [
        {
            "heading_en": "Causes of lower limb ischemia",
            "heading_uk": "Причини ішемії нижніх кінцівок",
            "heading_de": "Ursachen der Ischämie der unteren Extremitäten",
            "heading_pl": "Przyczyny niedokrwienia kończyn dolnych",
            "body_en": "<p>Lower extremity ischemia can be caused by one of the following "
            "conditions:</p><ul><li>lower extremity atherosclerosis;</li><li>endarteritis;</li>"
            "<li>thrombosis or embolism;</li><li>diabetic vascular disease.</li></ul>",
            "body_uk": "<p>Ішемію нижніх кінцівок може спричинити одне з таких захворювань:</p>"
            "<ul><li>атеросклероз артерій нижніх кінцівок;</li><li>ендартеріїт;</li><li>тромбоз "
            "або емболія;</li><li>діабетичне ураження судин.</li></ul>",
            "body_de": "<p>Eine Ischämie der unteren Extremitäten kann durch eine der folgenden "
            "Erkrankungen verursacht werden:</p><ul><li>Atherosklerose der Beinarterien;</li>"
            "<li>Endarteriitis;</li><li>Thrombose oder Embolie;</li><li>diabetische "
            "Gefäßerkrankung.</li></ul>",
            "body_pl": "<p>Niedokrwienie kończyn dolnych może być spowodowane jedną z "
            "następujących chorób:</p><ul><li>miażdżyca tętnic kończyn dolnych;</li><li>zapalenie "
            "tętnic (endarteritis);</li><li>zakrzepica lub zator;</li><li>cukrzycowe uszkodzenie "
            "naczyń.</li></ul>",
        },
        {
            "heading_en": "Symptoms of lower extremity ischemia",
            "heading_uk": "Симптоми ішемії нижніх кінцівок",
            "heading_de": "Symptome der Ischämie der unteren Extremitäten",
            "heading_pl": "Objawy niedokrwienia kończyn dolnych",
            "body_en": "<p>Given that ischemia of the lower limbs has very dangerous "
            "consequences, it is necessary to consult a doctor if symptoms of ischemia occur. In "
            "medicine, a differentiation is made for critical ischemia, in which urgent measures "
            "are needed to restore normal blood circulation. Critical ischemia is a condition "
            "characterized by one of the following signs:</p><ul><li>muscle pain in the leg;</li>"
            "<li>trophic ulcers;</li><li>intermittent claudication.</li></ul>",
            "body_uk": "<p>Оскільки ішемія нижніх кінцівок має дуже небезпечні наслідки, у разі "
            "появи її симптомів слід звернутися до лікаря. У медицині окремо виділяють критичну "
            "ішемію, за якої потрібні термінові заходи для відновлення нормального кровообігу. "
            "Критична ішемія — це стан, для якого характерна одна з таких ознак:</p><ul><li>біль "
            "у м'язах ноги;</li><li>трофічні виразки;</li><li>переміжна кульгавість.</li></ul>",
            "body_de": "<p>Da eine Ischämie der Beine sehr gefährliche Folgen haben kann, sollten "
            "Sie beim Auftreten ihrer Symptome einen Arzt aufsuchen. In der Medizin wird die "
            "kritische Ischämie gesondert unterschieden: Bei ihr sind dringende Maßnahmen nötig, "
            "um die normale Durchblutung wiederherzustellen. Die kritische Ischämie ist ein "
            "Zustand, der durch eines der folgenden Zeichen gekennzeichnet ist:</p><ul><li>"
            "Muskelschmerzen im Bein;</li><li>trophische Geschwüre;</li><li>Schaufensterkrankheit "
            "(Claudicatio intermittens).</li></ul>",
            "body_pl": "<p>Ponieważ niedokrwienie kończyn dolnych ma bardzo groźne następstwa, w "
            "razie pojawienia się jego objawów należy zgłosić się do lekarza. W medycynie "
            "wyodrębnia się krytyczne niedokrwienie, w którym potrzebne są pilne działania, aby "
            "przywrócić prawidłowe krążenie krwi. Krytyczne niedokrwienie to stan, w którym "
            "występuje jeden z następujących objawów:</p><ul><li>ból mięśni nogi;</li><li>"
            "owrzodzenia troficzne;</li><li>chromanie przestankowe.</li></ul>",
        },
        {
            "heading_en": "Treatment of lower limb ischemia",
            "heading_uk": "Лікування ішемії нижніх кінцівок",
            "heading_de": "Behandlung der Ischämie der unteren Extremitäten",
            "heading_pl": "Leczenie niedokrwienia kończyn dolnych",
            "body_en": "<p>First of all, it is necessary to stop smoking, as it is one of the "
            "provoking and aggravating factors that contribute to the development of lower limb "
            "ischemia.</p><p>In the early stages of the disease, an effective measure is regular "
            "exercise, which helps to achieve a better blood supply to the limb. The set of such "
            "exercises should be prescribed by a doctor, because improperly selected physical "
            "activity can aggravate the situation. Drug therapy is also performed.</p><p>"
            "Nevertheless, in critical ischemia, in most cases, there is no way to manage "
            "treatment without surgery.</p>",
            "body_uk": "<p>Насамперед необхідно відмовитися від куріння, адже це один із "
            "провокувальних і обтяжувальних чинників розвитку ішемії нижніх кінцівок.</p><p>На "
            "ранніх стадіях захворювання ефективним заходом є регулярні фізичні вправи, які "
            "покращують кровопостачання кінцівки. Комплекс таких вправ має призначити лікар, "
            "оскільки неправильно дібране навантаження може погіршити стан. Також проводять "
            "медикаментозну терапію.</p><p>Проте при критичній ішемії в більшості випадків без "
            "хірургічного втручання не обійтися.</p>",
            "body_de": "<p>Zuallererst muss mit dem Rauchen aufgehört werden, denn es ist einer "
            "der auslösenden und verschlimmernden Faktoren für die Entstehung einer Ischämie der "
            "Beine.</p><p>In den frühen Stadien der Erkrankung ist regelmäßige Bewegung eine "
            "wirksame Maßnahme, die die Durchblutung des Beins verbessert. Die Übungen sollte ein "
            "Arzt verordnen, denn eine falsch gewählte Belastung kann den Zustand verschlechtern. "
            "Außerdem wird eine medikamentöse Therapie durchgeführt.</p><p>Bei kritischer "
            "Ischämie lässt sich eine Operation jedoch in den meisten Fällen nicht "
            "vermeiden.</p>",
            "body_pl": "<p>Przede wszystkim należy rzucić palenie, ponieważ jest ono jednym z "
            "czynników wywołujących i nasilających rozwój niedokrwienia kończyn dolnych.</p><p>We "
            "wczesnych stadiach choroby skuteczne są regularne ćwiczenia fizyczne, które "
            "poprawiają ukrwienie kończyny. Zestaw ćwiczeń powinien zalecić lekarz, ponieważ źle "
            "dobrany wysiłek może pogorszyć stan. Stosuje się również leczenie "
            "farmakologiczne.</p><p>Jednak w krytycznym niedokrwieniu w większości przypadków nie "
            "da się uniknąć operacji.</p>",
        },
        {
            "method": "conservative-treatment",
            "heading_en": "Conservative treatment",
            "heading_uk": "Консервативне лікування",
            "heading_de": "Konservative Behandlung",
            "heading_pl": "Leczenie zachowawcze",
            "body_en": "<p>With the help of conservative methods (physiotherapy, medication), "
            "bypass pathways are opened for arterial blood to flow to the lower extremities. "
            "Conservative treatment is also aimed at increasing blood circulation, preventing "
            "thrombosis and atherosclerotic deposits.</p><p>It may also include interventions to "
            "increase oxygen levels in the blood.</p>",
            "body_uk": "<p>За допомогою консервативних методів (фізіотерапії, ліків) "
            "відкриваються обхідні шляхи для надходження артеріальної крові до нижніх кінцівок. "
            "Консервативне лікування також спрямоване на посилення кровообігу, запобігання "
            "тромбозу та атеросклеротичним відкладенням.</p><p>Воно може включати й процедури для "
            "підвищення рівня кисню в крові.</p>",
            "body_de": "<p>Mit konservativen Methoden (Physiotherapie, Medikamente) werden "
            "Umgehungswege geöffnet, über die arterielles Blut in die Beine gelangt. Die "
            "konservative Behandlung soll außerdem die Durchblutung steigern und Thrombosen sowie "
            "atherosklerotischen Ablagerungen vorbeugen.</p><p>Sie kann auch Maßnahmen umfassen, "
            "die den Sauerstoffgehalt des Blutes erhöhen.</p>",
            "body_pl": "<p>Dzięki metodom zachowawczym (fizjoterapii, lekom) otwierają się drogi "
            "krążenia obocznego, którymi krew tętnicza dociera do kończyn dolnych. Leczenie "
            "zachowawcze ma też na celu poprawę krążenia oraz zapobieganie zakrzepicy i "
            "odkładaniu się złogów miażdżycowych.</p><p>Może ono obejmować także zabiegi "
            "zwiększające poziom tlenu we krwi.</p>",
        },
        {
            "method": "endarterectomy",
            "heading_en": "Endarterectomy",
            "heading_uk": "Ендартеректомія",
            "heading_de": "Endarteriektomie",
            "heading_pl": "Endarterektomia",
            "body_en": "<p>It is a surgical treatment method in which atherosclerotic deposits are "
            "removed from the lumen of an artery.</p>",
            "body_uk": "<p>Це хірургічний метод лікування, під час якого з просвіту артерії "
            "видаляють атеросклеротичні відкладення.</p>",
            "body_de": "<p>Dies ist ein chirurgisches Behandlungsverfahren, bei dem "
            "atherosklerotische Ablagerungen aus dem Inneren einer Arterie entfernt werden.</p>",
            "body_pl": "<p>Jest to chirurgiczna metoda leczenia, podczas której z wnętrza tętnicy "
            "usuwa się złogi miażdżycowe.</p>",
        },
        {
            "method": "balloon-angioplasty-and-stenting",
            "heading_en": "Balloon angioplasty and stenting",
            "heading_uk": "Балонна ангіопластика та стентування",
            "heading_de": "Ballonangioplastie und Stentimplantation",
            "heading_pl": "Angioplastyka balonowa i stentowanie",
            "body_en": "<p>Balloon angioplasty and stenting can be used to achieve dilation of the "
            "vessel lumen.</p>",
            "body_uk": "<p>Для розширення просвіту судини можуть застосовувати балонну "
            "ангіопластику та стентування.</p>",
            "body_de": "<p>Mit einer Ballonangioplastie und einer Stentimplantation lässt sich "
            "das verengte Gefäß erweitern.</p>",
            "body_pl": "<p>Aby poszerzyć światło naczynia, można zastosować angioplastykę "
            "balonową i stentowanie.</p>",
        },
        {
            "method": "femoral-popliteal-bypass",
            "heading_en": "Femoral Popliteal Bypass",
            "heading_uk": "Стегново-підколінне шунтування",
            "heading_de": "Femoropoplitealer Bypass",
            "heading_pl": "Pomostowanie udowo-podkolanowe",
            "body_en": "<p>Bypass surgery restores arterial blood flow in the arteries below the "
            "site of the blockage. The femoral-popliteal bypass is used when the femoral artery is "
            "occluded.</p>",
            "body_uk": "<p>Шунтування відновлює артеріальний кровотік в артеріях нижче місця "
            "закупорки. Стегново-підколінне шунтування застосовують, коли стегнова артерія "
            "оклюзована.</p>",
            "body_de": "<p>Eine Bypass-Operation stellt den arteriellen Blutfluss in den Arterien "
            "unterhalb des Verschlusses wieder her. Der femoropopliteale Bypass wird eingesetzt, "
            "wenn die Oberschenkelarterie verschlossen ist.</p>",
            "body_pl": "<p>Operacja pomostowania (bajpas) przywraca przepływ krwi w tętnicach "
            "poniżej miejsca zamknięcia. Pomostowanie udowo-podkolanowe stosuje się, gdy tętnica "
            "udowa jest niedrożna.</p>",
        },
    ],
    "questions": [
        {
            "question_en": "Which doctor treats lower limb ischemia?",
            "question_uk": "Який лікар лікує ішемію нижніх кінцівок?",
            "question_de": "Welcher Arzt behandelt eine Ischämie der unteren Extremitäten?",
            "question_pl": "Jaki lekarz leczy niedokrwienie kończyn dolnych?",
            "answer_en": "<p>A vascular surgeon. Depending on the cause, a cardiologist, an "
            "endocrinologist (for diabetic vascular disease) and an interventional radiologist "
            "take part in diagnosis and treatment.</p>",
            "answer_uk": "<p>Судинний хірург. Залежно від причини до діагностики та лікування "
            "долучаються кардіолог, ендокринолог (при діабетичному ураженні судин) та "
            "інтервенційний радіолог.</p>",
            "answer_de": "<p>Ein Gefäßchirurg. Je nach Ursache sind an Diagnose und Behandlung "
            "auch ein Kardiologe, ein Endokrinologe (bei diabetischer Gefäßerkrankung) und ein "
            "interventioneller Radiologe beteiligt.</p>",
            "answer_pl": "<p>Chirurg naczyniowy. W zależności od przyczyny w diagnostyce i "
            "leczeniu uczestniczą także kardiolog, endokrynolog (przy cukrzycowym uszkodzeniu "
            "naczyń) i radiolog interwencyjny.</p>",
        },
        {
            "question_en": "How is lower limb ischemia diagnosed?",
            "question_uk": "Як діагностують ішемію нижніх кінцівок?",
            "question_de": "Wie wird eine Ischämie der unteren Extremitäten festgestellt?",
            "question_pl": "Jak rozpoznaje się niedokrwienie kończyn dolnych?",
            "answer_en": "<p>The doctor examines the legs and the pulse in the arteries and "
            "measures the ankle-brachial index. Duplex ultrasound shows where an artery is "
            "narrowed or blocked; CT or MR angiography is used to plan an operation.</p>",
            "answer_uk": "<p>Лікар оглядає ноги, перевіряє пульс на артеріях і вимірює "
            "кісточково-плечовий індекс. Дуплексне ультразвукове сканування показує, де артерія "
            "звужена або закупорена; для планування операції використовують КТ- або "
            "МР-ангіографію.</p>",
            "answer_de": "<p>Der Arzt untersucht die Beine und den Puls an den Arterien und misst "
            "den Knöchel-Arm-Index. Die Duplexsonographie zeigt, wo eine Arterie verengt oder "
            "verschlossen ist; zur Planung einer Operation dient eine CT- oder "
            "MR-Angiographie.</p>",
            "answer_pl": "<p>Lekarz bada nogi i tętno na tętnicach oraz mierzy wskaźnik "
            "kostka-ramię. Ultrasonografia dupleksowa pokazuje, gdzie tętnica jest zwężona lub "
            "zamknięta; do zaplanowania operacji wykonuje się angiografię TK lub MR.</p>",
        },
        {
            "question_en": "When is surgery necessary?",
            "question_uk": "Коли потрібна операція?",
            "question_de": "Wann ist eine Operation notwendig?",
            "question_pl": "Kiedy potrzebna jest operacja?",
            "answer_en": "<p>When pain appears at rest, when there are ulcers that do not heal or "
            "signs of gangrene (critical ischemia), and when walking distance keeps shrinking "
            "despite exercise and medication. The vascular surgeon chooses between angioplasty "
            "with stenting, endarterectomy and bypass from the imaging results.</p>",
            "answer_uk": "<p>Коли біль з'являється в спокої, є виразки, що не загоюються, або "
            "ознаки гангрени (критична ішемія), а також коли дистанція ходьби скорочується попри "
            "вправи та ліки. Судинний хірург обирає між ангіопластикою зі стентуванням, "
            "ендартеректомією та шунтуванням за результатами обстеження.</p>",
            "answer_de": "<p>Wenn Schmerzen in Ruhe auftreten, wenn Wunden nicht heilen oder "
            "Zeichen einer Gangrän bestehen (kritische Ischämie) und wenn die Gehstrecke trotz "
            "Training und Medikamenten immer kürzer wird. Der Gefäßchirurg wählt anhand der "
            "Bildgebung zwischen Angioplastie mit Stent, Endarteriektomie und Bypass.</p>",
            "answer_pl": "<p>Gdy ból pojawia się w spoczynku, gdy występują niegojące się "
            "owrzodzenia lub objawy zgorzeli (krytyczne niedokrwienie), a także gdy dystans "
            "chodu skraca się mimo ćwiczeń i leków. Chirurg naczyniowy wybiera między "
            "angioplastyką ze stentowaniem, endarterektomią a pomostowaniem na podstawie wyników "
            "badań obrazowych.</p>",
        },
        {
            "question_en": "How long is the recovery after angioplasty or bypass surgery?",
            "question_uk": "Скільки триває відновлення після ангіопластики або шунтування?",
            "question_de": "Wie lange dauert die Erholung nach einer Angioplastie oder "
            "Bypass-Operation?",
            "question_pl": "Jak długo trwa powrót do zdrowia po angioplastyce lub pomostowaniu?",
            "answer_en": "<p>After balloon angioplasty and stenting patients usually leave "
            "hospital within one to two days. After femoral-popliteal bypass the hospital stay is "
            "about a week, and full recovery takes four to eight weeks. In both cases lifelong "
            "follow-up, medication and giving up smoking keep the result.</p>",
            "answer_uk": "<p>Після балонної ангіопластики та стентування пацієнти зазвичай "
            "виписуються з лікарні через один–два дні. Після стегново-підколінного шунтування "
            "перебування в лікарні триває близько тижня, а повне відновлення — від чотирьох до "
            "восьми тижнів. В обох випадках результат зберігають довічне спостереження, ліки та "
            "відмова від куріння.</p>",
            "answer_de": "<p>Nach Ballonangioplastie und Stentimplantation verlassen die "
            "Patienten das Krankenhaus meist nach ein bis zwei Tagen. Nach einem "
            "femoropoplitealen Bypass dauert der Krankenhausaufenthalt etwa eine Woche, die "
            "vollständige Erholung vier bis acht Wochen. In beiden Fällen sichern lebenslange "
            "Nachsorge, Medikamente und der Verzicht auf das Rauchen das Ergebnis.</p>",
            "answer_pl": "<p>Po angioplastyce balonowej i stentowaniu pacjenci zwykle opuszczają "
            "szpital po jednym–dwóch dniach. Po pomostowaniu udowo-podkolanowym pobyt w szpitalu "
            "trwa około tygodnia, a pełny powrót do zdrowia — od czterech do ośmiu tygodni. W obu "
            "przypadkach wynik utrzymują dożywotnia kontrola, leki i rzucenie palenia.</p>",
        },
    ],
    "sources": [
        {
            "citation": "Conte MS, Bradbury AW, Kolh P, et al. Global vascular guidelines on the "
            "management of chronic limb-threatening ischemia. J Vasc Surg. "
            "2019;69(6S):3S-125S.",
            "url": "https://doi.org/10.1016/j.jvs.2019.02.016",
        },
        {
            "citation": "Aboyans V, Ricco JB, Bartelink MEL, et al. 2017 ESC Guidelines on the "
            "Diagnosis and Treatment of Peripheral Arterial Diseases. Eur Heart J. "
            "2018;39(9):763-816.",
            "url": "https://doi.org/10.1093/eurheartj/ehx095",
        },
    ],
}

# German is written and waits for the expert: the demo's one version in review.
VARICOSE_VEINS = {
    "specialty": "vascular-surgery",
    "author": "kateryna-maliarchuk",
    "methods": ["conservative-treatment", "endovenous-laser-ablation", "sclerotherapy"],
    "approved": ["en", "uk"],
    "in_review": ["de"],
    "fields": {
        "slug_en": "varicose-veins",
        "slug_uk": "varykozne-rozshyrennia-ven",
        "slug_de": "krampfadern",
        "name_en": "Varicose veins",
        "name_uk": "Варикозне розширення вен",
        "name_de": "Krampfadern",
        "title_en": "Varicose veins treatment",
        "title_uk": "Лікування варикозного розширення вен",
        "title_de": "Behandlung von Krampfadern",
        "summary_en": "Swollen, twisted veins in the legs: why they appear, when they need "
        "treatment, compression, laser ablation and sclerotherapy.",
        "summary_uk": "Розширені звивисті вени на ногах: чому вони з'являються, коли потрібне "
        "лікування, компресія, лазерна абляція та склеротерапія.",
        "summary_de": "Erweiterte, geschlängelte Venen an den Beinen: warum sie entstehen, wann "
        "sie behandelt werden sollten, Kompression, Laserablation und Sklerotherapie.",
        "introduction_en": (
            "<p>Varicose veins are widened, twisted veins under the skin of the legs. Valves "
            "inside the veins normally keep blood flowing up towards the heart; when they "
            "weaken, blood flows back and pools, and the veins stretch. Varicose veins are very "
            "common, especially with age. For many people they are only a cosmetic concern, but "
            "they can cause aching and swelling and, over the years, skin changes and ulcers "
            "near the ankle.</p>"
        ),
        "introduction_uk": (
            "<p>Варикозне розширення вен — це розширені, звивисті вени під шкірою ніг. Клапани "
            "всередині вен у нормі спрямовують кров угору, до серця; коли вони слабшають, кров "
            "стікає назад і застоюється, а вени розтягуються. Варикоз дуже поширений, особливо з "
            "віком. Для багатьох людей це лише косметична проблема, але він може спричиняти "
            "ниючий біль і набряки, а з роками — зміни шкіри та виразки біля щиколотки.</p>"
        ),
        "introduction_de": (
            "<p>Krampfadern (Varizen) sind erweiterte, geschlängelte Venen unter der Haut der "
            "Beine. Die Klappen in den Venen sorgen normalerweise dafür, dass das Blut nach oben "
            "zum Herzen fließt; werden sie schwach, fließt Blut zurück und staut sich, und die "
            "Venen weiten sich. Krampfadern sind sehr häufig, besonders im höheren Alter. Für "
            "viele Menschen sind sie nur ein kosmetisches Problem, sie können aber Schmerzen und "
            "Schwellungen und mit den Jahren Hautveränderungen und Geschwüre am Knöchel "
            "verursachen.</p>"
        ),
    },
    "sections": [
        {
            "heading_en": "Causes of varicose veins",
            "heading_uk": "Причини варикозу",
            "heading_de": "Ursachen von Krampfadern",
            "body_en": "<p>The main cause is weakness of the vein walls and valves. The risk is "
            "higher with:</p><ul><li>varicose veins in close relatives;</li><li>older age;</li>"
            "<li>pregnancy;</li><li>excess weight;</li><li>work that means standing for many "
            "hours;</li><li>a previous deep vein thrombosis.</li></ul>",
            "body_uk": "<p>Головна причина — слабкість стінок і клапанів вен. Ризик "
            "підвищують:</p><ul><li>варикоз у близьких родичів;</li><li>старший вік;</li><li>"
            "вагітність;</li><li>надмірна вага;</li><li>робота, що вимагає багатогодинного "
            "стояння;</li><li>перенесений тромбоз глибоких вен.</li></ul>",
            "body_de": "<p>Die Hauptursache ist eine Schwäche der Venenwände und Venenklappen. "
            "Das Risiko ist erhöht bei:</p><ul><li>Krampfadern bei nahen Verwandten;</li><li>"
            "höherem Alter;</li><li>Schwangerschaft;</li><li>Übergewicht;</li><li>Arbeit, bei der "
            "man viele Stunden steht;</li><li>einer früheren tiefen Beinvenenthrombose.</li></ul>",
        },
        {
            "heading_en": "Symptoms",
            "heading_uk": "Симптоми",
            "heading_de": "Beschwerden",
            "body_en": "<p>Besides bulging veins, people often notice:</p><ul><li>heaviness, "
            "aching or tiredness in the legs, worse in the evening and after standing;</li><li>"
            "swelling of the ankles;</li><li>itching over the veins and cramps at night;</li><li>"
            "darkened, hardened skin near the ankle and, in advanced cases, an ulcer that heals "
            "slowly.</li></ul><p>See a doctor promptly if a vein becomes red, hot and painful, if "
            "a varicose vein bleeds, or if one leg suddenly swells: these can be signs of a "
            "blood clot.</p>",
            "body_uk": "<p>Окрім помітних випнутих вен, часто бувають:</p><ul><li>важкість, "
            "ниючий біль або втома в ногах, сильніші ввечері та після тривалого стояння;</li><li>"
            "набряк щиколоток;</li><li>свербіж над венами та нічні судоми;</li><li>потемніла, "
            "ущільнена шкіра біля щиколотки, а в занедбаних випадках — виразка, що повільно "
            "загоюється.</li></ul><p>Негайно зверніться до лікаря, якщо вена почервоніла, стала "
            "гарячою й болючою, якщо варикозна вена кровоточить або якщо одна нога раптово "
            "набрякла: це можуть бути ознаки тромбу.</p>",
            "body_de": "<p>Neben hervortretenden Venen bemerken Betroffene häufig:</p><ul><li>"
            "Schwere, Schmerzen oder Müdigkeit in den Beinen, stärker am Abend und nach langem "
            "Stehen;</li><li>geschwollene Knöchel;</li><li>Juckreiz über den Venen und "
            "nächtliche Wadenkrämpfe;</li><li>dunkle, verhärtete Haut am Knöchel und in "
            "fortgeschrittenen Fällen ein schlecht heilendes Geschwür (offenes Bein).</li></ul>"
            "<p>Gehen Sie umgehend zum Arzt, wenn eine Vene gerötet, warm und schmerzhaft wird, "
            "wenn eine Krampfader blutet oder wenn ein Bein plötzlich anschwillt: Das können "
            "Zeichen eines Blutgerinnsels sein.</p>",
        },
        {
            "heading_en": "Diagnosis",
            "heading_uk": "Діагностика",
            "heading_de": "Diagnose",
            "body_en": "<p>The doctor examines your legs while you stand. The key test is a duplex "
            "ultrasound scan of the veins: it shows which veins leak, where blood flows back and "
            "whether the deep veins are healthy. The treatment is chosen from this scan.</p>",
            "body_uk": "<p>Лікар оглядає ноги, коли ви стоїте. Головне обстеження — дуплексне "
            "ультразвукове сканування вен: воно показує, які вени неспроможні, де кров тече "
            "назад і чи здорові глибокі вени. Метод лікування обирають саме за результатами "
            "цього обстеження.</p>",
            "body_de": "<p>Der Arzt untersucht Ihre Beine im Stehen. Die wichtigste Untersuchung "
            "ist die Duplexsonographie der Venen: Sie zeigt, welche Venen undicht sind, wo das "
            "Blut zurückfließt und ob die tiefen Venen gesund sind. Nach diesem Befund wird die "
            "Behandlung gewählt.</p>",
        },
        {
            "method": "conservative-treatment",
            "heading_en": "Compression and lifestyle",
            "heading_uk": "Компресія та спосіб життя",
            "heading_de": "Kompression und Lebensweise",
            "body_en": "<p>Compression stockings, regular walking, raising the legs when resting "
            "and keeping a healthy weight ease the symptoms. They do not remove varicose veins, "
            "but for many people they are enough. Compression is also worn for a while after any "
            "procedure.</p>",
            "body_uk": "<p>Компресійні панчохи, регулярна ходьба, підняті ноги під час "
            "відпочинку та здорова вага полегшують симптоми. Вони не усувають варикозні вени, "
            "але багатьом людям цього достатньо. Компресію також носять певний час після "
            "будь-якого втручання.</p>",
            "body_de": "<p>Kompressionsstrümpfe, regelmäßiges Gehen, Hochlegen der Beine in Ruhe "
            "und ein gesundes Körpergewicht lindern die Beschwerden. Sie beseitigen die "
            "Krampfadern nicht, reichen aber vielen Menschen aus. Nach jedem Eingriff wird die "
            "Kompression außerdem eine Zeit lang getragen.</p>",
        },
        {
            "method": "endovenous-laser-ablation",
            "heading_en": "Endovenous laser ablation",
            "heading_uk": "Ендовенозна лазерна абляція",
            "heading_de": "Endovenöse Laserablation",
            "body_en": "<p>Through a needle puncture, under ultrasound guidance and local "
            "anaesthetic, a thin laser fibre is passed into the faulty vein. The heat closes the "
            "vein from inside, and blood flows through other, healthy veins. You go home the same "
            "day and usually return to normal activities within a few days. Bruising and "
            "tenderness along the vein are common for one to two weeks. European guidelines "
            "recommend endovenous ablation as the first choice for leaking main (saphenous) "
            "veins.</p>",
            "body_uk": "<p>Через прокол голкою під контролем УЗД і під місцевою анестезією в "
            "уражену вену вводять тонкий лазерний світловод. Тепло закриває вену зсередини, і "
            "кров тече іншими, здоровими венами. Додому ви йдете того ж дня і зазвичай "
            "повертаєтеся до звичних справ за кілька днів. Синці та болючість уздовж вени "
            "протягом одного–двох тижнів — звичайне явище. Європейські настанови рекомендують "
            "ендовенозну абляцію як метод першого вибору для неспроможних магістральних "
            "(підшкірних) вен.</p>",
            "body_de": "<p>Über einen Nadelstich wird unter Ultraschallkontrolle und örtlicher "
            "Betäubung eine dünne Laserfaser in die erkrankte Vene eingeführt. Die Wärme "
            "verschließt die Vene von innen, und das Blut fließt über andere, gesunde Venen ab. "
            "Sie gehen am selben Tag nach Hause und kehren meist nach wenigen Tagen zu Ihren "
            "gewohnten Tätigkeiten zurück. Blutergüsse und Druckschmerz entlang der Vene sind in "
            "den ersten ein bis zwei Wochen häufig. Europäische Leitlinien empfehlen die "
            "endovenöse Ablation als erste Wahl für undichte Stammvenen.</p>",
        },
        {
            "method": "sclerotherapy",
            "heading_en": "Sclerotherapy",
            "heading_uk": "Склеротерапія",
            "heading_de": "Sklerotherapie",
            "body_en": "<p>A medicine, liquid or foam, is injected into the vein. It irritates the "
            "vein wall, so the vein closes and fades over the following weeks. It suits small "
            "varicose veins, spider veins and veins left after other treatment. Several sessions "
            "may be needed, and new varicose veins can appear over the years.</p>",
            "body_uk": "<p>У вену вводять препарат — рідкий або у вигляді піни. Він подразнює "
            "стінку вени, тож вена закривається і протягом наступних тижнів стає менш помітною. "
            "Метод підходить для дрібних варикозних вен, судинних сіточок і вен, що залишилися "
            "після іншого лікування. Може знадобитися кілька сеансів, а з роками можуть "
            "з'явитися нові варикозні вени.</p>",
            "body_de": "<p>Ein Medikament, flüssig oder als Schaum, wird in die Vene gespritzt. "
            "Es reizt die Venenwand, sodass sich die Vene verschließt und in den folgenden Wochen "
            "verblasst. Das Verfahren eignet sich für kleine Krampfadern, Besenreiser und Venen, "
            "die nach einer anderen Behandlung verblieben sind. Oft sind mehrere Sitzungen nötig, "
            "und im Laufe der Jahre können neue Krampfadern entstehen.</p>",
        },
    ],
    "questions": [
        {
            "question_en": "Are varicose veins dangerous?",
            "question_uk": "Чи небезпечний варикоз?",
            "question_de": "Sind Krampfadern gefährlich?",
            "answer_en": "<p>Usually not. Most varicose veins cause discomfort rather than harm. "
            "Treatment is advised when they cause symptoms, skin changes, an ulcer, bleeding or "
            "inflammation of a vein. If a leg suddenly swells or hurts, a doctor should see "
            "it.</p>",
            "answer_uk": "<p>Зазвичай ні. Більшість варикозних вен спричиняють дискомфорт, а не "
            "шкоду. Лікування радять, коли є симптоми, зміни шкіри, виразка, кровотеча або "
            "запалення вени. Якщо нога раптово набрякла чи болить, її має оглянути лікар.</p>",
            "answer_de": "<p>Meistens nicht. Die meisten Krampfadern verursachen eher Beschwerden "
            "als Schaden. Eine Behandlung wird empfohlen, wenn sie Beschwerden, "
            "Hautveränderungen, ein Geschwür, Blutungen oder eine Venenentzündung verursachen. "
            "Schwillt ein Bein plötzlich an oder schmerzt es, sollte ein Arzt es untersuchen.</p>",
        },
        {
            "question_en": "Can varicose veins come back after treatment?",
            "question_uk": "Чи може варикоз повернутися після лікування?",
            "question_de": "Können Krampfadern nach der Behandlung wiederkommen?",
            "answer_en": "<p>Yes. Treatment closes or removes the veins that are faulty now, but "
            "the tendency to varicose veins remains. Over the years other veins can widen; they "
            "can usually be treated with sclerotherapy.</p>",
            "answer_uk": "<p>Так. Лікування закриває або видаляє вени, які неспроможні зараз, але "
            "схильність до варикозу залишається. З роками можуть розширитися інші вени; їх "
            "зазвичай лікують склеротерапією.</p>",
            "answer_de": "<p>Ja. Die Behandlung verschließt oder entfernt die Venen, die jetzt "
            "undicht sind, die Neigung zu Krampfadern bleibt jedoch bestehen. Im Laufe der Jahre "
            "können sich andere Venen erweitern; sie lassen sich meist mit einer Sklerotherapie "
            "behandeln.</p>",
        },
        {
            "question_en": "Do I need to stay in hospital after laser ablation?",
            "question_uk": "Чи потрібно лежати в лікарні після лазерної абляції?",
            "question_de": "Muss ich nach einer Laserablation im Krankenhaus bleiben?",
            "answer_en": "<p>No. The procedure is done under local anaesthetic and you go home "
            "the same day. You wear a compression stocking and are asked to walk every day; a "
            "check-up scan is usually done in the first weeks.</p>",
            "answer_uk": "<p>Ні. Втручання виконують під місцевою анестезією, і додому ви йдете "
            "того ж дня. Ви носите компресійну панчоху й щодня ходите пішки; контрольне УЗД "
            "зазвичай роблять у перші тижні.</p>",
            "answer_de": "<p>Nein. Der Eingriff erfolgt in örtlicher Betäubung, und Sie gehen am "
            "selben Tag nach Hause. Sie tragen einen Kompressionsstrumpf und sollen täglich "
            "spazieren gehen; eine Ultraschallkontrolle erfolgt meist in den ersten Wochen.</p>",
        },
    ],
    "sources": [
        {
            "citation": "De Maeseneer MG, Kakkos SK, Aherne T, et al. European Society for "
            "Vascular Surgery (ESVS) 2022 Clinical Practice Guidelines on the Management of "
            "Chronic Venous Disease of the Lower Limbs. Eur J Vasc Endovasc Surg. "
            "2022;63(2):184-267.",
            "url": "https://doi.org/10.1016/j.ejvs.2021.12.024",
        },
        {
            "citation": "National Institute for Health and Care Excellence. Varicose veins: "
            "diagnosis and management (CG168). London: NICE; 2013.",
            "url": "https://www.nice.org.uk/guidance/cg168",
        },
    ],
}

ABDOMINAL_AORTIC_ANEURYSM = {
    "specialty": "vascular-surgery",
    "author": "kateryna-maliarchuk",
    "methods": ["conservative-treatment", "endovascular-aneurysm-repair", "open-aneurysm-repair"],
    "approved": ["en", "uk"],
    "fields": {
        "slug_en": "abdominal-aortic-aneurysm",
        "slug_uk": "anevryzma-cherevnoi-aorty",
        "name_en": "Abdominal aortic aneurysm",
        "name_uk": "Аневризма черевної аорти",
        "title_en": "Abdominal aortic aneurysm treatment",
        "title_uk": "Лікування аневризми черевної аорти",
        "summary_en": "A bulge in the main artery of the abdomen: who is at risk, screening, "
        "regular scans, and repair with a stent graft (EVAR) or open surgery.",
        "summary_uk": "Випинання стінки головної артерії живота: хто в групі ризику, скринінг, "
        "регулярні обстеження, протезування стент-графтом (EVAR) або відкрита операція.",
        "introduction_en": (
            "<p>An abdominal aortic aneurysm is a bulge in the wall of the aorta, the largest "
            "artery of the body, where it runs through the abdomen. There the aorta is normally "
            "about 2 cm wide; a width of 3 cm or more is an aneurysm. Most aneurysms grow slowly "
            "and cause no symptoms for years. The danger is rupture, which causes severe "
            "internal bleeding and is often fatal. That is why aneurysms are checked with "
            "regular scans and repaired when the risk of rupture becomes higher than the risk "
            "of the operation.</p>"
        ),
        "introduction_uk": (
            "<p>Аневризма черевної аорти — це випинання стінки аорти, найбільшої артерії тіла, у "
            "тій її частині, що проходить через живіт. У нормі аорта там має ширину близько "
            "2 см; розширення до 3 см і більше вважають аневризмою. Більшість аневризм ростуть "
            "повільно й роками не викликають симптомів. Небезпека — розрив, який спричиняє "
            "сильну внутрішню кровотечу і часто закінчується смертю. Тому аневризми регулярно "
            "обстежують і оперують тоді, коли ризик розриву стає вищим за ризик операції.</p>"
        ),
    },
    "sections": [
        {
            "heading_en": "Causes and risk factors",
            "heading_uk": "Причини та чинники ризику",
            "body_en": "<p>The wall of the aorta weakens over time. The main risk factors "
            "are:</p><ul><li>smoking, the strongest of them;</li><li>age over 65;</li><li>male "
            "sex;</li><li>an aneurysm in a parent, brother or sister;</li><li>high blood pressure "
            "and atherosclerosis.</li></ul>",
            "body_uk": "<p>Стінка аорти з часом слабшає. Основні чинники ризику:</p><ul><li>"
            "куріння — найсильніший із них;</li><li>вік понад 65 років;</li><li>чоловіча "
            "стать;</li><li>аневризма в батьків, брата чи сестри;</li><li>підвищений "
            "артеріальний тиск і атеросклероз.</li></ul>",
        },
        {
            "heading_en": "Symptoms",
            "heading_uk": "Симптоми",
            "body_en": "<p>Most aneurysms cause no symptoms. They are found by chance on an "
            "ultrasound or CT scan done for another reason, or by screening. Some people feel a "
            "pulsing in the abdomen.</p><p>Sudden severe pain in the abdomen or back with "
            "weakness, dizziness or fainting may mean that the aneurysm is leaking or has "
            "ruptured: call an ambulance at once.</p>",
            "body_uk": "<p>Більшість аневризм не викликають симптомів. Їх виявляють випадково — "
            "на УЗД чи КТ, зроблених з іншої причини, або під час скринінгу. Деякі люди "
            "відчувають пульсацію в животі.</p><p>Раптовий сильний біль у животі чи спині зі "
            "слабкістю, запамороченням або непритомністю може означати, що аневризма підтікає "
            "чи розірвалася: негайно викликайте швидку допомогу.</p>",
        },
        {
            "heading_en": "Diagnosis",
            "heading_uk": "Діагностика",
            "body_en": "<p>An ultrasound scan of the abdomen finds an aneurysm and measures its "
            "width; it is quick and painless. Some countries invite men for a single screening "
            "scan at about 65. Before a repair, CT angiography shows the shape of the aneurysm "
            "and of the arteries around it, so that the surgeon can choose the method.</p>",
            "body_uk": "<p>Ультразвукове дослідження живота виявляє аневризму та вимірює її "
            "ширину; це швидко й безболісно. У деяких країнах чоловікам близько 65 років "
            "пропонують одноразове скринінгове УЗД. Перед операцією КТ-ангіографія показує "
            "форму аневризми та артерій навколо неї, щоб хірург міг обрати метод.</p>",
        },
        {
            "method": "conservative-treatment",
            "heading_en": "Surveillance and risk-factor control",
            "heading_uk": "Спостереження та контроль чинників ризику",
            "body_en": "<p>A small aneurysm (under 5.5 cm in men, under 5 cm in women) is usually "
            "not operated on. It is checked with regular ultrasound scans, more often as it "
            "grows. Stopping smoking slows its growth. Controlling blood pressure and the "
            "medicines the doctor prescribes, such as a statin, lower the risk of heart attack "
            "and stroke, which are common in people with an aneurysm.</p>",
            "body_uk": "<p>Невелику аневризму (менше 5,5 см у чоловіків і менше 5 см у жінок) "
            "зазвичай не оперують. Її регулярно перевіряють на УЗД, тим частіше, чим більшою "
            "вона стає. Відмова від куріння сповільнює її ріст. Контроль тиску та ліки, які "
            "призначить лікар, наприклад статин, знижують ризик інфаркту та інсульту, що часто "
            "трапляються в людей з аневризмою.</p>",
        },
        {
            "method": "endovascular-aneurysm-repair",
            "heading_en": "Endovascular aneurysm repair (EVAR)",
            "heading_uk": "Ендоваскулярне протезування аневризми (EVAR)",
            "body_en": "<p>A stent graft, a fabric tube on a metal frame, is passed through the "
            "arteries of the groin and opened inside the aneurysm. Blood then flows through the "
            "graft and no longer presses on the weak wall. Recovery is faster than after open "
            "surgery: the hospital stay is usually one to three days. The graft must be checked "
            "with scans for life, and some patients need a further procedure over the "
            "years.</p>",
            "body_uk": "<p>Стент-графт — трубку з тканини на металевому каркасі — через артерії "
            "в паху проводять до аневризми й розкривають усередині неї. Кров тече крізь графт і "
            "більше не тисне на ослаблену стінку. Відновлення швидше, ніж після відкритої "
            "операції: у лікарні зазвичай проводять один–три дні. Графт потрібно довічно "
            "перевіряти за допомогою обстежень, а деяким пацієнтам з роками потрібне повторне "
            "втручання.</p>",
        },
        {
            "method": "open-aneurysm-repair",
            "heading_en": "Open aneurysm repair",
            "heading_uk": "Відкрита операція",
            "body_en": "<p>Under general anaesthesia the surgeon opens the abdomen and replaces "
            "the widened part of the aorta with a synthetic tube. It is a major operation, with "
            "a hospital stay of about a week and recovery over two to three months, but the "
            "result is durable and fewer later checks and procedures are needed. It suits "
            "patients in good general health and aneurysms whose shape does not allow a stent "
            "graft.</p>",
            "body_uk": "<p>Під загальним наркозом хірург розкриває черевну порожнину й замінює "
            "розширену частину аорти синтетичним протезом. Це велика операція: перебування в "
            "лікарні близько тижня, відновлення — два–три місяці. Зате результат довговічний, і "
            "згодом потрібно менше обстежень і втручань. Вона підходить пацієнтам з добрим "
            "загальним станом здоров'я, а також при аневризмах, форма яких не дає змоги "
            "встановити стент-графт.</p>",
        },
    ],
    "questions": [
        {
            "question_en": "What size of aneurysm needs an operation?",
            "question_uk": "Якого розміру аневризму потрібно оперувати?",
            "answer_en": "<p>Usually 5.5 cm or more in men and 5 cm or more in women, an "
            "aneurysm that grows by 1 cm or more in a year, or one that causes pain. The decision "
            "also depends on your general health.</p>",
            "answer_uk": "<p>Зазвичай 5,5 см і більше в чоловіків та 5 см і більше в жінок, а "
            "також аневризму, яка збільшується на 1 см і більше за рік або спричиняє біль. "
            "Рішення залежить і від вашого загального стану здоров'я.</p>",
        },
        {
            "question_en": "Which is better, EVAR or open repair?",
            "question_uk": "Що краще: EVAR чи відкрита операція?",
            "answer_en": "<p>Neither is better for everyone. EVAR puts less strain on the body "
            "and recovery is faster; open repair lasts well and needs fewer check-ups. The "
            "vascular surgeon recommends a method from the CT scan, your age and your health, "
            "and explains the risks of each.</p>",
            "answer_uk": "<p>Жоден метод не кращий для всіх. EVAR менше навантажує організм, і "
            "відновлення швидше; відкрита операція довговічна й потребує менше контрольних "
            "обстежень. Судинний хірург радить метод з огляду на КТ, ваш вік і стан здоров'я та "
            "пояснює ризики кожного з них.</p>",
        },
        {
            "question_en": "Can medicines cure an aneurysm?",
            "question_uk": "Чи можна вилікувати аневризму ліками?",
            "answer_en": "<p>No. No medicine shrinks an aneurysm. Stopping smoking slows its "
            "growth and medicines protect the heart and blood vessels, but only an operation "
            "removes the risk of rupture.</p>",
            "answer_uk": "<p>Ні. Жодні ліки не зменшують аневризму. Відмова від куріння "
            "сповільнює її ріст, а ліки захищають серце й судини, проте усунути ризик розриву "
            "може лише операція.</p>",
        },
        {
            "question_en": "Can I travel with an aneurysm?",
            "question_uk": "Чи можна подорожувати з аневризмою?",
            "answer_en": "<p>A small aneurysm under surveillance does not usually stop you "
            "travelling, but ask your doctor first. After an operation, the surgeon tells you "
            "when it is safe to fly home.</p>",
            "answer_uk": "<p>Невелика аневризма під наглядом зазвичай не заважає подорожувати, "
            "але спершу порадьтеся з лікарем. Після операції хірург скаже, коли можна безпечно "
            "летіти додому.</p>",
        },
    ],
    "sources": [
        {
            "citation": "Wanhainen A, Van Herzeele I, Bastos Goncalves F, et al. European Society "
            "for Vascular Surgery (ESVS) 2024 Clinical Practice Guidelines on the Management of "
            "Abdominal Aorto-Iliac Artery Aneurysms. Eur J Vasc Endovasc Surg. "
            "2024;67(2):192-331.",
            "url": "https://doi.org/10.1016/j.ejvs.2023.11.002",
        },
        {
            "citation": "Chaikof EL, Dalman RL, Eskandari MK, et al. The Society for Vascular "
            "Surgery practice guidelines on the care of patients with an abdominal aortic "
            "aneurysm. J Vasc Surg. 2018;67(1):2-77.e2.",
            "url": "https://doi.org/10.1016/j.jvs.2017.10.044",
        },
        {
            "citation": "National Institute for Health and Care Excellence. Abdominal aortic "
            "aneurysm: diagnosis and management (NG156). London: NICE; 2020.",
            "url": "https://www.nice.org.uk/guidance/ng156",
        },
    ],
}

ARTICLES = [LOWER_LIMB_ISCHEMIA, VARICOSE_VEINS, ABDOMINAL_AORTIC_ANEURYSM]
