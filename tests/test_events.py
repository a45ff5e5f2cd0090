import rasd
from rasd import Settings


def events(text, published="2021-04-14", **kw):
    doc = rasd.code_text(text, published=published, settings=Settings(**kw))
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in doc.events]


def _code(m):
    return m.code if m else None


def modalities(text, published="2021-04-14"):
    return [(e.cameo, e.modality) for e in rasd.code_text(text, published=published).events]


def test_vso_and_svo():
    assert events("اتهم الرئيس الروسي واشنطن بالتدخل.") == [("RUSGOV", "USAGOV", "112")]
    assert events("قال المتحدث إن موسكو تتهم واشنطن بالتدخل.") == [("RUSGOV", "USAGOV", "112")]


def test_negated_events_are_not_reported():
    assert events("لم تتهم موسكو واشنطن بالتدخل.") == []
    assert events("لن تفرض فرنسا عقوبات على إيران.") == []
    negated = rasd.code_text("لم تتهم موسكو واشنطن بالتدخل.", settings=Settings(keep_negated=True))
    assert [e.negated for e in negated.events] == [True]


def test_passive_has_target_and_no_source():
    doc = rasd.code_text("اغتيل مسؤول إيراني في دمشق.", published="2021-04-14")
    [e] = doc.events
    assert e.source is None and e.target.code == "IRNGOV" and e.root == "18"


def test_coordinated_targets_give_one_event_each():
    got = events("أدانت مصر واشنطن ولندن.")
    assert sorted(got) == [("EGY", "GBRGOV", "111"), ("EGY", "USAGOV", "111")]


def test_no_default_code_for_bare_statements():
    assert events("قال وزير الخارجية الروسي إن العلاقات مع الولايات المتحدة مهمة.") == []


def test_modality_threat_future_and_report():
    doc = rasd.code_text("سيزور الرئيس الفرنسي الصين الشهر المقبل.")
    assert [(e.cameo, e.modality) for e in doc.events] == [("042", "intended")]
    doc = rasd.code_text("قالت وزارة الخارجية الروسية إن القوات الأوكرانية قصفت الانفصاليين.")
    assert {e.modality for e in doc.events} == {"reported"}
    # a threat governs what follows it and what it says («بأن»), not the next clause
    assert ("190", "threatened") in modalities("هدد الرئيس بأن الجيش سيقصف المدينة.")
    assert modalities("وقالت الشرطة إن مسلحين يشتبه بأنهم متورطون قتلوا خمسة أشخاص.") == [
        ("1823", "hypothetical")]
    assert ("173", "asserted") in modalities(
        "وكان الوزير المصري قد هدد المتظاهرين حيث اعتقلت الشرطة خمسة منهم.")


def test_event_fields_follow_the_ontology():
    doc = rasd.code_text("فرضت الولايات المتحدة عقوبات على روسيا.", published="2022-03-01")
    [e] = doc.events
    got = (e.cameo, e.root, e.plover, e.quad_class, e.goldstein)
    assert got == ("163", "16", "COERCE", 4, -8.0)
    assert e.date == "2022-03-01" and 0 < e.confidence <= 1
    assert doc.text[e.trigger.start:e.trigger.end] == e.trigger.text


def test_min_confidence_filters():
    assert events("فرضت الولايات المتحدة عقوبات على روسيا.", min_confidence=0.99) == []


def test_direct_and_indirect_speech_are_quotes_with_their_speaker():
    doc = rasd.code_text("قال وزير الخارجية الروسي إن موسكو تدرس الاقتراح. "
                         "وأضاف: «لن نقبل الضغوط».", published="2022-01-01")
    got = [(q.kind, q.speaker.code if q.speaker else None, q.text) for q in doc.quotes]
    assert got == [("indirect", "RUSGOV", "موسكو تدرس الاقتراح"),
                   ("direct", "RUSGOV", "لن نقبل الضغوط")]
    for q in doc.quotes:
        assert doc.text[q.start:q.end] == q.text


def test_event_in_reported_speech_has_its_own_actors():
    doc = rasd.code_text("قالت وزارة الخارجية الأمريكية إن روسيا قصفت مدينة أوكرانية.")
    [e] = doc.events
    assert (e.source.code, e.modality) == ("RUS", "reported")
    assert not any(ev.root == "01" for ev in doc.events)  # no flood of statements


def test_verb_joined_by_wa_shares_the_subject_of_the_verb_before():
    got = events("طالبت واشنطن بالإفراج عن الصحفي وفرضت عقوبات على روسيا.")
    assert ("USAGOV", "RUS", "163") in got


def test_condemned_attack_is_the_content_not_a_second_event():
    assert events("أدانت مصر والأردن الغارة الإسرائيلية على دمشق.") == [
        ("EGY", "ISR", "111"), ("JOR", "ISR", "111")]


def test_questions_and_conditions_are_hypothetical():
    doc = rasd.code_text("هل تفرض اليابان عقوبات على إيران؟")
    assert [e.modality for e in doc.events] == ["hypothetical"]
    doc = rasd.code_text("إذا قطعت مصر علاقاتها مع إسرائيل فإن الاتفاق في خطر.")
    assert {e.modality for e in doc.events} <= {"hypothetical"}


def test_a_bomb_that_goes_off_implies_an_unknown_attacker_but_talk_of_bombs_does_not():
    doc = rasd.code_text("انفجرت سيارة مفخخة قرب مركز للشرطة العراقية في بغداد.")
    assert [(e.source.code, e.root) for e in doc.events] == [("UAF", "18")]
    assert events("السيارات المفخخة ظاهرة خطيرة في المنطقة.") == []
    assert events("فككت قوات الأمن سيارة مفخخة قرب السفارة.") == []


def test_what_an_attack_aimed_at_is_its_target():
    assert events("أعلن مصدر أن هجوما انتحاريا استهدف موكب وزير الداخلية العراقي.") == [
        ("UAF", "IRQGOV", "1831")]
    assert events("وقتل عشرة أشخاص في تفجير انتحاري استهدف قافلة عسكرية تركية.") == [
        ("UAF", "CVL", "1823"), ("UAF", "TURMIL", "1831")]
    # a prepositional phrase ends the reach: the embassy is where, not what was aimed at
    assert events("وقع تفجير انتحاري قرب السفارة الأمريكية واستهدف الحي.") == [
        ("UAF", None, "1831")]


def test_event_location_is_the_place_named_with_fi():
    doc = rasd.code_text("تظاهر الآلاف في بغداد ضد الحكومة العراقية. "
                         "شن الجيش الإسرائيلي غارات على مواقع في جنوب لبنان.")
    got = [(e.root, e.location.name if e.location else None,
            e.location.country if e.location else None) for e in doc.events]
    assert ("14", "بغداد", "IRQ") in got
    assert ("19", "لبنان", "LBN") in got


def test_armed_attack_needs_an_armed_attacker_and_fiction_is_not_news():
    assert events("هاجم مسلحون مركزا للشرطة العراقية.") == [("UAF", "IRQCOP", "190")]
    # a president attacks the press in words (111), not by arms
    assert events("هاجم الرئيس الفرنسي الصحافة في خطابه.") == [("FRAGOV", "MED", "111")]
    assert events("في الفيلم الجديد يهاجم الجيش الأمريكي مدينة خيالية.") == []


def test_a_kill_verb_after_its_noun_with_no_object_is_passive():
    doc = rasd.code_text("وقال مسؤول إن جنديا عراقيا قتل في الهجوم.")
    assert [(e.source, e.target.code, e.root) for e in doc.events] == [(None, "IRQMIL", "18")]
    # a time of day after the verb is no count of its object («حوالي الساعة السادسة»)
    assert events("وقال إن الجنديين قتلا حوالي الساعة السادسة صباحا.") == [
        (None, "MIL", "1823")]
    assert events("وقتل حوالي الساعة السادسة صباحا 5 جنود.") == [(None, "MIL", "1823")]
    # a verb with its object as a pronoun is active, the plural's «وا» losing its alif
    # («خطفوه»), and the doer of an assault on someone unnamed is still its doer
    assert events("وقال إن مسلحين خطفوه من منزله.") == [("UAF", None, "181")]
    assert events("وقال شهود إن الشرطة قتلته أمس.") == [("COP", None, "1823")]
    # in a relative clause it tells who the man is
    assert events("وتساءل المحققون عن دوافع الشاب الذي قتلته الشرطة أمس.") == []


def test_a_crowd_of_members_of_an_unknown_party_is_still_a_crowd():
    # «حزب الغد» is a name the tagger knows but no actor code: the count stays the source.
    # (The tagger reads the sentence because a title, «زعيم», comes before a name.)
    got = events("تظاهر عشرات من أعضاء حزب الغد أمام مقر البرلمان للمطالبة بالإفراج عن "
                 "زعيم الحزب أيمن نور.")
    assert [(src, code[:2]) for src, _, code in got] == [("CVL", "14")]


def test_passive_periphrasis_and_agent_phrases():
    # «تم / جرى + verbal noun» is a passive: the genitive is the target, the agent the source
    assert events("تم اعتقال ثلاثة صحفيين من قبل الشرطة المصرية.") == [
        ("EGYCOP", "MED", "173")]
    assert events("جرى اعتقال عشرات المتظاهرين في طهران.") == [(None, "CVL", "173")]
    # an agent phrase after the noun that follows an active-looking verb makes it passive
    assert events("قتل جندي عراقي بنيران مسلحين مجهولين في الموصل.") == [
        ("UAF", "IRQMIL", "1823")]
    # the authority reporting a passive arrest is taken for its agent
    assert events("ذكرت الشرطة الفيتنامية أنه تم إلقاء القبض على رئيس شركة النفط.")[0][:1] == (
        "VNMCOP",)
    # a pronoun on the noun is what was done to, the agent phrase the doer; nothing else
    # in the sentence is the target
    assert events("وقال المحامي إن موكله تم اختطافه على يد مسلحين.") == [("UAF", None, "181")]
    assert events("وتم اعتقالها من قبل الشرطة التركية في إسطنبول.") == [
        ("TURCOP", None, "173")]
    assert events("وجرى إسقاطها بمدفع مضاد للطائرات.") == []


def test_deaths_in_an_accident_are_not_violence():
    assert events("قتل 12 شخصا في حادث اصطدام حافلة بشاحنة على الطريق الصحراوي.") == []
    assert events("مقتل 20 شخصا بسبب الفيضانات في بنغلاديش.") == []  # with the article
    # the count before the verb makes it a passive too; the collision still rules it out
    assert events("أعلنت الشرطة أن 15 شخصا قتلوا إثر اصطدام مركب بصندل في النيل.") == []
    # nor is an animal anyone's doer
    assert events("ثور هائج يقتل رجلين في مهرجان شعبي") == []
    assert events("مقتل طفلين بلدغة ثعبان في قرية نائية.") == []
    assert events("مصرع ثلاثة أشخاص دهسا على طريق المطار.") == []  # run over
    # with no accident word, the same deaths are an attack's
    assert events("قتل 12 شخصا في هجوم مسلح على حافلة.") == [(None, "CVL", "1823")]


def test_a_place_after_wa_fi_is_not_the_subject():
    # nor a country after a place word: «شرق اليمن» belongs to the place phrase
    assert events("وفي محافظة مأرب شرق اليمن قتل 13 مسلحا من الحوثيين في مواجهات.")[0][0] \
        is None
    # «وفي تونس»: the preposition carries the conjunction; Tunisia did not kill anyone
    assert events("وفي تونس قتل 37 شخصا على الأقل في هجوم على فندق.") == [
        (None, "CVL", "1823")]


def test_a_verbal_noun_restating_the_event_is_not_a_second_event():
    assert events("نزل آلاف الأشخاص إلى الشوارع للاحتجاج على تدني الأجور.") == [
        ("CVL", None, "141")]


def test_quoted_names_are_part_of_the_phrase():
    # Quotation marks around a name neither end the clause nor hide the name.
    assert events("هاجمت حركة «حماس» موقعا للجيش الإسرائيلي.") == [("PSEREB", "ISRMIL", "190")]
    assert events("قتلت القوات الأمريكية زعيم «القاعدة» في العراق.") == [
        ("USAMIL", "IMGALQ", "1823")]
    # places inside a quoted name are part of the name
    assert events("وعلى عكس «داعش في العراق وسوريا» تتعاون مع «داعش ليبيا» جماعات كثيرة.") == []
    # Unquoted, القاعدة is "the base", not al-Qaeda.
    doc = rasd.code_text("قصفت الطائرات القاعدة في الصحراء.")
    assert "IMGALQ" not in {m.code for m in doc.entities}


def test_a_vso_kill_verb_whose_noun_ends_the_phrase_is_passive():
    assert events("قتل جندي أمريكي في انفجار.") == [(None, "USAMIL", "1823")]
    # an object pronoun, a count after a time phrase or a partitive keep it active
    assert events("قتلته القوات الأمريكية في بغداد.") == [("USAMIL", None, "1823")]
    assert events("وقتل الجيش العراقي في نهاية مايو 25 متمردا.") == [("IRQMIL", "REB", "1823")]
    # a time after the noun is no object; what follows the time may be one
    assert events("قتل جنديان أمريكيان ليل أول من أمس في انفجار.") == [(None, "USAMIL", "1823")]
    assert events("قتل جندي أمريكي مساء الأحد قرب بغداد.") == [(None, "USAMIL", "1823")]
    assert events("قتل مسلحون أمس شرطيا عراقيا.") == [("UAF", "IRQCOP", "1823")]


def test_a_plural_verb_has_its_subject_in_it():
    # «يقتلوا أمريكيين»: the noun after a plural verb is its object, never its subject, so
    # it is not read as the victim of a passive
    assert events("حذر من أنهم يمكن أن يقتلوا أمريكيين في العراق.") == []
    assert events("قال إنهم قتلوا أمريكيين في العراق.") == []
    assert events("قتل أمريكيون في العراق.") == [(None, "USA", "1823")]


def test_a_verb_cannot_follow_a_preposition():
    # «على قتل المدنيين» is the verbal noun: no passive reading with the victims as subject
    assert events("دعا البيان إلى العمل على قتل المدنيين في المدينة.") == []
    assert events("تحدث التقرير عن عملية خطف الصحفيين في بغداد.") == []


def test_a_pronoun_after_anna_is_the_nearest_speaker():
    text = ("قال وزير الخارجية الروسي إن الاتفاق تحقق، وأعلن وزير الخارجية الفرنسي أنه "
            "سيجتمع مع الرئيس الإيراني.")
    assert events(text) == [("FRAGOV", "IRNGOV", "040")]


def test_south_of_a_city_is_a_place_not_an_agent():
    got = events("أغلق متظاهرون في أحياء جنوبي الخرطوم الشوارع احتجاجا على انقطاع المياه.")
    assert got == [("CVL", None, "141")]


def test_force_aimed_at_something_that_is_no_actor_is_still_an_attack():
    assert events("أطلقت الطائرات الإسرائيلية خمسة صواريخ على منزل في غزة.") == [
        ("ISRMIL", None, "195")]
    # an adverb after على is no target, and a missile test has none
    assert events("أطلقت كوريا الشمالية على الأقل صاروخين.") == []
    assert events("أطلقت كوريا الشمالية صاروخا باليستيا.") == []


def test_a_unit_drawn_from_a_body_or_owned_by_it_acts_for_it():
    # units in construct after an agent phrase («بعض أفراد»), and «آخر» after a unit
    assert events("وقتل القيادي من قبل بعض أفراد القوات اليمنية في صنعاء.")[0][0] == "YEMMIL"
    assert events("وأضاف أن عددا آخر من عناصر داعش قتلوا في الغارة.") == [
        (None, "IMGISI", "1823")]
    # an adjective may stand between the unit and «من»
    assert events("وكانت فرقة خاصة من الشرطة العراقية قد قتلت أمس ثلاثة مسلحين.") == [
        ("IRQCOP", "UAF", "1823")]
    assert events("قال السكان إن قوة من الشرطة العراقية اعتدت على المصلين.") == [
        ("IRQCOP", "CVL", "182")]
    # «بدون» inside a name is no negation; the drone's owner fires it
    assert events("أطلقت طائرة بدون طيار تابعة للجيش الإسرائيلي صاروخا على مجموعة من "
                  "المسلحين.") == [("ISRMIL", "UAF", "195")]


def test_a_speech_verb_with_a_subject_of_its_own_does_not_continue_the_last_speaker():
    text = ("قال وزير الدفاع الأمريكي إن الجيش مستعد. "
            "واعتبر زعماء التنظيم أنهم سيفرضون عقوبات على إيران.")
    assert events(text) == []  # before the fix: USAGOV imposing sanctions
    # «وأضاف أن» has none, and continues it
    text = "قال وزير الدفاع الأمريكي إن الجيش مستعد. وأضاف أنه سيفرض عقوبات على إيران."
    assert events(text) == [("USAGOV", "IRN", "163")]


def test_protests_that_break_out_have_an_unnamed_crowd_as_source():
    doc = rasd.code_text("اندلعت في القاهرة أمس مظاهرات مناوئة للحكومة.")
    [e] = doc.events
    assert (e.cameo, e.source.code, e.source.name) == ("141", "CVL", "protesters")
    assert events("اندلعت المظاهرات الفلسطينية في رام الله.") == [("PSECVL", None, "141")]
    assert events("وقالت المصادر إن مظاهرة عنيفة اندلعت في المدينة.") == [("CVL", None, "141")]
    assert events("تظاهر نحو ألفي شخص أمس في عمان.") == [("CVL", None, "141")]
    # talk about demonstrations is not one taking place, nor are protests already known
    assert events("ناقش البرلمان قانون المظاهرات.") == []
    assert events("وأكدت الأحزاب دعمها للاحتجاجات التي انطلقت في المدينة.") == []


def test_an_adverbial_protest_is_done_by_the_clause_subject_not_the_nearest_actor():
    got = events("وشكل مئات المتظاهرين سلسلة بشرية قرب مطار يريفان للاحتجاج على الزيارة.")
    assert got == [("CVL", None, "141")]


def test_a_support_verb_after_the_noun_gives_its_source():
    # «الهجوم الذي نفذته طالبان»: نفذ with a pronoun for the attack names who carried it out
    assert events("وقع الهجوم الذي نفذته حركة طالبان في كابول.") == [("AFGREB", None, "190")]
    assert events("وقع الهجوم الانتحاري الذي نفذته حركة طالبان في كابول.") == [
        ("AFGREB", None, "1831")]
    # a relative after another noun is that noun's: the blockade is imposed, not the attack
    assert events("وقال إن الهجوم جاء بعد الحصار الذي تفرضه حركة طالبان على المدينة.") == []
    assert events("قتل مدنيون في غارة جوية شنتها القوات الأمريكية على القرية.") == [
        ("USAMIL", "CVL", "1823"), ("USAMIL", None, "195")]
    # an affiliated group acts itself; a drone acts for the army that owns it
    assert events("قالت مصادر إن هجمات نفذتها حركة الشباب الصومالية التابعة لتنظيم القاعدة "
                  "ضد كينيا.") == [("SOMREB", "KEN", "190")]


def test_passive_victims_after_counts_members_and_glosses():
    assert events("وقتل أكثر من 30 شخصا في هجمات انتحارية.") == [(None, "CVL", "1823")]
    assert events("قتل أحد أفراد البيشمركة (القوات الكردية) وأصيب آخرون في انفجار.") == [
        (None, "IRQMIL", "1823")]
    assert events("وقتل شخص بعد تعرضه للضرب.") == [(None, "CVL", "1823")]
    # a duration is no count of people
    assert events("وهو الذي اعتقل أكثر من سنتين والرئيس المؤسس للجمعية.") == []
    # a place's adjective past a preposition is no object
    assert events("لكن أكثر من 90 أستراليا قتلوا في تفجيرات جزيرة بالي الإندونيسية.") == [
        (None, "AUS", "1823")]


