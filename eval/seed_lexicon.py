"""Shared names for the team's hand-written fixture articles in tests/fixtures/articles/ (see seed_gold.py).

Each entry: type, country, aliases (canonical spellings in several scripts, all written into gold
aliases), forms (extra inflected spellings that count as mentions and become aliases when they occur),
demonyms (adjectives/nisba forms that count as mentions of a country but are not aliases),
exclude (longer strings whose inner occurrence must not be counted for this entity).
A trailing '*' on a word means "this stem followed by any letters" (Russian endings, nisba plurals).
"""

P, C, O, L, E = "person", "country", "organization", "place", "event"


def person(country, *aliases, forms=()):
    return {"type": P, "country": country, "aliases": list(aliases), "forms": list(forms)}


def country(*aliases, forms=(), demonyms=(), exclude=()):
    return {"type": C, "aliases": list(aliases), "forms": list(forms), "demonyms": list(demonyms),
            "exclude": list(exclude)}


def org(*aliases, forms=(), exclude=(), country_code=None):
    d = {"type": O, "aliases": list(aliases), "forms": list(forms), "exclude": list(exclude)}
    if country_code:
        d["country"] = country_code
    return d


def place(country_code, *aliases, forms=(), exclude=()):
    return {"type": L, "country": country_code, "aliases": list(aliases), "forms": list(forms),
            "exclude": list(exclude)}


