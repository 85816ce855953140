//! The holiday table: names as news writes them (lower case, possessives dropped, one
//! space between words; a trailing "s" on a written word is tolerated) and the rule that
//! places each holiday in a year. Adding a holiday or a language is adding rows here.

use jiff::civil::Weekday::{self, Monday, Sunday, Thursday, Tuesday};

use super::hebrew::{Month as H, Shift};
use super::hindu::Moment;
use super::solar::DayRule;

/// How a holiday is placed in a Gregorian year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// A fixed month and day.
    Fixed(i8, i8),
    /// The n-th weekday of a month (negative: from the end).
    NthWeekday(i8, i8, Weekday),
    /// The first weekday strictly after a month and day.
    After(i8, i8, Weekday),
    /// The last weekday strictly before a month and day.
    Before(i8, i8, Weekday),
    /// A month and day moved off the weekend to the nearest weekday.
    NearestWeekday(i8, i8),
    /// A month and day kept on the Saturday before when it falls on a Sunday.
    SundayBack(i8, i8),
    /// Western Easter Sunday.
    Easter,
    /// Orthodox Easter Sunday.
    OrthodoxEaster,
    /// A day of a Hebrew month, with the holiday's moving rule.
    Hebrew(H, i8, Shift),
    /// The first day of the Chinese lunar year.
    ChineseNewYear,
    /// A day of an Islamic month.
    Islamic(i8, i8),
    /// A whole Islamic month ("Ramadan").
    IslamicMonth(i8),
    /// The last Friday of an Islamic month.
    IslamicLastFriday(i8),
    /// The Sun's entry into a sidereal sign (0 = Mesha), by a regional day rule.
    Sankranti(u8, DayRule),
    /// The March equinox in Tehran (Nowruz).
    Nowruz,
    /// A lunar day (1–30) of a Hindu lunar month (0 = Chaitra), held at a moment of the day.
    Tithi(i8, i8, Moment),
    /// A calendar of 365-day years without leap days, anchored on one known new-year day
    /// (the Parsi Shahenshahi calendar).
    Every365(i16, i8, i8),
}

/// One holiday.
#[derive(Debug, Clone, Copy)]
pub struct Holiday {
    /// Its names.
    pub names: &'static [&'static str],
    /// Names that are the holiday only with a year, a modifier or a preposition
    /// ("saint patrick 2020", "before new year").
    pub weak: &'static [&'static str],
    /// Where it falls.
    pub rule: Rule,
    /// Days after the rule's date (Black Friday: Thanksgiving + 1).
    pub offset: i16,
    /// Begins at sundown the evening before; its range starts on the eve.
    pub eve: bool,
}

const fn h(names: &'static [&'static str], rule: Rule) -> Holiday {
    Holiday {
        names,
        weak: &[],
        rule,
        offset: 0,
        eve: false,
    }
}

const fn plus(names: &'static [&'static str], rule: Rule, offset: i16) -> Holiday {
    Holiday {
        offset,
        ..h(names, rule)
    }
}

const fn weak(
    names: &'static [&'static str],
    weak: &'static [&'static str],
    rule: Rule,
) -> Holiday {
    Holiday {
        weak,
        ..h(names, rule)
    }
}

const fn jewish(names: &'static [&'static str], month: H, day: i8, shift: Shift) -> Holiday {
    Holiday {
        eve: true,
        ..h(names, Rule::Hebrew(month, day, shift))
    }
}

use Rule::{Easter, Fixed, NthWeekday, OrthodoxEaster};

