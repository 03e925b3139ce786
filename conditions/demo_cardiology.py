"""Demo articles of cardiology."""

CORONARY_ARTERY_DISEASE = {
    "specialty": "cardiology",
    "author": "kateryna-maliarchuk",
    "methods": [
        "conservative-treatment",
        "coronary-stenting",
        "coronary-artery-bypass-grafting",
    ],
    "approved": ["en", "uk"],
    "fields": {
        "slug_en": "coronary-artery-disease",
        "slug_uk": "ishemichna-khvoroba-sertsia",
        "name_en": "Coronary artery disease",
        "name_uk": "Ішемічна хвороба серця",
        "title_en": "Coronary artery disease treatment",
        "title_uk": "Лікування ішемічної хвороби серця",
        "summary_en": "Narrowed arteries of the heart: angina and its warning signs, tests, "
        "medicines, stenting and bypass surgery.",
        "summary_uk": "Звуження артерій серця: стенокардія та тривожні ознаки, обстеження, "
        "ліки, стентування та аортокоронарне шунтування.",
        "introduction_en": (
            "<p>Coronary artery disease is a narrowing of the coronary arteries, which supply "
            "the heart muscle with blood. Fatty deposits (atherosclerotic plaques) build up in "
            "the artery walls over many years. When the heart needs more oxygen, for example "
            "during exertion, the narrowed arteries cannot deliver enough, and chest pain "
            "(angina) appears. A plaque can also crack, and a clot that forms on it can block the "
            "artery: this is a heart attack. Treatment relieves the symptoms and lowers the risk "
            "of a heart attack; it continues for life.</p>"
        ),
        "introduction_uk": (
            "<p>Ішемічна хвороба серця — це звуження коронарних артерій, які постачають кров до "
            "серцевого м'яза. Упродовж багатьох років у стінках артерій накопичуються жирові "
            "відкладення (атеросклеротичні бляшки). Коли серцю потрібно більше кисню, "
            "наприклад під час фізичного навантаження, звужені артерії не можуть доставити "
            "достатньо крові, і з'являється біль у грудях (стенокардія). Бляшка може також "
            "тріснути, а тромб, що утворюється на ній, — закупорити артерію: це інфаркт "
            "міокарда. Лікування полегшує симптоми та знижує ризик інфаркту; воно триває все "
            "життя.</p>"
        ),
    },
    "sections": [
        {
            "heading_en": "Causes and risk factors",
            "heading_uk": "Причини та чинники ризику",
            "body_en": "<p>Atherosclerosis develops faster with:</p><ul><li>smoking;</li><li>high "
            "blood pressure;</li><li>high cholesterol;</li><li>diabetes;</li><li>excess weight "
            "and little physical activity;</li><li>older age, and heart disease at a young age "
            "in close relatives.</li></ul>",
            "body_uk": "<p>Атеросклероз розвивається швидше, якщо є:</p><ul><li>куріння;</li><li>"
            "підвищений артеріальний тиск;</li><li>високий рівень холестерину;</li><li>цукровий "
            "діабет;</li><li>надмірна вага та мала фізична активність;</li><li>старший вік, а "
            "також хвороби серця в молодому віці в близьких родичів.</li></ul>",
        },
        {
            "heading_en": "Symptoms",
            "heading_uk": "Симптоми",
            "body_en": "<p>The typical symptom is pressing, squeezing or burning pain behind the "
            "breastbone, which may spread to the left arm, neck or jaw. It comes with exertion, "
            "cold or stress and eases within a few minutes of rest. Some people, especially "
            "women, older people and people with diabetes, feel only breathlessness or "
            "tiredness.</p><p>Call an ambulance if chest pain is severe, comes at rest, or does "
            "not ease with rest or nitroglycerin: it may be a heart attack.</p>",
            "body_uk": "<p>Типовий симптом — тиснучий, стискаючий або пекучий біль за грудиною, "
            "який може віддавати в ліву руку, шию чи щелепу. Він виникає під час навантаження, "
            "на холоді чи під час стресу й минає за кілька хвилин спокою. Деякі люди, особливо "
            "жінки, люди похилого віку та хворі на діабет, відчувають лише задишку або "
            "втому.</p><p>Викликайте швидку допомогу, якщо біль у грудях сильний, виникає в "
            "спокої або не минає після відпочинку чи нітрогліцерину: це може бути "
            "інфаркт.</p>",
        },
        {
            "heading_en": "Diagnosis",
            "heading_uk": "Діагностика",
            "body_en": "<p>The cardiologist asks about your symptoms and records an ECG. An "
            "ultrasound of the heart (echocardiography) shows how the heart muscle works. "
            "Depending on how likely the disease is, a CT coronary angiogram or a stress test "
            "(on a treadmill, with ultrasound, or a scan of blood flow in the heart muscle) is "
            "done. Invasive coronary angiography, in which contrast is injected into the "
            "arteries through a thin tube, shows the narrowings exactly; it is done when a "
            "procedure may be needed.</p>",
            "body_uk": "<p>Кардіолог розпитує про симптоми та записує ЕКГ. Ультразвукове "
            "дослідження серця (ехокардіографія) показує, як працює серцевий м'яз. Залежно від "
            "імовірності хвороби роблять КТ-коронарографію або навантажувальний тест (на "
            "біговій доріжці, з УЗД серця чи сканування кровопостачання серцевого м'яза). "
            "Інвазивна коронарографія, під час якої контрастну речовину вводять в артерії через "
            "тонку трубку, точно показує звуження; її виконують, коли може знадобитися "
            "втручання.</p>",
        },
        {
            "method": "conservative-treatment",
            "heading_en": "Medicines and lifestyle",
            "heading_uk": "Ліки та спосіб життя",
            "body_en": "<p>Every patient needs this treatment, whether or not they have a "
            "procedure. Some medicines lower the risk of a heart attack (aspirin or another "
            "antiplatelet medicine, a statin for cholesterol); others relieve angina "
            "(beta-blockers, nitrates and others). Stopping smoking, regular physical activity "
            "agreed with the doctor, a healthy diet and control of blood pressure and blood "
            "sugar matter as much as the tablets.</p>",
            "body_uk": "<p>Це лікування потрібне кожному пацієнтові, незалежно від того, чи "
            "роблять йому втручання. Одні ліки знижують ризик інфаркту (аспірин або інший "
            "антитромбоцитарний препарат, статин для зниження холестерину), інші полегшують "
            "стенокардію (бета-блокатори, нітрати тощо). Відмова від куріння, регулярна фізична "
            "активність, погоджена з лікарем, здорове харчування, контроль тиску й рівня цукру "
            "в крові важать не менше, ніж таблетки.</p>",
        },
        {
            "method": "coronary-stenting",
            "heading_en": "Coronary angioplasty and stenting",
            "heading_uk": "Коронарна ангіопластика та стентування",
            "body_en": "<p>A thin tube is passed through an artery in the wrist or groin to the "
            "heart. A balloon widens the narrowed artery, and a stent, a small tube of metal "
            "mesh, is left in place to keep it open. The procedure is done under local "
            "anaesthetic, and most patients go home within one or two days. Afterwards two "
            "antiplatelet medicines are taken together for a period set by the cardiologist, to "
            "prevent a clot in the stent.</p>",
            "body_uk": "<p>Тонку трубку через артерію на зап'ясті або в паху проводять до серця. "
            "Балон розширює звужену артерію, а стент — маленьку сітчасту металеву трубку — "
            "залишають у ній, щоб вона залишалася прохідною. Втручання виконують під місцевою "
            "анестезією, і більшість пацієнтів ідуть додому через один–два дні. Після нього "
            "протягом строку, який визначить кардіолог, приймають разом два "
            "антитромбоцитарні препарати, щоб у стенті не утворився тромб.</p>",
        },
        {
            "method": "coronary-artery-bypass-grafting",
            "heading_en": "Coronary artery bypass grafting",
            "heading_uk": "Аортокоронарне шунтування",
            "body_en": "<p>The heart surgeon uses a vein from the leg or an artery from the chest "
            "wall or arm to make a new path for blood around the narrowed arteries. It is "
            "open-heart surgery under general anaesthesia; the hospital stay is usually about a "
            "week, and recovery with cardiac rehabilitation takes two to three months. Bypass "
            "surgery is often advised when several arteries or the main stem of the left "
            "coronary artery are narrowed, especially in people with diabetes.</p>",
            "body_uk": "<p>Кардіохірург бере вену з ноги або артерію з грудної стінки чи руки й "
            "створює з неї новий шлях для крові в обхід звужених артерій. Це операція на "
            "відкритому серці під загальним наркозом; у лікарні зазвичай перебувають близько "
            "тижня, а відновлення з кардіореабілітацією триває два–три місяці. Шунтування часто "
            "радять, коли звужено кілька артерій або стовбур лівої коронарної артерії, особливо "
            "в людей з цукровим діабетом.</p>",
        },
    ],
    "questions": [
        {
            "question_en": "Stent or bypass: how is the choice made?",
            "question_uk": "Стент чи шунтування: як роблять вибір?",
            "answer_en": "<p>A heart team of cardiologists and heart surgeons decides together "
            "with you. They consider how many arteries are narrowed and where, how well the heart "
            "pumps, diabetes and other illnesses, and your wishes.</p>",
            "answer_uk": "<p>Кардіологічна команда — кардіологи та кардіохірурги — вирішує "
            "разом з вами. Вони зважають на те, скільки артерій звужено і де саме, як працює "
            "серце, на діабет та інші хвороби, а також на ваші побажання.</p>",
        },
        {
            "question_en": "Will I need medicines after a stent?",
            "question_uk": "Чи потрібні ліки після стентування?",
            "answer_en": "<p>Yes. A stent treats one narrowing, not the disease itself. An "
            "antiplatelet medicine and a statin are usually taken for life, and in the first "
            "months often two antiplatelet medicines together. Never stop them on your own: a "
            "clot may form in the stent.</p>",
            "answer_uk": "<p>Так. Стент усуває одне звуження, але не саму хворобу. "
            "Антитромбоцитарний препарат і статин зазвичай приймають довічно, а в перші місяці "
            "часто два антитромбоцитарні препарати разом. Ніколи не припиняйте їх приймати "
            "самостійно: у стенті може утворитися тромб.</p>",
        },
        {
            "question_en": "Is coronary angiography painful?",
            "question_uk": "Чи болісна коронарографія?",
            "answer_en": "<p>Usually not. The skin at the puncture site is numbed with a local "
            "anaesthetic, and the tube moving inside the arteries cannot be felt. You may feel "
            "warmth when the contrast is injected. Afterwards a tight bandage stays on the wrist "
            "or groin for a few hours.</p>",
            "answer_uk": "<p>Зазвичай ні. Шкіру в місці проколу знеболюють місцевим анестетиком, "
            "а рух трубки всередині артерій не відчувається. Під час введення контрасту може "
            "з'явитися відчуття тепла. Після процедури на зап'ясті чи в паху кілька годин "
            "тримають тугу пов'язку.</p>",
        },
    ],
    "sources": [
        {
            "citation": "Vrints C, Andreotti F, Koskinas KC, et al. 2024 ESC Guidelines for the "
            "management of chronic coronary syndromes. Eur Heart J. 2024;45(36):3415-3537.",
            "url": "https://doi.org/10.1093/eurheartj/ehae177",
        },
        {
            "citation": "Neumann FJ, Sousa-Uva M, Ahlsson A, et al. 2018 ESC/EACTS Guidelines on "
            "myocardial revascularization. Eur Heart J. 2019;40(2):87-165.",
            "url": "https://doi.org/10.1093/eurheartj/ehy394",
        },
    ],
}

