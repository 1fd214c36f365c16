//! Numbers: finds numeric claims and resolves their value, unit, scale, range and approximator.
//!
//! One left-to-right pass over the document's tokens. At each token the
//! shared [`grammar`] tries a range, an approximator plus an expression, or a
//! bare expression; a hit or a rejected stretch (a date, a phone number) is
//! skipped whole, so the scan stays linear. All language knowledge comes from
//! `src/lang/<code>/numbers.txt` through [`lexicon`].

pub mod cursor;
pub mod grammar;
pub mod lexicon;
pub mod value;
pub mod words;

use crate::model::NumberHit;
use crate::scan::{Document, TokenKind};

use cursor::Cursor;
use grammar::Step;

/// How many tokens (words, spaces and marks; about two sentences) a
/// percentage keeps bare `points` meaning percentage points.
const PERCENT_SCENE: usize = 80;

/// Finds every numeric claim in `doc`, sorted by start.
pub fn find(doc: &Document<'_>) -> Vec<NumberHit> {
    let cx = Cursor::new(doc);
    let mut hits = Vec::new();
    let mut i = 0;
    while i < cx.len() {
        if matches!(cx.kind(i), Some(TokenKind::Space | TokenKind::Newline)) {
            i += 1;
            continue;
        }
        match grammar::claim_at(&cx, i) {
            Step::Hit(hit, last) => {
                if matches!(hit.unit.as_deref(), Some("%" | "pp")) {
                    cx.percent_until.set(Some(last + PERCENT_SCENE));
                    cx.last_percent_sentence.set(Some(doc.sentence_of(hit.span.start)));
                }
                if hit.unit.is_none() && hit.high.is_none() && hit.value > 1.0 {
                    cx.last_count.set(Some((doc.sentence_of(hit.span.start), last)));
                }
                hits.push(hit);
                i = last.max(i) + 1;
            }
            Step::Skip(last) => i = last.max(i) + 1,
            Step::Nothing => i += 1,
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::LANGUAGES;
    use crate::model::Approx;

    type Found = (String, f64, Option<f64>, Option<String>, Option<Approx>);

    fn spans(lang: usize, text: &str) -> Vec<Found> {
        let doc = Document::new(text, &LANGUAGES[lang]);
        find(&doc).into_iter().map(|h| (text[h.span].to_string(), h.value, h.high, h.unit, h.approx)).collect()
    }

    #[test]
    fn english_money_percent_and_ranges() {
        let got = spans(0, "Between £31m and £38m is needed, up 4.99 per cent, about $18 million a day.");
        assert_eq!(got[0].0, "Between £31m and £38m");
        assert_eq!((got[0].1, got[0].2), (31e6, Some(38e6)));
        assert_eq!(got[1].0, "4.99 per cent");
        assert_eq!(got[2], ("about $18 million".into(), 18e6, None, Some("USD".into()), Some(Approx::About)));
    }

    #[test]
    fn romanian_linkers_and_separators() {
        let got = spans(1, "Guvernul a alocat cel puțin 300 de milioane de lei pentru 2.400 de școli, adică 1,2 mld. euro.");
        assert_eq!(got[0].0, "cel puțin 300 de milioane de lei");
        assert_eq!(got[0].1, 3e8);
        assert_eq!(got[1].0, "2.400");
        assert_eq!(got[2].0, "1,2 mld. euro");
        assert_eq!(got[2].1, 1.2e9);
    }

    #[test]
    fn distractors_are_not_claims() {
        assert!(spans(0, "On 4 February 2022, at 6 a.m., the G7 met about COVID-19 and Nord Stream 2; call 999.").is_empty());
        assert!(spans(1, "Pe 4 februarie 2022, la ora 16:00, conform articolului 5, a doua oară; sunați la 112.").is_empty());
    }

    #[test]
    fn survives_random_mixes_of_number_pieces() {
        // Pieces that exercise every rule: signs, coins, ranges, fractions of
        // scales, hyphenated units, openers and change words, odd Unicode.
        const PIECES: &[&str] = &[
            "1", "25", "2,5", "1.234", "0", "99999999999999999999", "-", "−", "+", "minus", "plus or", "$", "€", "£", "lei",
            "cents", "bani", "de", "la", "de la", "to", "from", "rose", "fell", "crescut", "between", "and", "între", "și",
            "a", "un", "o", "quarter", "sfert", "of", "half", "jumătate", "million", "milioane", "bn", "m", "%", "per cent",
            "hectare", "strong", "and-a-half", "year", "in", "din", "lot", "lotul", "Lotul", "Şase", "ǅ", "é", "\u{300}",
            "/", ".", ",", "'", "’", "(", ")", "\n", "–", "thousand", "hundred", "twenty", "one", "two-thirds", "pc",
            // tallies, compounds, multiples, fractions of units, rates
            "vote of", "won", "point", "page", "lead", "twice", "double", "fivefold", "times", "ori", "mai", "as", "the",
            "percentage point", "punct procentual", "p", "½", "¾", "Street", "Downing", "in every", "pct.", "dublu",
            "aproape", "nearly", "unul", "nouă", "golul", "112", "barrel", "lei", "euro", "/", "by", "points", "cu",
        ];
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..6000 {
            let n = (next() % 12) as usize + 1;
            let mut text = String::new();
            for _ in 0..n {
                text.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
                match next() % 3 {
                    0 => {}
                    1 => text.push(' '),
                    _ => text.push('-'),
                }
            }
            for lang in LANGUAGES.iter() {
                let doc = Document::new(&text, lang);
                for h in find(&doc) {
                    assert!(text.is_char_boundary(h.span.start) && text.is_char_boundary(h.span.end), "{text:?}");
                    assert!(h.span.start < h.span.end && h.value.is_finite(), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn survives_odd_input() {
        for text in ["", "-", "$", "1,", ".5.", "٣", "1\u{a0}", "a", "between", "între 5 și", "½", "1-", "--1", "€ €", "9".repeat(100).as_str()] {
            let _ = spans(0, text);
            let _ = spans(1, text);
        }
    }
}