def test_exposure_to_violence_and_bombs_in_pairs():
    assert events("تعرضت وزيرة الطاقة السودانية لمحاولة اغتيال في ولاية الوحدة.") == [
        (None, "SDNGOV", "185")]
    assert events("فقد الجيش الأمريكي خمسة جنود في انفجار عبوتين ناسفتين.") == [
        ("UAF", None, "1833")]
    # a site stands for its owner when it is what came under attack
    # (the police of the place where it happened: Kirkuk's, Iraq's)
    assert events("وتعرض مقر الشرطة في كركوك لهجوم بقذائف الهاون.") == [(None, "IRQCOP", "190")]
    assert events("تعرضت ثكنة للجيش لهجوم ليلة أمس.") == [(None, "MIL", "190")]
    # the pronoun of «إنه» before the exposure stands for the speaker, when it agrees
    assert events("وقال الجندي إنه تعرض للضرب على يد الشرطة.") == [("COP", "MIL", "182")]
    assert events("وأكدت الوزيرة أنها تعرضت للضرب.") == [(None, "GOV", "182")]
    assert events("وأكدت الوزارة أنه تعرض للضرب.") == []


def test_a_verbal_noun_after_tamma_is_passive_even_when_spelt_like_its_verb():
    # the agent is the country adjective, not the officials who report it
    assert events("وقال المسؤولون إنه تم شن ضربة جوية أميركية على مناطق في باكستان.") == [
        ("USA", None, "195")]
    assert events("وقالت إنه تم خطف صحفي فرنسي من قبل مسلحين في بغداد.")[0][0] == "UAF"
    # «تم قتلهم»: the pronoun is the object; nothing else in the clause is (and a kill
    # needs a named victim)
    assert events("يرغبن بالانتقام لأقاربهن الذين تم قتلهم من قبل القوات العراقية أو "
                  "الأمريكية.") == []


def test_who_did_what_is_condemned_is_the_target_of_the_condemnation():
    assert events("أدانت الحكومة الأردنية الهجوم الذي نفذه تنظيم داعش على الحدود.") == [
        ("JORGOV", "IMGISI", "111"), ("IMGISI", None, "190")]


def test_a_feminine_or_plural_pronoun_before_the_verb_is_the_speaker_acting():
    assert events("قالت الشرطة العراقية إنها قتلت ستة مسلحين في اشتباك.") == [
        ("IRQCOP", "UAF", "1823")]


def test_machines_are_not_killed():
    # «قتلت طائرة بلا طيار أثناء ضربة»: the drone is the killer, not a passive victim
    got = events("وقتلت طائرة أمريكية بلا طيار أثناء ضربة في باكستان قياديا بارزا.")
    assert got == [("USAMIL", "REB", "1823")]
    assert events("أطلقت طائرات إسرائيلية من دون طيار صواريخ على غزة.") == [
        ("ISRMIL", None, "195")]


def test_an_agent_phrase_later_in_the_clause_makes_the_verb_passive():
    # the victim is a name the lexicons do not know; the agent phrase is what shows a passive
    assert events("وقال إن المهندس سمير خطف من منزله مساء أمس على يد عشرة متمردين.") == [
        ("REB", None, "181")]
    # a country adjective after the verb gives the victim's country
    assert events("قتل شاب فلسطيني صباح أمس برصاص الجيش الإسرائيلي في نابلس.") == [
        ("ISRMIL", "PSE", "1823")]
    # a name after «قتلوا» is its object, so the verb is active, not a passive of the gunmen
    doc = rasd.code_text("وقال الحاكم إن مسلحين مجهولين قتلوا حبيب الله جان أمس.")
    # (the victim has no code, so no event at all, rather than the gunmen as victims)
    assert [(e.source and e.source.code, e.target and e.target.code) for e in doc.events
            if e.root == "18"] == []


def test_a_construct_plural_subject_and_an_agreeing_adjective():
    # «مستوطني» must be followed by its genitive: the village's name is part of the subject
    assert events("وقال إن العشرات من مستوطني يتسهار هاجموا المدنيين في حقولهم.") == [
        ("SET", "CVL", "190")]
    # «مقنعون» agrees with «مسلحون»: the support verb's subject is still found
    assert events("قام مسلحون مقنعون بخطف سائق شاحنة في جنين.")[0][::2] == ("UAF", "181")
    # so is the genitive of a plural role noun without the article: «قوات X» for a name
    # the lexicons do not know, and an adjective after it
    assert events("وقال الأهالي إن قوات كومبا تعتدي على السكان بالضرب.") == [
        ("MIL", "CVL", "182")]
    assert events("عصابات مسلحة داهمت منازل في القرية.") == [("CRM", None, "171")]
    # not a singular: «صوت طفل يبكي صادرا من الحاوية» has no child confiscating anything
    assert events("سمع الشاب صوت طفل يبكي صادرا من الحاوية.") == []


def test_a_verb_after_a_short_relative_clause_has_the_antecedent_for_subject():
    assert events("وقال المجلس إن قوات الأمن التي انتشرت بأعداد كبيرة فرقت المظاهرة.") == [
        ("COP", None, "175")]
    # not the relative clause's own subject
    assert events("طيران التحالف الذي تقوده السعودية شن غارات على مواقع داعش.") == [
        ("MIL", "IMGISI", "195")]
    assert events("المسلحون الذين هاجموا القرية قتلوا عشرة مدنيين.") == [
        ("UAF", "CVL", "1823")]
    # the verb agrees with the relative pronoun: «الذي» is not the subject of «سيطرت»
    got = events("قالت المصادر إن قوات موالية للرئيس هادي الذي يقيم في السعودية سيطرت على "
                 "المطار.")
    assert all(src != "YEMGOV" for src, _, _ in got)


def test_a_count_after_a_verb_joined_to_one_before_is_its_object():
    # the count is what the shared subject arrested, not who arrested
    assert events("داهمتهم قوات الأمن التركية واعتقلت نحو 15 شخصا منهم.")[-1] == (
        "TURCOP", "CVL", "173")
    # a feminine verb with a count of men after it is no passive (that would be «اعتقل»)
    assert events("داهمت الشرطة التركية المنزل واعتقلت نحو 15 شخصا.")[-1] == (
        "TURCOP", "CVL", "173")
    assert events("وقتلت ثلاث نساء في القصف.") == [(None, "CVL", "1823")]
    # a و opening the sentence joins it to no verb: the count is the subject
    assert events("ورشق مئات المتظاهرين قوات الأمن بالحجارة.") == [("CVL", "COP", "145")]


def test_an_aside_between_commas_counts_as_one_word_toward_a_trigger_s_reach():
    # a name and a title in apposition, each set off by commas
    assert events("تعرض وزير النفط العراقي، حسين الشهرستاني، شقيق النائب في البرلمان "
                  "العراقي، لمحاولة اغتيال في بغداد.") == [(None, "IRQGOV", "185")]
    assert events("أعرب وزير الخارجية الألماني، فرانك شتاينماير، عن قلقه من التصعيد.") == [
        ("DEUGOV", None, "012")]
    # a phrase of the clause between commas is no aside: the attack stays out of the
    # threat's reach
    assert events("هدد حزب الله، مؤخرا، بالقصاص من إسرائيل، لمقتل 9 من عناصره في الهجوم "
                  "الذي شنه الجيش الإسرائيلي.") == [("ISRMIL", None, "190")]


def test_a_bracketed_gloss_does_not_count_toward_a_trigger_s_reach():
    assert events("وفي ليما نزل آلاف العمال (عشرة آلاف حسب النقابات) إلى الشوارع أمس.") == [
        ("LAB", None, "141")]


def test_a_count_after_a_kill_verb_is_its_object_not_a_sign_of_the_passive():
    # before the fix the army became the victim of a passive reading
    assert events("الجيش الكيني يقتل 15 مسلحا في هجوم قرب الحدود.") == [
        ("KENMIL", "UAF", "1823")]
    assert events("وكانت قوات الأمن قد قتلت أول من أمس أربعة من المتهمين.") == [
        ("COP", None, "1823")]


def test_occupation_and_coalition_forces_are_military_with_no_country_of_their_own():
    assert events("شنت طائرات التحالف سلسلة غارات على مواقع المتمردين.")[0][::2] == (
        "MIL", "195")
    assert events("واعتقلت قوات الاحتلال الإسرائيلي أمس ثلاثة مواطنين في الخليل.")[0] == (
        "ISRMIL", "CVL", "173")


def test_a_verb_agrees_with_a_subject_before_it():
    # «قوات الاحتلال» is plural: the masculine singular «رشق» has its subject after it
    assert events("اندلعت صدامات بين المحتجين وقوات الاحتلال رشق خلالها المحتجون "
                  "الجنود بالحجارة.") == [("CVL", "MIL", "145")]
    # a verb joined by و keeps the subject of the verb before: it is not a passive
    # (no killing event: «آخرين» has no code; before the fix the army was its victim)
    assert events("جيش بوروندي يعتقل مسلحين ويقتل آخرين في اشتباكات شمال البلاد.") == [
        ("BDIMIL", "UAF", "173")]


def test_a_place_phrase_may_stand_between_a_subject_and_its_verb():
    assert events("وكانت الشرطة في بغداد اعتقلت ثلاثة مسلحين.") == [("IRQCOP", "UAF", "173")]
    # «قرب» is a preposition: the city is where they were, not who demonstrated
    assert events("وكان مئات الطلاب قرب القاهرة تظاهروا ضد الحكومة المصرية.") == [
        ("EDU", "EGYGOV", "141")]


def test_a_prayer_is_no_appeal_and_other_idioms_are_no_events():
    assert events("ودعا أمير المنطقة الله أن يحفظ البلاد.") == []
    assert events("وتدين الأرجنتين بالفضل لمدربها.") == []  # owes credit, not condemns
    # disguised (تنكّر), not denying (تُنكر)
    assert events("وشارك في العرض شخص تنكر في زي شرطي.") == []
    assert events("الشرطة تنكر في بيان ضرب المحتجين") == [("COP", None, "016")]
    assert events("وتتعرض الحكومة المصرية لهجمات إعلامية من قبل قطر.") == []
    assert events("وتلتقي السعودية مع اليابان في مباراة ودية غدا.") == []  # a match
    # anti-riot units and rioters are no riot event
    assert events("وقامت قوات مكافحة الشغب الفرنسية بإغلاق الشارع.") == []
    assert events("وأطلقت الشرطة الكينية الرصاص لتفريق مثيري الشغب.") == []
    assert events("ودعا وزير الخارجية المصري الأطراف إلى الحوار.") == [("EGYGOV", None, "026")]


def test_a_verbal_noun_with_an_agent_phrase_is_done_by_the_agent():
    assert events("وانتقد المرصد اعتقال الصحفيين من قبل الشرطة المصرية.") == [
        ("EGYCOP", "MED", "173")]
    # without a genitive the noun is generic
    assert events("وباتوا هدفا للخطف على أيدي العصابات.") == []


def test_a_condition_is_a_demand_only_when_set_on_someone():
    assert events("وتشترط البنوك أن يغطي الدخل قيمة القرض.") == []
    assert events("واشترطت إيران على الولايات المتحدة رفع العقوبات.") == [("IRN", "USA", "100")]


def test_a_nisba_in_a_nom_de_guerre_is_no_country():
    # «أبو قتادة المغربي» is a name: neither Morocco nor a passive reading
    assert events("وأعلنت قوات البيشمركة الكردية أنها قتلت أبو حفص المصري.") == []


def test_a_count_after_the_subject_is_the_object_and_in_it_marks_a_passive():
    # «12 مسلحا»: gunmen, counted
    assert events("وقتلت القوات الأردنية 12 مسلحا قرب الحدود.") == [("JORMIL", "UAF", "1823")]
    # «12 ناشطا» has no code, but the killing happened
    assert events("وقتلت القوات الأردنية 12 ناشطا قرب الحدود.") == [("JORMIL", None, "1823")]
    # «وقتل فيه ثلاثة جنود»: killed in the attack just told, not by its attackers
    assert events("وهاجم مسلحون حاجزا للجيش العراقي، وقتل فيه ثلاثة جنود.") == [
        ("UAF", "IRQMIL", "190"), (None, "MIL", "1823")]


def test_a_court_that_condemns_convicts():
    assert events("وأدانت المحكمة الشركة بارتكاب مخالفات جسيمة.") == [("JUD", "BUS", "116")]
    assert events("وأدانت الحكومة الأردنية الهجوم.") == [("JORGOV", None, "111")]


def test_a_sound_plural_in_the_oblique_case_after_a_verb_is_not_its_subject():
    # «مسؤولين» are met, not meeting: the nominative would be «مسؤولون»
    assert events("وصل الوزير الفرنسي إلى بيروت حيث يلتقي مسؤولين لبنانيين لبحث مواجهة "
                  "تنظيم داعش.") == []
    assert events("ودعا الصحافيين الأجانب إلى مغادرة المنطقة.") == []
    # so the verb keeps the subject of the verb before it
    assert events("ودعا الرئيس الفرنسي إلى الحوار وناشد المواطنين التزام الهدوء.") == [
        ("FRAGOV", None, "026"), ("FRAGOV", "CVL", "020")]
    assert events("ودعا مسؤولون لبنانيون إلى الحوار.") == [("LBNGOV", None, "026")]
    # «الأمين» is a singular that ends like a plural
    assert events("ودعا الأمين العام للأمم المتحدة إلى الحوار.") == [("IGOUNO", None, "026")]


def test_a_nuclear_test_a_bombed_city_and_an_alleged_killing():
    # a nuclear test is a show of force, not a bombing
    assert [c for _, _, c in events("وأعلنت كوريا الشمالية أنها فجرت قنبلة نووية.")] == ["150"]
    # the city after «تفجير» is where it happened, not who did it
    assert events("وارتفعت حصيلة تفجير بغداد إلى 66 قتيلا.") == []  # was IRQGOV → -
    assert events("وتتجه أصابع الاتهام في تفجير لبنان إلى جهات مجهولة.") == []  # was LBN → -
    # an act someone is accused of is alleged, not reported as done
    doc = rasd.code_text("وهم متهمون بتنفيذ هجوم انتحاري في السوق.")
    assert [(e.root, e.modality) for e in doc.events] == [("18", "hypothetical")]


def test_a_noun_s_words_follow_it_and_a_counted_victim_is_not_a_place():
    # «عسكرية» belongs to «المواقع», far after «هجوم»: the attack is no "military attack"
    # whose adjective gives its source
    assert events(
        "وتعتبر هذه العملية ثالث أكبر هجوم تشنه الفصائل ضد المواقع العسكرية الإسرائيلية.") == []
    # the victims are the counted Muslims, not the city they were killed in
    assert events("قتل 6500 مسلم في مقديشو الصومالية وحدها.") == []


def test_a_gathering_is_a_protest_only_with_a_protest_purpose():
    assert events("وقال المنظمون إن نحو ثلاثة آلاف شخص تجمعوا للتنديد بقرار الحكومة.") == [
        ("CVL", None, "141")]
    assert events("وتجمع آلاف الأشخاص في الساحة لأداء صلاة العيد.") == []


def test_links_instruments_and_support_verbs_with_their_own_object():
    # «صلتهم بالهجوم»: the attack is what the questioning is about
    assert events("وحققت السلطات معهم حول صلتهم بالهجوم الذي نفذته حركة العدل والمساواة.") == []
    # the embassy presented the warning («قدمته»), it did not carry out the attacks
    got = events("وعزز التوتر تحذير قدمته السفارة الأميركية من هجمات انتحارية.")
    assert got == []  # was USAGOV → -


def test_form_three_passives_and_passive_acts_of_force_with_a_known_agent():
    # هاجم → هوجم is spelt apart from its active: its subject is the target
    assert events("هوجمت قافلة عسكرية أمريكية من قبل ميليشيات عراقية قرب الحدود.") == [
        ("IRQREB", "USAMIL", "190")]
    # the agent is known though the offices have no code
    assert events("ودوهمت مكاتب القناة من قبل الشرطة الإسرائيلية.") == [("ISRCOP", None, "171")]
    # an agent phrase after a negated verb belongs to that verb's clause
    assert events("تعرض زوجها للاعتداء ولم يسمع صوتها من قبل المسؤولين.") == []


def test_a_country_adjective_between_the_verb_and_its_words_and_kin_names():
    assert events("وقال الجيش إن القوات الروسية قصفت محطة كهرباء أوكرانية بالصواريخ.") == [
        ("RUSMIL", "UKR", "195")]
    # «بن تركي» is part of a name, not the adjective "Turkish"
    assert events("منح الأمير فيصل بن تركي إدارة الفريق مهلة حتى مساء الثلاثاء.") == []


def test_a_plural_verb_with_no_subject_refers_to_the_plural_before_it():
    # «يهتفون» carries the pronoun of the students, relayed by «خرجوا»
    assert events("وقال شهود إن مئات الطلاب خرجوا من الجامعة صباح اليوم يهتفون ضد "
                  "الحكومة.") == [("EDU", "GOV", "141")]
    # a kill verb after its plural is a passive: the soldiers were killed
    assert events("وقالت الشرطة إن ثلاثة جنود أتراك قتلوا في انفجار لغم قرب الحدود.") == [
        ("UAF", "TURMIL", "1823"), ("UAF", None, "183")]
    # a conjunct makes a plural with what it is joined to
    assert events("وقال شهود إن آلافا من تلاميذ المدارس وطلاب الجامعات تدفقوا في شوارع "
                  "المدينة منذ الصباح يهتفون ضد الحكومة.") == [("EDU", "GOV", "141")]
    # a counted crowd is an antecedent too
    assert events("وكان 500 لاجئ على الأقل قد احتشدوا أمام السفارة للإعراب عن تضامنهم مع "
                  "السجناء.") == [("REF", "GOV", "141")]
    # an arrest verb in the plural with nothing after it is a passive; with a count, active
    assert events("وقالت المنظمة إن عشرة فلسطينيين اعتقلوا في الخليل.") == [
        (None, "PSE", "173")]
    assert events("وقال إن المسلحين اعتقلوا في الخليل خمسة أشخاص.") == [("UAF", "CVL", "173")]
    # the nearest actor before the verb is no plural, so the authorities are not its subject
    # (the children, named only as victims, were arrested)
    assert events("وقالت المنظمة إن السلطات رفضت إخطار أهالي عدة أطفال اعتقلوا الشهر "
                  "الماضي.") == [(None, "CVL", "173")]


def test_at_least_and_tens_are_counts_of_the_unnamed_object():
    assert events("قال مسؤولون إن مسلحين قتلوا ما لا يقل عن ستة أطفال خلال هجوم على "
                  "قرية.") == [("UAF", None, "1823")]
    assert events("وقتل مسلحون ما يزيد على عشرين قرويا.") == [("UAF", None, "1823")]


def test_a_capital_after_fi_or_bi_is_where_not_whom():
    assert events("مقتل 20 في انفجار سيارة ملغومة ببغداد") == [("UAF", None, "183")]
    assert events("انفجرت عبوة ناسفة في دورية للشرطة العراقية في بغداد.") == [
        ("UAF", "IRQCOP", "183")]


def test_a_verb_with_an_object_pronoun_takes_its_words_near():
    # «قطعتها» has its object (the commitments): «مساعدة» far on is no aid cut
    assert events("وصوت البرلمان على الزيادة عملا بالالتزامات التي قطعتها اليونان خلال "
                  "قمة أوروبية صاخبة في بروكسل، لقاء خطة مساعدة جديدة.") == []
    assert events("قطعت واشنطن المساعدات عن مصر.") == [("USAGOV", None, "162")]


def test_a_verb_before_a_noun_that_is_not_its_support_leaves_the_one_after_it():
    # «تقدم» before the raids is no support verb of theirs; «شنها» after them is
    assert events("وقال إن تقدم المقاومة تزامن مع غارات شنها طيران التحالف في العند.") == [
        ("MIL", None, "195")]


def test_cutting_supply_lines_is_no_road_block():
    assert events("وقال المصدر إن المقاومة قطعت طرق إمداد الحوثيين.") == []
    assert events("قطع المتظاهرون طرقا رئيسية في العاصمة.") == [("CVL", None, "144")]


def test_the_pronoun_after_anna_stands_for_the_speaker_only_when_it_agrees():
    # «ـه» is the bomber, not the (feminine plural) authorities
    assert events("وأشارت السلطات التركية إلى أنه فجر نفسه في حدائق المركز الثقافي.") == []
    assert events("أعلنت الحكومة العراقية أنها ستفرض عقوبات على الشركة.") == [
        ("IRQGOV", "BUS", "163")]
    # an impersonal «ـه» before a passive still lets the authority be the agent
    assert events("وقالت الوزارة إنه تم اعتقال ثلاثة أشخاص.") == [("GOV", "CVL", "173")]


