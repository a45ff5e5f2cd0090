import pytest

import rasd


def cameos(text, published):
    return [e.cameo for e in rasd.code_text(text, published=published).events]


def history_roots(text, published="2021-04-14"):
    """The roots of the events kept with --history (history and sums too)."""
    doc = rasd.code_text(text, published=published, settings=rasd.Settings(history=True))
    return [e.root for e in doc.events]


def event_date(text, published):
    doc = rasd.code_text(text, published=published, settings=rasd.Settings(history=True))
    assert doc.events, text
    return doc.events[0].date


# 2021-04-14 is a Wednesday.
@pytest.mark.parametrize(("when", "expected"), [
    ("يوم الثلاثاء", "2021-04-13"),
    ("الثلاثاء", "2021-04-13"),
    ("يوم الأربعاء", "2021-04-14"),
    ("الخميس", "2021-04-08"),
    ("أمس", "2021-04-13"),
    ("اليوم", "2021-04-14"),
    ("أول أمس", "2021-04-12"),
    ("أول من أمس", "2021-04-12"),
    ("الأسبوع الماضي", "2021-04-07"),
    ("في 13 أبريل 2021", "2021-04-13"),
    ("في ١٣ نيسان ٢٠٢١", "2021-04-13"),
    ("في 13 أفريل", "2021-04-13"),
    ("في 2 كانون الثاني 2020", "2020-01-02"),
    ("في 20 ديسمبر", "2020-12-20"),  # a day after the article date is last year's
    ("يوم الجمعة 2 أبريل", "2021-04-02"),  # the day and month date the weekday
    ("بعد صلاة الجمعة يوم 2 أبريل 2020", "2020-04-02"),
])
def test_event_dates_resolve_against_the_article_date(when, expected):
    assert event_date(f"اتهمت روسيا أوكرانيا {when} بقصف المدينة.", "2021-04-14") == expected


def test_what_is_to_come_takes_a_future_date_and_what_happened_does_not():
    assert event_date("ستتهم روسيا أوكرانيا الثلاثاء المقبل بقصف المدينة.", "2021-04-14") \
        == "2021-04-20"
    assert event_date("ستتهم روسيا أوكرانيا في 6 يناير المقبل بقصف المدينة.",
                      "2021-12-14") == "2022-01-06"
    # the day named is when the vote will be held, not when the accusation was made
    assert event_date("اتهمت روسيا أوكرانيا بقصف المدينة قبل التصويت المقرر في 6 أغسطس "
                      "المقبل.", "2021-07-23") == "2021-07-23"


def test_a_month_without_a_day_is_dated_to_no_day_but_still_is_recent():
    # «سبتمبر الماضي» said in July 2021 is September 2020: no day, and not history
    assert event_date("اتهمت روسيا أوكرانيا في سبتمبر/أيلول الماضي بقصف المدينة.",
                      "2021-07-19") is None
    assert cameos("اغتال مسلحون وزير الداخلية العراقي في سبتمبر الماضي.",
                  "2021-07-19") == ["186"]
    assert event_date("اتهمت روسيا أوكرانيا مطلع يوليو الحالي بقصف المدينة.",
                      "2021-07-19") == "2021-07-19"
    # «أحد» is "one of", not Sunday; «اثنين» is "two"
    assert event_date("اتهمت روسيا أحد المسؤولين الأوكرانيين بقصف المدينة.",
                      "2021-07-21") == "2021-07-21"


def test_without_a_time_expression_the_article_date_is_used():
    assert event_date("اتهمت روسيا أوكرانيا بقصف المدينة.", "2021-04-14") == "2021-04-14"
    assert event_date("اتهمت روسيا أوكرانيا بقصف المدينة.", None) is None


def test_impossible_dates_are_ignored():
    assert event_date("اتهمت روسيا أوكرانيا في 31 فبراير بقصف المدينة.", "2021-04-14") \
        == "2021-04-14"


def test_a_sentence_about_another_year_has_no_event_date():
    assert event_date("في عام 2005 اتهمت روسيا أوكرانيا بقصف المدينة.", "2021-04-14") is None
    assert event_date("في عام 2021 اتهمت روسيا أوكرانيا بقصف المدينة.", "2021-04-14") \
        == "2021-04-14"


