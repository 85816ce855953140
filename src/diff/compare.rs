//! When do two values of one fact agree? Each value is an interval — its precision, widened
//! by its hedge — and two values agree when their intervals, each widened by the rule's
//! tolerance, overlap. `SEMANTICS.md` in `docs/` states the rules this module implements.

use crate::rules::Tolerance;
use crate::values::{NumberForm, Qualifier, Quantity, Value};

/// Average length of a calendar month in seconds, to compare "a month" with "30 days".
const MONTH_SECONDS: f64 = 2_629_746.0;

/// The verdict on two values of one fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Their intervals overlap.
    Agree,
    /// Their intervals are disjoint.
    Conflict,
    /// Two bounds in the same direction ("at least 50", "at least 70") with different figures.
    BoundsDiffer,
    /// They cannot be compared (different currencies, unresolved relative dates).
    Incomparable,
}

/// How certain a value is, which sets the severity of a conflict it takes part in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Certainty {
    /// A vague plural ("dozens").
    Vague,
    /// A hedge or bound ("about", "at least", a range).
    Hedged,
    /// A figure stated exactly.
    Exact,
}

/// A real interval with open or closed ends; infinite ends are unbounded.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    /// Lower end.
    pub lo: f64,
    /// Upper end.
    pub hi: f64,
    /// True when `lo` itself is excluded.
    pub lo_open: bool,
    /// True when `hi` itself is excluded.
    pub hi_open: bool,
}

impl Interval {
    fn closed(lo: f64, hi: f64) -> Self {
        Interval {
            lo,
            hi,
            lo_open: false,
            hi_open: false,
        }
    }

    /// True when the two intervals share a point.
    pub fn overlaps(&self, other: &Interval) -> bool {
        let (lo, lo_open) = if self.lo > other.lo || (self.lo == other.lo && self.lo_open) {
            (self.lo, self.lo_open)
        } else {
            (other.lo, other.lo_open)
        };
        let (hi, hi_open) = if self.hi < other.hi || (self.hi == other.hi && self.hi_open) {
            (self.hi, self.hi_open)
        } else {
            (other.hi, other.hi_open)
        };
        lo < hi || (lo == hi && !lo_open && !hi_open)
    }

    /// The interval widened on both sides by the tolerance.
    pub fn widen(&self, tolerance: Tolerance) -> Interval {
        let (lo, hi) = match tolerance {
            Tolerance::Relative(t) => (self.lo - self.lo.abs() * t, self.hi + self.hi.abs() * t),
            Tolerance::Absolute(a) => (self.lo - a, self.hi + a),
        };
        Interval { lo, hi, ..*self }
    }
}

/// The interval a quantity stands for, in its canonical unit (months as seconds).
pub fn quantity_interval(q: &Quantity) -> Interval {
    let scale = if q.unit == "month" {
        MONTH_SECONDS
    } else {
        1.0
    };
    let (v, p) = (q.value * scale, q.precision * scale);
    let lo = q.low.map_or(f64::NEG_INFINITY, |l| l * scale);
    let hi = q.high.map_or(f64::INFINITY, |h| h * scale);
    match q.qualifier {
        None if p == 0.0 => Interval::closed(v, v),
        // Rounding: "37" stands for [36.5, 37.5).
        None => Interval {
            lo: v - p,
            hi: v + p,
            lo_open: false,
            hi_open: true,
        },
        Some(kind) => Interval {
            lo,
            hi,
            lo_open: kind.low_open(),
            hi_open: kind.high_open(),
        },
    }
}

/// How certain the value is.
pub fn certainty(value: &Value) -> Certainty {
    match value {
        Value::Quantity(q)
            if q.form == NumberForm::Vague || q.qualifier == Some(Qualifier::Vague) =>
        {
            Certainty::Vague
        }
        Value::Quantity(q) if q.qualifier.is_some() => Certainty::Hedged,
        _ => Certainty::Exact,
    }
}

