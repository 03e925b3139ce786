"""Demo articles of orthopaedics."""

SOURCE_NICE_OSTEOARTHRITIS = {
    "citation": "National Institute for Health and Care Excellence. Osteoarthritis in over 16s: "
    "diagnosis and management (NG226). London: NICE; 2022.",
    "url": "https://www.nice.org.uk/guidance/ng226",
}
SOURCE_ACR_OSTEOARTHRITIS = {
    "citation": "Kolasinski SL, Neogi T, Hochberg MC, et al. 2019 American College of "
    "Rheumatology/Arthritis Foundation Guideline for the Management of Osteoarthritis of the "
    "Hand, Hip, and Knee. Arthritis Care Res (Hoboken). 2020;72(2):149-162.",
    "url": "https://doi.org/10.1002/acr.24131",
}
SOURCE_NICE_JOINT_REPLACEMENT = {
    "citation": "National Institute for Health and Care Excellence. Joint replacement "
    "(primary): hip, knee and shoulder (NG157). London: NICE; 2020.",
    "url": "https://www.nice.org.uk/guidance/ng157",
}

KNEE_OSTEOARTHRITIS = {
    "specialty": "orthopaedics",
    "author": "kateryna-maliarchuk",
    "methods": ["conservative-treatment", "total-knee-replacement"],
    "approved": ["en", "uk"],
    "fields": {
        "slug_en": "knee-osteoarthritis",
        "slug_uk": "osteoartroz-kolinnoho-suhloba",
        "name_en": "Knee osteoarthritis",
        "name_uk": "Остеоартроз колінного суглоба",
        "title_en": "Knee osteoarthritis treatment",
        "title_uk": "Лікування остеоартрозу колінного суглоба",
        "summary_en": "Wear of the knee joint: pain and stiffness, exercise, weight loss and "
        "pain relief, and total knee replacement when these no longer help.",
        "summary_uk": "Зношування колінного суглоба: біль і скутість, вправи, схуднення, "
        "знеболення та ендопротезування, коли це вже не допомагає.",
        "introduction_en": (
            "<p>Osteoarthritis of the knee is a long-term condition in which the cartilage "
            "covering the ends of the bones becomes thinner and the whole joint changes: the "
            "bone beneath it thickens, bony spurs grow and the lining of the joint can become "
            "inflamed. The knee hurts and stiffens. Osteoarthritis cannot be reversed, but "
            "exercise and other treatments reduce pain for many people, and when they no longer "
            "help, a knee replacement can relieve pain and improve movement.</p>"
        ),
        "introduction_uk": (
            "<p>Остеоартроз колінного суглоба — це тривале захворювання, за якого хрящ, що "
            "вкриває кінці кісток, стоншується, а весь суглоб змінюється: кістка під хрящем "
            "ущільнюється, з'являються кісткові нарости, а оболонка суглоба може запалюватися. "
            "Коліно болить і стає скутим. Зворотно розвинути остеоартроз неможливо, але вправи "
            "та інше лікування багатьом людям зменшують біль, а коли вони вже не допомагають, "
            "ендопротезування коліна може полегшити біль і покращити рухливість.</p>"
        ),
    },
    "sections": [
        {
            "heading_en": "Causes and risk factors",
            "heading_uk": "Причини та чинники ризику",
            "body_en": "<p>Osteoarthritis develops over years. The risk is higher with:</p><ul>"
            "<li>age over 45;</li><li>excess weight, which adds load on the knees;</li><li>a "
            "previous knee injury or meniscus operation;</li><li>heavy physical work with "
            "kneeling and squatting;</li><li>osteoarthritis in relatives;</li><li>female "
            "sex.</li></ul>",
            "body_uk": "<p>Остеоартроз розвивається роками. Ризик вищий, якщо є:</p><ul><li>вік "
            "понад 45 років;</li><li>надмірна вага, яка збільшує навантаження на коліна;</li>"
            "<li>перенесена травма коліна чи операція на меніску;</li><li>важка фізична праця, "
            "що вимагає стояти на колінах і присідати;</li><li>остеоартроз у родичів;</li><li>"
            "жіноча стать.</li></ul>",
        },
        {
            "heading_en": "Symptoms",
            "heading_uk": "Симптоми",
            "body_en": "<p>Typical signs are:</p><ul><li>pain when walking, on stairs and when "
            "standing up, easing with rest;</li><li>stiffness in the morning or after sitting, "
            "lasting no longer than half an hour;</li><li>swelling and creaking of the "
            "knee;</li><li>over time, less movement and a bent or bowed leg.</li></ul>",
            "body_uk": "<p>Типові ознаки:</p><ul><li>біль під час ходьби, на сходах і коли "
            "встаєте, який минає в спокої;</li><li>скутість уранці або після сидіння, що триває "
            "не довше пів години;</li><li>набряк і хрускіт у коліні;</li><li>з часом — менший "
            "обсяг рухів і викривлення ноги.</li></ul>",
        },
        {
            "heading_en": "Diagnosis",
            "heading_uk": "Діагностика",
            "body_en": "<p>The doctor usually makes the diagnosis from your symptoms and an "
            "examination of the knee; in people over 45 with typical symptoms, guidelines say no "
            "imaging is needed to diagnose osteoarthritis. A standing X-ray shows how far the "
            "disease has gone and is used to plan an operation. Blood tests or a test of the "
            "joint fluid are done only to rule out other causes, such as gout or rheumatoid "
            "arthritis.</p>",
            "body_uk": "<p>Лікар зазвичай ставить діагноз на підставі симптомів і огляду коліна; "
            "за настановами, людям понад 45 років з типовими симптомами рентген для діагнозу не "
            "потрібен. Рентгенівський знімок, зроблений стоячи, показує, наскільки далеко зайшла "
            "хвороба, і допомагає спланувати операцію. Аналізи крові чи суглобової рідини "
            "роблять лише для того, щоб виключити інші причини, наприклад подагру або "
            "ревматоїдний артрит.</p>",
        },
        {
            "method": "conservative-treatment",
            "heading_en": "Exercise, weight loss and pain relief",
            "heading_uk": "Вправи, схуднення та знеболення",
            "body_en": "<p>This is the main treatment at every stage. Exercises that strengthen "
            "the thigh muscles and regular activity such as walking, cycling or swimming reduce "
            "pain; a physiotherapist helps to choose them. Losing weight if you are overweight "
            "lightens the load on the knee. For pain, an anti-inflammatory gel rubbed on the "
            "knee is tried first, then tablets at the lowest dose for the shortest time. A "
            "steroid injection into the joint may give short-term relief during a flare.</p>",
            "body_uk": "<p>Це основне лікування на будь-якій стадії. Вправи, що зміцнюють м'язи "
            "стегна, і регулярна активність — ходьба, велосипед чи плавання — зменшують біль; "
            "дібрати їх допомагає фізичний терапевт. Схуднення за надмірної ваги зменшує "
            "навантаження на коліно. Від болю спершу пробують протизапальний гель, який "
            "втирають у коліно, а потім таблетки в найменшій дозі та якомога коротше. Ін'єкція "
            "кортикостероїду в суглоб може ненадовго полегшити загострення.</p>",
        },
        {
            "method": "total-knee-replacement",
            "heading_en": "Total knee replacement",
            "heading_uk": "Тотальне ендопротезування колінного суглоба",
            "body_en": "<p>When pain and stiffness seriously limit daily life despite "
            "conservative treatment, the surgeon replaces the worn surfaces of the knee with "
            "metal and plastic parts. The operation takes one to two hours under spinal or "
            "general anaesthesia. Patients start walking with support on the first day and "
            "usually leave hospital within a few days. Physiotherapy continues for several "
            "months. Most people have much less pain afterwards, and most modern knee "
            "replacements work well for more than 15 years.</p>",
            "body_uk": "<p>Коли біль і скутість, попри консервативне лікування, серйозно "
            "обмежують повсякденне життя, хірург замінює зношені поверхні коліна металевими та "
            "пластиковими частинами. Операція триває одну–дві години під спінальною анестезією "
            "або загальним наркозом. Ходити з опорою пацієнти починають у перший день і "
            "зазвичай виписуються з лікарні за кілька днів. Реабілітація з фізичним терапевтом "
            "триває кілька місяців. Після операції більшість людей відчувають значно менше "
            "болю, а більшість сучасних ендопротезів коліна добре служать понад 15 років.</p>",
        },
    ],
    "questions": [
        {
            "question_en": "Do hyaluronic acid or platelet-rich plasma injections help?",
            "question_uk": "Чи допомагають ін'єкції гіалуронової кислоти або збагаченої "
            "тромбоцитами плазми?",
            "answer_en": "<p>International guidelines do not recommend them, because studies "
            "have not shown a reliable benefit. NICE advises against hyaluronic acid injections, "
            "and the American College of Rheumatology advises against platelet-rich plasma.</p>",
            "answer_uk": "<p>Міжнародні настанови їх не рекомендують, бо дослідження не "
            "показали надійної користі. NICE не радить ін'єкції гіалуронової кислоти, а "
            "Американський коледж ревматології — ін'єкції збагаченої тромбоцитами плазми.</p>",
        },
        {
            "question_en": "Am I too old for a knee replacement?",
            "question_uk": "Чи можна робити ендопротезування коліна в літньому віці?",
            "answer_en": "<p>Age alone is not a reason to refuse the operation. What matters is "
            "your general health, your heart and lungs, and how much the knee limits your life. "
            "The surgeon and the anaesthetist assess this before the operation.</p>",
            "answer_uk": "<p>Вік сам по собі не є причиною відмовитися від операції. Важать "
            "загальний стан здоров'я, робота серця й легень і те, наскільки коліно обмежує ваше "
            "життя. Хірург і анестезіолог оцінюють це перед операцією.</p>",
        },
        {
            "question_en": "When can I walk normally after a knee replacement?",
            "question_uk": "Коли після ендопротезування можна нормально ходити?",
            "answer_en": "<p>You walk with crutches or a frame from the first days. Most people "
            "walk without support after about six weeks and return to most daily activities "
            "within three months; full recovery can take up to a year.</p>",
            "answer_uk": "<p>З перших днів ви ходите з милицями або ходунками. Більшість людей "
            "ходять без опори приблизно через шість тижнів і повертаються до більшості "
            "повсякденних справ за три місяці; повне відновлення може тривати до року.</p>",
        },
    ],
    "sources": [
        SOURCE_NICE_OSTEOARTHRITIS,
        SOURCE_ACR_OSTEOARTHRITIS,
        SOURCE_NICE_JOINT_REPLACEMENT,
    ],
}