@pytest.mark.parametrize("when", [
    "في عام 1989", "في أواخر التسعينات", "في مطلع التسعينيات", "في تسعينيات القرن الماضي",
    "في القرن الـ 17", "قبل عشر سنوات",
    "في 13 أبريل 2019", "في يونيو 2019",
    # a whole year gone, however near, tells the past: «العام الماضي», a year by number
    "في عام 2020", "في العام الماضي", "خلال العام الماضي",
    # a month «من عام …» is of that year
    "في نوفمبر من عام 2019", "في نوفمبر (تشرين الثاني) من عام 2019",
    # a season names its year
    "في صيف 2019", "في خريف العام 2019",
])
def test_events_dated_over_a_year_before_the_article_are_history(when):
    text = f"اغتال مسلحون وزير الداخلية العراقي {when}."
    assert cameos(text, "2021-04-14") == []
    kept = rasd.code_text(text, published="2021-04-14", settings=rasd.Settings(history=True))
    assert [e.cameo for e in kept.events] == ["186"]


@pytest.mark.parametrize("text", [
    "اغتال مسلحون في مايو 2020 وزير الداخلية العراقي.",       # within the year before
    "في مايو 2020 اغتال مسلحون وزير الداخلية العراقي.",       # the month's year
    "اغتال مسلحون وزير الداخلية العراقي الأول منذ عام 2003.",    # since: not its date
    "اغتال مسلحون وزير الداخلية العراقي، الذي تولى منصبه عام 2005.",  # another clause's
    "اغتال مسلحون وزير الداخلية العراقي في هجوم شارك فيه نحو 2000 مسلح.",  # a count
])
def test_recent_or_undated_events_are_kept(text):
    assert cameos(text, "2021-04-14") == ["186"]


@pytest.mark.parametrize("text", [
    "وقال الموقع إن 13 جنديا أمريكيا قتلوا في العراق حتى الآن هذا الشهر.",
    "وقتلت جماعة بوكو حرام أكثر من 14 ألف شخص منذ عام 2009 في شمال نيجيريا.",
    "وقتلت جماعة بوكو حرام آلاف الأشخاص منذ اندلاع التمرد في شمال نيجيريا.",
    "وقتلت جماعة بوكو حرام أكثر من 400 شخص خلال ستة أشهر.",
    "وقتلت جماعة بوكو حرام آلاف الأشخاص في السنوات الأخيرة.",
    "وقتلت جماعة بوكو حرام آلاف الأشخاص منذ أن بدأت تمردها.",
    "وقتلت جماعة بوكو حرام آلاف الأشخاص في أوقات مختلفة.",
    "وقتلت جماعة بوكو حرام آلاف الأشخاص على مر السنين.",
    "مقتل ألفي عنصر من جماعة بوكو حرام في ستة أشهر.",
    "وقتلت جماعة بوكو حرام آلاف الأشخاص خلال الأشهر الستة الأولى من العام.",
    "وقتلت جماعة بوكو حرام آلاف الأشخاص خلال النصف الأول من العام.",
    "وقتلت جماعة بوكو حرام آلاف الأشخاص خلال الأربعة الأشهر الماضية.",
    "وقتلت جماعة بوكو حرام أكثر من 700 شخص خلال شهر ونصف.",
    # a gloss in brackets ends no clause
    "وقتلت جماعة بوكو حرام (ولاية غرب أفريقيا) آلاف الأشخاص خلال ستة أشهر.",
])
def test_sums_over_a_period_are_not_events_of_the_day(text):
    assert cameos(text, "2021-04-14") == []
    assert history_roots(text) == ["18"]


@pytest.mark.parametrize("text", [
    "2009 - روسيا والصين توقعان اتفاقية للتعاون العسكري.",
    "* 3 يناير (كانون الثاني) 2012: مقتل وزير الداخلية اللبناني في تفجير في بيروت.",
    "وفي عام 2010، وبعد أسابيع من التوتر، هاجم مسلحون مركزا للشرطة العراقية في الموصل.",
    # a time phrase set off by commas may stand before the date
    "وفي أول أيام العيد، في 3 مايو 2012، هاجم مسلحون حاجزا للجيش، وقتلوا خمسة جنود.",
    # a month after the heading, without a year, is the heading's
    "1968 - بدء مظاهرات عمال الموانئ في مرسيليا استمرت حتى 10 أبريل وأسفرت عن مقتل عشرة "
    "أشخاص.",
])
def test_a_timeline_line_is_dated_by_its_heading(text):
    assert cameos(text, "2021-04-14") == []
    kept = rasd.code_text(text, published="2021-04-14", settings=rasd.Settings(history=True))
    assert kept.events and all(e.date is None or e.date < "2013" for e in kept.events)