def test_the_nisba_or_family_name_inside_a_name_is_no_actor():
    # «الحوثي» is part of the leader's nom de guerre, not the Houthis as a target
    assert events("قتل اليوم القيادي أبو يحيى الحوثي في عدن.") == []
    assert events("واستقبل الأمير سعود بن نايف بن عبدالعزيز الأمراء والمشايخ.") == []


def test_a_group_drawn_from_a_body_is_the_subject_of_a_verb_with_no_object():
    # the teachers sat in, in front of parliament's building: parliament is no protester
    # but what the sit-in is against
    assert events("اعتصم عدد من المعلمين الإيرانيين أمس أمام مبنى البرلمان الإيراني "
                  "احتجاجا على اعتقال زملائهم.") == [("IRNEDU", "IRNLEG", "141")]
    assert events("وطلب عدد من قادة الحزبين من الرئيس الأمريكي تأجيل التصويت.") == [
        ("PTY", "USAGOV", "020")]


def test_a_passive_marker_in_the_future_makes_an_intention():
    doc = rasd.code_text("كما سيتم رفع التجميد عن الأصول الإيرانية.", published="2015-07-22")
    assert [(e.cameo, e.modality) for e in doc.events] == [("0842", "intended")]
    doc = rasd.code_text("وتم رفع التجميد عن الأصول الإيرانية.", published="2015-07-22")
    assert [(e.cameo, e.modality) for e in doc.events] == [("0842", "asserted")]


def test_an_unknown_adjective_may_stand_between_a_subject_and_its_verb():
    assert events("وكانت الحكومة المحلية في الأنبار دعت أهالي الفلوجة إلى الخروج من "
                  "المدينة.") == [("GOV", "IRQCVL", "020")]
    assert events("وقال إن قوات مغاوير الشرطة الاتحادية قتلت 23 مسلحا.") == [
        ("COP", "UAF", "1823")]
    # tightening a grip is no arrest
    assert events("وأحكمت المقاومة الشعبية قبضتها على المدينة.") == []


def test_an_accusative_count_is_an_object_and_a_bombings_people_its_victims():
    assert events("وأضاف أن مسلحين اختطفوا عددا غير قليل من أبناء المنطقة.") == [
        ("UAF", None, "181")]
    # «عددا» after the verb of a relative clause is its object, not a passive's subject
    assert [e for e in events("طالبت الجبهة التي تحتجز عددا من عناصر الجيش بالإفراج عن "
                              "السجناء.") if e[2] == "173"] == []
    # «تفجير المدنيين»: the civilians are blown up, not bombers
    assert events("فتفجير المدنيين يتم اليوم بحجة التترس.") == []
    # «رصاص الجيش قتل»: the army's bullets killed; the army is not the victim
    assert events("وكان رصاص الجيش الإسرائيلي قد قتل أمس، محمد علاونة، قرب جنين.") == []


def test_a_first_person_verb_is_the_speakers_and_the_noun_after_it_its_object():
    assert events("ونحث السلطات الإسرائيلية على الامتناع عن هدم القرية.") == []
    assert events("وقال الرئيس الفرنسي: نحث إيران على احترام الاتفاق.") == [
        ("FRAGOV", "IRN", "020")]
    # the perfect of a form-IV verb is spelt like a first person, and is not one
    assert events("أعرب الرئيس الفرنسي عن قلقه.") == [("FRAGOV", None, "012")]


def test_a_match_round_a_defused_bomb_and_a_claim_are_no_events():
    assert events("وفي نصف النهائي، تلتقي المكسيك مع بنما غدا.") == []
    # a team snatches a draw, not a hostage
    assert events("لكن روما خطف التعادل من مانشستر بفضل اللاعب الصربي.") == []
    assert events("وفي أنقرة، أبطل خبراء متفجرات أتراك، أمس، مفعول عبوة ناسفة.") == []
    # «يدّعون» (claim) written with its shadda is no call
    assert events("وهاجم مسلحون يدّعون الانتماء للتنظيم مقرا للشرطة.") == [
        ("UAF", None, "190")]
    # the permissibility of killing is talk, not a killing
    assert events("وأفتى المتشددون بجواز قتل رجال الأمن.") == []


def test_fire_toward_and_a_blown_up_bus():
    # «باتجاه» aims the fire: an attack with no named target
    assert events("وترجل من السيارة ثلاثة مسلحين أطلقوا النار باتجاه رأس الوزير.") == [
        ("UAF", None, "193")]
    assert events("وقالت الشرطة إن مهاجما انتحاريا من حركة طالبان فجر حافلة للشرطة.") == [
        ("AFGREB", None, "183")]
    # «فجر أمس» is dawn
    assert events("واعتقلت قوات الاحتلال فجر أمس عشرة فلسطينيين في مداهمات في منازلهم.") == [
        ("MIL", "PSE", "173")]


def test_a_car_bomb_is_also_written_mulghuma():
    assert events("وقتل عشرة أشخاص في انفجار سيارة ملغومة في السوق.") == events(
        "وقتل عشرة أشخاص في انفجار سيارة مفخخة في السوق.")
    assert ("UAF", None, "1832") in events("قالت الشرطة إن سيارة ملغومة انفجرت في السوق.")


def test_women_children_and_hostages_are_victims_never_doers():
    assert events("وقال إن ميليشيا الحوثي قتلت الأطفال والنساء في عدن.") == [
        ("YEMREB", "CVL", "1823")]
    # before a verb of force a victim is its passive subject
    assert events("الشرطة تنقذ امرأة احتجزت عاما داخل غرفة صغيرة.") == [(None, "CVL", "173")]
    # with an object pronoun the doer follows the verb
    assert events("إنقاذ 18 رهينة احتجزهم مسلحون في مركز تجاري.") == [("UAF", "CVL", "173")]
    # a victim does no other act
    assert events("وقدمت الفتاة تنازلها عن القضية.") == []
    # «استقبلنا 42 طفلا»: we received; the count is no passive subject
    assert events("وتابع: استقبلنا 42 طفلا يوم الجمعة.") == []


def test_a_claimed_attack_is_the_claimants_on_its_word():
    doc = rasd.code_text("وأعلنت حركة طالبان مسؤوليتها عن الهجوم على السفارة الأمريكية.",
                         published="2021-04-14")
    claim, attack = doc.events
    assert (claim.cameo, claim.source.code, claim.modality) == ("015", "AFGREB", "asserted")
    assert (attack.cameo, attack.source.code, attack.target.code, attack.modality) == (
        "180", "AFGREB", "USAGOV", "reported")
    # a suicide bombing's unknown attacker gives way to the one who claims it
    assert events("تبنى تنظيم القاعدة التفجير الانتحاري في بغداد.") == [
        ("IMGALQ", None, "015"), ("IMGALQ", None, "1831")]
    # no claim, no attacker: «الهجوم» alone may be a verbal or a sports attack
    assert events("لم تعلن أي جهة مسؤوليتها عن الهجوم على السفارة الأمريكية.") == []
    assert events("شن الرئيس الأمريكي هجوما على الصحافة.") == []
    # what a parliament adopts is no attack it claims
    assert events("تبنى البرلمان العراقي قرارا يدين الهجوم.") == []
    # a killing claimed («قتل» after «عن» is the verbal noun), not the verb after «عنه»
    assert events("أعلنت حركة طالبان مسؤوليتها عن قتل ثلاثة جنود أمريكيين.") == [
        ("AFGREB", None, "015"), ("AFGREB", "USAMIL", "1823")]
    assert ("IMGISI", "CVL", "1823") not in events(
        "وقالت الشرطة إن تفجيرا أعلن تنظيم داعش مسؤوليته عنه قتل أكثر من 100 شخص.")
    # a killing or kidnapping claimed by «تبنى», a headline's subject before it too
    assert events("جبهة النصرة تتبنى خطف ثلاثة صحفيين يابانيين") == [
        ("SYRREB", None, "015"), ("SYRREB", "JPNMED", "181")]
    # a time between the claimant and what it claims; rebels of a body are the body
    assert events("تبنى متمردو حركة طالبان أمس قتل ثلاثة جنود أمريكيين.") == [
        ("AFGREB", None, "015"), ("AFGREB", "USAMIL", "1823")]


def test_an_act_avenged_is_not_the_claimed_one():
    got = events("أعلنت حركة طالبان مسؤوليتها عن قتل ثلاثة جنود أمريكيين وقالت إن ذلك "
                 "جاء انتقاما لتفجير انتحاري أسفر عن مقتل عشرة مدنيين.")
    assert ("AFGREB", "CVL", "1823") not in got and ("UAF", "CVL", "1823") in got


def test_an_act_stopped_is_no_event_and_one_not_stopped_goes_on():
    assert events("توقفت إسرائيل عن قصف لبنان.") == []
    # with a support verb's subject, the genitive is what was shelled
    assert events("لم تتوقف إسرائيل عن قصف لبنان.") == [("ISR", "LBN", "190")]
    assert events("لم تكف الشرطة عن اعتقال المتظاهرين.") == [("COP", "CVL", "173")]
    # «توقف» stops only what follows its «عن»
    assert events("توقفت المفاوضات بعد أن قصفت إسرائيل لبنان.") == [("ISR", "LBN", "190")]
    # the bomber a suicide attack names gives way to the subject of its support verb
    assert events("شن تنظيم داعش هجوما انتحاريا في بغداد.") == [("IMGISI", None, "1831")]
    assert events("وأضاف أن الهجوم الانتحاري على السوق نفذه تنظيم داعش.") == [
        ("IMGISI", None, "1831")]
    # a woman is no actor of her own: the bomber stays unknown
    assert events("قتل ضابط كبير في هجوم انتحاري نفذته امرأة قرب الحدود.") == [
        ("UAF", None, "1831")]


def test_a_country_after_fi_or_bi_is_where_violence_happened_not_its_target():
    assert events("أصيب رجل أمن بانفجار قنبلة في البحرين.") == [("UAF", None, "183")]
    assert events("قتل رجل أمن في انفجار عبوة ناسفة في البحرين.") == [
        ("UAF", "BHRCOP", "1823"), ("UAF", None, "183")]
    # entering a country is done to it
    assert events("توغلت القوات التركية في العراق.") == [("TURMIL", "IRQ", "192")]


def test_a_trigger_word_inside_an_actors_name_is_part_of_the_name():
    # «المساعدة» belongs to the mission's name: thanking its head is no aid
    assert events("قدم السفير الياباني شكره لرئيس بعثة الأمم المتحدة لتقديم المساعدة إلى "
                  "أفغانستان.") == []
    # the first word of an actor may still be a trigger's word: the ambassador is summoned
    assert events("استدعت الخارجية المصرية السفير الإيراني.") == [("EGYGOV", "IRNGOV", "114")]


def test_a_conjunct_is_no_genitive_of_the_noun_before_it():
    # the militias are the raids' partners, not their authors
    assert events("تقدمت القوات العراقية نحو البلدة بغطاء من الغارات وعناصر الحشد الشعبي.") \
        == []
    # a definite noun takes an adjective, not a genitive
    assert events("وجاء القصف الحوثي بعد ساعات من سيطرة المقاومة على الميناء.") == [
        ("YEMREB", None, "190")]


def test_a_feminine_noun_right_after_a_masculine_verb_is_its_object():
    # «يدعو» is masculine: Israel, feminine, is who is called on, not who calls
    assert events("وتضمن البيان قرارا يدعو إسرائيل إلى وقف الاستيطان.") == []
    assert events("دعت إسرائيل الأمم المتحدة إلى التحقيق.") == [("ISR", "IGOUNO", "020")]
    # a broken plural in «ة» and a count are no feminine singulars
    assert events("رضخ قادة الاتحاد الأوروبي للمطالب اليونانية.") == [("IGOEEC", "GRC", "080")]
    assert events("أطلق ثلاثة مسلحين النار على جندي عراقي.") == [("UAF", "IRQMIL", "193")]
    # «اتهمت» is feminine: the president is the accused, and the ministry before accuses
    assert ("EGYGOV", "SYRGOV", "112") in events(
        "وأدانت الخارجية المصرية الهجوم واتهمت الرئيس السوري بالمسؤولية.")
    assert events("اتهمت الرئيس الأمريكي بالتدخل.") == []


def test_a_verb_joined_by_wa_has_no_subject_before_it():
    # the man was hurt; who arrested the culprit is not said
    assert events("أصيب شخص وقبض على الجاني.") == []
    # the students are invited, they invite no one: «كثيرا ما» ("often") keeps the
    # consulate the subject of both verbs
    got = events("القنصلية الفرنسية كثيرا ما تستضيف الطلاب وتدعوهم لزيارة باريس.")
    assert got and all(source == "FRAGOV" for source, _, _ in got)
    # the joined verb still shares the subject of a coded verb before it
    assert events("هاجمت قوات الأمن المتظاهرين واعتقلت العشرات منهم.") == [
        ("COP", "CVL", "190"), ("COP", None, "173")]


def test_a_likelihood_makes_an_event_hypothetical():
    doc = rasd.code_text("يرجح المحققون أن الاحتمال الأقوى أن يكون الانفجار هجوما انتحاريا.",
                         published="2021-04-14")
    assert [(e.cameo, e.modality) for e in doc.events] == [("1831", "hypothetical")]


def test_the_pronoun_after_inna_is_the_subject_of_the_first_verb_only():
    # the police rescued the woman; they did not hold her
    assert events("قالت الشرطة إنها حررت امرأة من البرازيل احتجزت في قبو شهرين.") == []
    assert events("قالت الشرطة إنها اعتقلت خمسة مسلحين.") == [("COP", "UAF", "173")]


def test_what_the_subject_drives_or_wears_may_stand_before_its_verb():
    assert events("وذكر شهود أن انتحاريا يرتدي سترة مفخخة فجر نفسه عند مدخل الفندق.") \
        == [("UAF", None, "1831")]
    assert events("انتحاري يقود سيارة فجر نفسه عند حاجز للجيش.") == [("UAF", None, "1831")]


def test_young_men_who_gather_in_protest_are_protesters():
    assert events("احتشد عدد من الشبان أمام مقر الحزب احتجاجا على ترشيح ميقاتي.") == [
        ("CVL", None, "141")]


def test_a_noun_with_no_target_restating_an_event_of_its_kind_is_no_second_event():
    assert events("أعلنت نقابات المعلمين في إيران تنظيم تظاهرة أمام البرلمان احتجاجا على "
                  "سجن النشطاء.") == [("EDU", "LEG", "141")]
    # one suicide car bombing
    assert events("أسفر هجوم انتحاري بسيارة مفخخة عن مقتل ثلاثة أشخاص.") == [
        ("UAF", None, "1831"), ("UAF", "CVL", "1823")]


def test_a_verb_after_mimma_has_what_went_before_as_its_subject():
    # «مما دعا» is "which led": the leaders are led, they call for nothing
    assert events("تخلفت اليونان عن سداد ديونها، مما دعا القادة الأوروبيين إلى الإعلان عن "
                  "خطة جديدة.") == []


def test_what_someone_refuses_to_do_is_not_done():
    assert events("ورفض الرئيس الغامبي السابق الاعتراف بالمحكمة الخاصة.") == []
    # the refusal itself is coded where the lexicon has it: refuse to release (1243)
    assert events("رفضت المحكمة الإفراج عن الصحفيين.") == [("JUD", "MED", "1243")]


def test_a_joined_verb_shares_no_subject_across_an():
    # the government arrested; the group only threatens
    assert events("توعد تنظيم داعش الحكومة التركية بالانتقام بعد أن داهمت بيوت أنصاره "
                  "واعتقلت عشرات منهم في إسطنبول.") == [("IMGISI", "TURGOV", "138")]
    # «بان» in a name is no «بأن»: the second call is still the Secretary-General's
    assert events("حث الأمين العام للأمم المتحدة بان كي مون الحكومة المالية على \"حماية "
                  "المدنيين في الشمال\"، ودعا كل الأطراف إلى احترام القانون.") == [
        ("IGOUNO", None, "020"), ("IGOUNO", None, "020")]


def test_receiving_news_is_no_visit():
    assert events("استقبل اللبنانيون نبأ تشكيل الحكومة بارتياح كبير.") == []
    assert events("استقبل الملك سلمان وزير الخارجية الأميركي.") == [("SAUGOV", "USAGOV", "043")]


def test_a_broken_plural_of_people_before_a_singular_verb_is_not_its_subject():
    # the policemen stopped him; he blew himself up
    assert events("وعندما اقترب منه رجال الأمن فجر نفسه عند البوابة.") == []


def test_a_kill_verb_after_its_noun_is_active_before_a_persons_name():
    # the tagger does not read this sentence; its tables still say «حبيب» begins names
    text = "قال الشرطي إن مسلحين مجهولين قتلوا حبيب الكرمي عند عودته إلى منزله."
    assert events(text) == []
    assert events(text, ner=False) == [(None, "UAF", "1823")]  # read as «قُتلوا»


def test_the_speakers_pronoun_is_no_source_of_a_verbal_noun():
    # «إنه/إنها» stand for the speaker as the subject of a verb, not as who did what a noun
    # names: the minister set off no bomb, the spokesman made no attack
    assert events("قال الوزير إنه تم اعتقال مشتبه به في تفجير السوق.") == [
        ("GOV", None, "173")]
    assert events("وقال المتحدث العسكري إنها كانت هجمات إرهابية.") == []


def test_a_word_with_tanween_is_a_noun_never_a_verb():
    # «طلبًا» is a request, not the dual verb «طلبا» (they both asked)
    assert events("بينما تنظر الحكومة الكندية طلبًا من اليابان بترحيلهم.") == []


def test_a_noun_after_inna_is_the_subject_even_when_no_lexicon_knows_it():
    # the army and the companies are what is acted on, not who acts
    assert events("وقال المراقبون إنّ جمهورًا غاضبًا هاجم الجيش عند المعبر.") == []
    assert events("وقال الوزير إن الهيئة ستحث شركات الطيران على خفض الأسعار.") == []
    # a noun that shows no case (a plural, a name) right before the verb is its subject
    assert events("وذكرت الصحيفة أن جهات دعت الحكومة الفرنسية إلى الحوار.") == []
    assert events("وذكرت الوكالة أن الرئيس الفرنسي زار بيروت.") == [
        ("FRAGOV", "LBNGOV", "042")]


def test_the_speakers_pronoun_before_an_imperfect_is_its_subject_named_or_not():
    # an unknown speaker appeals to the president; the president appeals to no one
    assert events("وقال رجل إنه يناشد الرئيس اليمني دعم المراكز الصحية.") == []


def test_a_count_after_a_verb_of_no_force_is_its_object_not_a_passive_subject():
    # the city receives the tourists; nobody «receives» them in a passive
    assert events("وتعد المدينة التي تستقبل الملايين من السياح كل عام من أجمل المدن.") == []
    assert events("وقتل 12 شخصا في الهجوم.") == [(None, "CVL", "1823")]


def test_a_word_written_with_ta_marbuta_carries_no_pronoun_in_a_trigger_phrase():
    # «مطالبة» (demanding) is not «مطالبه» (his demands): no rejection of demands here
    text = "رفضت الخارجية الأردنية مجددًا التدخل في شؤون الدول العربية، مطالبة " \
           "باحترام حسن الجوار."
    assert "120" not in [c for _s, _t, c in events(text)]
    assert events("رفضت الحكومة الأردنية مطالبه.") == [("JORGOV", None, "120")]


def test_a_feminine_verb_has_no_masculine_subject_before_it():
    # «انتحاري» stands for the attacker of «هجوم انتحاري», not for who accuses
    text = "حذفت الشبكة مقاطع عن هجوم انتحاري اتهمت السلطات التركية تنظيم داعش بتنفيذه."
    assert ("TURGOV", "IMGISI", "112") in events(text)
    assert ("UAF", "TURGOV", "112") not in events(text)


def test_who_attends_is_not_who_is_received():
    # «بحضور» (in the presence of) governs the ambassador like a preposition
    assert events("استقبل الرئيس المصري بحضور السفير الأمريكي وفدا من رجال الأعمال.",
                  published="2023-06-01") == []


def test_a_feminine_verb_has_no_masculine_subject_after_it():
    # the bomber (she) killed the officer; the officer did not kill the city he came from
    text = "وكانت مهاجمة فجرت نفسها قرب المحطة وقتلت ضابط شرطة زار لبنان مؤخرا."
    assert ("COP", "LBN", "1823") not in events(text)
    assert events("قتلت الشرطة اللبنانية مسلحين قرب المحطة.") == [("LBNCOP", "UAF", "1823")]


