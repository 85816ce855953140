//! The unit table: every unit word and abbreviation factdiff recognises, its dimension,
//! and its factor to the dimension's canonical unit. Data, not code paths.