/// True for a value bounded on both sides by what is written: an exact figure, an
/// approximation, a range, a date — not an open bound ("at least 50") or a vague plural.
pub fn closed(value: &Value) -> bool {
    match value {
        Value::Quantity(q) => matches!(
            q.qualifier,
            None | Some(Qualifier::Approx | Qualifier::Nearly | Qualifier::Range)
        ),
        Value::Date(_) => true,
    }
}

/// True for a lower bound: "at least 125", "more than 100".
pub fn lower_bound(value: &Value) -> bool {
    matches!(value, Value::Quantity(q) if matches!(q.qualifier, Some(Qualifier::AtLeast | Qualifier::MoreThan)))
}

/// A key that orders values of one fact from low to high.
pub fn sort_key(value: &Value) -> (String, f64) {
    match value {
        Value::Quantity(q) => {
            let (unit, scale) = if q.unit == "month" {
                ("s", MONTH_SECONDS)
            } else {
                (q.unit, 1.0)
            };
            (unit.to_string(), q.value * scale)
        }
        Value::Date(d) => match d.range {
            Some((start, _)) => ("date".to_string(), f64::from(days(start))),
            None => (format!("date:{}", d.relative.as_deref().unwrap_or("")), 0.0),
        },
    }
}

fn days(d: jiff::civil::Date) -> i32 {
    d.since(jiff::civil::Date::new(1970, 1, 1).expect("valid date"))
        .map(|span| span.get_days())
        .unwrap_or(0)
}

/// Compares two values of one fact under the rule's tolerance.
pub fn compare(a: &Value, b: &Value, tolerance: Tolerance) -> Verdict {
    match (a, b) {
        (Value::Date(x), Value::Date(y)) => match (x.range, y.range) {
            (Some((xs, xe)), Some((ys, ye))) => {
                let slack = match tolerance {
                    Tolerance::Absolute(d) => d,
                    Tolerance::Relative(_) => 0.0,
                };
                let xi = Interval::closed(f64::from(days(xs)), f64::from(days(xe)));
                let yi = Interval::closed(f64::from(days(ys)), f64::from(days(ye)));
                if xi.widen(Tolerance::Absolute(slack)).overlaps(&yi) {
                    Verdict::Agree
                } else {
                    Verdict::Conflict
                }
            }
            (None, None) if x.relative.is_some() && x.relative == y.relative => Verdict::Agree,
            _ => Verdict::Incomparable,
        },
        (Value::Quantity(x), Value::Quantity(y)) => {
            let same_unit =
                x.unit == y.unit || matches!((x.unit, y.unit), ("s", "month") | ("month", "s"));
            if x.dimension != y.dimension || !same_unit {
                return Verdict::Incomparable;
            }
            let (xi, yi) = (quantity_interval(x), quantity_interval(y));
            if !xi.widen(tolerance).overlaps(&yi.widen(tolerance)) {
                return Verdict::Conflict;
            }
            if same_direction(x.qualifier, y.qualifier) {
                // Compare the figures themselves, as if both were stated exactly.
                let fx = Quantity {
                    qualifier: None,
                    ..x.clone()
                };
                let fy = Quantity {
                    qualifier: None,
                    ..y.clone()
                };
                let (px, py) = (quantity_interval(&fx), quantity_interval(&fy));
                if !px.widen(tolerance).overlaps(&py.widen(tolerance)) {
                    return Verdict::BoundsDiffer;
                }
            }
            Verdict::Agree
        }
        _ => Verdict::Incomparable,
    }
}

/// True for two lower bounds or two upper bounds.
fn same_direction(a: Option<Qualifier>, b: Option<Qualifier>) -> bool {
    use Qualifier::*;
    matches!(
        (a, b),
        (Some(AtLeast | MoreThan), Some(AtLeast | MoreThan))
            | (Some(AtMost | LessThan), Some(AtMost | LessThan))
    )
}

#[cfg(test)]
mod tests;