def test_the_risk_or_fear_of_an_attack_is_no_attack():
    got = modalities("وحذر مسؤولون السلطات من خطر وقوع هجوم إرهابي على الحدود الأردنية.")
    assert [m for c, m in got if c[:2] == "18"] == ["hypothetical"]
    assert events("هاجم مسلحون دورية للجيش الأردني أمس.") == [("UAF", "JORMIL", "190")]
    got = modalities("وتتقدم القوات ببطء خوفا من جرح رهائن.")
    assert [m for c, m in got if c[:2] == "18"] == ["hypothetical"]


def test_every_one_of_a_kind_is_no_one_in_particular():
    assert [m for _c, m in modalities("فكل شخص يعتقل يسجل اسمه في دفتر.")] == ["hypothetical"]
    assert [m for _c, m in modalities("اعتقلت الشرطة كل المشتبهين أمس.")] == ["asserted"]


def test_a_quoted_count_after_a_kill_verb_is_its_object():
    # a headline: the bomber killed the soldiers, he was not killed
    assert events("انتحاري يقتل «12» من رواد السوق.") == [("UAF", None, "1823")]


def test_an_adjective_of_a_bombing_is_not_who_blames_and_blame_keeps_its_preposition():
    got = events("وأغلقت المحلات بعد تفجير انتحاري ألقي باللوم فيه على حركة الشباب.")
    assert not [e for e in got if e[1] == "SOMREB"]


def test_what_is_discussed_is_not_done_even_with_a_time_word_between_commas():
    assert modalities("ناقش البرلمان الأوروبي، اليوم، فرض عقوبات على الحكومة الإيرانية.") == [
        ("163", "proposed")]
    assert modalities("فرض البرلمان الأوروبي، اليوم، عقوبات على الحكومة الإيرانية.") == [
        ("163", "asserted")]


def test_a_threatened_act_is_no_agent_phrase():
    # «بقصف سوريا» is what is threatened, not "by Syria's shelling"
    assert events("هدد الجيش التركي بقصف سوريا.") == [("TURMIL", "SYR", "138")]
    assert events("قتل جندي تركي بنيران مسلحين.") == [("UAF", "TURMIL", "1823")]


def test_a_bomb_that_is_the_subject_of_an_aim_verb_has_its_object_for_target():
    assert events("استهدفت سيارة مفخخة مقرا للجيش اللبناني قرب صيدا.") == [
        ("UAF", "LBNMIL", "1832")]
    assert events("قتل هجوم انتحاري خمسة جنود لبنانيين قرب صيدا.") == [
        ("UAF", "LBNMIL", "1831")]


def test_whose_ceasefire_offer_is_rejected_is_the_target():
    assert events("رفضت روسيا مقترح تركيا لوقف إطلاق النار.") == [("RUS", "TUR", "1246")]
    assert events("رفضت روسيا هدنة مع أوكرانيا.") == [("RUS", "UKR", "1246")]


def test_partners_named_together_are_each_others_partner():
    assert events("اجتمع وزير الخارجية المصري ونظيره الأردني في القاهرة أمس.") == [
        ("EGYGOV", "JORGOV", "040"), ("JORGOV", "EGYGOV", "040")]
    assert events("وقعت تونس والجزائر اتفاقية لتنظيم التجارة الحدودية.") == [
        ("TUN", "DZA", "057"), ("DZA", "TUN", "057")]
    # not under a preposition, and «بحثا عن» is a search, no talks
    assert events("وكان الآلاف يفرون إلى المنطقة الواقعة بين تونس والجزائر بحثا عن عمل.") == []
    # a phone call has a caller, which the sentence does not name
    assert events("الرئيس التونسي ونظيره الجزائري يبحثان هاتفيا الوضع في ليبيا.") == []
    # a rejection is no reciprocal act
    assert events("رفضت تونس والجزائر الهدنة.") == [("TUN", None, "1246"), ("DZA", None, "1246")]


def test_a_government_protested_against_where_the_protest_is_is_that_countrys():
    assert events("تظاهر آلاف المحتجين في بيروت أمس ضد الحكومة.") == [
        ("CVL", "LBNGOV", "141")]
    # a statement made about a place abroad keeps a government of unknown country
    assert events("انتقدت الحكومة الهجوم على السفارة في باريس.") == [("GOV", None, "111")]


def test_a_protest_in_front_of_a_bodys_building_is_against_that_body():
    assert events("اعتصم المحتجون المغاربة أمام مقر وزارة الداخلية المغربية.") == [
        ("MARCVL", "MARGOV", "141")]
    assert events("اعتصم المحتجون المغاربة قرب مقر وزارة الداخلية المغربية.") == [
        ("MARCVL", None, "141")]


def test_those_expelled_en_masse_are_the_target():
    assert events("طردت القوات الصربية آلاف المدنيين من القرى الحدودية.") == [
        ("SRBMIL", "CVL", "201")]


def test_whom_one_is_ready_to_meet_is_the_target():
    assert events("أبدى الرئيس الإيراني استعداده للقاء الرئيس الفرنسي.") == [
        ("IRNGOV", "FRAGOV", "036")]


def test_the_parties_to_a_welcomed_agreement_are_its_targets():
    assert events("رحبت فرنسا باتفاق مصر والسودان على تقاسم المياه.") == [
        ("FRA", "EGY", "051"), ("FRA", "SDN", "051")]


def test_a_military_noun_with_a_country_adjective_is_that_countrys_military():
    assert events("قصفت الطائرات قاعدة عسكرية سورية قرب الحدود.") == [("MIL", "SYRMIL", "195")]
    assert events("قصفت الطائرات محطة كهرباء سورية قرب الحدود.") == [("MIL", "SYR", "195")]


def test_a_relative_named_through_an_official_is_not_the_official():
    assert events("قتل مسلحون وزير الداخلية العراقي أمس.") == [("UAF", "IRQGOV", "1823")]
    assert not [e for e in events("قتل مسلحون شقيق وزير الداخلية العراقي أمس.")
                if e[1] == "IRQGOV"]


def test_a_dispersed_demonstration_is_repression_of_an_unnamed_crowd():
    assert events("فرقت الشرطة الأردنية مسيرة في وسط المدينة.") == [("JORCOP", None, "175")]
    assert events("وصلت فرق الإنقاذ إلى مكان المسيرة.") == []


def test_chanting_for_a_fall_or_a_departure_is_a_demonstration():
    assert events("هتف المحتجون بسقوط الحكومة العراقية.") == [("CVL", "IRQGOV", "141")]
    assert events("هتف المشجعون للاعبين بعد الفوز.") == []


def test_an_imperfect_kill_verb_after_its_noun_is_active():
    # a headline's present tense: the police kill, they are not killed
    assert (None, "JORCOP", "1823") not in events("الشرطة الأردنية تقتل مطلوبا في الزرقاء.")
    # the perfect after its noun is still read as a passive
    assert (None, "JORMIL", "1823") in events("وكان جنديا أردنيا قتل وأصيب آخر أمس.")


def test_a_company_attacks_only_in_figure():
    assert events("لقد تعرضت لكمين من قبل شركة كبرى في التسعينيات.") == []
    assert events("تعرض الوفد لكمين من قبل مسلحين في المطار.") != []


def test_a_tyre_blowout_is_no_car_bomb():
    assert events("أصيب سائق جراء انفجار الإطار الخلفي للشاحنة على الطريق.") == []
    assert events("انفجرت سيارة مفخخة في السوق وأدت إلى حريق كبير.") == [("UAF", None, "183")]


def test_a_release_with_no_subject_before_an_is_a_passive():
    assert events("أفرج عن خمسة صحفيين مصريين بعد شهر من احتجازهم.") == [
        (None, "EGYMED", "0841")]
    assert events("أفرجت السلطات الإيرانية عن خمسة صحفيين مصريين.") == [
        ("IRNGOV", "EGYMED", "0841")]


def test_troops_massed_by_the_thousand_are_counted_in_the_singular():
    assert events("حشدت تركيا عشرين ألف جندي على حدودها الجنوبية.") == [("TUR", None, "154")]


def test_a_past_threat_before_a_condition_was_made():
    assert modalities("هدد الرئيس الإيراني بإغلاق مضيق هرمز إذا تعرضت بلاده لهجوم.")[0] == (
        "1381", "asserted")
    assert modalities("إذا قصفت إسرائيل إيران سترد طهران.")[0][1] == "hypothetical"


def test_an_unarmed_actor_attacks_in_words():
    assert events("هاجمت وسائل الإعلام المصرية الحكومة الإثيوبية بشدة.") == [
        ("EGYMED", "ETHGOV", "111")]


def test_protesters_who_start_riots_riot():
    assert events("أشعل المحتجون اللبنانيون أعمال شغب قرب البرلمان.") == [("LBNCVL", None, "145")]


def test_the_genitive_of_qiyam_and_a_group_after_qam_do_the_act():
    # «قيام X بـ»: the verbal noun of قام lends its genitive to the act after بـ
    assert ("ISR", None, "190") in events("أدانت مصر قيام إسرائيل بقصف مواقع في الجنوب.")
    assert ("UAF", "MIL", "181") in events("قام عدد من المسلحين بخطف ثلاثة جنود.")
    assert ("CVL", "GOV", "141") in events(
        "استنكرت الحكومة قيام مجموعة من المتظاهرين يوم أمس بالتجمع أمام مقر السفارة.")


def test_a_crowd_gathered_before_an_official_building_protests():
    assert events("احتشد عدد من الشبان أمام مبنى وزارة الداخلية.") == [("CVL", "GOV", "141")]
    assert events("تجمع الصحفيون أمام مقر المحكمة.") == []  # waiting for a verdict
    assert events("تجمع عدد من الشبان في الحديقة.") == []


def test_protests_that_go_on_or_grow_take_place():
    assert events("وتواصلت الاحتجاجات في المدن الكبرى لليوم الثالث.") == [("CVL", None, "141")]
    assert events("ومع حلول المساء ارتفعت حدة المظاهرات في العاصمة.") == [("CVL", None, "141")]


def test_riots_that_break_out_have_an_unnamed_crowd():
    assert events("واندلعت أعمال شغب في المدينة ليلة أمس.") == [("CVL", None, "145")]


def test_who_takes_part_in_an_act_does_it():
    assert events("شارك مئات الأشخاص في تظاهرات ضد الحكومة الأسترالية.") == [
        ("CVL", "AUSGOV", "141")]
    assert events("شاركت فرنسا في الغارات على مواقع التنظيم.") == [("FRA", None, "195")]
    assert events("تظاهرت عائلات المخطوفين أمام الوزارة.") == [("CVL", "GOV", "141")]


def test_a_conjunct_shares_the_preposition_of_the_first():
    # the experts attached to the forces attacked, not the forces
    assert events("قال المسؤول إن خبراء ملحقين بقوات أمريكية وكندية هاجموا القرية.") == []
    assert events("إن طيارين ملحقين بقوات أمريكية وكندية شاركوا في ضربات جوية.") == []


def test_a_crowd_throwing_stones_riots():
    assert events("وألقى المحتجون الحجارة على الشرطة.") == [("CVL", "COP", "145")]
    assert events("كان المتظاهرون يلقون زجاجات حارقة على الجنود.") == [("CVL", "MIL", "145")]
    assert events("ألقى الرئيس كلمة أمام المتظاهرين.") == []
    assert events("قطع المزارعون الطرق بالجرارات.") == [("AGR", None, "144")]


def test_an_attack_launched_by_an_armed_actor_is_one_of_force():
    assert events("شنت القوات الحكومية هجوما على مواقع المتمردين.") == [("MIL", "REB", "190")]
    assert events("تصدت المقاومة لهجوم شنه تنظيم داعش.") == [("IMGISI", None, "190")]
    assert events("شن الرئيس هجوما حادا على المعارضة.") == []  # in words
    assert events("شن المنتخب هجوما على مرمى الخصم.") == []


def test_what_someone_expects_is_not_done_yet():
    assert modalities("وتوقع الوزير أن تفرض واشنطن عقوبات على إيران.") == [("163", "intended")]


def test_terrorists_tourists_and_two_members_of_a_body_are_actors():
    assert events("هاجمت جماعة إرهابية دورية للشرطة.") == [("UAF", "COP", "190")]
    assert events("مقتل عنصرين من الشرطة التركية على الحدود.") == [(None, "TURCOP", "1823")]
    assert events("أسفر الهجوم عن مقتل 38 سائحا في الفندق.") == [(None, "CVL", "1823")]


def test_the_possibility_of_an_attack_is_hypothetical():
    assert modalities("وأشار المصدر إلى إمكانية أن يشن الإرهابيون هجمات ضد البيشمركة.") == [
        ("190", "hypothetical")]


def test_any_makes_talk_generic_but_not_a_noun_behind_a_preposition():
    assert modalities("وأكد الوزير ضرورة الوقاية من أي هجوم إرهابي.") == [
        ("180", "hypothetical")]
    # «أي» is the party that claimed nothing, not the attack, which took place
    assert modalities("ولم تعلن أي جهة مسؤوليتها عن الهجوم الانتحاري على الثكنة.") == [
        ("1831", "asserted")]


def test_a_country_after_a_preposition_of_place_is_where_not_who():
    # the helicopter flew over Iraq: Iraq is not what was fired at
    assert events("وذكر أن المروحية التي حلقت فوق العراق تعرضت لإطلاق نار.") == []


def test_short_quoted_speech_is_not_a_quoted_name():
    assert events("قال المتحدث: «هاجم الجيش المسلحين».") == [("MIL", "UAF", "190")]
    assert events("وقال إن «الجيش هاجم المسلحين».") == [("MIL", "UAF", "190")]
    # a quoted name after «أن» is still a name
    assert events("وأوضح البيان أن «حماس» أطلقت صواريخ على إسرائيل.") == [
        ("PSEREB", "ISR", "195")]
    # an unknown noun after «أن» and an opening quote is the subject: the army is attacked
    assert events("وتابعت أن «حشدا غاضبا هاجم الجيش مجددا».") == []


def test_in_protest_after_a_comma_is_done_by_the_clause_before():
    assert events("تجمع عدد من أنصار حزب الوفد في الساحة الرئيسية، احتجاجا على قرار الحكومة.") == [
        ("EGYPTY", None, "141")]
    # the owner of a besieged embassy, even with «لـ», is not the protester
    assert events("يواصل المتظاهرون حصارهم لمقر سفارة استونيا، احتجاجا على نقل النصب.") == [
        ("CVL", None, "141")]
    # nor a conjunct under «بين» («بين الشرطة والمتظاهرين»: the police do not protest)
    assert events("ما زالت المواجهات مستمرة بين الشرطة والمتظاهرين، احتجاجا على مقتل الصبي.") \
        == []


def test_a_state_protests_officially_not_in_the_street():
    # recalling an ambassador is the protest (114); the ambassador demonstrates nothing
    assert events("استدعت مصر السفير الإسرائيلي احتجاجا على الغارة.") == [
        ("EGY", "ISRGOV", "114")]


def test_a_country_adjective_after_another_adjective_is_the_doer():
    assert events("قتل خمسة أشخاص في غارة جوية أمريكية.") == [
        ("USA", "CVL", "1823"), ("USA", None, "195")]
    # but past a preposition the adjective is the target's: the convoys are American
    assert ("USA", None, "190") not in events("وشهدت المنطقة هجمات على قوافل عسكرية اميركية.")


def test_firing_missiles_or_shells_as_a_verbal_noun():
    assert events("قامت طائرات بدون طيار بإطلاق صواريخ على المناطق القبلية الباكستانية.") == [
        ("MIL", "PAK", "195")]
    assert events("وقام مسلحون بإطلاق قذائف على مواقع الجيش.") == [("UAF", "MIL", "194")]
    # no target, no attack: a launch into space
    assert events("أعلنت إيران إطلاق صاروخ يحمل قمرا صناعيا.") == []


def test_the_genitive_after_an_instrumental_trigger_is_its_doer():
    # «بقصف» makes its genitive an agent phrase: the doer of the shelling, whose
    # condemnation targets it
    got = events("ندد الوزير بقصف الجيش السوري للمدينة.")
    assert got == [("GOV", "SYRMIL", "111"), ("SYRMIL", None, "190")]
    # the means of a killing by the same doer is no second event
    assert events("قتل شابان بغارات الجيش.") == [("MIL", "CVL", "1823")]
    # nor the bomb of an attack told with no doer: its unknown bomber is that doer
    assert events("تعرضت دورية للشرطة العراقية لهجوم بسيارة مفخخة.") == [
        (None, "IRQCOP", "190")]
    assert events("قتل ثلاثة جنود عراقيين بانفجار عبوة ناسفة.") == [(None, "IRQMIL", "1823")]


def test_the_toll_of_an_act_of_violence_is_its_doers():
    assert events("شن تنظيم داعش هجوما على قرية، مما أدى إلى مقتل خمسة جنود عراقيين.") == [
        ("IMGISI", None, "190"), ("IMGISI", "IRQMIL", "1823")]
    assert ("UAF", "CVL", "1823") in events(
        "انفجرت سيارة مفخخة قرب السوق، ما أسفر عن مقتل 10 أشخاص.")
    # not across «بعد»: the toll is of the fire before it, whose doer is not named
    assert (None, "TURMIL", "1823") in events(
        "قصفت دبابات تركية مواقع لداعش بعد إطلاق نيران منها أدى إلى مقتل جندي تركي.")
    # nor of clashes, whose toll is both sides'
    assert events("اندلعت اشتباكات بين الجيش وداعش أسفرت عن مقتل 10 جنود.")[-1] == (
        None, "MIL", "1823")


def test_deaths_in_a_bomb_explosion_are_the_bombers():
    # the cause word stands before «تفجير»/«انفجار», not right before the bomb
    assert ("UAF", "CVL", "1823") in events("قتل شخصان في تفجير عبوة ناسفة في بغداد.")
    # «نتيجة» ends the victims' phrase as «جراء» does: «قتل» is a passive
    assert ("UAF", "CVL", "1823") in events("قتل شخصان نتيجة انفجار عبوة ناسفة في بغداد.")


def test_a_plural_verb_joined_by_and_shares_the_subject_before_a_count():
    # «وقتلوا» is active (a passive before its subject would be singular): the gunmen killed
    assert events("هاجم مسلحون مجلس عزاء في المدينة وقتلوا أربعة أشخاص.") == [
        ("UAF", None, "190"), ("UAF", "CVL", "1823")]


def test_a_verbal_noun_spelt_like_its_verb_is_no_verb_after_verb_and_subject():
    # «شن» after «استنكرت مصر» is the verbal noun: Israel's raids are condemned, Egypt
    # launches nothing
    assert events("استنكرت مصر شن إسرائيل غارات جوية على غزة.") == [("EGY", "ISR", "111")]
    # also after a verb joined by و: the minister shells nothing
    assert events("وأدان وزير الخارجية المصري قصف إسرائيل لغزة.") == [
        ("EGYGOV", "ISR", "111")]
    # nor after «بسبب», «جراء»: the verbal noun, whose genitive's conjunct is no target;
    # aircraft in the genitive make it an air strike
    assert events("نزح السكان بسبب قصف الميليشيات الحوثية وقوات الرئيس السابق لمنازلهم.") == [
        ("YEMREB", None, "190"), ("MIL", None, "190")]  # both shelled
    assert events("قتل 12 شخصا في قصف لطيران النظام السوري على قرية.") == [
        ("SYRMIL", "CVL", "1823"), ("SYRMIL", None, "195")]
    # the object of a kill verb does not lie past «بسبب»
    assert events("قتل مدنيون بسبب قصف طيران النظام لحي الكلاسة.") == [
        ("MIL", "CVL", "1823"), ("MIL", None, "195")]
    # «وشنها غارات»: a verb does not take a pronoun and then its object
    assert ("EGY", None, "195") not in events(
        "استنكرت مصر العملية التي نفذتها مروحيات إسرائيلية وشنها غارات على غزة.")
    # a machine after the pronoun is the subject
    assert events("قصفتها طائرات إسرائيلية.") == [("ISRMIL", None, "195")]


def test_a_time_phrase_before_a_comma_does_not_end_the_clause():
    assert events("اختطف مسلحون قبل ثلاثة أيام، عددا من المدنيين.") == [("UAF", "CVL", "181")]