ATRIAL_FIBRILLATION = {
    "specialty": "cardiology",
    "author": "kateryna-maliarchuk",
    "methods": ["conservative-treatment", "catheter-ablation"],
    "approved": ["en", "uk"],
    "fields": {
        "slug_en": "atrial-fibrillation",
        "slug_uk": "fibryliatsiia-peredserd",
        "name_en": "Atrial fibrillation",
        "name_uk": "Фібриляція передсердь",
        "title_en": "Atrial fibrillation treatment",
        "title_uk": "Лікування фібриляції передсердь",
        "summary_en": "An irregular, often fast heartbeat: symptoms, stroke prevention with "
        "anticoagulants, control of heart rate and rhythm, and catheter ablation.",
        "summary_uk": "Нерегулярне, часто прискорене серцебиття: симптоми, профілактика "
        "інсульту антикоагулянтами, контроль частоти й ритму серця та катетерна абляція.",
        "introduction_en": (
            "<p>Atrial fibrillation is the most common heart rhythm disorder. The upper chambers "
            "of the heart (the atria) stop contracting in an orderly way and quiver instead, so "
            "the heartbeat becomes irregular and often fast. Atrial fibrillation is rarely "
            "dangerous in itself, but blood can pool in the atria and form clots; a clot carried "
            "to the brain causes a stroke. Treatment aims to prevent stroke, ease the symptoms "
            "and protect the heart.</p>"
        ),
        "introduction_uk": (
            "<p>Фібриляція передсердь — найпоширеніше порушення серцевого ритму. Верхні камери "
            "серця (передсердя) перестають скорочуватися злагоджено й натомість тріпочуть, тож "
            "серцебиття стає нерегулярним і часто прискореним. Сама по собі фібриляція "
            "передсердь рідко буває небезпечною, але кров у передсердях може застоюватися й "
            "утворювати тромби; тромб, занесений у мозок, спричиняє інсульт. Лікування має на "
            "меті запобігти інсульту, полегшити симптоми та захистити серце.</p>"
        ),
    },
    "sections": [
        {
            "heading_en": "Causes and risk factors",
            "heading_uk": "Причини та чинники ризику",
            "body_en": "<p>The risk grows with age. Atrial fibrillation is more common "
            "with:</p><ul><li>high blood pressure;</li><li>heart failure, heart valve disease "
            "and coronary artery disease;</li><li>diabetes, excess weight and sleep "
            "apnoea;</li><li>an overactive thyroid gland;</li><li>regular heavy "
            "drinking.</li></ul>",
            "body_uk": "<p>Ризик зростає з віком. Фібриляція передсердь частіше трапляється при:"
            "</p><ul><li>підвищеному артеріальному тиску;</li><li>серцевій недостатності, вадах "
            "клапанів серця та ішемічній хворобі серця;</li><li>цукровому діабеті, надмірній "
            "вазі та апное сну;</li><li>підвищеній функції щитоподібної залози;</li><li>"
            "регулярному надмірному вживанні алкоголю.</li></ul>",
        },
        {
            "heading_en": "Symptoms",
            "heading_uk": "Симптоми",
            "body_en": "<p>Many people feel palpitations, a fluttering or irregular heartbeat, "
            "breathlessness, tiredness, dizziness or discomfort in the chest. Some feel nothing, "
            "and the arrhythmia is found on an ECG by chance. Episodes may come and go "
            "(paroxysmal atrial fibrillation) or last all the time (persistent).</p><p>Call an "
            "ambulance if a fast heartbeat comes with chest pain, fainting or severe "
            "breathlessness, or at any sign of stroke: a drooping face, a weak arm or slurred "
            "speech.</p>",
            "body_uk": "<p>Багато людей відчувають сильне або нерівне серцебиття, тріпотіння в "
            "грудях, задишку, втому, запаморочення чи дискомфорт у грудях. Дехто не відчуває "
            "нічого, і аритмію випадково виявляють на ЕКГ. Напади можуть минати самі "
            "(пароксизмальна форма) або тривати постійно (персистентна форма).</p><p>Викликайте "
            "швидку допомогу, якщо прискорене серцебиття супроводжують біль у грудях, "
            "непритомність чи сильна задишка, а також за будь-яких ознак інсульту: перекошене "
            "обличчя, слабкість руки чи невиразне мовлення.</p>",
        },
        {
            "heading_en": "Diagnosis",
            "heading_uk": "Діагностика",
            "body_en": "<p>The diagnosis is confirmed by an ECG recorded during the arrhythmia. "
            "If episodes are short, a Holter monitor worn for a day or longer, or another "
            "portable recorder, is used. Echocardiography shows the chambers and valves of the "
            "heart, and blood tests check the thyroid, the kidneys and the blood count. The "
            "doctor then assesses your risk of stroke and of bleeding to decide on "
            "anticoagulant treatment.</p>",
            "body_uk": "<p>Діагноз підтверджує ЕКГ, записана під час аритмії. Якщо напади "
            "короткі, використовують холтерівський монітор, який носять добу чи довше, або інший "
            "портативний реєстратор. Ехокардіографія показує камери й клапани серця, а аналізи "
            "крові — роботу щитоподібної залози, нирок і загальний аналіз крові. Потім лікар "
            "оцінює ризик інсульту та кровотечі, щоб вирішити щодо лікування "
            "антикоагулянтами.</p>",
        },
        {
            "method": "conservative-treatment",
            "heading_en": "Medicines: stroke prevention, rate and rhythm",
            "heading_uk": "Ліки: профілактика інсульту, контроль частоти та ритму",
            "body_en": "<p>Most patients are advised to take an anticoagulant (a medicine that "
            "reduces blood clotting), which greatly lowers the risk of stroke. Other medicines "
            "slow the heart rate (beta-blockers and others) or help keep a normal rhythm "
            "(antiarrhythmic medicines). Sometimes the rhythm is restored with a short electric "
            "shock under brief anaesthesia (cardioversion). Treating high blood pressure, losing "
            "weight and limiting alcohol make episodes less frequent.</p>",
            "body_uk": "<p>Більшості пацієнтів радять приймати антикоагулянт — препарат, що "
            "знижує згортання крові й значно зменшує ризик інсульту. Інші ліки сповільнюють "
            "серцебиття (бета-блокатори тощо) або допомагають утримувати нормальний ритм "
            "(антиаритмічні препарати). Іноді ритм відновлюють коротким електричним розрядом під "
            "короткочасним наркозом (кардіоверсія). Лікування підвищеного тиску, схуднення та "
            "обмеження алкоголю роблять напади рідшими.</p>",
        },
        {
            "method": "catheter-ablation",
            "heading_en": "Catheter ablation",
            "heading_uk": "Катетерна абляція",
            "body_en": "<p>Thin tubes (catheters) are passed through a vein in the groin into the "
            "heart. With heat (radiofrequency), cold (cryoablation) or short electric pulses, the "
            "doctor makes small scars around the pulmonary veins, where the faulty impulses "
            "usually start. Most patients go home the next day. In many patients ablation "
            "reduces symptoms and episodes more than medicines do, but atrial fibrillation can "
            "return, and a second procedure is sometimes needed. Whether anticoagulants are "
            "continued depends on your stroke risk, not on the result of the ablation.</p>",
            "body_uk": "<p>Тонкі трубки (катетери) через вену в паху проводять у серце. За "
            "допомогою тепла (радіочастотна абляція), холоду (кріоабляція) або коротких "
            "електричних імпульсів лікар створює невеликі рубці навколо легеневих вен, звідки "
            "зазвичай виходять хибні імпульси. Більшість пацієнтів ідуть додому наступного дня. "
            "У багатьох пацієнтів абляція зменшує симптоми та кількість нападів більше, ніж "
            "ліки, але фібриляція може повернутися, й іноді потрібна повторна процедура. Чи "
            "продовжувати приймати антикоагулянти, залежить від ризику інсульту, а не від "
            "результату абляції.</p>",
        },
    ],
    "questions": [
        {
            "question_en": "Is atrial fibrillation life-threatening?",
            "question_uk": "Чи загрожує фібриляція передсердь життю?",
            "answer_en": "<p>Usually not immediately, but without treatment it raises the risk "
            "of stroke and can weaken the heart over time. With anticoagulants and regular "
            "check-ups most people lead an active life.</p>",
            "answer_uk": "<p>Зазвичай не одразу, але без лікування вона підвищує ризик інсульту "
            "і з часом може послабити серце. Завдяки антикоагулянтам і регулярним оглядам "
            "більшість людей живуть активним життям.</p>",
        },
        {
            "question_en": "Will I have to take anticoagulants for life?",
            "question_uk": "Чи доведеться приймати антикоагулянти все життя?",
            "answer_en": "<p>It depends on your stroke risk, which the doctor works out from your "
            "age and illnesses such as high blood pressure, diabetes or heart failure. If the "
            "risk is raised, anticoagulants are usually taken for life, even when the rhythm is "
            "normal after treatment.</p>",
            "answer_uk": "<p>Це залежить від ризику інсульту, який лікар оцінює з огляду на ваш "
            "вік і такі хвороби, як підвищений тиск, діабет чи серцева недостатність. Якщо ризик "
            "підвищений, антикоагулянти зазвичай приймають довічно, навіть коли після лікування "
            "ритм нормальний.</p>",
        },
        {
            "question_en": "Who is catheter ablation for?",
            "question_uk": "Кому підходить катетерна абляція?",
            "answer_en": "<p>For people whose symptoms continue despite medicines or who do not "
            "tolerate them, and for some as a first treatment, especially with paroxysmal atrial "
            "fibrillation or heart failure. An electrophysiologist decides after an "
            "examination.</p>",
            "answer_uk": "<p>Людям, у яких симптоми зберігаються попри ліки або які погано їх "
            "переносять, а деяким — як перше лікування, особливо при пароксизмальній формі чи "
            "серцевій недостатності. Рішення ухвалює лікар-електрофізіолог після "
            "обстеження.</p>",
        },
    ],
    "sources": [
        {
            "citation": "Van Gelder IC, Rienstra M, Bunting KV, et al. 2024 ESC Guidelines for "
            "the management of atrial fibrillation developed in collaboration with the European "
            "Association for Cardio-Thoracic Surgery (EACTS). Eur Heart J. "
            "2024;45(36):3314-3414.",
            "url": "https://doi.org/10.1093/eurheartj/ehae176",
        },
        {
            "citation": "Joglar JA, Chung MK, Armbruster AL, et al. 2023 ACC/AHA/ACCP/HRS "
            "Guideline for the Diagnosis and Management of Atrial Fibrillation. Circulation. "
            "2024;149(1):e1-e156.",
            "url": "https://doi.org/10.1161/CIR.0000000000001193",
        },
    ],
}

ARTICLES = [CORONARY_ARTERY_DISEASE, ATRIAL_FIBRILLATION]
