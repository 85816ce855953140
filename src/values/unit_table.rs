//! The unit table itself: every unit word and abbreviation, its dimension, canonical unit,
//! factor and usage flags, as data (see [`super::units`] for how it is looked up).

use super::Dimension;
use super::Dimension::{Area, Duration, Length, Mass, Percentage, Speed, Temperature, Volume};
use super::units::{ATTACHED, CASE, END, MONEY_TOO, NO_ARTICLE, TEMP_CUE};

pub(crate) const MILE: f64 = 1609.344;

pub(crate) const KNOT: f64 = 1852.0 / 3600.0;

pub(crate) const F_FACTOR: f64 = 5.0 / 9.0;

pub(crate) const F_OFFSET: f64 = -32.0 * 5.0 / 9.0;

/// (written form, dimension, canonical unit, factor, flags). Written forms are matched
/// ignoring case unless flagged [`CASE`]; spacing between words and punctuation is normalised.
#[rustfmt::skip]
pub(crate) const TABLE: &[(&str, Dimension, &str, f64, u8)] = &[
    // Length.
    ("m", Length, "m", 1.0, CASE | NO_ARTICLE), ("metre", Length, "m", 1.0, 0),
    ("metres", Length, "m", 1.0, 0), ("meter", Length, "m", 1.0, 0),
    ("meters", Length, "m", 1.0, 0),
    ("km", Length, "m", 1e3, 0), ("kms", Length, "m", 1e3, 0),
    ("kilometre", Length, "m", 1e3, 0), ("kilometres", Length, "m", 1e3, 0),
    ("kilometer", Length, "m", 1e3, 0), ("kilometers", Length, "m", 1e3, 0),
    ("cm", Length, "m", 1e-2, 0), ("centimetre", Length, "m", 1e-2, 0),
    ("centimetres", Length, "m", 1e-2, 0), ("centimeter", Length, "m", 1e-2, 0),
    ("centimeters", Length, "m", 1e-2, 0),
    ("mm", Length, "m", 1e-3, 0), ("millimetre", Length, "m", 1e-3, 0),
    ("millimetres", Length, "m", 1e-3, 0), ("millimeter", Length, "m", 1e-3, 0),
    ("millimeters", Length, "m", 1e-3, 0),
    ("dm", Length, "m", 0.1, CASE), ("decimetre", Length, "m", 0.1, 0),
    ("decimetres", Length, "m", 0.1, 0), ("decimeter", Length, "m", 0.1, 0),
    ("decimeters", Length, "m", 0.1, 0),
    ("picometer", Length, "m", 1e-12, 0), ("picometers", Length, "m", 1e-12, 0),
    ("picometre", Length, "m", 1e-12, 0), ("picometres", Length, "m", 1e-12, 0),
    ("mile", Length, "m", MILE, 0), ("miles", Length, "m", MILE, 0),
    ("mi", Length, "m", MILE, CASE | NO_ARTICLE),
    ("nautical mile", Length, "m", 1852.0, 0), ("nautical miles", Length, "m", 1852.0, 0),
    ("nmi", Length, "m", 1852.0, 0),
    ("ft", Length, "m", 0.3048, NO_ARTICLE), ("foot", Length, "m", 0.3048, NO_ARTICLE),
    ("feet", Length, "m", 0.3048, NO_ARTICLE),
    ("in", Length, "m", 0.0254, CASE | END | NO_ARTICLE), ("inch", Length, "m", 0.0254, 0),
    ("inches", Length, "m", 0.0254, 0), ("\"", Length, "m", 0.0254, NO_ARTICLE),
    ("''", Length, "m", 0.0254, ATTACHED | NO_ARTICLE),
    ("yard", Length, "m", 0.9144, NO_ARTICLE), ("yards", Length, "m", 0.9144, NO_ARTICLE),
    ("yd", Length, "m", 0.9144, NO_ARTICLE), ("yds", Length, "m", 0.9144, NO_ARTICLE),
    // Speed (the compound forms "km/h", "miles per hour" are built by `lookup`).
    ("mph", Speed, "m/s", 0.44704, 0), ("kph", Speed, "m/s", 1.0 / 3.6, 0),
    ("kmh", Speed, "m/s", 1.0 / 3.6, 0), ("kmph", Speed, "m/s", 1.0 / 3.6, 0),
    ("kph.", Speed, "m/s", 1.0 / 3.6, 0),
    ("knot", Speed, "m/s", KNOT, 0), ("knots", Speed, "m/s", KNOT, 0),
    ("kts", Speed, "m/s", KNOT, 0),
    // Duration: seconds to weeks in seconds; months and longer in calendar months.
    ("second", Duration, "s", 1.0, NO_ARTICLE), ("seconds", Duration, "s", 1.0, 0),
    ("sec", Duration, "s", 1.0, 0), ("secs", Duration, "s", 1.0, 0),
    ("millisecond", Duration, "s", 1e-3, 0), ("milliseconds", Duration, "s", 1e-3, 0),
    ("ms", Duration, "s", 1e-3, CASE | NO_ARTICLE),
    ("minute", Duration, "s", 60.0, 0), ("minutes", Duration, "s", 60.0, 0),
    ("min", Duration, "s", 60.0, CASE), ("mins", Duration, "s", 60.0, CASE),
    ("hour", Duration, "s", 3600.0, 0), ("hours", Duration, "s", 3600.0, 0),
    ("hr", Duration, "s", 3600.0, 0), ("hrs", Duration, "s", 3600.0, 0),
    ("h", Duration, "s", 3600.0, CASE | END | NO_ARTICLE),
    ("day", Duration, "s", 86400.0, 0), ("days", Duration, "s", 86400.0, 0),
    ("night", Duration, "s", 86400.0, 0), ("nights", Duration, "s", 86400.0, 0),
    ("week", Duration, "s", 604_800.0, 0), ("weeks", Duration, "s", 604_800.0, 0),
    ("wk", Duration, "s", 604_800.0, 0), ("wks", Duration, "s", 604_800.0, 0),
    ("fortnight", Duration, "s", 1_209_600.0, 0), ("fortnights", Duration, "s", 1_209_600.0, 0),
    ("month", Duration, "month", 1.0, 0), ("months", Duration, "month", 1.0, 0),
    ("year", Duration, "month", 12.0, 0), ("years", Duration, "month", 12.0, 0),
    ("yr", Duration, "month", 12.0, 0), ("yrs", Duration, "month", 12.0, 0),
    ("decade", Duration, "month", 120.0, 0), ("decades", Duration, "month", 120.0, 0),
    ("century", Duration, "month", 1200.0, 0), ("centuries", Duration, "month", 1200.0, 0),
    // Mass.
    ("kg", Mass, "kg", 1.0, 0), ("kgs", Mass, "kg", 1.0, 0), ("k.g.", Mass, "kg", 1.0, 0),
    ("k.gs", Mass, "kg", 1.0, 0), ("kilogram", Mass, "kg", 1.0, 0),
    ("kilograms", Mass, "kg", 1.0, 0), ("kilogramme", Mass, "kg", 1.0, 0),
    ("kilogrammes", Mass, "kg", 1.0, 0), ("kilo", Mass, "kg", 1.0, 0),
    ("kilos", Mass, "kg", 1.0, 0),
    ("g", Mass, "kg", 1e-3, CASE | NO_ARTICLE), ("gs", Mass, "kg", 1e-3, CASE | NO_ARTICLE),
    ("gram", Mass, "kg", 1e-3, 0), ("grams", Mass, "kg", 1e-3, 0),
    ("gramme", Mass, "kg", 1e-3, 0), ("grammes", Mass, "kg", 1e-3, 0),
    ("mg", Mass, "kg", 1e-6, 0), ("milligram", Mass, "kg", 1e-6, 0),
    ("milligrams", Mass, "kg", 1e-6, 0), ("milligramme", Mass, "kg", 1e-6, 0),
    ("µg", Mass, "kg", 1e-9, 0), ("μg", Mass, "kg", 1e-9, 0), ("mcg", Mass, "kg", 1e-9, 0),
    ("microgram", Mass, "kg", 1e-9, 0), ("micrograms", Mass, "kg", 1e-9, 0),
    ("microgramme", Mass, "kg", 1e-9, 0), ("microgrammes", Mass, "kg", 1e-9, 0),
    ("tonne", Mass, "kg", 1e3, 0), ("tonnes", Mass, "kg", 1e3, 0),
    ("t", Mass, "kg", 1e3, CASE | ATTACHED),
    ("metric ton", Mass, "kg", 1e3, 0), ("metric tons", Mass, "kg", 1e3, 0),
    ("metric tonne", Mass, "kg", 1e3, 0), ("metric tonnes", Mass, "kg", 1e3, 0),
    // A bare "ton" in English-language news is the US short ton.
    ("ton", Mass, "kg", 907.184_74, NO_ARTICLE), ("tons", Mass, "kg", 907.184_74, NO_ARTICLE),
    ("lb", Mass, "kg", 0.453_592_37, 0), ("lbs", Mass, "kg", 0.453_592_37, 0),
    ("pound", Mass, "kg", 0.453_592_37, MONEY_TOO | NO_ARTICLE),
    ("pounds", Mass, "kg", 0.453_592_37, MONEY_TOO),
    ("oz", Mass, "kg", 0.028_349_523_125, 0), ("ounce", Mass, "kg", 0.028_349_523_125, 0),
    ("ounces", Mass, "kg", 0.028_349_523_125, 0),
    ("troy ounce", Mass, "kg", 0.031_103_476_8, 0),
    ("troy ounces", Mass, "kg", 0.031_103_476_8, 0),
    ("stone", Mass, "kg", 6.350_293_18, NO_ARTICLE),
    ("carat", Mass, "kg", 2e-4, 0), ("carats", Mass, "kg", 2e-4, 0),
    // Percentages.
    ("%", Percentage, "%", 1.0, 0), ("percent", Percentage, "%", 1.0, 0),
    ("per cent", Percentage, "%", 1.0, 0), ("percents", Percentage, "%", 1.0, 0),
    ("pct", Percentage, "%", 1.0, 0), ("pc", Percentage, "%", 1.0, CASE | ATTACHED),
    ("percentage", Percentage, "%", 1.0, 0),
    ("percentage point", Percentage, "%", 1.0, 0),
    ("percentage points", Percentage, "%", 1.0, 0),
    ("basis point", Percentage, "%", 0.01, 0), ("basis points", Percentage, "%", 0.01, 0),
    ("bps", Percentage, "%", 0.01, 0),
    // Temperatures: a bare "degrees" or "°" is an angle or an unknown scale.
    ("°c", Temperature, "C", 1.0, 0), ("ºc", Temperature, "C", 1.0, 0),
    ("℃", Temperature, "C", 1.0, 0), ("°celsius", Temperature, "C", 1.0, 0),
    ("° celsius", Temperature, "C", 1.0, 0), ("celsius", Temperature, "C", 1.0, 0),
    ("celcius", Temperature, "C", 1.0, 0), ("centigrade", Temperature, "C", 1.0, 0),
    ("degrees celsius", Temperature, "C", 1.0, 0), ("degree celsius", Temperature, "C", 1.0, 0),
    ("degrees celcius", Temperature, "C", 1.0, 0),
    ("degrees centigrade", Temperature, "C", 1.0, 0), ("deg celsius", Temperature, "C", 1.0, 0),
    ("deg c", Temperature, "C", 1.0, 0), ("degrees c", Temperature, "C", 1.0, 0),
    ("degree c", Temperature, "C", 1.0, 0),
    ("C", Temperature, "C", 1.0, CASE | ATTACHED | TEMP_CUE),
    ("°f", Temperature, "C", F_FACTOR, 0), ("ºf", Temperature, "C", F_FACTOR, 0),
    ("℉", Temperature, "C", F_FACTOR, 0), ("°fahrenheit", Temperature, "C", F_FACTOR, 0),
    ("fahrenheit", Temperature, "C", F_FACTOR, 0), ("farenheit", Temperature, "C", F_FACTOR, 0),
    ("degrees fahrenheit", Temperature, "C", F_FACTOR, 0),
    ("degree fahrenheit", Temperature, "C", F_FACTOR, 0),
    ("degrees farenheit", Temperature, "C", F_FACTOR, 0),
    ("deg fahrenheit", Temperature, "C", F_FACTOR, 0), ("deg f", Temperature, "C", F_FACTOR, 0),
    ("degrees f", Temperature, "C", F_FACTOR, 0), ("degree f", Temperature, "C", F_FACTOR, 0),
    ("F", Temperature, "C", F_FACTOR, CASE | ATTACHED | TEMP_CUE),
    // Areas (square and "2" forms of lengths are built by `lookup`).
    ("acre", Area, "m2", 4_046.856_422_4, 0), ("acres", Area, "m2", 4_046.856_422_4, 0),
    ("hectare", Area, "m2", 1e4, 0), ("hectares", Area, "m2", 1e4, 0),
    ("ha", Area, "m2", 1e4, CASE | NO_ARTICLE),
    // Volumes. Gallons are US gallons; barrels are oil barrels.
    ("l", Volume, "m3", 1e-3, NO_ARTICLE), ("litre", Volume, "m3", 1e-3, 0),
    ("litres", Volume, "m3", 1e-3, 0), ("liter", Volume, "m3", 1e-3, 0),
    ("liters", Volume, "m3", 1e-3, 0), ("ml", Volume, "m3", 1e-6, 0),
    ("mls", Volume, "m3", 1e-6, 0), ("millilitre", Volume, "m3", 1e-6, 0),
    ("millilitres", Volume, "m3", 1e-6, 0), ("milliliter", Volume, "m3", 1e-6, 0),
    ("milliliters", Volume, "m3", 1e-6, 0), ("cl", Volume, "m3", 1e-5, CASE),
    ("centilitre", Volume, "m3", 1e-5, 0), ("centilitres", Volume, "m3", 1e-5, 0),
    ("hectolitre", Volume, "m3", 0.1, 0), ("hectolitres", Volume, "m3", 0.1, 0),
    ("hectoliter", Volume, "m3", 0.1, 0), ("hectoliters", Volume, "m3", 0.1, 0),
    ("cc", Volume, "m3", 1e-6, CASE),
    ("gallon", Volume, "m3", 0.003_785_411_784, 0),
    ("gallons", Volume, "m3", 0.003_785_411_784, 0),
    ("barrel", Volume, "m3", 0.158_987_294_928, 0),
    ("barrels", Volume, "m3", 0.158_987_294_928, 0),
    ("bbl", Volume, "m3", 0.158_987_294_928, 0),
];