def test_a_trigger_running_past_an_aside_takes_its_arguments_after_it():
    # the words of «أطلق … صواريخ», «بعث … برقية تهنئة» run past a comma, a bracket or a
    # relative clause: what follows them is still theirs
    assert events("أطلقت طائرة بلا طيار يديرها الجيش الأمريكي، صواريخ على منزل في اليمن.") \
        == [("MIL", None, "195")]
    assert events("أطلقت طائرة بلا طيار تديرها «سي آي إيه»، صواريخ على منزل في اليمن.") == [
        ("MIL", None, "195")]  # a name in quotation marks ends no clause
    assert events("بعث أمير الكويت، اليوم (الاثنين)، برقية تهنئة إلى الرئيس الفرنسي.") == [
        ("KWTGOV", "FRAGOV", "051")]
    assert events("شن الطيران الذي تقوده السعودية غارات على مواقع تنظيم داعش.") == [
        ("MIL", "IMGISI", "195")]
    # not into a quotation: the demand is the minister's dismissal, not the US forces'
    assert events("وطالب المتظاهرون بـ«إقالة الوزير وخروج القوات الأمريكية من البلاد».") == [
        ("CVL", "GOV", "1041")]


def test_wounding_named_as_a_toll_is_an_event_of_its_cause():
    assert events("أطلق مسلحون النار على نقطة مراقبة، مما أدى الى إصابة جنديين بجروح.") == [
        ("UAF", None, "193"), ("UAF", "MIL", "180")]
    # «إصابة» alone is also an illness or a sports injury
    assert events("وأعلن النادي إصابة اللاعب في الركبة.") == []
    # «مقتل وإصابة»: the victims named after both nouns are those of the killing too
    assert events("مقتل وإصابة 12 جنديا تركيا في انفجار لغم") == [
        ("UAF", "TURMIL", "1823"), ("UAF", None, "183")]


def test_shelling_is_an_event_when_what_was_shelled_is_no_actor():
    assert events("قصف الجيش الأحياء السكنية في المدينة.") == [("MIL", None, "190")]
    assert events("الجيش يقصف مستشفى في المدينة.") == [("MIL", None, "190")]


def test_going_on_with_an_act_as_a_pledge_is_intended():
    assert modalities("وأكد المتظاهرون بمواصلة الاحتجاجات حتى رحيل الحكومة.") == [
        ("140", "intended")]
    assert modalities("وتواصلت الاحتجاجات في العاصمة.") == [("141", "asserted")]


def test_a_first_person_verb_joined_by_and_does_not_share_the_subject():
    got = events("وقال: الميليشيا قتلت المدنيين ونطالب وزارة الصحة بإرسال فريق طبي.")
    assert ("REB", "GOV", "100") not in got and ("REB", "CVL", "1823") in got


def test_the_actor_before_a_relative_pronoun_is_the_subject_of_the_verb_after_it():
    assert ("UAF", "MIL", "1823") in events("واعتقلت الشرطة المسلحين الذين قتلوا ثلاثة جنود.")
    # no object: the soldier was killed
    assert events("ونعى الحزب الجندي الذي قتل أمس.") == []
    # a duration is no object
    assert events("وتحدث الناشط الذي اعتقل أكثر من سنتين.") == []


def test_meeting_ones_death_is_a_killing_unless_an_accident():
    assert events("لقي خمسة جنود مصرعهم في هجوم على حاجز عسكري.") == [(None, "MIL", "1823")]
    # an accident word with a pronoun, or a verb of collision, is still an accident
    assert events("لقي ثلاثة أشخاص حتفهم إثر اختناقهم في المنجم.") == []
    assert events("لقي عشرة أشخاص مصرعهم بعدما اصطدم مركب بصندل في النهر.") == []
    # «مصرع» as a noun, like «مقتل»
    assert events("أدت المواجهات إلى مصرع 34 متمردا.") == [(None, "REB", "1823")]
    assert events("مصرع امرأتين في حادث سير على طريق المطار.") == []


def test_an_armed_actor_after_the_lam_of_an_indefinite_act_of_force_is_its_doer():
    assert events("وقتل جنديان في هجوم لمسلحين على حاجز.") == [
        ("UAF", "MIL", "1823"), ("UAF", None, "190")]
    # after a definite act of force the لـ-complement is what it was done to
    assert events("أدان الوزير القصف الإسرائيلي للجيش السوري.") == [("GOV", "ISR", "111")]
    # after the act's own «انتحاري», and with the لـ before a quoted name
    assert events("وقع تفجير انتحاري لـ«داعش» في بلدة تركية.") == [("IMGISI", None, "1831")]
    # after the trigger's own adjective, the genitive being no actor
    assert events("وتسبب قصف مدفعي لحركة طالبان في مقتل ثلاثة مدنيين.")[0] == (
        "AFGREB", None, "194")
    # a border is where, not what is aimed at
    assert events("وقع تفجير انتحاري في بلدة تركية على حدود سوريا.") == [("UAF", None, "1831")]
    # who an act is attributed to did it, and so the deaths it caused
    assert events("وقع تفجير انتحاري نسب إلى داعش في بلدة تركية.") == [("IMGISI", None, "1831")]
    assert events("وقتل 20 مدنيا في قصف نسب للحوثيين على عدن.") == [
        ("YEMREB", "CVL", "1823"), ("YEMREB", None, "190")]
    # also a definite act, past its adjectives, a relative pronoun and a time
    assert events("وأدى الهجوم الانتحاري الدامي الذي نسب الأسبوع الماضي إلى تنظيم داعش إلى "
                  "مقتل 30 شخصا.")[0] == ("IMGISI", None, "1831")


def test_plural_sites_after_an_actor_are_another_phrase():
    assert events("قصفت طائرات التحالف مواقع الحوثيين.") == [("MIL", "YEMREB", "195")]


def test_a_verb_of_intent_or_a_future_support_verb_lends_an_intended_act():
    assert modalities("سيشن الجيش هجوما على مواقع المتمردين.") == [("190", "intended")]
    # an imperfect joined by و to a future verb is to come too
    assert modalities("سيزور الرئيس المصري واشنطن ويلتقي بالرئيس الأمريكي.") == [
        ("042", "intended"), ("040", "intended")]
    assert modalities("شن الجيش هجوما على مواقع المتمردين.") == [("190", "asserted")]
    assert events("ستواصل الولايات المتحدة تدريب الجنود الأوكرانيين.") == [
        ("USA", "UKRMIL", "072")]
    assert modalities("يعتزم الجيش الإسرائيلي التوغل بريا في جنوب لبنان.") == [
        ("192", "intended")]
    # what is agreed or stipulated «على أنْ» is not done yet; «أنْ» alone may tell a real
    # act («من المؤسف أن تقصف»)
    assert modalities("واتفق البلدان على أن يزور وزير الخارجية الأردني بغداد قريبا.") == [
        ("042", "intended")]
    assert modalities("واتفقوا على أن يتم اعتقال المتهمين من قبل الشرطة المصرية.") == [
        ("173", "intended")]
    assert modalities("ومن المؤسف أن تقصف الطائرات الروسية المستشفيات.")[0][1] != "intended"


def test_who_committed_what_the_trigger_names_is_its_target():
    assert events("يحقق الادعاء في جرائم حرب ارتكبتها القوات الروسية.")[-1][1:] == (
        "RUSMIL", "094")


def test_an_object_may_follow_the_speech_it_was_named_in():
    assert events("انتقد وزير الخارجية الروسي في كلمته أمس الولايات المتحدة.") == [
        ("RUSGOV", "USA", "111")]


def test_a_suicide_bomber_targets_the_crowd_he_blows_himself_up_among():
    assert events("فجر انتحاري نفسه وسط تجمع للشرطة الأفغانية.") == [("UAF", "AFGCOP", "1831")]
    # of two patterns of a word, the nearer words win: himself, not the mosque
    assert events("فجر انتحاري نفسه بين المصلين في المسجد.") == [("UAF", "CVL", "1831")]


def test_a_convoy_or_a_house_with_a_pronoun_is_its_owners():
    assert events("أصيب سفير بولندا أمس عندما تعرضت قافلته لهجوم في بغداد.")[-1] == (
        None, "POLGOV", "190")
    assert events("قال الوزير إن منزله تعرض لهجوم مسلح.") == [(None, "GOV", "190")]
    assert events("أصيب مدير مكتب وزير الداخلية بجروح خطرة.") == [(None, "GOV", "180")]


def test_supporters_of_an_armed_movement_and_of_the_wafd_demonstrate():
    assert events("تجمع عشرات من أنصار حزب الله أمام مقر السفارة.") == [
        ("LBNREB", "GOV", "141")]
    assert events("تظاهر عشرات من أنصار حزب الوفد في العاصمة.") == [("EGYPTY", None, "141")]


def test_a_claimed_attack_is_not_told_again_by_its_unknown_bomber():
    got = rasd.code_text("أعلن تنظيم داعش مسؤوليته عن هجوم تم تنفيذه بسيارة مفخخة في بغداد "
                         "وأسفر عن مقتل 18 شخصا.", published="2015-07-20").events
    assert [(e.cameo, _code(e.source), _code(e.target), e.modality) for e in got] == [
        ("015", "IMGISI", None, "asserted"), ("180", "IMGISI", None, "reported"),
        ("1823", "IMGISI", "CVL", "reported")]
    # the act can be named again between the toll and its verb
    assert ("UAF", "CVL", "1823") in events(
        "انفجرت سيارة مفخخة في السوق وأسفر الانفجار عن مقتل 5 أشخاص.")


def test_managing_to_act_does_it_and_failing_to_does_not():
    assert events("تمكنت القوات العراقية من اعتقال خمسة مطلوبين.") == [
        ("IRQMIL", None, "173")]
    assert events("لم تتمكن الشرطة من اعتقال المتهم.") == []
    # what is repelled is someone else's attack: ISIS's, not the Peshmerga's
    assert events("تمكنت قوات البيشمركة من صد هجوم لمسلحي داعش.") == [("IMGISI", None, "190")]
    # «كثيرا ما» is "often", no negation; what happens often is a habit, not an event
    assert events("كثيرا ما يقصف الجيش الإسرائيلي لبنان.") == [("ISRMIL", "LBN", "190")]
    assert events("حيث كثيرا ما يشن مقاتلو طالبان هجمات على القوات الأفغانية.") == [
        ("AFGREB", "AFGMIL", "190")]
    assert modalities("كثيرا ما يقصف الجيش الإسرائيلي لبنان.") == [("190", "hypothetical")]
    assert modalities("وغالبا ما يقع ضحايا من المدنيين في هجمات المتمردين.") == [
        ("190", "hypothetical")]
    assert modalities("وسميت مثلث الموت لكثرة ما شهدته من هجمات المتمردين.") == [
        ("190", "hypothetical")]
    # what happens «عادة» (usually)
    assert modalities("ويقصف الجيش الأفغاني عادة مواقع طالبان.") == [("190", "hypothetical")]
    assert [m for _c, m in modalities("يتوسط الرئيس المصري عادة بين إسرائيل وحماس.")] == [
        "hypothetical", "hypothetical"]
    # what an imperfect says happens regularly or always; a perfect's went on and happened
    assert modalities("وتقصف القوات الحكومية بانتظام قرى المتمردين.") == [
        ("190", "hypothetical")]
    assert modalities("لكن الحكومة الإيرانية تنفي ذلك دائما.") == [("016", "hypothetical")]
    assert modalities("وقصفت القوات الحكومية باستمرار قرى المتمردين.") == [("190", "asserted")]
    # «كل يوم», «كل جمعة», «بشكل يومي», «سنويا» with an imperfect; a day named is one act
    assert modalities("ويتظاهر الطلاب كل جمعة أمام البرلمان.") == [("141", "hypothetical")]
    assert modalities("وتقصف الطائرات القرية بشكل يومي.") == [("195", "hypothetical")]
    assert modalities("وقصف الجيش القرية يوم الجمعة.") == [("190", "asserted")]
    # «في كل عيد», «في كل مرة» frame the sentence, whatever the tense
    assert modalities("وفي كل عيد نسمع عن فاجعة تسببت في مقتل طفل.") == [
        ("1823", "hypothetical")]


def test_a_name_after_and_is_another_person():
    doc = rasd.code_text("يلتقي ولي العهد رئيس الشيشان وسمير جعجع.", published="2015-07-21")
    assert "رئيس الشيشان" in [m.text for m in doc.entities]


def test_deaths_told_before_the_act_that_caused_them_are_its_doers():
    assert events("قتل 14 جنديا أفغانيا أمس في غارة أمريكية على حاجز للجيش.")[0] == (
        "USA", "AFGMIL", "1823")
    assert events("قتل 15 شخصا بينهم نساء وأطفال عندما فجر انتحاري نفسه في سوق.")[0] == (
        "UAF", "CVL", "1823")
    assert events("قتل ثلاثة جنود أثناء هجوم شنه مسلحون على الحاجز.")[0] == (
        "UAF", "MIL", "1823")
    # not clashes, nor the doer's own men
    assert events("قتل جندي في اشتباكات مع المتمردين.") == [(None, "MIL", "1823")]
    assert events("قتل 10 مسلحين من تنظيم داعش في هجوم شنه التنظيم على القرية.")[0] == (
        None, "IMGISI", "1823")
    # the act's noun may be the subject of the verb that tells the deaths
    assert events("غارة روسية «خاطئة» تقتل 12 جنديا سوريا.")[1] == ("RUS", "SYRMIL", "1823")
    assert events("غارة روسية على المدينة، وقتل 12 جنديا سوريا في الاشتباكات.")[-1][0] is None
    # or of the result verb before the toll: «أسفر … عن», «أدى … إلى», «تسبب … في»
    assert events("وأدى قصف الجيش السوري إلى مقتل 43 مدنيا.")[-1] == ("SYRMIL", "CVL", "1823")
    assert events("وتسبب قصف مدفعي للحوثيين في مقتل 43 شخصا.")[-1] == (
        "YEMREB", "CVL", "1823")


def test_a_short_quoted_name_counts_as_one_word_in_a_triggers_reach():
    assert events("تجمع عدد من الطلاب بعد ظهر أمس الأحد في «ساحة الشهداء الكبرى» مرددين "
                  "هتافات ضد الحكومة.") == [("EDU", "GOV", "141")]
    # the words after its first are the name's, not the trigger's
    assert events("وقال إن المواطنين الفرنسيين عبروا عن اختيارهم «حزب التضامن الجديد».") == []


def test_the_place_or_time_of_an_act_is_talk_about_it():
    assert events("وجدوا بطاقة هوية تركية في مكان التفجير لشاب تركي.") == []
    assert events("وهو توقيت تفجير الانتحاري لشاحنته الملغومة.") == []


def test_a_document_that_accuses_is_its_publishers_accusation():
    assert events("أصدرت منظمة العفو الدولية تقريرا يتهم إسرائيل بارتكاب جرائم حرب.") == [
        ("NGOAMN", "ISR", "1124")]
    # a verb of publishing that begins with و keeps it («وزعت»: distributed)
    assert events("وزعت حركة حماس بيانا يتهم إسرائيل بخرق الهدنة.") == [("PSEREB", "ISR", "1123")]
    # a site nobody in the sentence wrote criticises on its own: no source
    assert events("حجبت السلطات الماليزية موقعا ينتقد رئيس الوزراء.") == [
        ("MYSGOV", None, "1721")]


def test_a_masculine_verb_opening_a_sentence_has_no_feminine_plural_subject():
    # «كما طالب شركات الإنترنت»: the companies are asked (their verb would be «طالبت»)
    assert events("كما طالب شركات النفط الحكومة المصرية بخفض الضرائب.") == []
    assert events("وفي بيانه، حث الشركات الأجنبية على الاستثمار في مصر.") == []
    assert events("كما طالبت شركات النفط الحكومة المصرية بخفض الضرائب.") == [
        ("BUS", "EGYGOV", "100")]
    # elsewhere the form may be a verbal noun, whose genitive is the doer
    assert events("وقال الوزير إن رفض الولايات المتحدة تزويد الجيش العراقي بالأسلحة "
                  "يضر بالحرب على الإرهاب.")[0] == ("USA", "IRQMIL", "1222")


def test_an_act_that_dates_another_is_no_new_event_nor_is_its_toll():
    assert events("وجاءت تصريحات الوزير بعد ساعات على آخر هجوم انتحاري.") == []
    assert events("ويأتي الهجوم بعد أقل من أسبوع من مقتل عشرة أشخاص.") == []
    assert events("ويأتي القصف بعد ثلاثة أيام على هجوم انتحاري في المدينة أسفر عن "
                  "مقتل 32 شخصا.") == []
    # nor the day before or after it
    assert [e[2] for e in events("وعدت الحكومة الإسبانية بتعزيز الإجراءات غداة هجوم "
                                 "انتحاري على ميناء.")] == ["030"]
    assert events("وفي اليوم التالي لمقتل الوزير الأفغاني، اجتمع البرلمان.") == []
    # the act of the day itself is coded
    assert events("فجر انتحاري نفسه في السوق بعد ثلاثة أيام على هجوم مماثل.") == [
        ("UAF", None, "1831")]
    # an attack after «بعد», «إثر», «منذ» is talked about, and so is what it caused
    assert events("وجاءت الزيارة بعد هجوم انتحاري على قافلة عسكرية أسفر عن مقتل خمسة "
                  "جنود.") == []


def test_no_direct_object_in_the_nominative_or_past_a_joined_verb():
    # «مسلحون» is nominative: the gunmen are the attack's, not the soldier's victims
    assert ("MIL", "UAF", "1823") not in events("وقتل جندي بعد هجوم شنه مسلحون على حاجز.")
    # nor a nominative adjective of the subject's conjunct
    assert events("حذر عسكريون وأمنيون تونسيون من مخاطر الحرب في ليبيا.") == []
    # «وأصيب» begins another clause: the attackers were killed, the police wounded
    assert ("UAF", "COP", "1823") not in events(
        "وقالت الشرطة إن أربعة مسلحين قتلوا وأصيب أربعة من رجال الشرطة بجراح.")
    # nor past another verb; a feminine verb has no sound masculine plural for its subject
    assert events("هاجمت القوات العراقية القرية وقتلت 10 مسلحين.") == [
        ("IRQMIL", None, "190"), ("IRQMIL", "UAF", "1823")]
    # an adverb may stand before the object
    assert events("والتقى الرئيس المصري عقب ذلك وزير الخارجية الأمريكي.") == [
        ("EGYGOV", "USAGOV", "040")]
    assert events("خطف مسلحون قبل خمسة أيام، عددا من المدنيين.") == [("UAF", "CVL", "181")]


def test_shooting_down_an_aircraft_is_force_but_dropping_aid_or_leaflets_is_not():
    assert events("أسقطت الدفاعات الجوية السورية طائرة حربية تركية.") == [
        ("SYRMIL", "TURMIL", "190")]
    assert events("أسقطت طائرات أمريكية مساعدات غذائية على المدنيين.") == [
        ("USAMIL", "CVL", "073")]
    assert events("أسقطت الطائرات الإسرائيلية منشورات على غزة.") == []
    # «تسقط»: a plane falls
    assert events("تسقط طائرات عسكرية مصرية كل عام في حوادث.") == []


def test_according_to_names_who_tells_not_a_party():
    # «بحسب», «حسبما», «وفقا ل» introduce the source of the news, never the act's object;
    # and they end the noun after a kill verb as a preposition does, so it was killed
    assert events("وقتل القائد بحسب الجيش الأفغاني في غارة جوية.") == [(None, "MIL", "1823")]
    assert events("واعتقلت الشرطة 20 متظاهرا حسب مصادر المعارضة السورية.") == [
        ("COP", "CVL", "173")]
    assert all(t != "AFGMIL" for _, t, _ in events("وقتل القائد حسبما أعلن الجيش الأفغاني."))


def test_a_detachment_of_a_force_is_the_force():
    # right after the verb a detachment drawn from a body is that body acting; after its
    # subject it is the object, whatever unit word names it
    assert events("وداهمت قوة من الشرطة المصرية منزل المتهم.") == [("EGYCOP", None, "171")]
    assert events("واعتقلت دورية من الجيش الإسرائيلي ثلاثة فلسطينيين.") == [
        ("ISRMIL", "PSE", "173")]
    assert events("وهاجم مسلحون قوة من الجيش العراقي.") == [("UAF", "IRQMIL", "190")]