@pytest.mark.parametrize("text", [
    "وقد ألقت الشرطة الروسية ذات مرة القبض على شخص حاول تهريب أغنام عبر الحدود.",
    "وذات يوم اعتقلت الشرطة المصرية عشرة طلاب في الجامعة.",
])
def test_an_anecdote_told_once_upon_a_time_is_no_event_of_the_day(text):
    assert cameos(text, "2021-04-14") == []
    assert history_roots(text) == ["17"]


@pytest.mark.parametrize("text", [
    "وقتل أكثر من 3200 شخص في القتال في اليمن، بحسب الأمم المتحدة.",
    "وقال الوزير إن نحو ألف شخص قتلوا في عدن خلال المعارك.",
    "غارات التحالف تقتل أكثر من «3» آلاف من داعش",
])
def test_a_toll_of_thousands_sums_a_war_up(text):
    assert cameos(text, "2021-04-14") == []
    assert history_roots(text) == ["18"]


def test_force_against_a_crowd_of_thousands_is_one_event():
    assert cameos("أطلقت الشرطة التركية الغاز المسيل للدموع على آلاف المتظاهرين في إسطنبول.",
                  "2021-04-14") == ["175"]


def test_a_time_told_before_is_background_unless_dated():
    # «وقتها», «آنذاك», «حينها»: the time an earlier sentence told, no event of the day
    assert cameos("وكان تسيبراس على رأس الوفد عندما استجاب الوزير وقتها لمطالب الطلاب.",
                  "2021-04-14") == []
    assert cameos("وأبدى مجلس الوزراء السعودي حينها ارتياحه من قرار المنظمة.",
                  "2021-04-14") == []
    # with its own date within the year, it is kept
    assert cameos("وقتلت امرأة انتحارية ضابطا في إسطنبول في يناير، بحسب تقارير آنذاك.",
                  "2021-04-14") == ["1823"]


def test_a_day_within_the_heading_year_dates_the_event():
    assert event_date("وفي عام 2021 قتل مسلحون 20 مدنيا في 10 أبريل.", "2021-04-14") == \
        "2021-04-10"


def test_a_month_with_its_other_name_in_brackets_keeps_its_year():
    assert event_date("اغتيل وزير الداخلية اللبناني في 3 يناير (كانون الثاني) 2012.",
                      "2021-04-14") == "2012-01-03"


def test_a_sum_over_counted_years_is_no_event_of_the_day():
    text = "واعتقلت الشرطة المصرية آلاف المتهمين خلال الـ12 عاما الماضية."
    assert cameos(text, "2021-04-14") == []


def test_a_short_span_a_coming_span_and_a_statement_are_no_sums():
    doc = rasd.code_text("وقتلت جماعة بوكو حرام 40 شخصا خلال يومين.", published="2021-04-14")
    assert [e.root for e in doc.events] == ["18"]
    assert cameos("واقترح الرئيس المصري عقد قمة خلال الأسابيع المقبلة.", "2021-04-14") == [
        "036"]
    doc = rasd.code_text("واتهمت الحكومة الأفغانية باكستان بدعم المتمردين خلال الأشهر "
                         "الماضية.", published="2021-04-14")
    assert [e.root for e in doc.events] == ["11"]


def test_a_first_since_and_for_a_year_are_no_sums():
    assert cameos("رفضت السلطات الروسية الإفراج عن صحفيين أمريكيين محتجزين منذ عام.",
                  "2021-04-14")


