use super::*;

#[test]
fn placeholder() {
    assert!(scan("", &[]).is_empty());
}