def test_members_counted_from_a_body_are_that_body():
    # «عنصرا من», like «عناصر من», draws members from the body named after «من»
    assert events("واختطف مسلحون عنصرا من الشرطة العراقية.") == [("UAF", "IRQCOP", "181")]
    assert events("وقتلت القوات السورية 12 عنصرا من تنظيم داعش.") == [
        ("SYRMIL", "IMGISI", "1823")]
    # the subject's adjectives stand between it and the count
    assert events("وقتلت المقاومة الشعبية 20 عنصرا من مسلحي الحوثي.") == [
        ("REB", "YEMREB", "1823")]


def test_a_long_speaker_phrase_still_reaches_its_report():
    # the speaker's titles, place and occasion may take ten words before «إن»
    [e] = rasd.code_text("وقال المتحدث باسم وزارة الداخلية العراقية في مؤتمر صحفي عقده ببغداد "
                         "أمس إن مسلحين خطفوا ثلاثة مهندسين أتراك.", published="2021-04-14").events
    assert (e.cameo, e.modality) == ("181", "reported")
    # «إنها»: the speaker named with a place in apposition is the doer
    assert events("وقالت المقاومة الشعبية في محافظة تعز، جنوب غرب اليمن، إنها قتلت 20 عنصرا "
                  "من مسلحي الحوثي.") == [("REB", "YEMREB", "1823")]


def test_a_phrase_with_a_clitic_preposition_ends_the_object_search():
    # «بالتخطيط لمهاجمة جنود»: the soldiers are what the plot aimed at, not the accused
    assert all(t != "ISRMIL" for _, t, _ in events(
        "اتهمت مصر رجلين بالتخطيط لمهاجمة جنود إسرائيليين."))
    # a plural verb followed by a time and «لتورطهم» has no object: it is a passive
    assert events("وقالت الشرطة إن ثلاثة أشخاص اعتقلوا الأحد لتورطهم في السرقة.") == [
        (None, "CVL", "173")]


def test_rape_of_a_person_is_sexual_assault_not_usurping_land():
    assert events("واغتصب جنود ثلاث فتيات في القرية.") == [("MIL", "CVL", "1821")]
    assert events("وتعرضت امرأة للاغتصاب على يد مسلحين في دارفور.") == [
        ("UAF", "CVL", "1821")]
    assert all(e[2] != "1821" for e in events("واغتصب المستوطنون أراضي القرية."))


def test_what_someone_is_accused_of_is_alleged_not_reported():
    # after the accusation's «بـ», the act is the accuser's word: hypothetical, beside the
    # accusation
    assert modalities("واتهم الجيش المسلحين بأنهم قتلوا ثلاثة مدنيين.") == [
        ("112", "asserted"), ("1823", "hypothetical")]
    assert [m for c, m in modalities(
        "وكانت المحكمة قد أصدرت مذكرة توقيف بحقه، وهو متهم خصوصا بالاغتصاب وتجنيد "
        "الأطفال وقتل آلاف المدنيين.") if c[:2] == "18"] == ["hypothetical"]
    # an act told in the same sentence outside the accusation is reported
    assert ("UAF", "MIL", "1823") in events(
        "وقال الجيش إن مسلحين قتلوا ثلاثة جنود واتهم الحكومة بالتقصير.")


def test_acts_done_again_and_again_are_no_one_event():
    # a definite plural with an imperfect support verb is a habit, not an act of the day
    assert modalities("وأدان البيان الاغتيالات التي يرتكبها الجنود الإسرائيليون بحق "
                      "المدنيين.") == [("186", "hypothetical")]
    # so is each act joined by و to such a plural
    assert modalities("وأدان البيان الغارات والخطف التي ترتكبها الميليشيات بحق "
                      "المدنيين.") == [("195", "hypothetical"), ("181", "hypothetical")]
    assert modalities("وشنت الطائرات الإسرائيلية غارات على المدينة.") == [
        ("195", "asserted")]


def test_who_after_the_verb_is_its_object_after_man():
    # «أول من انتقد داعش»: «من» (who) is the subject, ISIS what was criticised
    assert all(s != "IMGISI" for s, _, _ in events("وهو ليس أول من انتقد «داعش» في الدراما."))


def test_a_name_and_its_office_are_one_person():
    # «حيدر العبادي رئيس الوزراء» is one man, not a meeting of two
    assert events("والتقى حيدر العبادي رئيس الوزراء في بغداد.", published="2016-01-01") == []
    # a titled name meets an office holder; a name meets people of another sector
    assert events("والتقى الملك سلمان رئيس الوزراء البريطاني في الرياض.") == [
        ("SAUGOV", "GBRGOV", "040")]
    assert events("ودعا كيري الصحافيين إلى زيارة المدينة.", published="2015-07-01") == [
        ("USAGOV", "MED", "020")]


def test_a_suicide_bomber_dies_by_his_own_act():
    got = events("فجر انتحاري نفسه عند حاجز للشرطة وكانت النتيجة مقتل الانتحاري.")
    assert [c for _, _, c in got] == ["1831"]
    # killed by others, he is their target
    assert events("وقتلت الشرطة الانتحاري قبل أن يفجر نفسه.") == [("COP", "UAF", "1823")]
    # nor is he what a bombing is done to
    assert events("كانت عمليات التفجير مقصورة على الانتحاريين والسيارات المفخخة.") == []


def test_houthi_militias_named_by_their_adjective():
    assert events("وقصفت الميليشيات الحوثية أحياء المدينة.", published="2015-07-01") == [
        ("YEMREB", None, "190")]


def test_an_act_told_after_qabla_an_had_not_happened():
    # «قبل أن تنفجر»: found before it went off
    assert modalities("وتسللت ثلاث سيارات مفخخة إلى المنطقة لكن القوات اكتشفتها قبل أن "
                      "تنفجر في مرآب السيارات.") == [("183", "hypothetical")]


def test_fire_of_a_country_names_its_military_as_the_doer():
    assert events("وقتل أربعة مدنيين بنيران هندية في كشمير.") == [("INDMIL", "CVL", "1823")]
    assert events("مقتل عشرة جنود أفغان بنيران أميركية صديقة.") == [("USAMIL", "AFGMIL", "1823")]


def test_the_international_and_arab_coalitions_are_military_actors():
    assert events("وشن التحالف العربي غارات على مواقع الحوثيين في صنعاء.",
                  published="2015-07-01") == [("MIL", "YEMREB", "195")]


def test_martyred_is_killed_and_citing_is_not():
    assert events("واستشهد شاب فلسطيني برصاص إسرائيلي في الخليل.") == [("ISRMIL", "PSE", "1823")]
    assert events("واستشهد الوزير بتصريحات الرئيس الأمريكي.") == []
    assert events("واستشهد الجنرال بمجموعة من الأمثلة.") == []


def test_a_headline_opened_by_an_unknown_noun_has_it_for_subject():
    # «البابا» is no actor the lexicons know, but it is the subject: the UN is urged
    assert events("البابا يحث الأمم المتحدة على اتخاذ موقف قوي") == []
    assert events("البرلمان الأوروبي يدين إيران") == [("IGOEEC", "IRN", "111")]


def test_named_armed_groups_of_one_country_and_sector_fight_each_other():
    # both are SYRREB; the lexicons tell them apart, so the clash is no act on itself
    assert events("واشتبكت جبهة النصرة مع حركة أحرار الشام في ريف إدلب.") == [
        ("SYRREB", "SYRREB", "190")]
    assert events("وقتلت حركة حماس عنصرين من حركة الجهاد الإسلامي في غزة.") == [
        ("PSEREB", "PSEREB", "1823")]
    # two role nouns of one side are no two parties
    assert events("وقتل ضابط وجنود في انفجار عبوة ناسفة.")[:1] != [("MIL", "MIL", "1823")]


def test_the_genitive_of_an_invitation_is_the_guest():
    # «دعوة X» is X's call, unless what X is invited to follows
    assert events("وجاءت دعوة الرئيس الفرنسي إلى الحوار بعد أشهر من التوتر.") == [
        ("FRAGOV", None, "020")]
    assert events("وجاءت دعوة تركيا للمشاركة في القمة بعد أشهر من التوتر.") == []
    # the one who announces it invites
    assert events("وأعلنت الوزارة دعوة الصحفيين الأجانب لزيارة المخيمات.") == [
        ("GOV", None, "020")]


def test_a_suspect_in_an_attack_makes_no_attack_alleged():
    # «مشتبه به» is a person; what he is linked to happened
    assert modalities("تعرفت الشرطة على مشتبه به في التفجير الانتحاري الذي استهدف "
                      "السوق.") == [("1831", "asserted")]
    # suspected of an act: the act is alleged
    assert modalities("اعتقلت الشرطة رجلا يشتبه بتنفيذه التفجير الانتحاري.")[-1] == (
        "1831", "hypothetical")


def test_a_foiled_attempt_is_no_event():
    # «محاولة» is nearer the act, but the attempt itself was foiled
    assert events("وأحبطت قوات الأمن محاولة هجوم لمسلحين على مركز للشرطة.") == []
    kept = rasd.code_text("وأحبطت قوات الأمن محاولة هجوم لمسلحين على مركز للشرطة.",
                          settings=Settings(keep_negated=True))
    assert [(e.cameo, e.negated) for e in kept.events] == [("190", True)]


def test_an_intention_is_no_act():
    assert modalities("وكشفت المعلومات عن نية الإرهابيين تفجير سيارة مفخخة في المدينة.") == [
        ("1832", "intended")]


def test_a_protest_dispersed_took_place():
    # the dispersal takes the protest's noun, and the protest is still coded, by its holders
    assert events("فرقت الشرطة المصرية مظاهرة نظمها الطلاب أمام الجامعة.") == [
        ("EGYCOP", "EDU", "175"), ("EDU", None, "141")]
    assert events("وقمعت قوات الأمن مظاهرات المعارضة في العاصمة.") == [
        ("COP", "OPP", "175"), ("OPP", None, "141")]


def test_an_actor_and_a_colon_opening_a_headline_is_its_speaker():
    assert modalities("الحكومة اليمنية: الحوثيون يقصفون عدن") == [("190", "reported")]
    # a country or a place before the colon is where, not who says
    assert modalities("اليمن: الحوثيون يقصفون عدن") == [("190", "asserted")]
    # after a prefix that ends in a colon too; the first person is the speaker
    doc = rasd.code_text("عاجل: وزير الداخلية البحريني: ندعو المواطنين إلى الحذر",
                         published="2021-04-14")
    assert [(e.source.code, e.cameo) for e in doc.events] == [("BHRGOV", "020")]


def test_civilians_after_a_number():
    assert events("وقتل المتمردون 43 مدنيا في قصف على المدينة.") == [("REB", "CVL", "1823")]


def test_a_plot_with_its_pronoun_is_intended():
    assert modalities("ولجأت الجماعات إلى المساجد لتنفيذ مخططاتها في إثارة الفتنة أو قتل "
                      "رجال الأمن.") == [("1823", "intended")]
    # a noun joined by و to a planned one is planned too
    assert modalities("وكانت لديهم خطة تفجير مطار القاهرة الدولي في العاصمة المصرية "
                      "ومحاولة اغتيال وزير الداخلية المصري.") == [("185", "intended")]


def test_an_at_least_count_is_no_preposition():
    # «ما لا يقل عن», «ما يزيد على» count the victims; their عن/على is no preposition
    assert events("وقتلت الميليشيات ما لا يقل عن 60 مدنيا في عدن.") == [
        ("REB", "CVL", "1823")]
    assert events("وقتلت الميليشيات ما يزيد على 60 مدنيا في عدن.") == [
        ("REB", "CVL", "1823")]


def test_an_aside_of_the_writer_is_told_not_reported():
    doc = rasd.code_text("وقال الجيش إن مسلحين هاجموا مركزا للشرطة.\n"
                         "يذكر أن مسلحين هاجموا مركزا للشرطة الشهر الماضي.",
                         published="2021-04-14")
    assert [e.modality for e in doc.events] == ["reported", "asserted"]
    assert [q.speaker.code if q.speaker else None for q in doc.quotes] == ["MIL"]


def test_a_nouns_words_stay_in_its_phrase():
    # «انتحاري» after the comma begins another clause: no suicide bombing
    got = events("وقال المصدر إن المسلحين نفذوا التفجير، وأصيب الانتحاري بجروح.")
    assert not any(code == "1831" for *_, code in got)
    assert ("UAF", None, "1831") in events("وقتل عشرة أشخاص في تفجير انتحاري أمس.")


def test_a_hedged_act_is_hypothetical_but_not_the_deaths_it_caused():
    got = modalities("وقتل عشرة جنود في هجوم انتحاري على ما يبدو قرب الحدود أمس.")
    assert ("1831", "hypothetical") in got and ("1823", "asserted") in got
    assert modalities("وقال المسؤول إنه يبدو أن انتحاريا فجر نفسه قرب الحدود.") == [
        ("1831", "hypothetical")]
    # the hedge is about who did it, or who owns the aircraft: the act is told as done
    assert ("183", "asserted") in modalities(
        "وقتل عشرة جنود في انفجار قنبلة زرعها فيما يبدو مسلحون قرب الحدود.")
    assert ("1823", "asserted") in modalities(
        "وأطلق صاروخ من طائرة تابعة على ما يبدو للجيش الأمريكي أدى إلى مقتل 12 شخصا.")


def test_a_triggers_words_are_not_sought_in_the_next_clause():
    doc = rasd.code_text("وقال المبعوث إن الجيش قصف مناطق في الريف، وإن المسلحين ردوا بإطلاق "
                         "الصواريخ على قريتين.", published="2021-04-14")
    shelling = [e for e in doc.events if e.trigger.text.startswith("قصف")]
    assert shelling and all("الصواريخ" not in e.trigger.text for e in shelling)
    assert all(e.cameo != "195" for e in shelling)  # the army's shelling, not from the air
    # nor in the next clause: raising flags lifts no siege
    assert not any(c.startswith("087") for *_, c in events(
        "ورفع المتظاهرون أعلاما، ورددوا هتافات تطالب بإنهاء الحصار."))
    # nor is the next speaker's subject what was shelled
    assert events("وقال المبعوث إن الجيش قصف مناطق في الريف وإن المسلحين ردوا بالمثل.") == [
        ("MIL", None, "190")]


def test_a_support_verb_makes_a_noun_aimed_at_no_actor_an_act():
    # «قام … بإطلاق صواريخ على القرية»: the act was done; what it hit is no actor
    assert events("وقام المسلحون بإطلاق صواريخ على القرية.") == [("UAF", None, "195")]
    # alone the noun is talk; «وقعت» (fell) lends it no doer
    assert events("وتحدث الوزير عن إطلاق الصواريخ على القرى.") == []
    assert events("ووقعت السلطات بين تداعيات الاعتداء على الكنيسة ومخاوف الناس.") == []


def test_a_verb_after_comma_wa_that_agrees_with_the_speaker_is_the_speakers_act():
    doc = rasd.code_text("وقال الرئيس اليمني إن الحوثيين قصفوا عدن، واتهم إيران بدعمهم.",
                         published="2015-07-01")
    got = {(e.cameo, _code(e.source), _code(e.target), e.modality) for e in doc.events}
    assert got == {("190", "YEMREB", None, "reported"), ("112", "YEMGOV", "IRN", "asserted")}
    # nothing coded before it in the report: still the speaker
    assert events("وقال وزير الخارجية الإيراني إن المحادثات كانت مفيدة، واتهم الولايات "
                  "المتحدة بعرقلة الاتفاق.", "2015-07-01") == [("IRNGOV", "USA", "112")]


def test_a_verbs_first_word_is_not_sought_in_what_it_says():
    # «بأن …» is what was affirmed, not the readiness «أكد استعداده»
    assert not any(c == "030" for *_, c in events(
        "وأكد الوزير بأن المتظاهرين أكثر استعدادا للعنف من قبل."))
    assert ("RUSGOV", None, "030") in events("وأكد الرئيس الروسي استعداد بلاده للتعاون.")


def test_a_verb_ending_in_hamza_is_conjugated_as_a_sound_verb():
    # keys write «بدأ» as «بدا», like a verb ending in a weak letter: «بدأت», «بدؤوا»,
    # «يهنئون» must still be its forms, and «بدت» (seemed) is not
    from rasd.events.conjugate import plain_forms
    from rasd.text.normalize import key

    began = plain_forms("بدأ/يبدأ")
    assert {key(w) for w in ("بدأت", "بدأوا", "بدؤوا", "يبدؤون", "تبدأ")} <= began
    assert key("بدت") not in began
    assert key("يهنئون") in plain_forms("هنأ/يهنئ")
    assert events("وهنأت مصر الحكومة التونسية بنجاح الانتخابات.") == [
        ("EGY", "TUNGOV", "051")]


def test_a_headline_names_the_arrest_it_reports_and_its_victims_count():
    assert events("اعتقال 41 عنصرا من داعش في بغداد") == [(None, "IMGISI", "173")]
    assert events("المغرب: اعتقال ثمانية أشخاص بتهمة التخطيط لاعتداءات") == [
        (None, "CVL", "173")]
    # a noun that is the subject of a sentence with a period is talk, not a headline
    assert events("اعتقال الناشطين أمر مرفوض كما قال الحزب.") == []


def test_counted_nisbas_and_quoted_counts_are_the_people_killed():
    # «24 عراقيا»: the accusative singular after a number counts people, not an adjective
    assert events("مقتل 24 عراقيا وإصابة 37 في بعقوبة") == [(None, "IRQ", "1823")]
    assert events("العراق: مقتل «19» من عناصر داعش في اشتباكات") == [(None, "IMGISI", "1823")]
    assert events("وقتل ما لا يقل عن 17 حوثيا في المواجهات.") == [(None, "YEMREB", "1823")]


def test_a_killing_undertaken_with_a_support_verb_is_a_killing_by_its_subject():
    assert events("وأقدم مسلحون على قتل ثلاثة أشخاص في القرية.") == [("UAF", "CVL", "1823")]
    assert events("وقام مسلحون بقتل ثلاثة أشخاص في القرية.") == [("UAF", "CVL", "1823")]
    assert events("وطالب الحزب بقتل المتظاهرين.") == []  # a demand, not an act
    # a headline's bare noun of assault names the act; an attack «ضد» may be in words
    assert events("اغتيال النائب العام المصري") == [(None, "EGYJUD", "186")]
    assert events("الهند: هجمات صادمة ضد الصحافيين بسبب حملاتهم") == []


def test_deaths_counted_after_the_event_they_belong_to():
    # «خلال الهجوم» before the count: the passive kill still has its victims, and the
    # gunmen counted are no «هجوم مسلح»
    assert events("وقتل خلال الهجوم 15 مسلحا.") == [(None, "UAF", "1823")]
    got = events("وقتل في الهجوم الانتحاري 20 شخصا.")
    assert ("UAF", "CVL", "1823") in got and ("UAF", None, "1831") in got
    # «مسلحا», «عسكريا» are people only after a number
    assert events("وقتلت القوات 21 مسلحا في المعارك.") == [("MIL", "UAF", "1823")]
    assert ("UAF", None, "190") in events("وشن مسلحون هجوما مسلحا على القرية.")
    assert events("وتدخلت تركيا عسكريا في سوريا.") == []


def test_a_bare_nisba_after_the_noun_of_what_was_done_is_the_person_it_was_done_to():
    assert events("مقتل فلسطيني برصاص الجيش الإسرائيلي في جنين") == [
        ("ISRMIL", "PSE", "1823")]
    assert events("اعتقال أمريكي في طهران") == [(None, "USA", "173")]
    # after a definite act it is the act's adjective, and names no victim
    assert events("وتواصل الهجوم الإسرائيلي على غزة.") == []


def test_a_person_named_with_an_age_is_someone_the_act_was_done_to():
    assert events("قتلت القوات فجر أمس الشاب سامر النجار (21 عاما) في القرية.") == [
        ("MIL", None, "1823")]
    assert events("وشنت القوات عملية استمرت 5 أيام، قتل خلالها 241 إرهابيا.") == [
        (None, "UAF", "1823")]


def test_a_count_of_senior_members_is_the_body_they_lead():
    assert events("وأفاد المرصد بمقتل اثنين من كبار قادة تنظيم داعش في غارة.") == [
        (None, "IMGISI", "1823")]


