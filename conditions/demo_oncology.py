"""Demo articles of oncology."""

BREAST_CANCER = {
    "specialty": "oncology",
    "author": "kateryna-maliarchuk",
    "methods": ["breast-conserving-surgery", "radiotherapy"],
    "approved": ["en", "uk"],
    "fields": {
        "slug_en": "breast-cancer",
        "slug_uk": "rak-molochnoi-zalozy",
        "name_en": "Breast cancer",
        "name_uk": "Рак молочної залози",
        "title_en": "Breast cancer treatment",
        "title_uk": "Лікування раку молочної залози",
        "summary_en": "The most common cancer in women: warning signs, screening, diagnosis, and "
        "treatment with surgery, radiotherapy and medicines planned by a team.",
        "summary_uk": "Найпоширеніший рак у жінок: тривожні ознаки, скринінг, діагностика та "
        "лікування — операція, променева терапія й ліки за планом команди лікарів.",
        "introduction_en": (
            "<p>Breast cancer is a malignant tumour that grows from the cells of the breast. It "
            "is the most common cancer in women; men can also have it, but rarely. When it is "
            "found early, breast cancer can often be treated with a good outcome, which is why "
            "screening and prompt attention to changes in the breast matter. A team of "
            "specialists plans the treatment for each patient, depending on the size and type "
            "of the tumour and on whether the lymph nodes are affected.</p>"
        ),
        "introduction_uk": (
            "<p>Рак молочної залози — це злоякісна пухлина, що розвивається з клітин молочної "
            "залози. Це найпоширеніший рак у жінок; у чоловіків він також буває, але рідко. "
            "Якщо рак виявлено рано, його часто вдається лікувати з добрим результатом, тому "
            "такі важливі скринінг і своєчасна увага до змін у грудях. Лікування для кожної "
            "пацієнтки планує команда фахівців з огляду на розмір і тип пухлини та на те, чи "
            "уражені лімфатичні вузли.</p>"
        ),
    },
    "sections": [
        {
            "heading_en": "Causes and risk factors",
            "heading_uk": "Причини та чинники ризику",
            "body_en": "<p>The exact cause is usually unknown. The risk is higher with:</p><ul>"
            "<li>older age;</li><li>breast cancer in close relatives, and inherited gene changes "
            "such as BRCA1 and BRCA2;</li><li>early first periods, late menopause, no children "
            "or a first child after 30;</li><li>hormone replacement therapy for several "
            "years;</li><li>alcohol, excess weight after menopause and little physical "
            "activity;</li><li>previous radiotherapy to the chest.</li></ul>",
            "body_uk": "<p>Точна причина здебільшого невідома. Ризик вищий, якщо є:</p><ul><li>"
            "старший вік;</li><li>рак молочної залози в близьких родичів, а також успадковані "
            "зміни генів, наприклад BRCA1 і BRCA2;</li><li>ранній початок менструацій, пізня "
            "менопауза, відсутність дітей або перші пологи після 30 років;</li><li>замісна "
            "гормональна терапія протягом кількох років;</li><li>алкоголь, надмірна вага після "
            "менопаузи та мала фізична активність;</li><li>перенесена променева терапія на "
            "ділянку грудної клітки.</li></ul>",
        },
        {
            "heading_en": "Symptoms",
            "heading_uk": "Симптоми",
            "body_en": "<p>Early breast cancer often causes no symptoms and is found on a "
            "mammogram. See a doctor if you notice:</p><ul><li>a new lump or thickening in the "
            "breast or armpit;</li><li>a change in the size or shape of a breast;</li><li>"
            "dimpling, redness or an orange-peel look of the skin;</li><li>a nipple that turns "
            "inwards, or discharge from it.</li></ul><p>Most lumps are not cancer, but every new "
            "one should be checked.</p>",
            "body_uk": "<p>Рак на ранній стадії часто не викликає симптомів і його виявляють на "
            "мамографії. Зверніться до лікаря, якщо помітили:</p><ul><li>нове ущільнення чи "
            "вузол у грудях або в пахві;</li><li>зміну розміру чи форми грудей;</li><li>"
            "втягнення, почервоніння шкіри або шкіру, схожу на апельсинову кірку;</li><li>"
            "втягнутий сосок або виділення з нього.</li></ul><p>Більшість ущільнень не є раком, "
            "але кожне нове треба перевірити.</p>",
        },
        {
            "heading_en": "Diagnosis",
            "heading_uk": "Діагностика",
            "body_en": "<p>The doctor examines the breasts and armpits. Mammography and breast "
            "ultrasound show the tumour; MRI is sometimes added. The diagnosis is confirmed by a "
            "core needle biopsy under local anaesthetic. The sample shows the type of cancer and "
            "whether it has hormone receptors or the HER2 protein, which decides which medicines "
            "will work. Depending on the stage, scans of the chest, abdomen and bones look for "
            "spread.</p>",
            "body_uk": "<p>Лікар оглядає груди та пахви. Мамографія й УЗД молочних залоз "
            "показують пухлину; іноді додатково роблять МРТ. Діагноз підтверджує трепан-біопсія "
            "під місцевою анестезією. Зразок тканини показує тип раку та наявність у ньому "
            "гормональних рецепторів чи білка HER2, від чого залежить, які ліки подіють. "
            "Залежно від стадії роблять обстеження грудної клітки, живота й кісток, щоб "
            "перевірити, чи не поширився рак.</p>",
        },
        {
            "method": "breast-conserving-surgery",
            "heading_en": "Breast-conserving surgery",
            "heading_uk": "Органозберігальна операція",
            "body_en": "<p>The surgeon removes the tumour with a rim of healthy tissue and keeps "
            "the rest of the breast. It suits many women with early breast cancer and, followed "
            "by radiotherapy, gives the same long-term survival as removal of the whole breast "
            "(mastectomy). During the same operation the first lymph nodes in the armpit "
            "(sentinel nodes) are checked. When the tumour is large or there are several, a "
            "mastectomy, with or without breast reconstruction, may be advised.</p>",
            "body_uk": "<p>Хірург видаляє пухлину разом з облямівкою здорової тканини й зберігає "
            "решту грудей. Така операція підходить багатьом жінкам з раком на ранній стадії і "
            "разом з подальшою променевою терапією дає таку саму довготривалу виживаність, як "
            "видалення всієї молочної залози (мастектомія). Під час цієї ж операції перевіряють "
            "перші лімфатичні вузли в пахві (сторожові). Якщо пухлина велика або їх кілька, "
            "можуть порадити мастектомію — з реконструкцією грудей або без неї.</p>",
        },
        {
            "method": "radiotherapy",
            "heading_en": "Radiotherapy",
            "heading_uk": "Променева терапія",
            "body_en": "<p>After breast-conserving surgery, radiotherapy to the breast lowers the "
            "risk that the cancer comes back. It is given on weekdays, usually over one to three "
            "weeks; each session lasts a few minutes and is painless. Common side effects are "
            "tiredness and reddened skin, which pass within weeks. Radiotherapy may also be "
            "given after a mastectomy, or to the lymph nodes, when the risk is higher.</p>",
            "body_uk": "<p>Після органозберігальної операції опромінення грудей знижує ризик "
            "повернення раку. Його проводять у робочі дні, зазвичай протягом одного–трьох "
            "тижнів; кожен сеанс триває кілька хвилин і не болить. Часті побічні ефекти — втома "
            "та почервоніння шкіри, які минають за кілька тижнів. Променеву терапію можуть "
            "призначити й після мастектомії або на ділянку лімфатичних вузлів, коли ризик "
            "вищий.</p>",
        },
        {
            "heading_en": "Medicines: hormone therapy, chemotherapy and targeted therapy",
            "heading_uk": "Ліки: гормональна терапія, хіміотерапія та таргетна терапія",
            "body_en": "<p>Many patients also need medicines before or after surgery. Hormone "
            "therapy (tamoxifen or an aromatase inhibitor, usually for five years or longer) is "
            "used for hormone-sensitive cancers; chemotherapy and medicines aimed at HER2 are "
            "used for some others. The oncologist explains which of them are advised for you "
            "and why.</p>",
            "body_uk": "<p>Багатьом пацієнткам до або після операції потрібні також ліки. "
            "Гормональну терапію (тамоксифен або інгібітор ароматази, зазвичай п'ять років чи "
            "довше) застосовують при гормоночутливому раку; хіміотерапію та препарати, "
            "спрямовані на HER2, — при деяких інших типах. Онколог пояснює, які з них радять "
            "саме вам і чому.</p>",
        },
    ],
    "questions": [
        {
            "question_en": "Will I lose my breast?",
            "question_uk": "Чи доведеться видаляти груди?",
            "answer_en": "<p>Not necessarily. Many women with early breast cancer can have "
            "breast-conserving surgery. If a mastectomy is needed, the breast can often be "
            "reconstructed during the same operation or later.</p>",
            "answer_uk": "<p>Не обов'язково. Багатьом жінкам з раком на ранній стадії можна "
            "зробити органозберігальну операцію. Якщо мастектомія потрібна, груди часто можна "
            "відновити під час тієї ж операції або пізніше.</p>",
        },
        {
            "question_en": "Does breast cancer run in families?",
            "question_uk": "Чи передається рак молочної залози в родині?",
            "answer_en": "<p>In about 5 to 10 cases out of 100, breast cancer is linked to an "
            "inherited gene change, most often in BRCA1 or BRCA2. If several close relatives had "
            "breast or ovarian cancer, ask your doctor about a genetic consultation.</p>",
            "answer_uk": "<p>Приблизно в 5–10 випадках зі 100 рак молочної залози пов'язаний з "
            "успадкованою зміною гена, найчастіше BRCA1 або BRCA2. Якщо кілька близьких "
            "родичок хворіли на рак молочної залози чи яєчників, запитайте лікаря про "
            "генетичну консультацію.</p>",
        },
        {
            "question_en": "Who decides on my treatment plan?",
            "question_uk": "Хто вирішує, як мене лікувати?",
            "answer_en": "<p>A multidisciplinary team: the surgeon, the oncologist, the radiation "
            "oncologist, the radiologist and the pathologist review your results together and "
            "propose a plan, which they then discuss with you. European guidelines recommend "
            "that every patient is treated this way, in a specialised breast unit.</p>",
            "answer_uk": "<p>Мультидисциплінарна команда: хірург, онколог, радіаційний онколог, "
            "радіолог і патоморфолог разом розглядають ваші результати й пропонують план, який "
            "потім обговорюють з вами. Європейські настанови рекомендують лікувати так кожну "
            "пацієнтку, у спеціалізованому центрі захворювань молочної залози.</p>",
        },
    ],
    "sources": [
        {
            "citation": "Cardoso F, Kyriakides S, Ohno S, et al. Early breast cancer: ESMO "
            "Clinical Practice Guidelines for diagnosis, treatment and follow-up. Ann Oncol. "
            "2019;30(8):1194-1220.",
            "url": "https://doi.org/10.1093/annonc/mdz173",
        },
        {
            "citation": "National Institute for Health and Care Excellence. Early and locally "
            "advanced breast cancer: diagnosis and management (NG101). London: NICE; 2018.",
            "url": "https://www.nice.org.uk/guidance/ng101",
        },
    ],
}

