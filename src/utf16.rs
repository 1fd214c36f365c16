//! The boundary between the engine's UTF-8 byte offsets and the UTF-16 code units JavaScript, the DOM and the scorer use.
//!
//! [`convert`] visits every annotation offset in ascending order and walks the
//! text once, so converting is linear in the text plus the offsets.

use crate::model::Analysis;

/// Converts sorted byte offsets to UTF-16 offsets in one forward pass.
/// Every offset must be on a character boundary and `<= text.len()`.
pub fn utf16_offsets(text: &str, sorted_bytes: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(sorted_bytes.len());
    let mut chars = text.char_indices();
    let mut byte = 0usize;
    let mut units = 0usize;
    for &target in sorted_bytes {
        debug_assert!(target >= byte, "offsets must be sorted");
        while byte < target {
            match chars.next() {
                Some((_, c)) => {
                    byte += c.len_utf8();
                    units += c.len_utf16();
                }
                None => break,
            }
        }
        out.push(units);
    }
    out
}

/// The inverse direction, for callers that hold UTF-16 offsets (tests, the
/// golden runner): sorted UTF-16 offsets to byte offsets. An offset inside a
/// surrogate pair maps to the start of its character.
pub fn byte_offsets(text: &str, sorted_units: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(sorted_units.len());
    let mut chars = text.chars().peekable();
    let mut units = 0usize;
    let mut byte = 0usize;
    for &target in sorted_units {
        while units < target {
            match chars.peek() {
                Some(&c) if units + c.len_utf16() <= target => {
                    units += c.len_utf16();
                    byte += c.len_utf8();
                    chars.next();
                }
                _ => break,
            }
        }
        out.push(byte);
    }
    out
}

/// Fills every annotation's `start`/`end` (UTF-16) from its byte range.
pub fn convert(text: &str, analysis: &mut Analysis) {
    // Slot `2i` is annotation `i`'s start, `2i + 1` its end: sorted as plain
    // indices, the sort over `usize` other callers instantiate anyway.
    let byte = |slot: usize| {
        let a = &analysis.annotations[slot / 2];
        if slot % 2 == 0 {
            a.bytes.start
        } else {
            a.bytes.end
        }
    };
    // (Loops rather than `collect`s: less wasm.)
    let mut slots: Vec<usize> = Vec::new();
    for slot in 0..analysis.annotations.len() * 2 {
        slots.push(slot);
    }
    crate::order::sort_by_key(&mut slots, |&slot| crate::order::pack([0, 0, byte(slot), slot]));
    let mut bytes: Vec<usize> = Vec::new();
    for &slot in &slots {
        bytes.push(byte(slot));
    }
    let units = utf16_offsets(text, &bytes);
    for (slot, unit) in slots.into_iter().zip(units) {
        let a = &mut analysis.annotations[slot / 2];
        if slot % 2 == 0 {
            a.start = unit;
        } else {
            a.end = unit;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(text: &str, byte: usize) -> usize {
        text[..byte].encode_utf16().count()
    }

    #[test]
    fn agrees_with_encode_utf16_on_mixed_scripts() {
        // Emoji (surrogate pair), Romanian diacritics, CJK, combining marks.
        let text = "A😀b „Știință” 中国人 s\u{326}i e\u{301} 👩‍👩‍👧 end";
        let bytes: Vec<usize> = (0..=text.len()).filter(|&b| text.is_char_boundary(b)).collect();
        let got = utf16_offsets(text, &bytes);
        for (b, u) in bytes.iter().zip(&got) {
            assert_eq!(*u, reference(text, *b), "byte {b}");
        }
        let back = byte_offsets(text, &got);
        assert_eq!(back, bytes);
    }

    #[test]
    fn empty_text_and_end_offsets() {
        assert_eq!(utf16_offsets("", &[0, 0]), vec![0, 0]);
        assert_eq!(utf16_offsets("ă😀", &[0, 2, 6]), vec![0, 1, 3]);
    }
}
