//! Letter case: lowercasing for the scripts news is written in (Latin, Greek, Cyrillic), in code instead of the standard library's Unicode tables.
//!
//! `char::to_lowercase` pulls an 11 KB conversion table for every script into
//! the wasm module; matching names and cue words only needs the alphabets the
//! language data and the texts use. Other characters stay as they are, which
//! is what comparison needs: both sides go through the same function.

/// The lowercase form of `c`: ASCII, Latin-1, Latin Extended-A and the
/// Romanian comma-below letters of Latin Extended-B, Greek and Cyrillic.
/// The cedilla forms `Ş ş Ţ ţ`, which many Romanian sites still print for
/// `Ș ș Ț ț`, fold to the comma-below ones, so a text written either way
/// matches the language data.
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    let lowered = match u {
        0x15E | 0x15F => 0x219,
        0x162 | 0x163 => 0x21B,
        0x41..=0x5A => u + 0x20,
        0x80..=0xBF => u,
        // À–Þ except ×.
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        // Latin Extended-A: pairs (capital even, small odd), except the
        // stretches where the capital is odd, and ſ/ı/ĸ which have none.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x130 => 0x69,
        0x178 => 0xFF,
        // Ș Ț (comma below) and their neighbours in Latin Extended-B.
        0x218..=0x21F if u % 2 == 0 => u + 1,
        // Greek capitals (Α–Ω) and the accented ones.
        0x391..=0x3AB if u != 0x3A2 => u + 0x20,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 0x25,
        0x38C => 0x3CC,
        0x38E | 0x38F => u + 0x3F,
        // Cyrillic: Ѐ–Џ, А–Я.
        0x400..=0x40F => u + 0x50,
        0x410..=0x42F => u + 0x20,
        _ => u,
    };
    char::from_u32(lowered).unwrap_or(c)
}

/// Whether `c` is a capital letter of the alphabets [`lower_char`] covers
/// (elsewhere: false). In code instead of `char::is_uppercase`, whose
/// Unicode table the wasm module would otherwise carry.
pub fn is_upper(c: char) -> bool {
    lower_char(c) != c && !matches!(c, 'ş' | 'ţ')
}

/// Whether `c` is a small letter of the alphabets [`lower_char`] covers
/// (elsewhere: false), like `char::is_lowercase` there.
pub fn is_lower(c: char) -> bool {
    let u = c as u32;
    match u {
        0x61..=0x7A | 0xAA | 0xB5 | 0xBA => true,
        0xDF..=0xFF => u != 0xF7,
        // Latin Extended-A: the small one of each pair, and ı ĸ ŉ ſ.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 => u % 2 == 1,
        0x139..=0x148 | 0x179..=0x17E => u % 2 == 0,
        0x131 | 0x138 | 0x149 | 0x17F => true,
        0x218..=0x21F => u % 2 == 1,
        // Greek small letters (with ΐ ΰ ς) and Cyrillic а–я, ѐ–џ.
        0x3AC..=0x3CE => true,
        0x390 => true,
        0x430..=0x45F => true,
        _ => false,
    }
}

/// `s` lowercased with [`lower_char`].
pub fn lower(s: &str) -> String {
    if s.bytes().all(|b| !b.is_ascii_uppercase() && b.is_ascii()) {
        return s.to_string();
    }
    s.chars().map(lower_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_library_on_the_alphabets_it_covers() {
        let ranges = [0x20..0x250u32, 0x370..0x400, 0x400..0x460];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let mut std_lower = c.to_lowercase();
            let (one, more) = (std_lower.next(), std_lower.next());
            if more.is_some() || c == '\u{130}' {
                continue; // İ: std gives i + a combining dot
            }
            let covered = matches!(c as u32, 0..=0x17F | 0x218..=0x21F | 0x386..=0x3CE | 0x400..=0x45F);
            // (Ş ş Ţ ţ fold to Romanian ș ț on purpose.)
            if covered && !matches!(c as u32, 0x15E | 0x15F | 0x162 | 0x163) {
                assert_eq!(lower_char(c), one.unwrap_or(c), "{c:?} U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn case_tests_agree_with_the_standard_library_on_the_alphabets_covered() {
        let ranges = [0x20..0x180u32, 0x218..0x220, 0x386..0x3CF, 0x400..0x460];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            if c == '\u{130}' {
                assert!(is_upper(c));
                continue;
            }
            assert_eq!(is_upper(c), c.is_uppercase(), "is_upper {c:?} U+{:04X}", c as u32);
            assert_eq!(is_lower(c), c.is_lowercase(), "is_lower {c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn lowers_romanian_and_leaves_the_rest() {
        assert_eq!(lower("ȘTIRI ȚARĂ Înalta Curte ĂÂÎŞŢ"), "știri țară înalta curte ăâîșț");
        assert_eq!(lower("already lower"), "already lower");
        assert_eq!(lower("東京 Ǆ"), "東京 Ǆ");
    }
}