HIP_OSTEOARTHRITIS = {
    "specialty": "orthopaedics",
    "author": "kateryna-maliarchuk",
    "methods": ["conservative-treatment", "total-hip-replacement"],
    "approved": ["en", "uk"],
    "fields": {
        "slug_en": "hip-osteoarthritis",
        "slug_uk": "osteoartroz-kulshovoho-suhloba",
        "name_en": "Hip osteoarthritis",
        "name_uk": "Остеоартроз кульшового суглоба",
        "title_en": "Hip osteoarthritis treatment",
        "title_uk": "Лікування остеоартрозу кульшового суглоба",
        "summary_en": "Wear of the hip joint: groin pain and stiffness, exercise and pain "
        "relief, and total hip replacement when these no longer help.",
        "summary_uk": "Зношування кульшового суглоба: біль у паху та скутість, вправи, "
        "знеболення та ендопротезування, коли це вже не допомагає.",
        "introduction_en": (
            "<p>Osteoarthritis of the hip is a long-term condition in which the cartilage of the "
            "ball-and-socket joint becomes thinner and the bone beneath it changes. Movement "
            "becomes painful and stiff, and walking, putting on socks and shoes or getting out "
            "of a car become hard. The damage cannot be reversed, but exercise and pain relief "
            "help many people, and for those whose pain no longer responds to them, hip "
            "replacement is one of the most successful operations in medicine.</p>"
        ),
        "introduction_uk": (
            "<p>Остеоартроз кульшового суглоба — це тривале захворювання, за якого хрящ "
            "кульшового суглоба стоншується, а кістка під ним змінюється. Рухи стають болісними "
            "й скутими; важко ходити, взуватися, одягати шкарпетки чи виходити з автомобіля. "
            "Зворотно розвинути ці зміни неможливо, але вправи та знеболення допомагають "
            "багатьом людям, а для тих, кому вони вже не допомагають, ендопротезування "
            "кульшового суглоба — одна з найуспішніших операцій у медицині.</p>"
        ),
    },
    "sections": [
        {
            "heading_en": "Causes and risk factors",
            "heading_uk": "Причини та чинники ризику",
            "body_en": "<p>The risk grows with:</p><ul><li>age;</li><li>a hip that developed "
            "abnormally in childhood (hip dysplasia) or an irregular shape of the ball or "
            "socket;</li><li>a previous hip injury;</li><li>excess weight;</li><li>"
            "osteoarthritis in relatives.</li></ul>",
            "body_uk": "<p>Ризик зростає, якщо є:</p><ul><li>старший вік;</li><li>вроджене "
            "порушення розвитку кульшового суглоба (дисплазія) або неправильна форма головки "
            "стегнової кістки чи западини;</li><li>перенесена травма кульшового суглоба;</li>"
            "<li>надмірна вага;</li><li>остеоартроз у родичів.</li></ul>",
        },
        {
            "heading_en": "Symptoms",
            "heading_uk": "Симптоми",
            "body_en": "<p>Pain is usually felt in the groin, sometimes in the thigh, buttock or "
            "knee. It comes on walking and, later, also at night. The hip is stiff, especially "
            "after rest, and it becomes harder to bend, to turn the leg inwards and to move the "
            "legs apart. Some people start to limp.</p>",
            "body_uk": "<p>Біль зазвичай відчувається в паху, іноді в стегні, сідниці чи "
            "коліні. Він з'являється під час ходьби, а згодом і вночі. Суглоб скутий, особливо "
            "після відпочинку; стає важче зігнути ногу, повернути її всередину чи відвести вбік. "
            "Деякі люди починають кульгати.</p>",
        },
        {
            "heading_en": "Diagnosis",
            "heading_uk": "Діагностика",
            "body_en": "<p>The diagnosis is usually made from the symptoms and an examination of "
            "how the hip moves. An X-ray of the pelvis shows narrowing of the joint space and "
            "bony spurs and helps to plan an operation. MRI is needed only when another cause is "
            "suspected, such as loss of blood supply to the head of the thigh bone (avascular "
            "necrosis).</p>",
            "body_uk": "<p>Діагноз зазвичай ставлять за симптомами та оглядом рухів у суглобі. "
            "Рентгенівський знімок таза показує звуження суглобової щілини й кісткові нарости "
            "та допомагає спланувати операцію. МРТ потрібна лише тоді, коли підозрюють іншу "
            "причину, наприклад порушення кровопостачання головки стегнової кістки (асептичний "
            "некроз).</p>",
        },
        {
            "method": "conservative-treatment",
            "heading_en": "Exercise and pain relief",
            "heading_uk": "Вправи та знеболення",
            "body_en": "<p>Exercises that strengthen the muscles around the hip and keep it "
            "moving, regular walking, cycling or swimming, and losing excess weight are the basis "
            "of treatment. A walking stick held in the hand opposite the painful hip takes load "
            "off the joint. For pain the doctor may prescribe anti-inflammatory tablets at the "
            "lowest dose for the shortest time; a steroid injection into the hip, given under "
            "ultrasound guidance, may bring short-term relief.</p>",
            "body_uk": "<p>Основа лікування — вправи, що зміцнюють м'язи навколо суглоба й "
            "зберігають його рухливість, регулярна ходьба, велосипед чи плавання та схуднення за "
            "надмірної ваги. Ціпок у руці з протилежного до хворого суглоба боку зменшує "
            "навантаження на нього. Від болю лікар може призначити протизапальні таблетки в "
            "найменшій дозі та якомога коротше; ін'єкція кортикостероїду в суглоб під контролем "
            "УЗД може ненадовго полегшити біль.</p>",
        },
        {
            "method": "total-hip-replacement",
            "heading_en": "Total hip replacement",
            "heading_uk": "Тотальне ендопротезування кульшового суглоба",
            "body_en": "<p>The worn ball and socket are replaced with an artificial joint made of "
            "metal, ceramic and plastic. The operation takes one to two hours under spinal or "
            "general anaesthesia. Patients stand and walk with support on the day of the "
            "operation or the next day and usually leave hospital within a few days. For the "
            "first weeks the physiotherapist explains which movements to avoid so that the new "
            "joint does not dislocate. Most people have much less pain and move more freely "
            "afterwards.</p>",
            "body_uk": "<p>Зношені головку та западину замінюють штучним суглобом з металу, "
            "кераміки та пластику. Операція триває одну–дві години під спінальною анестезією "
            "або загальним наркозом. Пацієнти встають і ходять з опорою в день операції або "
            "наступного дня й зазвичай виписуються з лікарні за кілька днів. У перші тижні "
            "фізичний терапевт пояснює, яких рухів уникати, щоб новий суглоб не вивихнувся. "
            "Після операції більшість людей відчувають значно менше болю й вільніше "
            "рухаються.</p>",
        },
    ],
    "questions": [
        {
            "question_en": "How long does a hip replacement last?",
            "question_uk": "Скільки служить ендопротез кульшового суглоба?",
            "answer_en": "<p>The large majority of modern hip replacements still work well after "
            "15 years, and more than half after 25 years. A worn or loosened joint can be "
            "replaced again.</p>",
            "answer_uk": "<p>Переважна більшість сучасних ендопротезів добре працюють і через "
            "15 років, а понад половина — через 25 років. Зношений чи розхитаний ендопротез "
            "можна замінити повторно.</p>",
        },
        {
            "question_en": "Will I need physiotherapy after the operation?",
            "question_uk": "Чи потрібна реабілітація після операції?",
            "answer_en": "<p>Yes. Exercises start on the first day and continue at home for "
            "several months. They strengthen the muscles, improve walking and protect the new "
            "joint. Many people walk without a stick after about six weeks.</p>",
            "answer_uk": "<p>Так. Вправи починають у перший день і продовжують удома кілька "
            "місяців. Вони зміцнюють м'язи, покращують ходу й захищають новий суглоб. Багато "
            "людей ходять без ціпка приблизно через шість тижнів.</p>",
        },
        {
            "question_en": "When is it time for an operation?",
            "question_uk": "Коли настає час для операції?",
            "answer_en": "<p>When pain and stiffness seriously affect your daily life and sleep "
            "despite conservative treatment. There is no particular age or X-ray stage at which "
            "it must be done: you decide together with the surgeon.</p>",
            "answer_uk": "<p>Коли біль і скутість, попри консервативне лікування, серйозно "
            "заважають повсякденному життю та сну. Немає певного віку чи рентгенологічної "
            "стадії, коли операцію обов'язково треба робити: ви вирішуєте разом з хірургом.</p>",
        },
    ],
    "sources": [
        SOURCE_NICE_OSTEOARTHRITIS,
        SOURCE_ACR_OSTEOARTHRITIS,
        SOURCE_NICE_JOINT_REPLACEMENT,
    ],
}

ARTICLES = [KNEE_OSTEOARTHRITIS, HIP_OSTEOARTHRITIS]