/// Time units that can follow "per", "/", "an" in a speed: (form, seconds).
pub(crate) const PER_TIME: [(&str, f64); 10] = [
    ("hour", 3600.0),
    ("hr", 3600.0),
    ("h", 3600.0),
    ("minute", 60.0),
    ("min", 60.0),
    ("second", 1.0),
    ("sec", 1.0),
    ("s", 1.0),
    ("millisecond", 1e-3),
    ("ms", 1e-3),
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_unit_converts_to_its_dimensions_canonical_unit() {
        for &(form, dimension, canonical, factor, _) in TABLE {
            let want: &[&str] = match dimension {
                Length => &["m"],
                Speed => &["m/s"],
                Duration => &["s", "month"],
                Mass => &["kg"],
                Percentage => &["%"],
                Temperature => &["C"],
                Area => &["m2"],
                Volume => &["m3"],
                _ => &[],
            };
            assert!(want.contains(&canonical), "{form}: {canonical}");
            assert!(factor > 0.0 && factor.is_finite(), "{form}: {factor}");
        }
    }

    #[test]
    fn every_written_form_appears_once() {
        let mut seen = HashSet::new();
        for &(form, ..) in TABLE {
            assert!(seen.insert(form), "{form} twice");
        }
    }

    #[test]
    fn exact_factors() {
        let factor = |form: &str| TABLE.iter().find(|e| e.0 == form).map(|e| e.3);
        assert_eq!(factor("mile"), Some(1609.344));
        assert_eq!(factor("foot"), Some(0.3048));
        assert_eq!(factor("inch"), Some(0.0254));
        assert_eq!(factor("yard"), Some(0.9144));
        assert_eq!(factor("nautical mile"), Some(1852.0));
        assert_eq!(factor("mph"), Some(0.44704));
        assert_eq!(factor("knot"), Some(1852.0 / 3600.0));
        assert_eq!(factor("pound"), Some(0.453_592_37));
        assert_eq!(factor("ounce"), Some(0.028_349_523_125));
        assert_eq!(factor("day"), Some(86_400.0));
        assert_eq!(factor("week"), Some(604_800.0));
        assert_eq!(factor("year"), Some(12.0));
    }
}
