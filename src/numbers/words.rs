//! Number words: reads `twenty-one`, `a hundred and five`, `două sute de mii`, `two-thirds`, `half a million` into exact values.

use crate::scan::TokenKind;

use super::cursor::Cursor;
use super::lexicon::{Ints, Scale, Set};
use super::value::Val;

/// Why a number word may not be a claim on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weak {
    /// A full quantity (`three`, `two million`, `two-thirds`).
    No,
    /// A bare 1 (`one`, `una`): usually referential, marked only with a unit.
    One,
    /// A bare fraction (`half`, `a third`): a claim only with `of` after it
    /// or an approximator before it (`nearly half`, `aproape jumătate`).
    Fraction,
    /// A word that is also an adjective (`nouă`): needs a word after it.
    Ambiguous,
    /// A multiple written as one word (`twice`, `dublu`): also an adverb of
    /// frequency (`voted twice`), so a claim only after an approximator or
    /// before a comparison (`twice the size`).
    Multiplier,
}

/// A number read from words.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WordNum {
    /// The value.
    pub val: Val,
    /// Index of the last token read.
    pub last: usize,
    /// Whether a scale word was part of it (`two million`).
    pub scaled: bool,
    /// How much context it needs to count.
    pub weak: Weak,
    /// The factor of the scale word it ends in (`milion` → 1e6), else 1:
    /// what a trailing `și jumătate` halves.
    pub end_scale: u64,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    Start,
    Article,
    Unit,
    Tens,
    Hundred,
    Scale,
    Joined,
}