def test_a_support_verb_reaches_its_noun_past_a_long_joined_subject():
    got = events("وبدأت القوات الروسية والقوات السورية في الرابع من يوليو الماضي هجوما على "
                 "مدينة الزبداني.")
    assert ("RUSMIL", None, "190") in got and ("SYRMIL", None, "190") in got
    # but not past the verb's own object to a noun it does not govern
    assert events("بدورها، كثفت تونس مشاوراتها مع شركائها الأوروبيين بهدف تجاوز تداعيات "
                  "الهجوم الارهابي على المنتجع.") == []


def test_a_relative_verb_with_its_own_object_word_is_done_by_the_noun_before():
    got = events("واستفاد المقاتلون من دعم من قبل قوات التحالف التي شنت ليلا حوالى 15 غارة "
                 "على مواقع الحوثيين.")
    assert ("MIL", "YEMREB", "195") in got
    # the relative's own subject comes first; «التي» is no relative of men
    assert ("GOV", None, "173") in events(
        "وبلغ عدد الأشخاص الذين ألقت السلطات القبض عليهم 431 شخصا.")
    assert not any(c.startswith("11") for *_, c in events(
        "وقلل من أهمية انتقادات الساسة الفرنسيين التي وجهت للرئيس الفرنسي السابق "
        "واتهاماتهم له."))
    # «أغار» (the perfect) raids; «عاود» resumes
    assert events("وأغار مسلحون على القرية.") == [("UAF", None, "190")]


def test_a_noun_with_its_possessive_pronoun_is_the_support_verbs_subjects_act():
    assert events("وكثفت القوات العراقية هجومها على المدينة.") == [("IRQMIL", None, "190")]
    assert ("MIL", None, "190") in events("وجددت قوات النظام قصفها لمخيم درعا.")
    assert events("واستكملت الطائرات الحربية غاراتها على الجبال.") == [("MIL", None, "195")]
    # the pronoun alone names no one; a refusal is no act
    assert events("ويأتي ذلك بعد أسبوع من هجومها على القرية.") == []
    assert events("ورفضت الحكومة قصفها للمدينة.") == []


def test_possessed_plural_acts_after_an_imperfect_support_verb_are_a_habit():
    assert modalities("بينما يصعد المتمردون هجماتهم ضد أهداف حكومية.") == [
        ("190", "hypothetical")]
    assert modalities("فيما يكثف المتمردون هجومهم الصيفي.") == [("190", "asserted")]
    assert modalities("«داعش» يشن أولى هجماته الانتحارية في تركيا") == [("1831", "asserted")]


def test_a_relative_takes_an_antecedent_behind_the_lam_of_possession_that_agrees_with_it():
    assert ("IRQGOV", "SAU", "112") in events(
        "رفض الوزير المصري التصريحات الأخيرة لرئيس الوزراء العراقي الذي اتهم السعودية بدعم "
        "الإرهاب.")
    # «الذين» is no relative of the government
    assert ("GOV", None, "141") not in events(
        "وعارض القرار مئات المتظاهرين المؤيدين للحكومة الذين احتشدوا أمام المحكمة.")


def test_a_verb_joined_to_its_clauses_first_verb_shares_that_verbs_subject():
    assert events("ودخلت القوات العراقية المدينة واعتقلت عشرة مسلحين.") == [
        ("IRQMIL", "UAF", "173")]
    assert ("IRQMIL", "UAF", "1823") in events(
        "وقال المصدر إن القوات العراقية صدت هجوما على القرية وقتلت عشرة مسلحين.")
    # a feminine verb has no masculine count for its passive subject: «اعتقلت عشرة مسلحين»
    # is no «اعتقل عشرة مسلحين»
    assert events("واعتقلت عشرة مسلحين.") == []
    # not the victims of a passive, nor across another clause, nor what is feared
    assert ("CVL", None, "173") not in events(
        "قتل العشرات من المدنيين واعتقل سبعة مطلوبين في الأنبار.")
    assert events("وأشار الوزير إلى القرار الذي أصدره مجلس الأمن وطالب فيه إيران بوقف "
                  "التخصيب.") == []
    assert events("وخشينا أن تأتي الطائرات فتقصف المعسكرات.") == []


def test_an_armed_group_across_borders_or_a_gang_attacks_in_arms():
    assert events("هاجمت داعش الجيش العراقي قرب الموصل.") == [("IMGISI", "IRQMIL", "190")]
    assert events("وهاجمت عصابة مسلحة الشرطة في الحي.") == [("CRM", "COP", "190")]
    # an armed group after a time word is a doer, not the victim of a passive
    assert ("IMGISI", None, "186") not in events(
        "اغتال مسلحو داعش بعد صلاة الجمعة إمام المسجد.")
    assert (None, "IMGISI", "186") not in events(
        "اغتال مسلحو داعش بعد صلاة الجمعة إمام المسجد.")


def test_the_pronoun_of_lianna_and_lakinna_is_the_subject_of_a_verb_that_agrees():
    # the sheikh criticised the army, not the army someone
    assert events("أعدم التنظيم الشيخ لأنه ينتقد الجيش في خطبه.") == []
    assert events("سجنت السلطات الكاتبة لأنها انتقدت الحكومة في مقالاتها.") == []
    assert events("ورحبت الصحف بالقرار لكنهم انتقدوا الحكومة.") == []
    # a verb that does not agree with the pronoun has its own subject after it
    assert events("لأنه انتقدت الحكومة الجيش علنا.") == [("GOV", "MIL", "111")]


def test_a_name_in_straight_quotation_marks_is_part_of_its_phrase():
    assert events('وشنت حركة "حماس" هجوما على الجيش الإسرائيلي.') == [
        ("PSEREB", "ISRMIL", "190")]
    assert events('وهاجم مسلحو تنظيم "داعش" الجيش العراقي أمس.') == [
        ("IMGISI", "IRQMIL", "190")]
    # the speaker's quoted name does not open what is said
    assert modalities('قال تنظيم "داعش" إنه خطف جنديين عراقيين قرب الموصل.') == [
        ("181", "reported")]
    # a quote right after a verb of speech is what is said, however short
    assert events('وقال الوزير: "الجيش قصف المسلحين" ثم غادر.') == [("MIL", "UAF", "190")]
    assert events('وقال "الجيش هاجم المسلحين".') == [("MIL", "UAF", "190")]


def test_here_is_no_congratulation():
    assert events('ونقصد هنا "إسرائيل" وإيران.') == []
    assert events("هنأ الملك الرئيس المصري بفوزه.") == [("GOV", "EGYGOV", "051")]


def test_the_worst_attack_since_a_time_is_one_attack_not_a_sum():
    assert events("تصدت القوات الحكومية لأعنف هجوم شنه مقاتلو جماعة الحوثي منذ بدء "
                  "المواجهات قبل شهرين.") == [("YEMREB", None, "190")]
    assert events("قتل الحوثيون عشرة جنود منذ بدء الحرب.") == []


def test_allies_joined_to_a_subject_leave_it_the_subject():
    assert events("وكانت السعودية وحلفاؤها قد شنوا غارات على صنعاء.") == [
        ("SAU", "YEMGOV", "195")]


def test_the_opposition_s_gunmen_are_rebels():
    assert events("وقتل مسلحو المعارضة السورية عشرة جنود.") == [("SYRREB", "MIL", "1823")]


def test_a_relative_takes_its_antecedent_through_its_adjectives_and_after_min():
    assert events("وتقدم المقاتلون بدعم من طيران التحالف الدولي الذي شن عدة غارات على "
                  "مواقع الحوثيين.") == [("MIL", "YEMREB", "195")]


def test_a_plural_verb_describes_the_counted_group_right_before_it():
    assert events("وأطلقت الشرطة الغاز المسيل للدموع على عدة آلاف من الأشخاص تجمعوا في "
                  "الساحة احتجاجا على القرار.") == [("COP", "CVL", "175"), ("CVL", None, "141")]


def test_the_lam_of_an_indefinite_protest_names_who_protests():
    assert events("وشهدت المدينة اعتصاما للمعلمين أمام الوزارة.") == [("EDU", "GOV", "141")]
    assert events("ونظمت أمس مظاهرة لعمال المصنع.") == [("LAB", None, "141")]
    # a state's body after the lam is no protester
    assert events("ودعا الحزب إلى مظاهرة للحكومة.") == []


def test_sides_named_together_trade_accusations_with_each_other():
    assert events("وتبادلت الحكومة والمعارضة الاتهامات بعرقلة الحوار.") == [
        ("GOV", "OPP", "112"), ("OPP", "GOV", "112")]


def test_a_woman_suicide_bomber_is_a_doer_not_a_victim():
    assert events("وفجرت امرأة انتحارية نفسها في مركز للشرطة.") == [("UAF", "COP", "1831")]
    assert events("وقتل مسلحون امرأة في القرية.") == [("UAF", "CVL", "1823")]



def test_two_or_more_suicide_bombers_and_their_attacks():
    # duals and plurals, counted with a feminine number too
    assert events("فجر ثلاثة انتحاريين أنفسهم في سوق المدينة.") == [("UAF", None, "1831")]
    assert events("فجرت ثلاث انتحاريات أنفسهن في سوق المدينة.") == [("UAF", None, "1831")]
    assert events("فجر انتحاريان نفسيهما في محطة للحافلات.") == [("UAF", None, "1831")]
    assert events("مقتل نحو 20 شخصا في هجومين انتحاريين شمال الكاميرون.") == [
        ("UAF", "CVL", "1823"), ("UAF", None, "1831")]


def test_the_genitive_of_an_aircraft_slot_is_the_bombings_doer():
    assert events("وجاءت الانفجارات عقب قصف طيران قوات التحالف لمعسكر الجيش.") == [
        ("MIL", None, "195")]


def test_a_sentence_in_presentation_forms_is_coded():
    assert events("وأكد أن ﻃﻴﺮﺍﻥ ﺍﻟﺘﺤﺎﻟﻒ شن غارات جوية على مواقع الحوثيين.") == [
        ("MIL", "YEMREB", "195")]


def test_a_protest_repressed_has_its_unnamed_crowd_for_target():
    assert events("السلطات الإيرانية تقمع تظاهرة لمتقاعدين في طهران") == [("IRNGOV", None, "175")]
    # teachers named: their protest too
    assert events("السلطات الإيرانية تقمع تظاهرة لمدرسين في طهران") == [
        ("IRNGOV", None, "175"), ("EDU", None, "141")]


def test_a_body_that_names_a_quarter_is_no_protester():
    assert events("وأغلق متظاهرون في أحياء الصحافة والسلمة الشوارع بالإطارات احتجاجا على "
                  "انقطاع المياه.") == [("CVL", None, "141")]


def test_a_kill_verb_before_its_victims_and_the_wounded_is_a_passive():
    assert events("قتل أحد مسلحي المقاومة الشعبية وأصيب خمسة آخرون بقذيفة هاون "
                  "أطلقتها ميليشيات الحوثي.") == [("YEMREB", "REB", "1823")]
    # the army's count of its dead is its object
    assert events("وقتل الجيش في نهاية الأسبوع 25 مسلحا.") == [("MIL", "UAF", "1823")]


def test_who_fired_the_weapon_is_the_killer():
    assert events("وقتل خمسة جنود أفغان بصاروخ أطلقته قوات الحلف الأطلسي.") == [
        ("IGONAT", "AFGMIL", "1823")]


def test_a_count_after_in_it_or_after_this_event_is_a_passives_subject():
    assert events("فيما قتل في هذه العمليات ستة إرهابيين.") == [(None, "UAF", "1823")]
    assert events("وتقدمت القوات بعد اشتباكات عنيفة قتل فيها 35 من مسلحي داعش.") == [
        (None, "IMGISI", "1823")]


def test_deaths_in_fighting_of_over_a_year_are_a_sum():
    assert events("ويخوض الطرفان معارك في جنوب البلاد منذ أكثر من عام، قتل فيها العشرات.") == []
    assert events("وقتل الجيش عشرة مسلحين لأول مرة منذ أكثر من عام.") == [("MIL", "UAF", "1823")]


def test_acts_since_a_month_are_a_sum_but_not_since_a_day_of_it():
    assert events("وقالت المقاومة إنها قتلت 223 مسلحا خلال 112 عملية منذ إبريل الماضي.",
                  published="2015-07-23") == []
    assert events("ويشن الجيش السوري منذ 11 يوليو حملة قصف على القرى.",
                  published="2015-07-23") == [("SYRMIL", None, "190")]


def test_a_human_chain_is_a_protest():
    assert events("وشكل متظاهرون سلسلة بشرية حول مبنى البلدية.") == [("CVL", None, "141")]


def test_a_speakers_members_after_anna_are_the_speakers_side():
    assert events("وذكر المتمردون أن أفرادهم قصفوا مواقع الجيش بالصواريخ.") == [
        ("REB", "MIL", "195")]


def test_allies_after_a_comma_do_not_end_the_clause():
    assert events("وبدأ الحوثيون، وحلفاؤهم قصف أحياء المدينة أول من أمس.") == [
        ("YEMREB", None, "190")]


def test_what_a_suspect_is_suspected_of_after_the_lam_is_not_asserted():
    assert modalities("وقدم الوفد صورة لمشتبه بأنه انتحاري فجر نفسه في القطار.") == [
        ("1831", "hypothetical")]


def test_aid_sent_to_a_town_goes_to_its_country():
    assert events("أرسلت الإمارات سفينة مساعدات إنسانية إلى عدن.") == [("ARE", "YEM", "073")]
    assert events("وأرسل المغرب طائرة مساعدات طبية إلى مدينة بنغازي.") == [
        ("MAR", "LBY", "073")]
    # only aid: a bombing in a town names where, not whom
    assert events("قصف الطيران الحربي السعودي مواقع في عدن.") == [("SAUMIL", None, "195")]


def test_aid_given_donated_and_dispatched():
    assert events("تبرعت الكويت بمبلغ 100 مليون دولار لليمن.") == [("KWT", "YEM", "070")]
    assert events("تبرع الرجل بالدم للمستشفى.") == []
    assert events("وسيرت قطر قافلة مساعدات إلى غزة.") == [("QAT", "PSE", "073")]
    assert events("وزع الهلال الأحمر الإماراتي سلالا غذائية على الأسر النازحة.") == [
        ("ARENGO", None, "073")]
    # a verbal noun of giving takes its giver from a support verb, not from any subject
    assert events("وتواصل الإمارات تقديم المساعدات الإنسانية للشعب اليمني.") == [
        ("ARE", "YEM", "073")]
    assert "070" not in [c for _, _, c in events(
        "وبحث الوزير الأردني مع نظيره سبل تقديم المساعدات لليمن.")]


def test_the_armed_actor_after_the_lam_of_an_act_of_force_and_its_adjective():
    assert events("وأدت غارة جوية لقوات التحالف الدولي إلى تدمير الجسر.") == [
        ("MIL", None, "195")]
    assert events("ووقع هجوم صاروخي للحوثيين على مدينة جازان.") == [("YEMREB", None, "190")]
    # a place after the lam is where the act went, not who did it
    assert events("وأدت غارة جوية للمنطقة إلى تدمير الجسر.") == []


def test_a_time_set_off_by_commas_leaves_the_act_governed():
    assert events("وأحبطت القوات الأمنية اليمنية، أمس الأربعاء، هجوما شنه مسلحون حوثيون على "
                  "المدينة.", published="2015-07-22") == []
    assert modalities("ودرس الاتحاد الأوروبي، أمس الأربعاء، فرض عقوبات جديدة على روسيا.",
                      published="2015-07-22") == [("163", "proposed")]
    # without the governing word the attack was made
    assert events("وشن مسلحون حوثيون، أمس الأربعاء، هجوما على المدينة.",
                  published="2015-07-22") == [("YEMREB", None, "190")]


def test_the_arrest_told_by_its_definite_verbal_noun():
    assert events("وتمكنت قوات الأمن المصرية من القبض على 17 مسلحا في سيناء.") == [
        ("EGYCOP", "UAF", "173")]
    # a headline: who arrested is left untold
    assert events("القبض على خلية إرهابية في المغرب") == [(None, "UAF", "173")]
    # not the arrest a clause of time refers to
    assert events("وبعد القبض على المتهم بدأ التحقيق.") == []


def test_counted_teachers_and_workers():
    assert events("اعتقلت الشرطة الإيرانية أكثر من 200 مدرس في طهران.") == [
        ("IRNCOP", "EDU", "173")]


def test_an_honorific_between_verb_and_subject():
    assert events("استقبل معالي وزير الخارجية السعودي نظيره الأردني.") == [
        ("SAUGOV", "JORGOV", "043")]
    assert events("التقى سعادة السفير الأمريكي وزير الخارجية الأردني.") == [
        ("USAGOV", "JORGOV", "040")]


def test_a_chain_of_titles_after_a_name_is_no_object():
    assert events("استقبل الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء "
                  "وزير الداخلية في قصره بجدة أمس.", published="2015-07-23") == []


def test_a_verb_agreeing_with_the_relative_before_it_has_the_antecedent_for_subject():
    # the citizen appeals; the minister after the verb is no subject
    assert events("ورد الوزير على المواطن الذي يناشد وزير الصحة التدخل.") == []
    # with a pronoun for the antecedent after it, the clause has its own subject (in the
    # perfect: in the imperfect it tells what is done at the place)
    assert events("وهو المكان الذي تجمع متظاهرون أمامه احتجاجا على الحرب.") == [
        ("CVL", None, "141")]
    # a nominative plural after the verb is its subject, not the antecedent's object
    assert events("وهو الوزير الذي تجمع متظاهرون أمام منزله احتجاجا على الحرب.") == [
        ("CVL", None, "141")]


def test_a_toll_of_at_least_a_count_and_the_shooter():
    assert events("وأسفر الهجوم عن مقتل ما لا يقل عن 30 شخصا.") == [(None, "CVL", "1823")]
    assert events("وقتل مطلق النار برصاص الشرطة في مكان الحادث.") == [("COP", "UAF", "1823")]


def test_a_protest_whose_organising_is_decided_or_announced_is_a_plan():
    assert modalities("وأعلنت نقابات المعلمين عن تنظيم تظاهرة أمام البرلمان احتجاجا على "
                      "سجن النشطاء.") == [("141", "intended")]
    assert modalities("وقال إن المواطنين قرروا تسيير مظاهرة إلى مقر المحافظة.") == [
        ("141", "intended")]
    # organised, it was held
    assert modalities("ونظم المعلمون تظاهرة أمام البرلمان.") == [("141", "asserted")]


def test_a_venue_between_the_subject_and_the_object():
    assert events("استقبل وزير الخارجية السعودي في مكتبه بالرياض أمس السفير الأمريكي.") == [
        ("SAUGOV", "USAGOV", "043")]
    assert events("استقبل أمير منطقة الرياض بقصر الحكم أمس السفير الأمريكي.",
                  published="2015-07-22") == [("SAUGOV", "USAGOV", "043")]
    # a body the lexicons name is no venue
    assert events("التقى الرئيس المصري في مجلس الأمن وزير الخارجية الأمريكي.") == []


def test_one_person_named_twice_is_one_actor():
    assert events("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر السلام اليوم "
                  "وزير الدفاع الأمريكي أشتون كارتر.", published="2015-07-22") == [
        ("SAUGOV", "USAGOV", "043")]


def test_a_building_an_actor_owns_is_no_venue_to_pass():
    assert events("التقى الرئيس المصري في مقر الأمم المتحدة وزير الخارجية الأمريكي.") == []


def test_exposed_to_is_no_offer():
    # «تعرض» is also the imperfect of «عرض» (offers), a proposal; with «لـ» or «إلى» it is
    # the fifth form: was exposed to
    assert modalities("تعرض رئيس الوزراء العراقي لاعتداء بعبوة ناسفة.") == [("182", "asserted")]
    assert modalities("تعرض الجنود الأمريكيون إلى هجوم بعبوة ناسفة.") == [("190", "asserted")]
    assert modalities("تعرض مصر فرض عقوبات على إسرائيل.") == [("163", "proposed")]
    # nor the support verb that lends its subject: the exposed are not the doers
    text = "تعرض أنصار المعارضة لحملة اعتقالات شنتها الشرطة المصرية."
    assert events(text) == [("EGYCOP", None, "173")]
    assert modalities(text) == [("173", "asserted")]