def test_a_sum_over_years_since_and_the_current_month():
    # the insurgency's toll over six years is no event of the day
    text = "وأدى تمرد الحركة المستمر منذ ست سنوات إلى مقتل 15 ألف شخص."
    assert cameos(text, "2015-07-22") == []
    assert cameos("وكثف المتمردون منذ سنتين عمليات الخطف في الشمال.", "2015-07-22") == []
    # «الحالي» after a day and month keeps the article's year
    assert event_date("ستتهم روسيا أوكرانيا في 30 يوليو الحالي بقصف المدينة.",
                      "2021-07-22") == "2021-07-30"


def test_the_day_an_anniversary_commemorates_does_not_date_the_event():
    assert event_date("هنأ الرئيس الجزائري نظيره المصري بذكرى ثورة 23 يوليو 1952.",
                      "2015-07-23") == "2015-07-23"
    assert event_date("هنأ الرئيس الجزائري نظيره المصري بذكرى ثورة عام 1952.",
                      "2015-07-23") == "2015-07-23"


def test_a_day_of_this_month_last_month_or_next():
    assert event_date("اتهمت روسيا أوكرانيا في 3 من الشهر الماضي بقصف المدينة.",
                      "2015-07-23") == "2015-06-03"
    assert event_date("اتهمت روسيا أوكرانيا في 3 الماضي بقصف المدينة.",
                      "2015-01-23") == "2014-12-03"
    assert event_date("ستتهم روسيا أوكرانيا في 29 الحالي بقصف المدينة.",
                      "2015-07-23") == "2015-07-29"


def test_protests_and_force_over_weeks_or_months_are_sums():
    for text in ("وتظاهر آلاف الطلاب طوال أشهر ضد الحكومة.",
                 "وتظاهر آلاف الطلاب على مدى ثلاثة أشهر ضد الحكومة."):
        assert cameos(text, "2015-07-22") == []
    # two hours is today's news
    assert cameos("وتظاهر آلاف الطلاب أمس على مدى ساعتين ضد الحكومة.", "2015-07-22") == [
        "141"]


def test_places_named_by_a_date_are_no_date():
    assert event_date("وقصف الحوثيون في شارع 26 سبتمبر وسط تعز مواقع للمقاومة.",
                      "2015-07-21") == "2015-07-21"


def test_since_taking_office_is_a_sum():
    text = "وقتل أكثر من 700 شخص منذ تسلم الرئيس مهامه في هجمات المسلحين."
    assert cameos(text, "2015-07-21") == []


def test_a_year_before_1900_after_aam_is_history_too():
    assert cameos("وفي عام 1889 أبدى السلطان غضبه من بريطانيا.", "2015-07-21") == []
    assert event_date("وفي عام 1889 أبدى السلطان غضبه من بريطانيا.", "2015-07-21") is None
    # a bare number is no year: «نحو 2000 متظاهر»
    assert event_date("اعتقلت الشرطة المصرية أمس نحو 2000 متظاهر.", "2015-07-21") == \
        "2015-07-20"


def test_a_year_that_opens_the_sentence_dates_all_its_clauses():
    text = ("وعام 1995 جرت محادثات طويلة بين الوفدين في القاهرة، "
            "أبدى الرئيس الليبي غضبه من واشنطن.")
    assert cameos(text, "2021-04-14") == []
    assert cameos("وفي " + text.removeprefix("و"), "2021-04-14") == []
    assert cameos("وفي صيف 1995 عندما جرت محادثات طويلة بين الوفدين في القاهرة، أبدى "
                  "الرئيس الليبي غضبه من واشنطن.", "2021-04-14") == []
    # a date nearer the event still dates it
    assert cameos("وفي عام 1995 جرت محادثات في القاهرة، واليوم أبدى الرئيس الليبي غضبه "
                  "من واشنطن.", "2021-04-14") == ["110"]


def test_next_after_a_range_of_days_dates_its_first_day_too():
    text = "ومن المقرر أن يستقبل الرئيس الفرنسي نظيره المصري بين 30 تشرين الثاني (نوفمبر) " \
           "و2 كانون الأول (ديسمبر) المقبل."
    assert event_date(text, "2015-07-22") == "2015-11-30"
    assert event_date("استقبل الرئيس الفرنسي نظيره المصري في 30 نوفمبر.", "2015-07-22") == \
        "2014-11-30"


def test_years_passed_since_an_event_make_it_history():
    text = "أحيا اللبنانيون أمس مرور عشر سنوات على قصف القوات الإسرائيلية لمدينة قانا."
    assert cameos(text, "2015-07-19") == []
    assert event_date(text, "2015-07-19")  # kept, with its date, when history is asked for