LEX = {
    # ---- people
    "lavrov": person("RU", "Sergey Lavrov", "Sergei Lavrov", "Lavrov", "سيرغي لافروف", "سيرجي لافروف", "لافروف",
                     "Sergueï Lavrov", "Сергей Лавров", "Лавров",
                     forms=["Сергея Лаврова", "Сергею Лаврову", "Сергеем Лавровым", "Лаврова", "Лаврову", "Лавровым", "Лаврове"]),
    "vershinin": person("RU", "Sergey Vershinin", "Sergei Vershinin", "Vershinin", "سيرغي فيرشينين", "سيرجي فيرشينين",
                        "فيرشينين", "Sergueï Verchinine", "Verchinine", "Сергей Вершинин", "Вершинин",
                        forms=["Сергея Вершинина", "Вершинина", "Вершинину", "Вершининым"]),
    "shaibani": person("SY", "Asaad al-Shaibani", "Asad al-Shaibani", "al-Shaibani", "Shaibani", "أسعد الشيباني",
                       "أسعد حسن الشيباني", "الشيباني", "Assaad al-Chaibani", "Chaibani", "al-Chaibani",
                       "Асаад аш-Шейбани", "Асад аш-Шейбани", "аш-Шейбани", "Шейбани"),
    "sharaa": person("SY", "Ahmed al-Sharaa", "Ahmad al-Sharaa", "al-Sharaa", "Sharaa", "أحمد الشرع", "الشرع",
                     "Ahmed al-Chareh", "al-Chareh", "Chareh", "Ахмед аш-Шараа", "аш-Шараа", "Шараа"),
    "abouqasra": person("SY", "Murhaf Abu Qasra", "Abu Qasra", "مرهف أبو قصرة", "أبو قصرة",
                        "Mourhaf Abou Qasra", "Abou Qasra", "Мурхаф Абу Касра", "Абу Касра"),
    "aboulgheit": person("EG", "Ahmed Aboul Gheit", "Ahmed Abul Gheit", "Aboul Gheit", "Aboul-Gheit", "أحمد أبو الغيط",
                         "أبو الغيط", "Ахмед Абуль Гейт", "Абуль Гейт", forms=["Ахмеда Абуль Гейта", "Абуль Гейта", "Абуль Гейтом"]),
    "fidan": person("TR", "Hakan Fidan", "Fidan", "هاكان فيدان", "فيدان", "Хакан Фидан", "Фидан",
                    forms=["Хакана Фидана", "Хаканом Фиданом", "Фидана", "Фидану", "Фиданом"]),
    "rubio": person("US", "Marco Rubio", "Rubio", "ماركو روبيو", "روبيو", "Марко Рубио", "Рубио"),
    "barrot": person("FR", "Jean-Noël Barrot", "Jean-Noel Barrot", "Barrot", "جان نويل بارو", "بارو",
                     "Жан-Ноэль Барро", "Барро"),
    "wangyi": person("CN", "Wang Yi", "وانغ يي", "Ван И"),
    "guterres": person("PT", "Antonio Guterres", "António Guterres", "Guterres", "أنطونيو غوتيريش", "غوتيريش",
                       "Антониу Гутерриш", "Гутерриш", "Антониу Гутерреш", "Гутерреш",
                       forms=["Антониу Гутерриша", "Гутерриша", "Гутерришу", "Гутерришем", "Антониу Гутеррешем", "Гутеррешем", "Гутерреша"]),
    "abdelatty": person("EG", "Badr Abdelatty", "Abdelatty", "بدر عبد العاطي", "عبد العاطي", "Badr Abdel Ati",
                        "Бадр Абдель Ати", "Абдель Ати"),
    "safadi": person("JO", "Ayman Safadi", "Safadi", "أيمن الصفدي", "الصفدي", "Aïmane Safadi", "Айман Сафади", "Сафади"),
    "faisal": person("SA", "Faisal bin Farhan", "Prince Faisal bin Farhan", "فيصل بن فرحان", "الأمير فيصل بن فرحان",
                     "Fayçal ben Farhane", "Faisal ben Farhane", "Фейсал бен Фархан", "Фейсал бин Фархан",
                     forms=["Фейсала бен Фархана", "Фейсалом бен Фарханом"]),
    "zakharova": person("RU", "Maria Zakharova", "Zakharova", "ماريا زاخاروفا", "زاخاروفا", "Maria Zakharova",
                        "Мария Захарова", "Захарова", forms=["Марии Захаровой", "Захаровой"]),
    "peskov": person("RU", "Dmitry Peskov", "Dmitri Peskov", "Peskov", "ديمتري بيسكوف", "بيسكوف", "Dmitri Peskov",
                     "Дмитрий Песков", "Песков", forms=["Дмитрия Пескова", "Пескова", "Пескову"]),
    "macron": person("FR", "Emmanuel Macron", "Macron", "إيمانويل ماكرون", "ماكرون", "Эмманюэль Макрон", "Макрон",
                     forms=["Эмманюэля Макрона", "Макрона", "Макрону", "Макроном"]),
    "putin": person("RU", "Vladimir Putin", "Putin", "فلاديمير بوتين", "بوتين", "Vladimir Poutine", "Poutine",
                    "Владимир Путин", "Путин", forms=["Владимира Путина", "Путина", "Путину", "Путиным"]),
    "erdogan": person("TR", "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "Erdogan", "Erdoğan", "رجب طيب أردوغان",
                      "أردوغان", "Реджеп Тайип Эрдоган", "Эрдоган", forms=["Эрдогана", "Эрдогану", "Эрдоганом"]),
    "assad": person("SY", "Bashar al-Assad", "al-Assad", "Assad", "بشار الأسد", "الأسد", "Bachar al-Assad",
                    "Башар Асад", "Асад", forms=["Башара Асада", "Асада"]),
    "sisi": person("EG", "Abdel Fattah al-Sisi", "al-Sisi", "Sisi", "عبد الفتاح السيسي", "السيسي", "Abdel Fattah al-Sissi",
                   "al-Sissi", "Абдель Фаттах ас-Сиси", "ас-Сиси"),
    "mbs": person("SA", "Mohammed bin Salman", "Mohammed ben Salmane", "محمد بن سلمان", "الأمير محمد بن سلمان",
                  "Мухаммед бен Сальман", forms=["Мухаммеда бен Сальмана"]),
    "abdullah2": person("JO", "King Abdullah II", "Abdullah II", "الملك عبد الله الثاني", "عبد الله الثاني",
                        "Abdallah II", "Абдалла II"),
    "tamim": person("QA", "Tamim bin Hamad Al Thani", "Sheikh Tamim bin Hamad Al Thani", "تميم بن حمد آل ثاني",
                    "الشيخ تميم بن حمد آل ثاني", "تميم بن حمد", "Tamim ben Hamad Al-Thani", "Тамим бен Хамад Аль Тани"),
    "trump": person("US", "Donald Trump", "Trump", "دونالد ترامب", "ترامب", "Дональд Трамп", "Трамп",
                    forms=["Дональда Трампа", "Трампа", "Трампу", "Трампом"]),
    "araghchi": person("IR", "Abbas Araghchi", "Araghchi", "عباس عراقجي", "عراقجي", "Abbas Araghchi", "Аббас Аракчи",
                       "Аракчи"),
    "grossi": person("AR", "Rafael Grossi", "Grossi", "رافائيل غروسي", "غروسي", "Рафаэль Гросси", "Гросси"),
    "kallas": person("EE", "Kaja Kallas", "Kallas", "كايا كالاس", "كالاس", "Кая Каллас", "Каллас"),
    "mishustin": person("RU", "Mikhail Mishustin", "Mishustin", "ميخائيل ميشوستين", "Mikhaïl Michoustine",
                        "Михаил Мишустин", "Мишустин", forms=["Мишустина", "Мишустиным"]),
    "tebboune": person("DZ", "Abdelmadjid Tebboune", "Tebboune", "عبد المجيد تبون", "تبون", "Абдельмаджид Теббун", "Теббун"),
    "attaf": person("DZ", "Ahmed Attaf", "Attaf", "أحمد عطاف", "عطاف", "Ахмед Аттаф", "Аттаф"),
    "bourita": person("MA", "Nasser Bourita", "Bourita", "ناصر بوريطة", "بوريطة", "Насер Бурита", "Бурита"),
    "nourredine": person("TN", "Mohamed Ali Nafti", "Nafti", "محمد علي النفطي", "النفطي", "Мохамед Али Нафти", "Нафти"),

    # ---- countries
    "RU": country("Russia", "روسيا", "Russie", "Россия", forms=["Росси*", "РФ", "Russian Federation"],
                  demonyms=["Russian", "Russians", "russe", "russes", "Russe", "Russes", "russo", "روسي", "روسية", "الروسي",
                            "الروسية", "الروس", "الروسيين", "الروسيان", "российск*", "Российск*", "россиян*"]),
    "SY": country("Syria", "سوريا", "سورية", "Syrie", "Сирия", forms=["Сири*", "САР"],
                  demonyms=["syrien*", "Syrian", "Syrians", "syrien", "syrienne", "syriens", "syriennes", "Syrien", "Syriens", "syro",
                            "سوري", "السوري", "السورية", "السوريين", "السوريون", "سوريين", "сирийск*", "Сирийск*"]),
    "TR": country("Turkey", "Türkiye", "تركيا", "Turquie", "Турция", forms=["Турци*"],
                  demonyms=["turques", "Turkish", "Turks", "turc", "turque", "turcs", "turques", "التركي", "التركية", "تركي",
                            "تركية", "الأتراك", "турецк*", "Турецк*"]),
    "US": country("United States", "US", "U.S.", "الولايات المتحدة", "États-Unis", "Etats-Unis", "США",
                  forms=["America", "أمريكا", "أميركا", "Соединенн* Штат*", "Соединённ* Штат*"],
                  demonyms=["américain*", "American", "Americans", "américain", "américaine", "américains", "américaines",
                            "الأمريكي", "الأمريكية", "الأميركي", "الأميركية", "أمريكي", "أميركي", "الأمريكيين",
                            "الأميركيين", "американск*", "Американск*"]),
    "FR": country("France", "فرنسا", "Франция", forms=["Франци*"],
                  demonyms=["français*", "French", "français", "française", "françaises", "Français", "الفرنسي", "الفرنسية",
                            "فرنسي", "الفرنسيين", "французск*", "Французск*"]),
    "CN": country("China", "الصين", "Chine", "Китай", forms=["Кита*", "КНР"],
                  demonyms=["chinois*", "Chinese", "chinois", "chinoise", "الصيني", "الصينية", "китайск*", "Китайск*"]),
    "EG": country("Egypt", "مصر", "Égypte", "Egypte", "Египет", forms=["Египт*"],
                  demonyms=["égyptien*", "Egyptian", "Egyptians", "égyptien", "égyptienne", "égyptiens", "المصري", "المصرية",
                            "المصريين", "مصري", "египетск*", "Египетск*"]),
    "JO": country("Jordan", "الأردن", "Jordanie", "Иордания", forms=["Иордани*"],
                  demonyms=["jordanien*", "Jordanian", "Jordanians", "jordanien", "jordanienne", "الأردني", "الأردنية",
                            "иорданск*", "Иорданск*"]),
    "SA": country("Saudi Arabia", "السعودية", "المملكة العربية السعودية", "Arabie saoudite", "Саудовская Аравия",
                  forms=["Саудовск* Арави*", "КСА"],
                  demonyms=["saoudien*", "Saudi", "Saudis", "saoudien", "saoudienne", "saoudiens", "السعودي", "السعوديين",
                            "саудовск*", "Саудовск*"]),
    "QA": country("Qatar", "قطر", "Катар", forms=["Катар*"],
                  demonyms=["Qatari", "qatari", "qatarie", "qatarien", "qataris", "qataries", "القطري", "القطرية", "катарск*"]),
    "IR": country("Iran", "إيران", "Иран", forms=["Иран*"],
                  demonyms=["iranien*", "Iranian", "Iranians", "iranien", "iranienne", "iraniens", "الإيراني", "الإيرانية",
                            "иранск*", "Иранск*"]),
    "LB": country("Lebanon", "لبنان", "Liban", "Ливан", forms=["Ливан*"],
                  demonyms=["libanais*", "Lebanese", "libanais", "libanaise", "اللبناني", "اللبنانية", "ливанск*"]),
    "IQ": country("Iraq", "العراق", "Irak", "Ирак", forms=["Ирак*"],
                  demonyms=["irakien*", "Iraqi", "Iraqis", "irakien", "irakienne", "العراقي", "العراقية", "иракск*"]),
    "UA": country("Ukraine", "أوكرانيا", "Украина", forms=["Украин*"],
                  demonyms=["ukrainien*", "Ukrainian", "Ukrainians", "ukrainien", "ukrainienne", "الأوكراني", "الأوكرانية", "الأوكرانيين",
                            "украинск*", "Украинск*"]),
    "DZ": country("Algeria", "الجزائر", "Algérie", "Алжир", forms=["Алжир*"],
                  demonyms=["algérien*", "Algerian", "algérien", "algérienne", "الجزائري", "الجزائرية", "алжирск*"]),
    "MA": country("Morocco", "المغرب", "Maroc", "Марокко",
                  demonyms=["marocain*", "Moroccan", "marocain", "marocaine", "المغربي", "المغربية", "марокканск*"]),
    "TN": country("Tunisia", "تونس", "Tunisie", "Тунис", demonyms=["tunisien*", "Tunisian", "tunisien", "tunisienne", "التونسي",
                                                                   "التونسية", "тунисск*"]),
    "AE": country("United Arab Emirates", "UAE", "الإمارات", "Émirats arabes unis", "ОАЭ",
                  demonyms=["Emirati", "émirien", "émirienne", "الإماراتي", "الإماراتية", "эмиратск*"]),
    "DE": country("Germany", "ألمانيا", "Allemagne", "Германия", forms=["Германи*"],
                  demonyms=["allemand*", "German", "allemand", "allemande", "الألماني", "الألمانية", "немецк*", "германск*"]),
    "GB": country("United Kingdom", "Britain", "UK", "بريطانيا", "المملكة المتحدة", "Royaume-Uni", "Великобритания",
                  forms=["Великобритани*"], demonyms=["britanniques", "British", "britannique", "البريطاني", "البريطانية", "британск*"]),
    "IL": country("Israel", "إسرائيل", "Israël", "Израиль", forms=["Израил*"],
                  demonyms=["israélien*", "Israeli", "Israelis", "israélien", "israélienne", "الإسرائيلي", "الإسرائيلية",
                            "израильск*", "Израильск*"]),
    "PS": country("Palestine", "فلسطين", "Палестина", forms=["Палестин*"],
                  demonyms=["palestinien*", "Palestinian", "Palestinians", "palestinien", "palestinienne", "palestiniens", "Palestinien", "Palestiniens",
                            "الفلسطيني", "الفلسطينية", "الفلسطينيين", "فلسطينية", "فلسطيني", "палестинск*", "Палестинск*"]),

    # ---- organisations
    "UN": org("United Nations", "UN", "U.N.", "الأمم المتحدة", "ONU", "Nations unies", "ООН",
              forms=["Organisation des Nations unies", "Организаци* Объединенных Наций"]),
    "UNSC": org("UN Security Council", "Security Council", "مجلس الأمن", "مجلس الأمن الدولي", "Conseil de sécurité",
                "Совет Безопасности ООН", "Совбез ООН", forms=["Совет* Безопасности", "СБ ООН"]),
    "NATO": org("NATO", "North Atlantic Treaty Organization", "حلف الناتو", "الناتو", "حلف شمال الأطلسي", "OTAN",
                "НАТО"),
    "EU": org("European Union", "EU", "الاتحاد الأوروبي", "Union européenne", "UE", "Евросоюз", "ЕС",
              forms=["Евросоюз*", "Европейск* союз*"]),
    "ARAB_LEAGUE": org("Arab League", "League of Arab States", "الجامعة العربية", "جامعة الدول العربية",
                       "Ligue arabe", "Лига арабских государств", "ЛАГ", forms=["Лиг* арабских государств"]),
    "OPEC": org("OPEC", "OPEC+", "أوبك", "أوبك+", "OPEP", "ОПЕК", "ОПЕК+"),
    "IAEA": org("IAEA", "International Atomic Energy Agency", "الوكالة الدولية للطاقة الذرية", "AIEA", "МАГАТЭ"),
    "GCC": org("Gulf Cooperation Council", "GCC", "مجلس التعاون الخليجي", "مجلس التعاون لدول الخليج العربية",
               "Conseil de coopération du Golfe", "CCG", "Совет сотрудничества арабских государств Персидского залива", "ССАГПЗ"),
    "SANA": org("SANA", "Syrian Arab News Agency", "سانا", "وكالة سانا", "САНА", country_code="SY"),
    "TASS": org("TASS", "تاس", "وكالة تاس", "ТАСС", country_code="RU"),
    "RIA": org("RIA Novosti", "ريا نوفوستي", "РИА Новости", country_code="RU"),
    "INTERFAX": org("Interfax", "إنترفاكس", "Интерфакс", country_code="RU"),
    "SPUTNIK": org("Sputnik", "سبوتنيك", "Спутник", country_code="RU"),
    "AFP": org("AFP", "Agence France-Presse", "فرانس برس", "وكالة فرانس برس", "Франс Пресс", "Франс Пресс"),
    "REUTERS": org("Reuters", "رويترز", "وكالة رويترز", "Рейтер", forms=["Рейтер*"]),
    "AP": org("Associated Press", "AP", "أسوشيتد برس", "Ассошиэйтед Пресс"),
    "ANADOLU": org("Anadolu Agency", "Anadolu", "الأناضول", "وكالة الأناضول", "Anadolu", "Анадолу", country_code="TR"),
    "QNA": org("Qatar News Agency", "QNA", "قنا", "وكالة الأنباء القطرية", country_code="QA"),
    "SPA": org("Saudi Press Agency", "SPA", "واس", "وكالة الأنباء السعودية", country_code="SA"),
    "MENA": org("Middle East News Agency", "MENA", "وكالة أنباء الشرق الأوسط", "أ ش أ", country_code="EG"),
    "PETRA": org("Petra", "Jordan News Agency", "بترا", "وكالة الأنباء الأردنية", "Петра", country_code="JO"),
    "APS": org("Algeria Press Service", "APS", "وكالة الأنباء الجزائرية", country_code="DZ"),
    "MAP": org("Maghreb Arab Press", "MAP", "وكالة المغرب العربي للأنباء", country_code="MA"),
    "TAP": org("Tunis Afrique Presse", "TAP", "وكالة تونس أفريقيا للأنباء", country_code="TN"),
    "XINHUA": org("Xinhua", "شينخوا", "Синьхуа", country_code="CN"),
    "KREMLIN": place("RU", "Kremlin", "الكرملين", "Kremlin", "Кремль", forms=["Кремл*"]),

    # ---- places
    "moscow": place("RU", "Moscow", "موسكو", "Moscou", "Москва", forms=["Москв*"]),
    "damascus": place("SY", "Damascus", "دمشق", "Damas", "Дамаск", forms=["Дамаск*"]),
    "ankara": place("TR", "Ankara", "أنقرة", "Анкара", forms=["Анкар*"]),
    "istanbul": place("TR", "Istanbul", "إسطنبول", "اسطنبول", "Stamboul", "Стамбул", forms=["Стамбул*"]),
    "paris": place("FR", "Paris", "باريس", "Париж", forms=["Париж*"]),
    "washington": place("US", "Washington", "واشنطن", "Вашингтон", forms=["Вашингтон*"]),
    "beijing": place("CN", "Beijing", "بكين", "Pékin", "Пекин", forms=["Пекин*"]),
    "cairo": place("EG", "Cairo", "القاهرة", "Le Caire", "Каир", forms=["Каир*", "Caire"]),
    "amman": place("JO", "Amman", "عمان", "عمّان", "Амман", forms=["Амман*"]),
    "riyadh": place("SA", "Riyadh", "الرياض", "Riyad", "Эр-Рияд", forms=["Эр-Рияд*"]),
    "doha": place("QA", "Doha", "الدوحة", "Доха", forms=["Дохе", "Дохи", "Доху"]),
    "newyork": place("US", "New York", "نيويورك", "Нью-Йорк", forms=["Нью-Йорк*"]),
    "geneva": place("CH", "Geneva", "جنيف", "Genève", "Женева", forms=["Женев*"]),
    "brussels": place("BE", "Brussels", "بروكسل", "Bruxelles", "Брюссель", forms=["Брюссел*"]),
    "tehran": place("IR", "Tehran", "طهران", "Téhéran", "Тегеран", forms=["Тегеран*"]),
    "beirut": place("LB", "Beirut", "بيروت", "Beyrouth", "Бейрут", forms=["Бейрут*"]),
    "aleppo": place("SY", "Aleppo", "حلب", "Alep", "Алеппо"),
    "latakia": place("SY", "Latakia", "اللاذقية", "Lattaquié", "Латакия", forms=["Латаки*"]),
    "rabat": place("MA", "Rabat", "الرباط", "Рабат", forms=["Рабат*"]),
    "jeddah": place("SA", "Jeddah", "جدة", "Djeddah", "Джидда", forms=["Джидд*"]),
    "sochi": place("RU", "Sochi", "سوتشي", "Sotchi", "Сочи"),
    "vienna": place("AT", "Vienna", "فيينا", "Vienne", "Вена", forms=["Вене", "Вену", "Вены"]),
    "algiers": place("DZ", "Algiers", "الجزائر العاصمة", "Alger"),
    "tunis": place("TN", "Tunis", "تونس العاصمة"),
    "hmeimim": place("SY", "Hmeimim", "حميميم", "Hmeimim", "Хмеймим"),
    "tartus": place("SY", "Tartus", "طرطوس", "Tartous", "Тартус", forms=["Тартус*"]),
    "gaza": place("PS", "Gaza", "Gaza Strip", "غزة", "قطاع غزة", "bande de Gaza", "Газа", forms=["Газы", "Газе", "Газу", "сектор* Газа"]),
    "kyiv": place("UA", "Kyiv", "Kiev", "كييف", "Kiev", "Киев", forms=["Киев*"]),
    "antalya": place("TR", "Antalya", "أنطاليا", "Анталья", forms=["Анталь*"]),
    "sharm": place("EG", "Sharm el-Sheikh", "شرم الشيخ", "Charm el-Cheikh", "Шарм-эш-Шейх"),
    "baghdad": place("IQ", "Baghdad", "بغداد", "Bagdad", "Багдад", forms=["Багдад*"]),
}


def _add_indefinite_nisba():
    """Arabic nisba adjectives also occur without the article (وفد أمريكي، محادثات روسية أمريكية)."""
    for entry in LEX.values():
        extra = [d[2:] for d in entry.get("demonyms", []) if d.startswith("ال") and len(d) > 4]
        entry["demonyms"] = list(dict.fromkeys(entry.get("demonyms", []) + extra))


_add_indefinite_nisba()
