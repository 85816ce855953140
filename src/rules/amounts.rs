//! Reading the amounts a rule file writes as text — tolerances ("3%", "2 mph"), assumed units
//! ("years"), expected values ("37 mph", "2019-04") — with the same recogniser as articles, so
//! a rule file and an article always read a value the same way.

use jiff::civil::Date;
use toml::Spanned;

use super::model::{Tolerance, ValueType};
use crate::values::{self, DatePrecision, DateValue, Dimension, Recognized, Value};

/// Reads `assume-unit`: a unit name of the rule's dimension ("years", "mph").
pub(super) fn assume_unit(unit: &str, value: ValueType) -> Result<(&'static str, f64), String> {
    let probe = format!("1 {}", unit.trim());
    let found = values::recognize(&probe, &values::Context::default());
    match found.as_slice() {
        [only] if only.span.len() == probe.len() => match &only.value {
            Value::Quantity(q)
                if q.dimension == value.dimension() && q.dimension != Dimension::Number =>
            {
                Ok((q.unit, q.value))
            }
            Value::Quantity(q) => Err(format!(
                "assume-unit `{unit}` is a unit of {}, but this rule compares {} values",
                q.dimension.name(),
                value.name()
            )),
            Value::Date(_) => Err(format!("assume-unit `{unit}` is not a unit")),
        },
        _ => Err(format!("unknown unit `{unit}` in assume-unit")),
    }
}

/// Reads a tolerance: `"3%"`, `"0"`, or an amount with a unit of the rule's dimension.
pub(super) fn tolerance(
    text: &str,
    value: ValueType,
    id: &Spanned<String>,
) -> Result<Tolerance, String> {
    let t = text.trim();
    let help = "write a percentage like \"3%\" or an amount with a unit like \"2 mph\"";
    if let Some(pct) = t.strip_suffix('%') {
        return match pct.trim().parse::<f64>() {
            Ok(p) if (0.0..100.0).contains(&p) => Ok(Tolerance::Relative(p / 100.0)),
            _ => Err(format!("cannot read tolerance `{text}`: {help}")),
        };
    }
    if let Ok(n) = t.parse::<f64>() {
        return match value {
            ValueType::Number | ValueType::Count if n >= 0.0 => Ok(Tolerance::Absolute(n)),
            _ => Err(format!("tolerance `{text}` has no unit; {help}")),
        };
    }
    let found = values::recognize(t, &values::Context::default());
    let [only] = found.as_slice() else {
        return Err(format!("cannot read tolerance `{text}`: {help}"));
    };
    let Value::Quantity(q) = &only.value else {
        return Err(format!("cannot read tolerance `{text}`: {help}"));
    };
    if only.span.len() != t.len() {
        return Err(format!("cannot read tolerance `{text}`: {help}"));
    }
    match (value.dimension(), q.dimension) {
        (Dimension::Date, Dimension::Duration) => {
            let days = if q.unit == "month" {
                q.value * 30.0
            } else {
                q.value / 86_400.0
            };
            Ok(Tolerance::Absolute(days))
        }
        (want, got) if want == got => Ok(Tolerance::Absolute(q.value)),
        (want, got) => Err(format!(
            "tolerance `{text}` is a {}, but `{}` compares {} values",
            got.name(),
            id.get_ref(),
            want.name()
        )),
    }
}

/// Reads an expected value: a date as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, else a value as
/// the text would write it, which must be of the rule's type.
pub(super) fn expected(
    text: &str,
    value: ValueType,
    published: Option<Date>,
    assume_unit: Option<(&'static str, f64)>,
) -> Option<Recognized> {
    if value == ValueType::Date
        && let Some(date) = canonical_date(text.trim())
    {
        return Some(Recognized {
            span: crate::span::Span::new(0, text.len()),
            hedge: None,
            value: Value::Date(date),
        });
    }
    let found = values::recognize(
        text,
        &values::Context {
            reference: published,
        },
    );
    let [only] = found.as_slice() else {
        return None;
    };
    match (&only.value, assume_unit) {
        (Value::Quantity(q), Some((unit, factor))) if q.dimension == Dimension::Number => {
            let mut r = only.clone();
            r.value = Value::Quantity(values::Quantity {
                dimension: value.dimension(),
                unit,
                value: q.value * factor,
                ..q.clone()
            });
            Some(r)
        }
        (v, _) if v.dimension() == value.dimension() => Some(only.clone()),
        _ => None,
    }
}

/// A date written in canonical form, with the precision its form implies.
pub fn canonical_date(text: &str) -> Option<DateValue> {
    let parts: Vec<&str> = text.split('-').collect();
    let num = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<i16>().ok())
            .flatten()
    };
    let (start, end, precision) = match parts.as_slice() {
        [y] => {
            let y = num(y, 4)?;
            (
                Date::new(y, 1, 1).ok()?,
                Date::new(y, 12, 31).ok()?,
                DatePrecision::Year,
            )
        }
        [y, m] => {
            let start = Date::new(num(y, 4)?, num(m, 2)? as i8, 1).ok()?;
            (start, start.last_of_month(), DatePrecision::Month)
        }
        [y, m, d] => {
            let day = Date::new(num(y, 4)?, num(m, 2)? as i8, num(d, 2)? as i8).ok()?;
            (day, day, DatePrecision::Day)
        }
        _ => return None,
    };
    Some(DateValue {
        range: Some((start, end)),
        precision,
        relative: None,
        anchor: None,
        weekday: None,
    })
}