/// Reads number words starting at token `i`; `None` if there are none.
pub fn read(cx: &Cursor<'_, '_>, i: usize) -> Option<WordNum> {
    if cx.kind(i) != Some(TokenKind::Word) {
        return None;
    }
    let lex = cx.lex;
    if let Some(w) = half(cx, i) {
        return Some(w);
    }
    let (mut total, mut current): (u64, u64) = (0, 0);
    let mut last = Last::Start;
    let mut last_tok = i;
    let mut big_scale = u64::MAX;
    let mut scaled = false;
    let mut j = Some(i);
    let mut only_ambiguous = true;
    let mut words = 0usize;
    while let Some(k) = j {
        // An article counts only when a scale or fraction word follows it.
        if last == Last::Start {
            if let Some((_, a)) = lex[Set::Articles].longest(cx, k) {
                let next = cx.next(a);
                let leads = next.is_some_and(|n| {
                    lex.scales.longest(cx, n).is_some_and(|(s, _)| !s.money_only)
                        || lex.fractions.starts(cx, n)
                });
                if leads {
                    current = 1;
                    last = Last::Article;
                    last_tok = a;
                    j = next;
                    continue;
                }
            }
        }
        // Units after a tens word without a joiner: thirty three.
        if matches!(last, Last::Start | Last::Hundred | Last::Scale | Last::Joined | Last::Tens) {
            if let Some((&v, e)) = lex[Ints::Units].longest(cx, k).filter(|&(&v, _)| last != Last::Tens || v < 10) {
                only_ambiguous &= last == Last::Start && lex[Set::Ambiguous].has(cx.hash(k));
                words += 1;
                current = current.saturating_add(v);
                last = Last::Unit;
                last_tok = e;
                j = cx.next(e);
                continue;
            }
        }
        if matches!(last, Last::Start | Last::Hundred | Last::Scale) || (last == Last::Joined && current % 100 == 0) {
            if let Some((&v, e)) = lex[Ints::Tens].longest(cx, k) {
                only_ambiguous = false;
                current = current.saturating_add(v);
                last = Last::Tens;
                last_tok = e;
                j = cx.next(e);
                // twenty-one, douăzeci și unu
                if let Some((_, jl)) = j.and_then(|n| lex[Set::TensJoiners].longest(cx, n)) {
                    if let Some(n) = cx.next(jl).filter(|&n| lex[Ints::Units].starts(cx, n)) {
                        last = Last::Joined;
                        j = Some(n);
                    }
                }
                continue;
            }
        }
        if matches!(last, Last::Unit | Last::Tens | Last::Hundred | Last::Article) && current > 0 {
            // A scale word, perhaps after a linker (douăzeci de mii).
            let direct = lex.scales.longest(cx, k);
            let linked = || {
                lex[Set::ScaleLinkers]
                    .longest(cx, k)
                    .and_then(|(_, l)| cx.next(l))
                    .and_then(|n| lex.scales.longest(cx, n))
            };
            if let Some((s, e)) = direct.or_else(|| if last == Last::Article { None } else { linked() }) {
                if s.money_only || s.exp < 0 {
                    break;
                }
                let factor = s.mant.checked_mul(10u64.checked_pow(s.exp as u32)?)?;
                if factor == 100 {
                    if current >= 10 || last == Last::Hundred {
                        break;
                    }
                    current *= 100;
                    last = Last::Hundred;
                } else {
                    if factor >= big_scale {
                        break;
                    }
                    big_scale = factor;
                    total = total.checked_add(current.checked_mul(factor)?)?;
                    current = 0;
                    last = Last::Scale;
                }
                only_ambiguous = false;
                scaled = true;
                last_tok = e;
                j = cx.next(e);
                // a hundred and five
                if let Some((_, jl)) = j.and_then(|n| lex[Set::HundredsJoiners].longest(cx, n)) {
                    if let Some(n) = cx.next(jl).filter(|&n| lex[Ints::Units].starts(cx, n) || lex[Ints::Tens].starts(cx, n)) {
                        last = Last::Joined;
                        j = Some(n);
                    }
                }
                continue;
            }
        }
        break;
    }
    if last == Last::Start || last == Last::Joined {
        return None;
    }
    let value = total.checked_add(current)?;
    // A fraction after a small numerator: two-thirds, trei sferturi, a quarter.
    // Only a single small word is a numerator: `one hundred and three
    // quarters` is not 103/4.
    if matches!(last, Last::Unit) && total == 0 && words == 1 || last == Last::Article {
        let after = cx.next(last_tok);
        let after = match after {
            Some(n) if last_tok + 1 == n && lex[Set::FractionJoiners].starts(cx, n) => {
                lex[Set::FractionJoiners].longest(cx, n).and_then(|(_, e)| if e + 1 < cx.len() { Some(e + 1) } else { None })
            }
            other => other,
        };
        if let Some((f, e)) = after.and_then(|n| lex.fractions.longest(cx, n)) {
            // a half-million, a half million: the article before a scaled half
            if f.half && last == Last::Article {
                if let Some(w) = after.and_then(|n| half(cx, n)).filter(|w| w.scaled) {
                    return Some(w);
                }
            }
            if !f.half {
                let val = Val { num: i64::try_from(value).ok()?, exp: 0, den: f.den };
                // a quarter of a million, un sfert de milion
                if let Some((s, se)) = fraction_of_scale(cx, e) {
                    let val = val.scaled(s.mant, s.exp)?;
                    return Some(WordNum { val, last: se, scaled: true, weak: Weak::No, end_scale: 1 });
                }
                let of_follows = cx.next(e).is_some_and(|n| lex[Set::OfWords].starts(cx, n));
                let weak = if (value == 1 || f.ordinal) && !of_follows { Weak::Fraction } else { Weak::No };
                let val = Val { num: i64::try_from(value).ok()?, exp: 0, den: f.den };
                return Some(WordNum { val, last: e, scaled: false, weak, end_scale: 1 });
            }
        }
    }
    if last == Last::Article {
        return None; // `a`, `o` before something that turned out not to be a number
    }
    let weak = if value == 1 && !scaled {
        Weak::One
    } else if only_ambiguous && !scaled {
        Weak::Ambiguous
    } else {
        Weak::No
    };
    let end_scale = if last == Last::Scale { big_scale } else { 1 };
    Some(WordNum { val: Val::int(value), last: last_tok, scaled, weak, end_scale })
}

