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
    fn survives_odd_input() {
        for text in ["", "-", "$", "1,", ".5.", "٣", "1\u{a0}", "a", "between", "între 5 și", "½", "1-", "--1", "€ €", "9".repeat(100).as_str()] {
            let _ = spans(0, text);
            let _ = spans(1, text);
        }
    }
}
