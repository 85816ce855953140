//! Values as people read them: canonical figures turned back into familiar units
//! ("16.54 m/s" → "59.5 km/h"), with their hedge, for the human and Markdown reports.

use crate::values::{DateValue, Dimension, Qualifier, Quantity, Value};

/// A value in a familiar unit, with its hedge: "59.5 km/h", "at least 4 h", "2019-04".
pub fn value(v: &Value) -> String {
    match v {
        Value::Quantity(q) => quantity(q),
        Value::Date(d) => date(d),
    }
}

fn quantity(q: &Quantity) -> String {
    let one = |x: f64| amount(q.dimension, q.unit, x);
    match q.qualifier {
        None => one(q.value),
        Some(Qualifier::Range) => match (q.low, q.high) {
            (Some(lo), Some(hi)) => format!("{}–{}", one(lo), one(hi)),
            _ => one(q.value),
        },
        Some(Qualifier::Vague) => match (q.low, q.high) {
            (Some(lo), Some(hi)) => format!("{}–{} (vague)", one(lo), one(hi)),
            _ => one(q.value),
        },
        Some(kind) => {
            let word = match kind {
                Qualifier::Approx => "about",
                Qualifier::Nearly => "nearly",
                Qualifier::AtLeast => "at least",
                Qualifier::MoreThan => "more than",
                Qualifier::AtMost => "at most",
                Qualifier::LessThan => "less than",
                Qualifier::Range | Qualifier::Vague => "",
            };
            format!("{word} {}", one(q.value))
        }
    }
}

fn date(d: &DateValue) -> String {
    match (d.value(), &d.relative, d.anchor) {
        (Some(v), Some(rel), Some(anchor)) => format!("{v} (\"{rel}\" from {anchor})"),
        (Some(v), _, _) => v,
        (None, Some(rel), _) => format!("\"{rel}\" (unresolved: no publication date)"),
        (None, None, _) => "unknown date".to_string(),
    }
}

/// One canonical amount in a familiar unit.
pub fn amount(dimension: Dimension, unit: &str, x: f64) -> String {
    match (dimension, unit) {
        (Dimension::Speed, _) => format!("{} km/h", figure(x * 3.6)),
        (Dimension::Length, _) if x.abs() >= 1000.0 => format!("{} km", figure(x / 1000.0)),
        (Dimension::Length, _) => format!("{} m", figure(x)),
        (Dimension::Duration, "month") if x % 12.0 == 0.0 => plural(x / 12.0, "year"),
        (Dimension::Duration, "month") => plural(x, "month"),
        (Dimension::Duration, _) if x >= 7.0 * 86400.0 => plural(x / 86400.0, "day"),
        (Dimension::Duration, _) if x >= 3600.0 => format!("{} h", figure(x / 3600.0)),
        (Dimension::Duration, _) if x >= 60.0 => format!("{} min", figure(x / 60.0)),
        (Dimension::Duration, _) => format!("{} s", figure(x)),
        (Dimension::Mass, _) if x.abs() >= 1000.0 => format!("{} t", figure(x / 1000.0)),
        (Dimension::Mass, _) => format!("{} kg", figure(x)),
        (Dimension::Money, code) => format!("{code} {}", figure(x)),
        (Dimension::Percentage, _) => format!("{}%", figure(x)),
        (Dimension::Temperature, _) => format!("{} °C", figure(x)),
        (Dimension::Area, _) if x.abs() >= 1e6 => format!("{} km²", figure(x / 1e6)),
        (Dimension::Area, _) => format!("{} m²", figure(x)),
        (Dimension::Volume, _) if x.abs() < 1.0 => format!("{} L", figure(x * 1000.0)),
        (Dimension::Volume, _) => format!("{} m³", figure(x)),
        (Dimension::Number | Dimension::Date, _) => figure(x),
    }
}

fn plural(n: f64, unit: &str) -> String {
    let s = figure(n);
    if s == "1" {
        format!("1 {unit}")
    } else {
        format!("{s} {unit}s")
    }
}

/// A figure with at most four significant digits and thousands separators: 59.55 → "59.55",
/// 1099.2 → "1,099", 0.0762 → "0.0762", 1300000000 → "1,300,000,000".
pub fn figure(x: f64) -> String {
    if !x.is_finite() {
        return if x > 0.0 {
            "∞".to_string()
        } else {
            "-∞".to_string()
        };
    }
    let magnitude = if x == 0.0 {
        0
    } else {
        x.abs().log10().floor() as i32
    };
    let decimals = (3 - magnitude).clamp(0, 6) as usize;
    let mut s = format!("{:.*}", decimals, x);
    if s.contains('.') {
        s = s.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    let (sign, digits) = s.strip_prefix('-').map_or(("", s.as_str()), |d| ("-", d));
    let (int, frac) = digits
        .split_once('.')
        .map_or((digits, None), |(i, f)| (i, Some(f)));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::NumberForm;

    fn q(dimension: Dimension, unit: &'static str, value: f64) -> Quantity {
        Quantity {
            dimension,
            unit,
            value,
            precision: 0.0,
            qualifier: None,
            low: None,
            high: None,
            form: NumberForm::Digits,
        }
    }

    #[test]
    fn figures_are_short_and_grouped() {
        assert_eq!(figure(59.5457), "59.55");
        assert_eq!(figure(1099.16), "1,099");
        assert_eq!(figure(0.0762), "0.0762");
        assert_eq!(figure(1.3e9), "1,300,000,000");
        assert_eq!(figure(-20.5555), "-20.56");
        assert_eq!(figure(2.0), "2");
    }

    #[test]
    fn canonical_units_become_familiar_ones() {
        assert_eq!(
            quantity(&q(Dimension::Speed, "m/s", 37.0 * 0.44704)),
            "59.55 km/h"
        );
        assert_eq!(
            quantity(&q(Dimension::Length, "m", 683.0 * 1609.344)),
            "1,099 km"
        );
        assert_eq!(quantity(&q(Dimension::Duration, "s", 172_800.0)), "48 h");
        assert_eq!(
            quantity(&q(Dimension::Duration, "month", 408.0)),
            "34 years"
        );
        assert_eq!(
            quantity(&q(Dimension::Money, "USD", 1.3e9)),
            "USD 1,300,000,000"
        );
    }

    #[test]
    fn hedges_are_shown_in_words() {
        let mut v = q(Dimension::Duration, "s", 14_400.0);
        v.qualifier = Some(Qualifier::AtLeast);
        assert_eq!(quantity(&v), "at least 4 h");
        let mut r = q(Dimension::Number, "", 20.0);
        r.qualifier = Some(Qualifier::Range);
        r.low = Some(20.0);
        r.high = Some(25.0);
        assert_eq!(quantity(&r), "20–25");
    }
}
