//! factdiff reads several news articles about the same story and reports the facts on which
//! they disagree.
//!
//! The pipeline: [`values`] recognises typed values in text.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod diff;
pub mod drift;
pub mod examples;
pub mod extract;
pub mod relate;
pub mod report;
pub mod rules;
pub mod source;
pub mod span;
pub mod text;
pub mod values;
pub mod words;