/// Every holiday factdiff knows.
#[rustfmt::skip]
pub const HOLIDAYS: &[Holiday] = &[
    // Fixed dates.
    weak(&["new year day"], &["new year"], Fixed(1, 1)),
    h(&["new year eve"], Fixed(12, 31)),
    h(&["christmas", "xmas", "christmas day", "xmas day"], Fixed(12, 25)),
    h(&["christmas eve", "xmas eve"], Fixed(12, 24)),
    h(&["boxing day"], Fixed(12, 26)),
    h(&["valentine day", "saint valentine day", "st valentine day"], Fixed(2, 14)),
    weak(
        &["st patrick day", "saint patrick day", "st paddy day"],
        &["saint patrick", "st patrick"], Fixed(3, 17)
    ),
    h(&["april fool day", "april fools day"], Fixed(4, 1)),
    h(&["earth day"], Fixed(4, 22)),
    h(&["cinco de mayo"], Fixed(5, 5)),
    h(&["juneteenth"], Fixed(6, 19)),
    h(&["independence day"], Fixed(7, 4)),
    h(&["canada day"], Fixed(7, 1)),
    h(&["bastille day"], Fixed(7, 14)),
    h(&["australia day"], Fixed(1, 26)),
    h(&["anzac day"], Fixed(4, 25)),
    h(&["halloween", "hallowe en"], Fixed(10, 31)),
    h(&["all saints day"], Fixed(11, 1)),
    h(&["all souls day"], Fixed(11, 2)),
    h(&["guy fawkes night", "guy fawkes day", "bonfire night"], Fixed(11, 5)),
    h(&["veterans day", "veteran day", "armistice day", "remembrance day"], Fixed(11, 11)),
    h(&["groundhog day"], Fixed(2, 2)),
    h(&["st george day", "saint george day"], Fixed(4, 23)),
    h(&["st andrew day", "saint andrew day"], Fixed(11, 30)),
    h(&["st david day", "saint david day"], Fixed(3, 1)),
    h(&["burns night"], Fixed(1, 25)),
    // Weekday rules.
    h(
        &["martin luther king day", "martin luther king jr day", "martin luther king junior day",
          "mlk day", "mlk jr day", "civil rights day"],
        NthWeekday(1, 3, Monday)
    ),
    h(&["president day", "washington birthday"], NthWeekday(2, 3, Monday)),
    h(&["memorial day"], NthWeekday(5, -1, Monday)),
    h(&["labor day", "labour day"], NthWeekday(9, 1, Monday)),
    h(
        &["columbus day", "indigenous people day", "indigenous peoples day"],
        NthWeekday(10, 2, Monday)
    ),
    h(&["thanksgiving", "thanksgiving day"], NthWeekday(11, 4, Thursday)),
    plus(&["black friday"], NthWeekday(11, 4, Thursday), 1),
    plus(&["cyber monday"], NthWeekday(11, 4, Thursday), 4),
    h(&["mother day"], NthWeekday(5, 2, Sunday)),
    h(&["father day"], NthWeekday(6, 3, Sunday)),
    h(&["election day"], Rule::After(11, 1, Tuesday)),
    h(&["victoria day"], Rule::Before(5, 25, Monday)),
    h(&["boss day", "bosses day", "national boss day"], Rule::NearestWeekday(10, 16)),
    h(&["king day", "koningsdag"], Rule::SundayBack(4, 27)),
    // Around Western Easter.
    h(&["easter", "easter sunday", "easter day"], Easter),
    plus(&["easter monday"], Easter, 1),
    plus(&["good friday"], Easter, -2),
    plus(&["holy saturday"], Easter, -1),
    plus(&["maundy thursday", "holy thursday"], Easter, -3),
    plus(&["palm sunday", "branch sunday"], Easter, -7),
    plus(&["ash wednesday"], Easter, -46),
    plus(
        &["shrove tuesday", "pancake day", "pancake tuesday", "mardi gras", "fat tuesday"],
        Easter, -47
    ),
    plus(&["mothering sunday"], Easter, -21),
    plus(&["ascension day", "ascension thursday"], Easter, 39),
    plus(&["pentecost", "whitsun", "whit sunday", "whitsunday", "white sunday"], Easter, 49),
    plus(&["whit monday", "pentecost monday"], Easter, 50),
    plus(&["trinity sunday"], Easter, 56),
    plus(&["corpus christi"], Easter, 60),
    // Around Orthodox Easter.
    h(&["orthodox easter", "orthodox easter sunday", "pascha"], OrthodoxEaster),
    plus(&["orthodox good friday", "orthodox great friday"], OrthodoxEaster, -2),
    plus(&["clean monday", "orthodox ash monday"], OrthodoxEaster, -48),
    plus(&["lazarus saturday"], OrthodoxEaster, -8),
    plus(&["orthodox palm sunday"], OrthodoxEaster, -7),
    // Lunar.
    h(&["chinese new year", "chinese lunar new year", "lunar new year"], Rule::ChineseNewYear),
    // Islamic holidays, from the Moon.
    h(
        &["eid al fitr", "eid ul fitr", "id al fitr", "id ul fitr", "eid el fitr", "ramadan bayram"],
        Rule::Islamic(10, 1)
    ),
    h(
        &["eid al adha", "eid ul adha", "id al adha", "id ul adha", "eid el adha", "bakr id",
          "bakrid", "bakri id", "bakra eid", "sacrifice feast", "feast of the sacrifice",
          "kurban bayram", "qurban bayram", "tabaski"],
        Rule::Islamic(12, 10)
    ),
    weak(
        &["islamic new year", "hijri new year", "arabic new year", "amun jadid", "al hijra"],
        &["muharram"], Rule::Islamic(1, 1)
    ),
    h(&["ashura", "day of ashura"], Rule::Islamic(1, 10)),
    h(
        &["mawlid", "mawlid al nabi", "mawlid al nabawi", "mawlid an nabi", "milad un nabi",
          "eid milad un nabi", "prophet birthday"],
        Rule::Islamic(3, 12)
    ),
    h(
        &["isra and mi raj", "isra and miraj", "isra mi raj", "lailat al miraj", "laylat al miraj",
          "prophet ascension", "night journey", "ascension to heaven"],
        Rule::Islamic(7, 27)
    ),
    h(&["ramadan", "ramadhan", "ramazan"], Rule::IslamicMonth(9)),
    h(
        &["laylat al qadr", "laylat al kadr", "lailat al qadr", "night of power",
          "night of destiny", "night of measures", "shab e qadr"],
        Rule::Islamic(9, 27)
    ),
    h(
        &["jamat ul vida", "jumu atul wida", "jumatul wida", "alvida jumma"],
        Rule::IslamicLastFriday(9)
    ),
    // Solar festivals of India and Iran, from the Sun.
    h(
        &["makar sankranti", "makara sankranti", "makar sankranthi", "makara sankranthi", "maghi"],
        Rule::Sankranti(9, DayRule::BeforeSunset)
    ),
    h(&["pongal", "thai pongal"], Rule::Sankranti(9, DayRule::BeforeSunset)),
    plus(
        &["bhogi", "bogi", "bogi pandigai", "bhogi pandigai"],
        Rule::Sankranti(9, DayRule::BeforeSunset), -1
    ),
    plus(&["mattu pongal", "maattu pongal"], Rule::Sankranti(9, DayRule::BeforeSunset), 1),
    plus(
        &["kaanum pongal", "kanum pongal", "kanni pongal"],
        Rule::Sankranti(9, DayRule::BeforeSunset), 2
    ),
    h(&["vaisakhi", "baisakhi", "vasakhi", "vaishakhi"], Rule::Sankranti(0, DayRule::SameDay)),
    h(&["tamil new year", "puthandu"], Rule::Sankranti(0, DayRule::BeforeSunset)),
    h(
        &["pohela boishakh", "poila baisakh", "pahela baishakh", "bengali new year"],
        Rule::Sankranti(0, DayRule::NextDay)
    ),
    plus(
        &["rabindra jayanti", "rabindranath jayanti", "rabindranath tagore jayanti",
          "tagore jayanti"],
        Rule::Sankranti(0, DayRule::NextDay), 24
    ),
    h(
        &["nowruz", "norouz", "nowrouz", "navruz", "nauryz", "persian new year", "iranian new year"],
        Rule::Nowruz
    ),
    h(&["parsi new year"], Rule::Every365(2018, 8, 17)),
    // Hindu, Jain and Sikh festivals of the lunisolar calendar.
    h(
        &["ugadi", "yugadi", "samvatsaradi", "chaitra sukladi", "chaitra sukhladi", "gudi padwa"],
        Rule::Tithi(0, 1, Moment::Sunrise)
    ),
    h(&["rama navami", "ram navami"], Rule::Tithi(0, 9, Moment::Noon)),
    h(
        &["mahavir jayanti", "mahaveer jayanti", "mahavir janma kalyanak",
          "mahaveer janma kalyanak"],
        Rule::Tithi(0, 13, Moment::Sunrise)
    ),
    h(&["hanuman jayanti"], Rule::Tithi(0, 15, Moment::Sunrise)),
    h(&["akshaya tritiya"], Rule::Tithi(1, 3, Moment::Sunrise)),
    h(&["ratha yatra", "rath yatra"], Rule::Tithi(3, 2, Moment::Sunrise)),
    h(&["guru purnima"], Rule::Tithi(3, 15, Moment::Sunrise)),
    weak(&["raksha bandhan", "rakshabandhan"], &["rakhi"], Rule::Tithi(4, 15, Moment::Sunrise)),
    h(
        &["krishna janmashtami", "janmashtami", "gokulashtami", "krishnashtami"],
        Rule::Tithi(4, 23, Moment::Midnight)
    ),
    h(
        &["ganesh chaturthi", "ganesha chaturthi", "vinayaka chaturthi"],
        Rule::Tithi(5, 4, Moment::Noon)
    ),
    h(&["navaratri", "navratri", "sharad navratri"], Rule::Tithi(6, 1, Moment::Sunrise)),
    h(&["maha saptami", "durga saptami"], Rule::Tithi(6, 7, Moment::Sunrise)),
    h(&["maha ashtami", "durga ashtami"], Rule::Tithi(6, 8, Moment::Sunrise)),
    h(&["maha navami"], Rule::Tithi(6, 9, Moment::Sunrise)),
    h(
        &["dussehra", "dasara", "vijayadashami", "vijaya dashami"],
        Rule::Tithi(6, 10, Moment::Afternoon)
    ),
    h(
        &["valmiki jayanti", "maharishi valmiki jayanti", "pargat diwas", "sharad purnima"],
        Rule::Tithi(6, 15, Moment::Sunrise)
    ),
    h(&["karva chauth", "karwa chauth"], Rule::Tithi(6, 19, Moment::Moonrise)),
    h(&["dhanteras", "dhanatrayodashi", "dhantrayodashi"], Rule::Tithi(6, 28, Moment::Pradosh)),
    h(&["kali chaudas", "naraka chaturdashi"], Rule::Tithi(6, 29, Moment::Midnight)),
    h(&["diwali", "deepavali", "divali", "lakshmi puja"], Rule::Tithi(6, 30, Moment::Pradosh)),
    h(&["govardhan puja"], Rule::Tithi(7, 1, Moment::Sunrise)),
    h(
        &["bhai dooj", "bhaiya dooj", "bhau beej", "bhai tika"],
        Rule::Tithi(7, 2, Moment::Afternoon)
    ),
    h(
        &["chhath", "chhath puja", "dala puja", "dala chhath", "surya shashthi"],
        Rule::Tithi(7, 6, Moment::Sunset)
    ),
    h(&["guru nanak jayanti", "gurpurab"], Rule::Tithi(7, 15, Moment::Sunrise)),
    h(&["guru gobind singh jayanti"], Rule::Tithi(9, 7, Moment::Sunrise)),
    h(&["vasant panchami", "basant panchami", "saraswati puja"], Rule::Tithi(10, 5, Moment::Noon)),
    h(
        &["guru ravidas jayanti", "guru ravidass jayanti", "guru ravidas birthday",
          "guru ravidass birthday", "ravidas jayanti"],
        Rule::Tithi(10, 15, Moment::Sunrise)
    ),
    h(
        &["maha shivaratri", "maha shivratri", "mahashivratri", "mahashivaratri"],
        Rule::Tithi(10, 29, Moment::Midnight)
    ),
    h(
        &["holika dahan", "chhoti holi", "choti holi", "kamudu pyre"],
        Rule::Tithi(11, 15, Moment::Pradosh)
    ),
    plus(
        &["holi", "dhulandi", "dhuleti", "phagwah", "rangwali holi"],
        Rule::Tithi(11, 15, Moment::Pradosh), 1
    ),
    h(&["orthodox christmas"], Fixed(1, 7)),
    h(&["canadian thanksgiving"], NthWeekday(10, 2, Monday)),
    // Jewish holidays, which begin at sundown.
    jewish(&["rosh hashanah", "rosh hashana", "rosh ha shanah"], H::Tishrei, 1, Shift::None),
    jewish(&["yom kippur"], H::Tishrei, 10, Shift::None),
    jewish(&["sukkot", "succot", "sukkoth"], H::Tishrei, 15, Shift::None),
    jewish(&["shemini atzeret"], H::Tishrei, 22, Shift::None),
    jewish(&["simchat torah", "simhat torah"], H::Tishrei, 23, Shift::None),
    jewish(&["hanukkah", "chanukah", "hanukah", "chanukkah"], H::Kislev, 25, Shift::None),
    jewish(&["tu bishvat", "tu bshvat", "tu b shevat"], H::Shevat, 15, Shift::None),
    jewish(&["purim"], H::Adar, 14, Shift::None),
    jewish(&["passover", "pesach"], H::Nisan, 15, Shift::None),
    jewish(&["yom hashoah", "holocaust day"], H::Nisan, 27, Shift::Shoah),
    jewish(&["yom haatzmaut", "yom ha atzmaut"], H::Iyar, 5, Shift::Atzmaut),
    jewish(&["lag baomer", "lag b omer", "lag ba omer"], H::Iyar, 18, Shift::None),
    jewish(&["shavuot", "shavuos"], H::Sivan, 6, Shift::None),
    jewish(&["tisha b av", "tisha bav", "tisha be av"], H::Av, 9, Shift::SaturdayToSunday),
];