def test_a_day_and_month_take_the_year_after_aam():
    text = "وفي 28 يونيو عام 2014 قتلت جماعة أنصار بيت المقدس أربعة جنود."
    assert event_date(text, "2015-07-01") == "2014-06-28"
    assert cameos(text, "2015-07-01") == []


def test_more_than_a_year_ago_is_history():
    doc = rasd.code_text("وأشار اللواء إلى تفجير انتحاري حصل قبل أكثر من عام في بغداد.",
                         published="2008-10-01")
    assert doc.events == []


def test_a_relative_clause_right_after_an_act_dates_it():
    text = "ولحقت أضرار كبيرة بالمركز خلال الهجوم الذي شنه مسلحون من حركة الشباب في عام 2013."
    assert cameos(text, "2015-07-19") == []
    # after a verb the relative clause tells of the subject: the arrest is of the day
    text = "واعتقلت حركة حماس التي قمعت الحركات السلفية في 2009 عشرات من الناشطين."
    assert cameos(text, "2015-07-19") == ["173"]
    # so does one after the act a toll was suffered in, with its name
    assert cameos("وقتل ثلاثة أشخاص في مجزرة قانا التي ارتكبتها القوات الإسرائيلية عام 1996.",
                  "2015-07-19") == []
    assert "1823" in cameos("وقتل ثلاثة أشخاص في الهجوم الذي شنه مسلحون أمس على القرية.",
                            "2015-07-19")


def test_a_month_of_last_year_and_this_year_are_recent():
    assert cameos("وكان مسلحون قد خطفوا ثلاثة صحفيين في أكتوبر من العام الماضي.",
                  "2021-04-14") == ["181"]
    assert cameos("خطف مسلحون ثلاثة صحفيين في عام 2021.", "2021-04-14") == ["181"]


def test_a_when_clause_has_the_time_of_the_clause_it_dates():
    text = "وتكرر القصف كما حدث العام الماضي عندما قتلت القوات الحكومية عشرة مدنيين."
    assert "1823" not in cameos(text, "2021-04-14")
    # with no time before it, the act is of the article's day
    assert cameos("وقتل مدنيون عندما قصفت الطائرات القرية.", "2021-04-14")[0] == "1823"


def test_a_time_set_off_by_commas_after_the_clause_is_its_time():
    text = ("وكان الإمام قد تعرض للاختطاف من قبل عناصر المخابرات الأمريكية، قبل نحو أربع "
            "سنوات، في فبراير من العام 2003، للاشتباه في صلته بجماعة متشددة.")
    assert cameos(text, "2007-03-17") == []
    event_date(text, "2007-03-17")  # kept when history is asked for
    # «في» set off sets a time only before a month or a year
    text = "قتل مسلحون خمسة جنود عراقيين، في تذكير بهجمات عام 2005 على المدينة."
    assert cameos(text, "2007-03-17") == ["1823"]
    # a clause with a verb of its own is another clause
    text = "قتل مسلحون خمسة جنود عراقيين، في حين اعتقلت الشرطة عام 2003 عشرة مسلحين."
    assert cameos(text, "2007-03-17") == ["1823"]


def test_a_toll_has_the_time_of_the_act_it_results_from():
    text = "انفجرت سيارة مفخخة في بغداد عام 2005، ما أسفر عن مقتل عشرة أشخاص."
    assert cameos(text, "2021-04-14") == []
    kept = rasd.code_text(text, published="2021-04-14", settings=rasd.Settings(history=True))
    assert "1823" in [e.cameo for e in kept.events]
    # a toll after an act of the day stays
    assert "1823" in cameos("انفجرت سيارة مفخخة في بغداد أمس، ما أسفر عن مقتل عشرة أشخاص.",
                            "2021-04-14")


def test_a_year_after_a_month_is_no_count_of_the_target():
    doc = rasd.code_text("قتل مسلحون في مايو 2020 ثلاثة جنود عراقيين.", published="2021-04-14")
    assert [e.target.text for e in doc.events] == ["ثلاثة جنود عراقيين"]
    assert [e.date for e in doc.events] == [None]