def test_what_an_actor_owns_takes_the_preposition():
    # the motorcade, house or building before its owner: the owner is the target
    assert events("أطلق مسلحون النار على موكب السفير البريطاني في صنعاء.") == [
        ("UAF", "GBRGOV", "193")]
    assert events("انفجرت عبوة ناسفة بموكب وزير الدفاع العراقي.") == [
        ("UAF", "IRQGOV", "183")]
    assert events("تعرض موكب وزير الداخلية العراقي لهجوم مسلح.") == [(None, "IRQGOV", "190")]
    # a site named after a person is not that person's
    assert events("توجه الرئيس المصري إلى قاعدة الملك خالد الجوية.") == []


def test_hundreds_count_a_group():
    assert events("تظاهر نحو مائتي شخص أمام مقر الحكومة.") == [("CVL", "GOV", "141")]
    assert ("ISR", "CVL", "1823") in events("قتل 300 مدني في القصف الإسرائيلي.")


def test_exposed_to_kidnapping_or_arrest_is_its_target():
    assert events("تعرض رعايا فرنسيون للاختطاف في مالي.") == [(None, "FRACVL", "181")]
    assert events("تعرض الناشط المصري للاعتقال مرات عديدة.") == [(None, "EGYCVL", "173")]
    # exposed to «it», told before: the noun after is no part of it
    assert events("وأشار إلى انتهاكات تعرضوا لها أثناء اعتقالهم من قبل القوات الإسرائيلية.") \
        == []


def test_an_act_ordered_is_intended():
    assert modalities("وكان أمير منطقة مكة المكرمة قد وجه بسرعة القبض على الشبان الذين "
                      "اعتدوا على فتاتين.") == [("173", "intended")]
    # a warrant: the arrest is ordered
    assert modalities("أصدرت المحكمة المصرية أمر اعتقال بحق زعيم الجماعة.") == [
        ("173", "intended")]
    # «وجه» with its own object is the act: «وجه اتهامات»
    assert modalities("وجهت السعودية اتهامات لإيران بدعم الإرهاب.") == [("112", "asserted")]
    # «امرأة» is no order
    assert modalities("وكانت امرأة انتحارية فجرت نفسها في مركز للشرطة في إسطنبول.")[0][1] \
        == "asserted"


def test_coordinated_actors_of_one_code_make_one_event():
    assert events("استقبل وزير الخارجية السعودي وزير الدفاع الأمريكي والوفد المرافق له.") == [
        ("SAUGOV", "USAGOV", "043")]


def test_missiles_fired_towards_a_state_are_aimed_at_it():
    assert events("أطلق الحوثيون صاروخا باتجاه السعودية.") == [("YEMREB", "SAU", "195")]
    assert events("أطلق مسلحون ثلاثة صواريخ في اتجاه شمال إسرائيل.") == [("UAF", "ISR", "195")]
    # two missiles, two shells
    assert events("وأطلقت ميليشيات الحوثي صاروخين باتجاه السعودية.") == [("YEMREB", "SAU", "195")]
    # into the sea: a test, no attack
    assert events("أطلقت كوريا الشمالية صاروخا باليستيا باتجاه بحر اليابان.") == []


def test_a_blessing_and_the_titles_after_a_name_are_no_gap():
    # «- حفظه الله -» after a name is no clause boundary, and the titles in apposition do
    # not use up the reach of the object
    assert events("استقبل الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء "
                  "وزير الداخلية - حفظه الله - في قصر سموه بجدة مساء أمس وزير الخارجية "
                  "المصري.", published="2015-07-23") == [("SAUGOV", "EGYGOV", "043")]
    assert events("وكان خادم الحرمين الشريفين - حفظه الله - قد استقبل وزير الخارجية المصري.",
                  published="2015-07-23") == [("SAUGOV", "EGYGOV", "043")]
    # «النائب الثاني لرئيس مجلس الوزراء»: a deputy's office is one of the titles too
    assert events("التقى الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء "
                  "وزير الدفاع في جدة أمس الرئيس الروسي.", published="2015-07-21") == [
        ("SAUGOV", "RUSGOV", "040")]


def test_the_secretary_general_is_no_plural():
    # «الأمين» ends like a sound plural («ـين») but is one man, who agrees with «يستنكر»
    assert events("الأمين العام للأمم المتحدة يستنكر تصريحات نائب الرئيس العراقي.") == [
        ("IGOUNO", "IRQGOV", "111")]
    # «مجلس التعاون» alone is the Gulf Cooperation Council
    assert events("الأمين العام لمجلس التعاون يستنكر تصريحات نائب الرئيس العراقي.") == [
        ("IGOGCC", "IRQGOV", "111")]
    # nor the secretariat: «الأمانة العامة لمنظمة التعاون الإسلامي» is the OIC
    assert events("استنكرت الأمانة العامة لمنظمة التعاون الإسلامي تصريحات نائب الرئيس "
                  "العراقي.") == [("IGOOIC", "IRQGOV", "111")]
    assert events("أدان المجلس الوطني الفلسطيني مصادقة الكنيست الإسرائيلي على القانون.") == [
        ("PSELEG", "ISRLEG", "111")]


def test_a_feminine_plural_after_a_joined_masculine_verb_is_its_object():
    # «ودعا» cannot be a verbal noun («دعوة»), so «السلطات» after it is whom he called on
    assert events("انتقد الرئيس الفرنسي القرار ودعا السلطات إلى رفع الحظر.") == [
        ("FRAGOV", None, "111"), ("FRAGOV", "GOV", "0254")]
    # «نفي» may be: the authorities' denial
    assert events("رغم نفي السلطات المصرية الاتهامات.") == [("EGYGOV", None, "016")]


def test_no_support_verb_lends_its_subject_past_despite():
    # «رغم دعوات …»: the calls are not what the subject of «تبنى» adopted
    assert events("تبنى النواب التونسيون القانون رغم دعوات المدافعين عن حقوق الإنسان إلى "
                  "إلغائه.") == []
    # the act after «رغم» did happen: the authorities denied
    assert events("رغم نفي السلطات المصرية الاتهامات.") == [("EGYGOV", None, "016")]


def test_security_authorities_are_police():
    assert events("ألقت الجهات الأمنية الأردنية القبض على خمسة مسلحين.") == [
        ("JORCOP", "UAF", "173")]
    assert events("وجهت هيئة التحقيق والادعاء العام اتهامات لخمسة متهمين بالانتماء لتنظيم "
                  "داعش.") == [("SAUJUD", "IMGISI", "112")]


def test_the_maker_of_what_is_condemned_is_the_target():
    assert events("انتقد الوزير السياسة التي تتبعها الحكومة التركية.") == [
        ("GOV", "TURGOV", "111")]
    assert events("استنكرت مصر العملية التي قامت بها مروحيات إسرائيلية في غزة.") == [
        ("EGY", "ISRMIL", "111")]
    # an act condemned is still an event of its own
    assert events("أدانت مصر الهجوم الذي نفذه تنظيم داعش.") == [
        ("EGY", "IMGISI", "111"), ("IMGISI", None, "190")]


def test_an_act_of_force_aimed_at_a_named_target_needs_no_doer():
    # its doer unknown, it is told as a passive is
    assert events("استهدفت ضربة جوية المنطقة القبلية الباكستانية.", published="2008-11-25") == [
        (None, "PAK", "195")]
    assert events("وقال شهود إن الهجوم استهدف منزل القيادي في جماعة الحوثي.") == [
        (None, "YEMREB", "180")]
    # not what such acts aim at in general, nor an actor of a clause about the place
    assert events("وتحدث التقرير عن هجمات تستهدف القوات العراقية.") == []
    assert events("وقال المرصد إن القصف استهدف قرية يسيطر عليها تنظيم داعش.") == []


def test_an_act_a_span_of_time_before_dates_another_is_no_new_event():
    # «عقب مقتل … بعدة أيام»: days after it, a time, as «بعد ثلاثة أيام على هجوم» is
    assert events("وفي زيارة للمدينة عقب مقتل الرئيس الليبي بعدة أيام، كان المصنع بلا حراسة.",
                  published="2011-10-30") == []
    # without the span the act after «عقب» is told, as news
    assert events("ووقعت المواجهات عقب هجوم مسلح نفذه مجهولون على مركز للشرطة.") == [
        ("UAF", "COP", "190")]


def test_a_subject_after_the_resumptive_in_phrase_of_a_relative_clause():
    # «فيه», «فيها» may stand between the verb of a relative clause and its subject
    assert events("وقع الانفجار في الوقت الذي تظاهر فيه مئات الطلاب أمام البرلمان.") == [
        ("EDU", "LEG", "141")]
    assert events("وهذه هي البلدة التي قتلت فيها القوات الأمريكية ستة مدنيين.") == [
        ("USAMIL", "CVL", "1823")]
    assert events("وأصدرت حركة حماس بيانا تطالب فيه الحكومة بالإفراج عن المعتقلين.") == [
        ("PSEREB", "GOV", "1053")]
    # an imperfect about a place tells what is done there, not an act
    assert events("وأطلق مسلحون مجهولون النار على الساحة التي يتجمع فيها المتظاهرون.") == [
        ("UAF", None, "193")]
    assert events("وأطلق مسلحون مجهولون النار على الساحة التي تجمع فيها المتظاهرون.") == [
        ("UAF", None, "193"), ("CVL", None, "141")]


def test_rapes_told_as_acts_or_of_a_person():
    assert events("ونفذت قوات الجيش عمليات اغتصاب جماعية في القرية.") == [("MIL", None, "1821")]
    assert events("وقام ثلاثة جنود باغتصاب فتاة في القرية.") == [("MIL", None, "1821")]
    # a charge of crimes, and the usurping of land, are no such acts
    assert events("واتهم الرئيس الجنود بالضلوع في جرائم اغتصاب.") == [("GOV", "MIL", "1122")]
    assert events("وقام المستوطنون باغتصاب الأرض.") == []


def test_no_object_past_another_act_after_a_time_word():
    # «عقب مقتل الرئيس»: the president is the killing's, not what was visited
    assert events("وزار الوزير المصنع إثر لقاء الرئيس المصري.") == []
    assert events("وانتقد الوزير القرار قبل وصول الرئيس المصري.") == [("GOV", None, "111")]
    # a time after the word does not end the reach
    assert events("واستقبل الملك عقب ذلك الرئيس المصري.") == [("GOV", "EGYGOV", "043")]
    assert events("وخطف مسلحون قبل خمسة أيام ثلاثة صحفيين أجانب.") == [("UAF", "MED", "181")]


def test_an_armed_actor_targets_with_force():
    assert events("واستهدف مسلحون دورية للشرطة.") == [("UAF", "COP", "190")]
    assert events("واستهدف طيران التحالف مواقع الحوثيين.", published="2015-07-21") == [
        ("MIL", "YEMREB", "195")]
    # a government's aims, a campaign's, what a group targets in recruiting
    assert events("واستهدفت الحكومة خفض العجز.") == []
    assert events("ونفذت الوزارة حملة تطعيم استهدفت 50 ألف طفل.") == []
    assert events("ويستهدف التنظيم الشباب في حملاته.") == []


def test_the_aim_of_an_attack_told_in_a_relative_clause_is_its_target():
    # the attacker inside «الهجوم الانتحاري» does no second act
    assert events("وقال إن التنظيم يقف وراء الهجوم الانتحاري الذي استهدف مدينة سوروتش التركية.",
                  published="2015-07-21") == [("UAF", "TUR", "1831")]
    # a verb lending its subject names the doer, not the aim
    assert events("ولم يتضح إن كانت الغارة التي استهدفت المحافظة نفذها الجيش السوري.",
                  published="2015-07-21") == [("SYRMIL", None, "195")]


def test_a_verb_with_a_nominative_of_its_own_shares_no_subject():
    assert events("قصف طيران التحالف مواقع الحوثيين، وأشادت شخصيتان يمنيتان بدور السعودية.",
                  published="2015-07-21") == [("MIL", "YEMREB", "195")]


def test_where_the_subject_is_may_stand_before_the_support_verbs_noun():
    assert events("وتمكنت الجهات الأمنية في الأردن من القبض على مواطن سعودي.") == [
        ("JORCOP", "SAU", "173")]


def test_what_a_support_verbs_subject_shells_is_the_nouns_genitive():
    assert events("وقامت القوات الأمريكية في العراق بقصف مواقع داعش.", published="2015-07-21") == [
        ("USAMIL", "IMGISI", "190")]
    # without a support verb the genitive is the shelling's doer
    assert events("وأدى قصف الطيران الإسرائيلي للمدينة إلى مقتل خمسة جنود.") == [
        ("ISRMIL", None, "195"), ("ISRMIL", "MIL", "1823")]


def test_a_rejection_affirmed_or_renewed():
    assert events("وأكدت مصر رفضها للتدخل الإيراني في شؤون المنطقة.") == [("EGY", "IRN", "120")]
    assert events("وجدد الرئيس المصري رفضه للتدخل الإيراني.") == [("EGYGOV", "IRN", "120")]


def test_a_time_of_day_between_the_verb_and_its_subject():
    assert events("وقصفت بعد ظهر أمس طائرات إسرائيلية مواقع في غزة.") == [
        ("ISRMIL", None, "195")]
    assert events("واعتقلت قبل منتصف الليل قوات الأمن خمسة مسلحين.") == [
        ("COP", "UAF", "173")]


def test_what_is_done_at_a_place_in_the_imperfect_is_no_act():
    # «المكان الذي يتجمع متظاهرون أمامه»: the place where protesters gather, and their
    # purpose there, describe it
    assert events("وانفجرت قنبلة قرب المكتب، وهو المكان الذي يتجمع متظاهرون أمامه احتجاجا "
                  "على الحرب.") == [("UAF", None, "183")]
    # in the perfect it happened
    assert events("ووصلت الشرطة إلى الساحة التي تجمع فيها المتظاهرون احتجاجا على الحرب.") == [
        ("CVL", None, "141")]
    # whoever does it in the imperfect: a habit
    assert events("وواصلت الحكومة الحوار مع من يخرجون في تظاهرات كل أسبوع.") == []


def test_barrel_bombs_dropped_and_the_owner_phrase_after_a_subject():
    assert events("وألقت مروحيات النظام السوري براميل متفجرة على بلدة الحارة.",
                  published="2015-07-21") == [("SYRMIL", None, "195")]
    # «التابع لـ …» between the subject and its verb says whose the aircraft are
    assert events("وكان الطيران المروحي التابع لنظام الأسد ألقى 28 برميلا متفجرا على "
                  "مناطق في الزبداني.", published="2015-07-21") == [("MIL", None, "195")]


def test_killings_told_as_acts_by_a_support_verbs_subject():
    assert events("وواصلت القوات أعمال القتل في القرية.") == [("MIL", None, "1823")]
    assert events("وارتكب الجيش عمليات قتل بحق المدنيين.") == [("MIL", "CVL", "1823")]
    # the genitive is who is killed, never the killer
    assert events("وهناك خطط لتلك الجماعات لتنفيذ عمليات قتل رجال الأمن.") == []


def test_beating_told_as_trespassing_with_blows():
    assert events("وتعدى عناصر من الشرطة على المتظاهرين بالضرب.") == [("COP", "CVL", "182")]
    # «تعدى على» alone is trespass
    assert events("وتعدى المستوطنون على أراضي الفلسطينيين.") == []


def test_an_agreement_approved():
    assert events("ووافق البرلمان التركي على اتفاقية التعاون مع روسيا.") == [
        ("TURLEG", "RUS", "057")]


def test_an_ambush_is_an_attack_only_when_laid():
    assert events("نصب مسلحون كمينا لدورية للجيش.") == [("UAF", "MIL", "190")]
    assert events("وقتل 12 جنديا في كمين نصبته حركة طالبان.") == [
        ("AFGREB", "MIL", "1823"), ("AFGREB", None, "190")]
    # alone the word is also a police checkpoint
    assert events("وأقامت الشرطة كمينا أمنيا على الطريق.") == []
    assert events("هاجم مسلحون كمينا أمنيا في سيناء.") == [("UAF", None, "190")]


def test_a_support_verb_joined_by_wa_shares_the_subject_before_it():
    assert events("داهمت الشرطة المنزل وقامت باعتقال عشرة أشخاص.") == [
        ("COP", None, "171"), ("COP", "CVL", "173")]
    assert events("داهمت الشرطة المنزل وتمكنت من اعتقال عشرة أشخاص.")[1] == ("COP", "CVL", "173")
    # not a first person's: «we call for» is the speaker's
    assert events("قال الوزير إن الميليشيا قصفت القرية وندعو إلى إدانة القصف.") == [
        ("REB", None, "190"), ("GOV", None, "020")]


def test_recently_may_stand_between_a_verb_and_its_subject():
    assert events("تظاهر أخيرا عمال المصانع في أثينا احتجاجا على القرار.")[0] == (
        "LAB", None, "141")
    assert events("واعتقلت مؤخرا الشرطة التركية عشرة أشخاص.") == [("TURCOP", "CVL", "173")]


def test_a_place_or_time_set_off_by_commas_stands_between_subject_and_object():
    assert events("استقبل الملك سلمان، في قصر السلام بجدة مساء أمس، وزير الخارجية "
                  "الأمريكي.") == [("SAUGOV", "USAGOV", "043")]
    assert events("واتهم الوزير، أمام الصحفيين، إيران بدعم المتمردين.") == [
        ("GOV", "IRN", "112")]


def test_a_support_verb_reaches_its_noun_past_weekdays_and_asides():
    assert events("قامت السلطات المصرية اليوم الأحد بترحيل ناشطة ألمانية.") == [
        ("EGYGOV", "CVL", "174")]
    assert events("وقامت طائرات بدون طيار، تملكها القوات الأمريكية، بإطلاق صواريخ على "
                  "قرية في وزيرستان.")[0][0] == "MIL"
    # a name in quotation marks does not cut the phrase a verb of stopping governs
    assert events("وذلك بالتزامن مع توقف «حماس» عن إطلاق الصواريخ على إسرائيل.") == []


def test_a_support_verb_governs_the_nearer_act():
    # the government condemned the bombing; it did not bomb
    assert events("أكدت الحكومة العمانية إدانتها التفجير الإرهابي.") == [
        ("OMNGOV", None, "111")]


def test_newspapers_are_media():
    assert events("وانتقدت صحف تونسية زيارة الرئيس الفرنسي.") == [("TUNMED", "FRAGOV", "111")]


def test_a_suspicion_of_belonging_is_said_of_the_doers_not_of_their_act():
    assert modalities("قال الجيش إن مسلحين يشتبه بأنهم ينتمون إلى حركة الشباب قتلوا خمسة "
                      "جنود.") == [("1823", "reported")]
    # what a suspect is suspected of doing stays alleged
    assert modalities("واعتقلت الشرطة رجلا يشتبه بأنه خطف طفلا.") == [("173", "asserted")]


def test_his_crown_prince_is_his_countrys_and_ends_the_title():
    assert events("خادم الحرمين وولي عهده يبعثان برقيتي تهنئة لسلطان عمان")[0] == (
        "SAUGOV", "OMNGOV", "051")
    assert events("هنأ خادم الحرمين الشريفين وولي عهده الرئيس المصري باليوم الوطني.") == [
        ("SAUGOV", "EGYGOV", "051")]


def test_a_broken_plural_in_the_accusative_is_still_plural_people():
    # «جنودا»: after «إن» the subject takes the accusative's alif; the verb joined by و
    # shares it
    assert events("وقال سكان إن جنودا إسرائيليين اقتحموا القرية وأطلقوا النار على "
                  "المتظاهرين.") == [("ISRMIL", "CVL", "193")]


def test_subjects_joined_past_adjectives_and_their_genitives_are_no_object():
    # «المبعوث الخاص ورئيس …»: the adjective does not part two joined subjects, and the
    # genitive that ends the second is part of it
    assert events("دعا المبعوث الخاص ورئيس بعثة الأمم المتحدة إلى الإفراج عن الصحفيين.") == [
        ("GOV", None, "0253")]
    assert events("دعا المبعوث الخاص ورئيس بعثة الأمم المتحدة للدعم في ليبيا برناردينو ليون "
                  "إلى الحوار.") == [("GOV", None, "020"), ("IGOUNO", None, "020")]


def test_the_frames_preposition_is_the_first_one_after_the_trigger():
    # the warning goes «إلى رعاياها» (no actor); «إلى كينيا» is where they should not travel
    assert events("وجهت الحكومة البريطانية تحذيرا إلى مواطنيها بعدم السفر إلى كينيا.") == []
    assert events("وجهت الحكومة البريطانية تحذيرا إلى كينيا.") == [("GBRGOV", "KEN", "130")]