PROSTATE_CANCER = {
    "specialty": "oncology",
    "author": "kateryna-maliarchuk",
    "methods": ["robotic-prostatectomy", "radiotherapy"],
    "approved": ["en", "uk"],
    "fields": {
        "slug_en": "prostate-cancer",
        "slug_uk": "rak-peredmikhurovoi-zalozy",
        "name_en": "Prostate cancer",
        "name_uk": "Рак передміхурової залози",
        "title_en": "Prostate cancer treatment",
        "title_uk": "Лікування раку передміхурової залози",
        "summary_en": "A common cancer in older men: the PSA test, MRI and biopsy, active "
        "surveillance, robot-assisted surgery and radiotherapy.",
        "summary_uk": "Поширений рак у чоловіків старшого віку: аналіз на ПСА, МРТ і біопсія, "
        "активне спостереження, роботизована операція та променева терапія.",
        "introduction_en": (
            "<p>Prostate cancer is a malignant tumour of the prostate, a gland below the bladder "
            "in men. It is one of the most common cancers in men, mostly after 60. Many prostate "
            "cancers grow slowly and may never cause harm, while others are aggressive and need "
            "treatment. The choice, from careful monitoring to surgery or radiotherapy, depends "
            "on the risk group of the cancer, on the man's age and health, and on his own "
            "wishes.</p>"
        ),
        "introduction_uk": (
            "<p>Рак передміхурової залози (простати) — це злоякісна пухлина залози, розташованої "
            "під сечовим міхуром у чоловіків. Це один із найпоширеніших видів раку в чоловіків, "
            "здебільшого після 60 років. Багато пухлин простати ростуть повільно й можуть ніколи "
            "не зашкодити, тоді як інші агресивні й потребують лікування. Вибір — від уважного "
            "спостереження до операції чи променевої терапії — залежить від групи ризику раку, "
            "віку та здоров'я чоловіка і від його власних побажань.</p>"
        ),
    },
    "sections": [
        {
            "heading_en": "Causes and risk factors",
            "heading_uk": "Причини та чинники ризику",
            "body_en": "<p>The cause is not fully known. The risk is higher with:</p><ul><li>"
            "older age;</li><li>prostate cancer in a father or brother;</li><li>inherited gene "
            "changes such as BRCA2;</li><li>African ancestry.</li></ul>",
            "body_uk": "<p>Причина остаточно не відома. Ризик вищий, якщо є:</p><ul><li>старший "
            "вік;</li><li>рак простати в батька чи брата;</li><li>успадковані зміни генів, "
            "наприклад BRCA2;</li><li>африканське походження.</li></ul>",
        },
        {
            "heading_en": "Symptoms",
            "heading_uk": "Симптоми",
            "body_en": "<p>Early prostate cancer usually causes no symptoms. Problems with "
            "passing urine, such as a weak stream, getting up at night or a feeling that the "
            "bladder is not empty, are far more often caused by benign enlargement of the "
            "prostate, but they are a reason to see a urologist. Blood in the urine or semen, "
            "or pain in the bones, needs prompt examination.</p>",
            "body_uk": "<p>На ранній стадії рак простати зазвичай не викликає симптомів. "
            "Проблеми із сечовипусканням — слабкий струмінь, нічні походи в туалет, відчуття "
            "неповного спорожнення міхура — набагато частіше спричиняє доброякісне збільшення "
            "простати, але це привід звернутися до уролога. Кров у сечі чи спермі або біль у "
            "кістках потребують негайного обстеження.</p>",
        },
        {
            "heading_en": "Diagnosis",
            "heading_uk": "Діагностика",
            "body_en": "<p>The first steps are a blood test for PSA (prostate-specific antigen) "
            "and an examination of the prostate by the urologist. If PSA is raised, an MRI of "
            "the prostate is done before a biopsy. The biopsy takes thin samples of tissue, and "
            "the pathologist grades them (Gleason score, ISUP grade group). From the PSA, the "
            "grade and the MRI, the cancer is placed in a risk group; scans such as PSMA PET-CT "
            "may look for spread.</p>",
            "body_uk": "<p>Перші кроки — аналіз крові на ПСА (простатоспецифічний антиген) і "
            "огляд простати урологом. Якщо ПСА підвищений, перед біопсією роблять МРТ простати. "
            "Під час біопсії беруть тонкі зразки тканини, а патоморфолог визначає ступінь їх "
            "злоякісності (сума балів за Глісоном, група ISUP). За ПСА, ступенем злоякісності та "
            "МРТ рак відносять до певної групи ризику; для пошуку поширення можуть зробити, "
            "наприклад, ПСМА ПЕТ-КТ.</p>",
        },
        {
            "heading_en": "Active surveillance",
            "heading_uk": "Активне спостереження",
            "body_en": "<p>For low-risk cancer, guidelines advise active surveillance rather "
            "than immediate treatment: regular PSA tests, MRI and, when needed, repeat biopsies. "
            "Treatment starts only if the cancer shows signs of growing. This spares many men "
            "the side effects of surgery or radiotherapy without worsening the outcome for most "
            "of them.</p>",
            "body_uk": "<p>При раку низького ризику настанови радять не лікувати одразу, а "
            "вести активне спостереження: регулярні аналізи на ПСА, МРТ і за потреби повторні "
            "біопсії. Лікування починають, лише якщо з'являються ознаки росту пухлини. Так "
            "багато чоловіків уникають побічних ефектів операції чи опромінення, і для "
            "більшості з них це не погіршує результату.</p>",
        },
        {
            "method": "robotic-prostatectomy",
            "heading_en": "Robot-assisted radical prostatectomy",
            "heading_uk": "Роботизована радикальна простатектомія",
            "body_en": "<p>The surgeon removes the whole prostate and the seminal vesicles "
            "through several small incisions, working the instruments through a robotic system "
            "with a magnified 3D view. Compared with open surgery, blood loss is smaller and the "
            "hospital stay is shorter, usually a few days; a urinary catheter stays in for about "
            "one to two weeks. The main side effects are leakage of urine, which improves over "
            "months in most men, and erection problems; the surgeon discusses whether the "
            "nerves can be spared.</p>",
            "body_uk": "<p>Хірург видаляє всю передміхурову залозу й сім'яні пухирці через "
            "кілька невеликих розрізів, керуючи інструментами за допомогою роботизованої системи "
            "зі збільшеним тривимірним зображенням. Порівняно з відкритою операцією крововтрата "
            "менша, а перебування в лікарні коротше — зазвичай кілька днів; сечовий катетер "
            "залишають приблизно на один–два тижні. Основні побічні ефекти — нетримання сечі, "
            "яке в більшості чоловіків зменшується протягом кількох місяців, і порушення "
            "ерекції; хірург обговорює з вами, чи можна зберегти нерви.</p>",
        },
        {
            "method": "radiotherapy",
            "heading_en": "Radiotherapy",
            "heading_uk": "Променева терапія",
            "body_en": "<p>Radiotherapy treats the prostate without an operation. External beam "
            "radiotherapy is given on weekdays over several weeks, or in shorter courses of a "
            "few sessions; in intermediate- and high-risk cancer it is often combined with "
            "hormone therapy for some months. Another option is brachytherapy, in which "
            "radioactive seeds are placed inside the prostate. Side effects include more "
            "frequent urination, irritation of the bowel and, later, erection problems. For "
            "cancer confined to the prostate, radiotherapy and surgery give similar long-term "
            "survival.</p>",
            "body_uk": "<p>Променева терапія лікує простату без операції. Дистанційне "
            "опромінення проводять у робочі дні протягом кількох тижнів або коротшими курсами з "
            "кількох сеансів; при раку проміжного й високого ризику його часто поєднують з "
            "гормональною терапією на кілька місяців. Інший варіант — брахітерапія, коли "
            "радіоактивні зерна розміщують усередині простати. Побічні ефекти — частіше "
            "сечовипускання, подразнення кишківника, а згодом порушення ерекції. Якщо рак не "
            "виходить за межі простати, променева терапія й операція дають подібну довготривалу "
            "виживаність.</p>",
        },
    ],
    "questions": [
        {
            "question_en": "What is a PSA test, and should I have one?",
            "question_uk": "Що таке аналіз на ПСА і чи варто його робити?",
            "answer_en": "<p>It is a blood test. A raised PSA can mean cancer, but also an "
            "enlarged or inflamed prostate, so it is not a diagnosis on its own. The benefits "
            "and drawbacks of testing depend on your age and health: discuss them with your "
            "doctor, especially if prostate cancer runs in your family.</p>",
            "answer_uk": "<p>Це аналіз крові. Підвищений ПСА може свідчити про рак, але також про "
            "збільшення чи запалення простати, тож сам по собі він не є діагнозом. Користь і "
            "недоліки обстеження залежать від віку та стану здоров'я: обговоріть їх з лікарем, "
            "особливо якщо у вашій родині був рак простати.</p>",
        },
        {
            "question_en": "Surgery or radiotherapy: which is better?",
            "question_uk": "Операція чи променева терапія: що краще?",
            "answer_en": "<p>For cancer confined to the prostate, both give similar long-term "
            "results, but their side effects differ. Before you decide, ask both a urologist and "
            "a radiation oncologist to explain the options to you.</p>",
            "answer_uk": "<p>Якщо рак не виходить за межі простати, обидва методи дають подібні "
            "довготривалі результати, але побічні ефекти в них різні. Перш ніж вирішувати, "
            "попросіть і уролога, і радіаційного онколога пояснити вам можливі варіанти.</p>",
        },
        {
            "question_en": "Will I have leakage of urine after prostatectomy?",
            "question_uk": "Чи буде нетримання сечі після простатектомії?",
            "answer_en": "<p>Leakage is common in the first weeks after the catheter is removed. "
            "Pelvic floor exercises help, and most men regain control within months. A small "
            "number have lasting leakage, which can be treated.</p>",
            "answer_uk": "<p>У перші тижні після видалення катетера нетримання буває часто. "
            "Допомагають вправи для м'язів тазового дна, і більшість чоловіків відновлюють "
            "контроль за кілька місяців. У невеликої частини нетримання залишається надовго, "
            "але його можна лікувати.</p>",
        },
    ],
    "sources": [
        {
            "citation": "Mottet N, van den Bergh RCN, Briers E, et al. EAU-EANM-ESTRO-ESUR-SIOG "
            "Guidelines on Prostate Cancer—2020 Update. Part 1: Screening, Diagnosis, and Local "
            "Treatment with Curative Intent. Eur Urol. 2021;79(2):243-262.",
            "url": "https://doi.org/10.1016/j.eururo.2020.09.042",
        },
        {
            "citation": "European Association of Urology. EAU - EANM - ESTRO - ESUR - ISUP - "
            "SIOG Guidelines on Prostate Cancer. Arnhem: EAU Guidelines Office.",
            "url": "https://uroweb.org/guidelines/prostate-cancer",
        },
        {
            "citation": "National Institute for Health and Care Excellence. Prostate cancer: "
            "diagnosis and management (NG131). London: NICE; 2019.",
            "url": "https://www.nice.org.uk/guidance/ng131",
        },
    ],
}

ARTICLES = [BREAST_CANCER, PROSTATE_CANCER]