/// A scale word after the fraction ending at token `e`, through `of`/`de`
/// and perhaps an article: `(a quarter) of a million`, `(un sfert) de milion`.
fn fraction_of_scale(cx: &Cursor<'_, '_>, e: usize) -> Option<(Scale, usize)> {
    let lex = cx.lex;
    let n = cx.next(e)?;
    let (_, l) = lex[Set::OfWords].longest(cx, n).or_else(|| lex[Set::FractionScaleLinks].longest(cx, n))?;
    let mut m = cx.next(l)?;
    if let Some((_, a)) = lex[Set::Articles].longest(cx, m) {
        m = cx.next(a)?;
    }
    let (&s, se) = lex.scales.longest(cx, m)?;
    (s.exp >= 3 && !s.money_only).then_some((s, se))
}

/// `half`, `jumătate`: alone (weak), or scaling what follows (`half a million`).
fn half(cx: &Cursor<'_, '_>, i: usize) -> Option<WordNum> {
    let lex = cx.lex;
    let (f, e) = lex.fractions.longest(cx, i)?;
    if !f.half {
        return None;
    }
    let val = Val { num: 1, exp: 0, den: f.den };
    // half a million, jumătate de milion, half million
    let link_end = cx.next(e).and_then(|n| lex[Set::FractionScaleLinks].longest(cx, n)).map_or(e, |(_, l)| l);
    {
        // half a dozen counts too (6); half a hundred is no idiom but harmless.
        let big = |s: &Scale| s.exp >= 3 || s.exp >= 0 && s.mant.saturating_mul(10u64.saturating_pow(s.exp as u32)) >= 12;
        if let Some((s, se)) = cx.next(link_end).and_then(|n| lex.scales.longest(cx, n)).filter(|(s, _)| big(s)) {
            if !s.money_only {
                let val = val.scaled(s.mant, s.exp)?;
                return Some(WordNum { val, last: se, scaled: true, weak: Weak::No, end_scale: 1 });
            }
        }
    }
    let of_follows = cx.next(e).is_some_and(|n| lex[Set::OfWords].starts(cx, n));
    let weak = if of_follows { Weak::No } else { Weak::Fraction };
    Some(WordNum { val, last: e, scaled: false, weak, end_scale: 1 })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::LANGUAGES;
    use crate::scan::Document;

    fn words(lang: usize, text: &str) -> Option<(f64, &'static str, Weak)> {
        let doc = Document::new(text, &LANGUAGES[lang]);
        let cx = Cursor::new(&doc);
        let w = read(&cx, 0)?;
        let end = doc.tokens[w.last].end;
        let span: &'static str = Box::leak(text[..end].to_string().into_boxed_str());
        Some((w.val.to_f64(), span, w.weak))
    }

    #[test]
    fn english_compounds() {
        assert_eq!(words(0, "twenty-one people").unwrap().0, 21.0);
        assert_eq!(words(0, "a hundred and fifty thousand").unwrap().0, 150_000.0);
        assert_eq!(words(0, "two million three hundred thousand").unwrap().0, 2_300_000.0);
        assert_eq!(words(0, "half a million").unwrap().0, 500_000.0);
        assert_eq!(words(0, "a dozen").unwrap().0, 12.0);
        let (v, span, weak) = words(0, "two-thirds of").unwrap();
        assert!((v - 2.0 / 3.0).abs() < 1e-9 && span == "two-thirds" && weak == Weak::No);
        assert_eq!(words(0, "one of them").unwrap().2, Weak::One);
        assert!(words(0, "a man").is_none());
        assert!(words(0, "several").is_none());
    }

    #[test]
    fn romanian_compounds() {
        assert_eq!(words(1, "douăzeci și unu de").unwrap().0, 21.0);
        assert_eq!(words(1, "două sute de mii").unwrap().0, 200_000.0);
        assert_eq!(words(1, "trei milioane de lei").unwrap().1, "trei milioane");
        assert_eq!(words(1, "o mie").unwrap().0, 1000.0);
        assert_eq!(words(1, "jumătate de milion").unwrap().0, 500_000.0);
        assert_eq!(words(1, "trei sferturi").unwrap().0, 0.75);
        assert_eq!(words(1, "Doi pompieri").unwrap().0, 2.0);
        assert!(words(1, "o parte").is_none());
        assert_eq!(words(1, "jumătate").unwrap().2, Weak::Fraction);
    }
}
