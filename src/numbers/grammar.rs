//! The shared grammar: currency + number + scale + unit expressions, approximators, ranges, and the context rules that reject years, dates, times, ordinals, names, codes and phone numbers.

use crate::model::{Approx, NumberHit};
use crate::scan::TokenKind;

use super::cursor::Cursor;
use super::lexicon::{Codes, Infix, Ints, Set};
use super::value::{self, Digits, Shape, Val};
use super::words::{self, Weak};

/// One number expression: optional currency, the number, optional scale and unit.
#[derive(Clone, Debug)]
pub struct Expr {
    /// First token (the currency sign when written before).
    pub first: usize,
    /// First token of the number itself.
    pub core_first: usize,
    /// Last token of the number itself.
    pub core_last: usize,
    /// Last token (scale word, unit or currency).
    pub last: usize,
    /// Exact value after scale.
    pub val: Val,
    /// Normalised unit or ISO currency.
    pub unit: Option<&'static str>,
    /// The scale applied, if a scale word was read (`million`, `mld.`).
    pub scale: Option<(u64, i32)>,
    /// For digits: their shape.
    pub shape: Option<Shape>,
    /// For words: how much context they need.
    pub weak: Weak,
}

impl Expr {
    /// Neither unit nor scale: a bare count, the kind years and codes look like.
    // Not inlined: called from many places, where a call is smaller.
    #[inline(never)]
    fn bare(&self) -> bool {
        self.unit.is_none() && self.scale.is_none()
    }

    /// A bare four-digit number between 1800 and 2100 without separators.
    fn year_like(&self) -> bool {
        self.bare()
            && self.shape.is_some_and(|s| s.plain && s.lead_digits == 4)
            && self.val.is_int()
            && (1800..=2100).contains(&self.val.num)
    }
}

/// How many tokens (about a dozen words) after a count a bare `one` in the
/// same sentence still continues the tally.
const ONE_AFTER_COUNT: usize = 30;

/// What the scanner does after looking at one position.
pub enum Step {
    /// A claim, ending at the given token.
    Hit(NumberHit, usize),
    /// Something that is no claim (a date, a phone number): skip through this token.
    Skip(usize),
    /// Nothing here.
    Nothing,
}

/// Whether token `i` is the one-char punctuation `c` (any of `cs`).
fn punct_in(cx: &Cursor<'_, '_>, i: usize, cs: &[char]) -> bool {
    cx.kind(i) == Some(TokenKind::Punct) && cs.contains(&cx.tok(i).ch(cx.doc))
}

/// The unit, currency or coin written after token `last` (perhaps after a
/// linker such as `de`): symbol, last token and the power of ten the value
/// takes (`-2` for `15 cents`, else 0).
fn unit_after(cx: &Cursor<'_, '_>, last: usize) -> Option<(&'static str, usize, i32)> {
    let lex = cx.lex;
    let n = cx.next(last)?;
    let at = |k: usize| {
        // `C$800`, `A$2bn`: a letter glued to a dollar sign opens the next amount.
        if lex[Codes::CurrencyBefore].longest(cx, k).is_some_and(|(_, e)| e > k) {
            return None;
        }
        // A one-letter symbol is written in its own case (47g, 35C; not 5G).
        let mut best: Option<(&'static str, usize, i32)> =
            lex[Codes::UnitsAfter].longest(cx, k).filter(|&(s, e)| e > k || cx.text(k).chars().count() > 1 || s.ends_with(cx.text(k))).map(|(&s, e)| (s, e, 0));
        let c = lex[Codes::CurrencyAfter].longest(cx, k).map(|(&s, e)| (s, e, 0));
        // A one-letter coin (31p, `down 3p.`) must touch the digits and
        // end there: not 5 p.m., where a word touches the dot after it.
        let coin = lex.subunits.longest(cx, k).map(|(&(s, x), e)| (s, e, x)).filter(|&(_, e, _)| {
            cx.text(k).chars().count() > 1 || e > k || (k == last + 1 && !(punct_in(cx, k + 1, &['.']) && cx.kind(k + 2) == Some(TokenKind::Word)))
        });
        for cand in [c, coin].into_iter().flatten() {
            if best.map_or(true, |b| cand.1 > b.1) {
                best = Some(cand);
            }
        }
        best
    };
    at(n).or_else(|| {
        let (_, l) = lex[Set::UnitLinkers].longest(cx, n)?;
        at(cx.next(l)?)
    })
}

/// Reads one expression at token `i`. `Err(t)` rejects digits that are no
/// quantity (skip through token `t`); `Ok(None)` means no number here.
pub fn expr(cx: &Cursor<'_, '_>, i: usize) -> Result<Option<Expr>, usize> {
    expr_at(cx, i, false)
}

/// [`expr`], where `range_end` says it is the high end of a tight range
/// (`10-15%`), whose digits may touch the hyphen before them.
fn expr_at(cx: &Cursor<'_, '_>, i: usize, range_end: bool) -> Result<Option<Expr>, usize> {
    let lex = cx.lex;
    let mut k = i;
    let mut unit: Option<&'static str> = None;
    if let Some((code, last)) = lex[Codes::CurrencyBefore].longest(cx, i) {
        let glued_word = i > 0 && cx.kind(i - 1) == Some(TokenKind::Word);
        // `R = ~ZAR`: a letter that is a currency only in its home's stories.
        let code = match code.strip_prefix(super::cursor::HOME_ONLY) {
            Some(home) if home != cx.scene().home || road(cx, i, last) => return Ok(None),
            Some(home) => home,
            None => *code,
        };
        match cx.next(last) {
            Some(n) if !glued_word && (cx.kind(n) == Some(TokenKind::Digits) || cx.kind(n) == Some(TokenKind::Word)) => {
                unit = Some(code);
                k = n;
            }
            _ => return Ok(None),
        }
    }
    // A sign touching the digits, not glued to a word or number before it.
    let mut negative = false;
    // minus 5 degrees, minus 5 grade
    if unit.is_none() {
        if let Some((_, e)) = lex[Set::SignWords].longest(cx, k) {
            // not `5 minus 3` nor `plus or minus 2.9`
            let blocked = cx.prev(k).is_some_and(|p| cx.kind(p) == Some(TokenKind::Digits) || lex[Set::SignBlockers].ends_at(cx, p));
            match cx.next(e) {
                Some(n) if !blocked && (cx.kind(n) == Some(TokenKind::Digits) || words::read(cx, n).is_some()) => {
                    negative = true;
                    k = n;
                }
                _ => return Ok(None),
            }
        }
    }
    if unit.is_none() && !negative
        && punct_in(cx, k, &['-', '−', '+', '±'])
        && cx.kind(k + 1) == Some(TokenKind::Digits)
        && (k == 0 || !matches!(cx.kind(k - 1), Some(TokenKind::Word | TokenKind::Digits | TokenKind::Punct)))
    {
        // ±2,9%: a margin of error is written with its sign but not negative
        negative = !matches!(cx.tok(k).ch(cx.doc), '+' | '±');
        k += 1;
    }
    let core_first = k;
    let leading_decimal = punct_in(cx, k, &[lex.decimal])
        && cx.kind(k + 1) == Some(TokenKind::Digits)
        && (k == 0 || matches!(cx.kind(k - 1), Some(TokenKind::Space | TokenKind::Newline)));
    let (mut val, core_last, shape, mut weak, word_scaled, end_scale) = if cx.kind(k) == Some(TokenKind::Digits) || leading_decimal {
        match value::read(cx, k) {
            Digits::Reject(e) => return Err(e),
            Digits::Number(v, e, s) => (v, e, Some(s), Weak::No, false, 1),
        }
    } else if let Some(w) = words::read(cx, k) {
        (w.val, w.last, None, w.weak, w.scaled, w.end_scale)
    } else if let Some((&m, e)) = lex[Ints::Multipliers].longest(cx, k) {
        (Val::int(m), e, None, Weak::Multiplier, false, 1)
    } else if let Some((&m, e)) = lex[Ints::MultiplierVerbs].longest(cx, k) {
        // like a bare fraction: a claim only after an approximator
        (Val::int(m), e, None, Weak::Fraction, false, 1)
    } else if let Some((&m, e)) = lex[Ints::Folds].longest(cx, k) {
        (Val::int(m), e, None, Weak::No, false, 1)
    } else if let Some((u, e)) = one_unit(cx, k) {
        // a percentage point, un punct procentual: one of the unit. Other
        // units after an article (`a mile away`, `un metru mai încolo`)
        // describe more often than they measure: like a bare fraction they
        // count after an approximator (`up to a metre`, `până la un metru`)
        // or with a half (`un metru și jumătate`).
        let (val, last, weak) = match and_a_half(cx, Val::int(1), e, 1) {
            Some((v, l)) => (v, l, Weak::No),
            None if u == "pp" => (Val::int(1), e, Weak::No),
            // `dacă scot o tonă, fac cruce`: closing its clause, a measure
            // is what was measured (money so is the base of a rate: `5,01
            // lei pentru un euro`).
            None if !is_money(u) && cx.next(e).map_or(true, |n| punct_in(cx, n, &['.', ',', ';', '!', '?'])) => (Val::int(1), e, Weak::No),
            None => priced(cx, u, e).map_or((Val::int(1), e, Weak::Fraction), |l| (Val::int(1), l, Weak::No)),
        };
        return Ok(Some(Expr { first: i, core_first: k, core_last: e, last, val, unit: Some(u), scale: None, shape: None, weak }));
    } else {
        return Ok(None);
    };
    // 4½, 2¾: a vulgar fraction glued to whole digits.
    let core_last = match vulgar_fraction(cx, core_last + 1) {
        Some((n, d)) if shape.is_some() && val.is_int() => match val.num.checked_mul(d).and_then(|w| w.checked_add(n)) {
            Some(num) => {
                val = Val { num, exp: 0, den: d as u64 };
                core_last + 1
            }
            None => core_last,
        },
        _ => core_last,
    };
    if negative {
        val.num = -val.num;
    }
    // Digits glued to a word or code before them: G7, COVID-19, A4, /2021/.
    if shape.is_some() && core_first == i && core_first > 0 && !range_end {
        let p = core_first - 1;
        let glued = match cx.kind(p) {
            Some(TokenKind::Word) => true,
            Some(TokenKind::Punct) => {
                let c = cx.tok(p).ch(cx.doc);
                let before = if p > 0 { cx.kind(p - 1) } else { None };
                // (Marks as strings searched, not a `match`: less wasm.)
                if "-‐.,+".contains(c) {
                    matches!(before, Some(TokenKind::Word | TokenKind::Digits))
                } else {
                    "/_#@=\\&№'’§".contains(c)
                }
            }
            _ => false,
        };
        if glued {
            return Err(core_last);
        }
    }
    let mut last = core_last;
    // two and a half (million): a half unit before any scale word.
    let mut halved = false;
    if !word_scaled {
        if let Some((v, e)) = and_a_half(cx, val, last, 1) {
            (val, last, halved) = (v, e, true);
            weak = Weak::No; // one and a half is a quantity, not a referential one
        }
    }
    // Scale: 2.5 million, 1,5 miliarde, 20 de milioane, £1.2bn, €3m.
    let mut scale = None;
    if !word_scaled {
        let mut n = cx.next(last);
        // $5-billion: a hyphen touching both digits and scale word.
        if n == Some(last + 1) && punct_in(cx, last + 1, &['-']) && lex.scales.starts(cx, last + 2) {
            n = Some(last + 2);
        }
        let direct = n.and_then(|n| lex.scales.longest(cx, n));
        let linked = || {
            let (_, l) = lex[Set::ScaleLinkers].longest(cx, n?)?;
            lex.scales.longest(cx, cx.next(l)?)
        };
        if let Some((s, e)) = direct.or_else(linked) {
            // `m` after digits is million next to a currency (£14.6m), before
            // a unit (1.5m tonnes) or a counted noun (1.5m people), but metres
            // before a measure word (1.8m tall).
            let money_ok = !s.money_only
                || unit.is_some()
                || unit_after(cx, e).is_some()
                || cx.next(e).is_some_and(|n| cx.kind(n) == Some(TokenKind::Word) && lex[Set::MeasureWords].longest(cx, n).is_none())
                // the 3.5m-strong workforce
                || punct_in(cx, e + 1, &['-', '‐']) && lex[Set::CountSuffixes].starts(cx, e + 2);
            // A money-only scale must touch the digits (£14.6m), else it is a unit (260 m).
            let touching = !s.money_only || n == Some(last + 1);
            if money_ok && touching {
                if let Some(v) = val.scaled(s.mant, s.exp) {
                    val = v;
                    scale = Some((s.mant, s.exp));
                    last = e;
                }
            }
        }
    }
    if word_scaled {
        scale = Some((1, 0));
    }
    // un milion și jumătate: half of the scale word just read.
    if !halved {
        let factor = match scale {
            Some((m, x)) if (m, x) != (1, 0) && x >= 0 => 10u64.checked_pow(x as u32).and_then(|p| p.checked_mul(m)),
            _ if word_scaled => Some(end_scale),
            _ => None,
        };
        if let Some((v, e)) = factor.and_then(|f| and_a_half(cx, val, last, f)) {
            (val, last) = (v, e);
        }
    }
    // Unit or currency after: %, per cent, la sută, MW, de lei, euro.
    if unit.is_none() {
        if let Some((u, e, x)) = unit_after(cx, last) {
            if let Some(v) = if x == 0 { Some(val) } else { val.scaled(1, x) } {
                val = v;
                unit = Some(u);
                last = e;
                // jumătate de punct procentual: a fraction of a unit is a measure
                if weak == Weak::Fraction {
                    weak = Weak::No;
                }
                // două hectare și jumătate: the half comes after the unit.
                if !halved && scale.is_none() && x == 0 {
                    if let Some((v, e)) = and_a_half(cx, val, last, 1) {
                        (val, last) = (v, e);
                    }
                }
            }
        }
    }
    // Poll points: `leads by 18 points` right after a percentage are
    // percentage points; elsewhere (`scored 34 points`, `the Dow fell 412
    // points`) the noun stays outside.
    // In a poll story, so are points after a margin word when the sentence
    // speaks of a lead or gave a share before (`Labour's lead narrows to
    // four points`, `Labour on 27%, down two points`).
    let margin = || {
        (cx.percent_scene(k) && preceded_by(cx, &lex[Set::ContextUnitBefore], i))
            || preceded_by(cx, &lex[Set::PollMargins], i)
                && (word_near(cx, last, Some(Set::PollWords), true, 4)
                    || cx.scene().poll
                        && (percent_in_sentence(cx, i)
                            || word_near(cx, i, Some(Set::LeadWords), false, LEAD_WINDOW)
                            || word_near(cx, last, Some(Set::PollWords), true, LEAD_WINDOW)
                            || percent_ahead(cx, last)))
            // `has risen two points to 23 per cent`: any change word
            // before points that lead to a share.
            || cx.scene().poll && preceded_by(cx, &lex[Set::ChangeWords], i) && percent_ahead(cx, last)
    };
    if unit.is_none() && scale.is_none() && cx.next(last).is_some_and(|n| lex[Codes::ContextUnits].starts(cx, n)) && margin() {
        if let Some((&u, e)) = cx.next(last).and_then(|n| lex[Codes::ContextUnits].longest(cx, n)) {
            unit = Some(u);
            last = e;
        }
    }
    // pragul critic de 80 de unități: after a threshold, `units` are the
    // steps of the index it belongs to, part of the figure but no unit.
    if unit.is_none() && scale.is_none() && preceded_by(cx, &lex[Set::ThresholdBefore], i) {
        let n = cx.next(last);
        let n = n.and_then(|x| lex[Set::UnitLinkers].longest(cx, x)).map_or(n, |(_, l)| cx.next(l));
        if let Some((_, e)) = n.and_then(|x| lex[Set::IndexSteps].longest(cx, x)) {
            last = e;
        }
    }
    // A price per measure: 2.150 de euro pe metru pătrat, $80 a barrel,
    // 480 lei per MWh (the currency stays the unit, as with `/` below). A
    // price per period or distance (`£1,388 a month`, `3 euro pe oră`,
    // `2,4 lei pe kilometru`) is a rate of use, not of a measure bought,
    // and ends at the currency.
    if unit.is_some_and(is_money) {
        let per = cx.next(last).and_then(|n| lex[Set::PerWords].longest(cx, n)).and_then(|(_, p)| cx.next(p));
        let measure = per.filter(|&m| cx.kind(m) == Some(TokenKind::Word)).and_then(|m| lex[Codes::UnitsAfter].longest(cx, m));
        if let Some((_, e)) = measure.filter(|(&u, _)| !LENGTHS.contains(&u)) {
            last = e;
        }
    }
    // A rate: 5,05 lei/euro, 120 euro/MWh, $80/barrel (the unit stays the numerator).
    if unit.is_some() && punct_in(cx, last + 1, &['/']) && cx.kind(last + 2) == Some(TokenKind::Word) {
        last += 2;
    }
    // A fraction of a unit: a quarter of a percentage point, half a mile,
    // un sfert de punct procentual, a quarter-point cut.
    if unit.is_none() && scale.is_none() && shape.is_none() && val.den > 1 {
        if let Some((u, e)) = fraction_unit(cx, last) {
            unit = Some(u);
            last = e;
            weak = Weak::No;
        }
    }
    // A multiple: three times as many, de trei ori mai mulți.
    if unit.is_none() && scale.is_none() && val.num > 0 && weak != Weak::Multiplier {
        let times = cx.next(last).and_then(|n| lex[Set::TimesWords].longest(cx, n));
        if let Some((_, t)) = times.filter(|&(_, t)| cx.next(t).is_some_and(|h| lex[Set::TimesHeads].starts(cx, h))) {
            last = t;
            weak = Weak::No;
        }
    }
    // A unit adjective: a 240-hectare site, a 5-megawatt plant, a 20-euro fee.
    if unit.is_none() && last == core_last && punct_in(cx, last + 1, &['-', '‐']) {
        let adjective = lex[Codes::UnitsAfter].longest(cx, last + 2).or_else(|| lex[Codes::CurrencyAfter].longest(cx, last + 2));
        if let Some((&u, e)) = adjective {
            if cx.kind(last + 2) == Some(TokenKind::Word) {
                unit = Some(u);
                last = e;
            }
        }
    }
    // Something glued after the digits that is not what we read: 5G, 3D,
    // 19th, 1990s, 20-year-old, a 2-a.
    if shape.is_some() || weak != Weak::No || !word_scaled {
        let g = core_last + 1;
        let consumed_next = last > core_last && cx.next(core_last) == Some(g);
        if !consumed_next {
            match cx.kind(g) {
                Some(TokenKind::Word) if shape.is_some() => return Err(g),
                // the 5,000-strong force: a count before an adjective.
                Some(TokenKind::Punct) if punct_in(cx, g, &['-', '‐']) && lex[Set::CountSuffixes].starts(cx, g + 1) => {}
                // a 2-to-1 margin, a one-in-four chance: a worded infix or
                // ratio joiner touching the number.
                Some(TokenKind::Punct)
                    if lex.infixes.longest(cx, g).is_some_and(|(_, e)| e > g)
                        || lex[Set::RatioJoiners].longest(cx, g).is_some_and(|(_, e)| e > g) => {}
                // a 41-page ruling, a 7-point lead: digits before a noun
                // made adjective count what the noun names.
                // (A number word so joined counts only as a unit before its
                // head, `a two-point lead`; `a four-year plan` counts nothing.)
                Some(TokenKind::Punct) if (shape.is_some() || headed_unit(cx, g + 1).is_some()) && unit.is_none() && scale.is_none() && compound_count(cx, val, g) => {
                    let noun = g + 1;
                    last = noun;
                    if let Some((u, e)) = headed_unit(cx, noun) {
                        unit = Some(u);
                        last = e;
                    }
                }
                // 2+2 talks, the P5+1: digits added to digits name a format.
                Some(TokenKind::Punct) if shape.is_some() && punct_in(cx, g, &['+']) && cx.kind(g + 1) == Some(TokenKind::Digits) => {
                    return Err(g + 1)
                }
                // 401(k), 501(c): digits glued to a bracketed letter name a code.
                Some(TokenKind::Punct) if shape.is_some() && punct_in(cx, g, &['(']) && cx.kind(g + 1) == Some(TokenKind::Word) => {
                    return Err(g + 1)
                }
                // £50,000-a-year, $60-a-barrel: money before a rate stays money.
                Some(TokenKind::Punct)
                    if punct_in(cx, g, &['-', '‐', '\'', '’']) && cx.kind(g + 1) == Some(TokenKind::Word) && unit.is_none() =>
                {
                    return Err(g + 1)
                }
                _ => {}
            }
        }
    }
    Ok(Some(Expr { first: i, core_first, core_last, last, val, unit, scale, shape, weak }))
}

/// The compound unit starting at token `noun` when a head noun confirms it
/// (`point` in `a 7-point lead`), with its last token.
fn headed_unit(cx: &Cursor<'_, '_>, noun: usize) -> Option<(&'static str, usize)> {
    let lex = cx.lex;
    let (&u, e) = lex[Codes::CompoundUnits].longest(cx, noun)?;
    cx.next(e).is_some_and(|h| lex[Set::CompoundUnitHeads].starts(cx, h)).then_some((u, e))
}

/// Whether the hyphen at token `g` after the digits of `val` joins them to a
/// noun they count (`41-page`, `12-member`): a lowercase word of three or
/// more letters that names no duration or age (`10-year`, `20-year-old`)
/// and is not itself joined on (`2-to-1`, `5-a-side`), nor an ordinal
/// ending (`a 2-a`).
fn compound_count(cx: &Cursor<'_, '_>, val: Val, g: usize) -> bool {
    let lex = cx.lex;
    let noun = g + 1;
    if !punct_in(cx, g, &['-', '‐']) || cx.kind(noun) != Some(TokenKind::Word) || val.num <= 0 {
        return false;
    }
    let word = cx.text(noun);
    // (In a title-case headline the noun is capitalised: a 7-Point Lead.)
    let lower = word.chars().next().is_some_and(crate::case::is_lower) || cx.title_case(noun);
    if !lower || word.chars().count() < 3 || lex[Set::OrdinalSuffixes].starts(cx, g) {
        return false;
    }
    if lex[Set::CompoundNonCounts].starts(cx, noun) {
        return false;
    }
    // joined on: 2-to-1, 20-year-old, a 9-to-5 job
    !matches!(cx.kind(noun + 1), Some(TokenKind::Punct) if punct_in(cx, noun + 1, &['-', '‐', '\'', '’']))
}

/// The unit measured by a fraction word ending at token `last`: `(a quarter)
/// of a percentage point`, `(half) a mile`, `(un sfert) de punct procentual`,
/// `(a quarter)-point`, `(a quarter) point`; the unit and its last token.
fn fraction_unit(cx: &Cursor<'_, '_>, last: usize) -> Option<(&'static str, usize)> {
    let lex = cx.lex;
    // A unit written as a word (not `m`, `t`, `%`, which follow digits).
    let unit_at = |k: usize| {
        if cx.kind(k) != Some(TokenKind::Word) || cx.text(k).chars().count() < 2 {
            return None;
        }
        lex[Codes::UnitsAfter].longest(cx, k).or_else(|| lex[Codes::CompoundUnits].longest(cx, k)).map(|(&u, e)| (u, e))
    };
    if punct_in(cx, last + 1, &['-', '‐']) {
        return unit_at(last + 2);
    }
    let n = cx.next(last)?;
    if let Some((&u, e)) = lex[Codes::CompoundUnits].longest(cx, n) {
        return Some((u, e));
    }
    let (_, l) = lex[Set::OfWords].longest(cx, n).or_else(|| lex[Set::FractionScaleLinks].longest(cx, n))?;
    let mut m = cx.next(l)?;
    if let Some((_, a)) = lex[Set::Articles].longest(cx, m) {
        m = cx.next(a)?;
    }
    unit_at(m)
}

/// The vulgar fraction character at token `i` (`½` → 1/2), if any.
fn vulgar_fraction(cx: &Cursor<'_, '_>, i: usize) -> Option<(i64, i64)> {
    if cx.kind(i) == Some(TokenKind::Word) || cx.kind(i) == Some(TokenKind::Punct) {
        let mut chars = cx.text(i).chars();
        let f = match (chars.next()?, chars.next()) {
            ('½', None) => (1, 2),
            ('⅓', None) => (1, 3),
            ('⅔', None) => (2, 3),
            ('¼', None) => (1, 4),
            ('¾', None) => (3, 4),
            ('⅛', None) => (1, 8),
            _ => return None,
        };
        return Some(f);
    }
    None
}

/// An article before a unit written as a word (`a percentage point`, `un
/// punct procentual`, `a mile`, `un metru`): the unit and its last token.
fn one_unit(cx: &Cursor<'_, '_>, k: usize) -> Option<(&'static str, usize)> {
    let lex = cx.lex;
    let (_, a) = lex[Set::Articles].longest(cx, k)?;
    let n = cx.next(a)?;
    let (&u, e) = lex[Codes::UnitsAfter].longest(cx, n).or_else(|| lex[Codes::CurrencyAfter].longest(cx, n))?;
    (cx.kind(n) == Some(TokenKind::Word) && cx.text(n).chars().count() > 2).then_some((u, e))
}

/// One coin of money (`un leu`, `a pound`) at a rate is a price: per a
/// period (`un leu pe zi`, `a pound a week`; the period stays out of the
/// span) or per a measure (`un leu pe litru`, in it). The span's last token.
fn priced(cx: &Cursor<'_, '_>, unit: &str, last: usize) -> Option<usize> {
    let lex = cx.lex;
    let (_, p) = cx.next(last).filter(|_| is_money(unit)).and_then(|n| lex[Set::PerWords].longest(cx, n))?;
    let m = cx.next(p)?;
    if lex[Set::Periods].starts(cx, m) {
        return Some(last);
    }
    let (&u, e) = lex[Codes::UnitsAfter].longest(cx, m).filter(|_| cx.kind(m) == Some(TokenKind::Word))?;
    (!LENGTHS.contains(&u)).then_some(e)
}

/// `… and a half`, `… și jumătate` after token `last`: adds half of
/// `factor` to a whole `val`; the new value and last token.
fn and_a_half(cx: &Cursor<'_, '_>, val: Val, last: usize, factor: u64) -> Option<(Val, usize)> {
    let (_, e) = cx.next(last).and_then(|n| cx.lex[Set::HalfJoiners].longest(cx, n))?;
    if val.den != 1 || val.exp < 0 || val.num < 0 {
        return None;
    }
    let whole = val.num.checked_mul(10i64.checked_pow(val.exp as u32)?)?;
    let num = whole.checked_mul(2)?.checked_add(i64::try_from(factor).ok()?)?;
    Some((Val { num, exp: 0, den: 2 }, e))
}

/// Whether a month name starts at token `n` (`mai` in `9 mai`, not in
/// `nouă mai puține`, where it means `more`).
fn month_at(cx: &Cursor<'_, '_>, n: usize) -> bool {
    let lex = cx.lex;
    lex[Set::Months].longest(cx, n).is_some_and(|(_, l)| !cx.next(l).is_some_and(|m| lex[Set::MonthBlockers].starts(cx, m)))
}

/// How many words back a lead word may stand before a margin in points.
const LEAD_WINDOW: usize = 12;

/// Whether a percentage was read earlier in the sentence of token `i`.
fn percent_in_sentence(cx: &Cursor<'_, '_>, i: usize) -> bool {
    cx.last_percent_sentence.get() == Some(cx.doc.sentence_of(cx.tok(i).start))
}

/// Whether a word of `set` stands within `window` words of token
/// `i` in its sentence, looking back (`forward` false: a lead word, `lead`,
/// `gap`, `avans`, before a margin) or ahead (a poll word after the points:
/// `lost two points in the polls`). With no set, a percentage (see
/// [`percent_ahead`]; one scan for both: less wasm).
fn word_near(cx: &Cursor<'_, '_>, i: usize, set: Option<Set>, forward: bool, window: usize) -> bool {
    let sentence = cx.doc.sentence_of(cx.tok(i).start);
    let step = if forward { Cursor::next } else { Cursor::prev };
    let step = |k: usize| step(cx, k);
    let mut at = step(i);
    for _ in 0..window {
        let Some(k) = at.filter(|&k| cx.doc.sentence_of(cx.tok(k).start) == sentence) else { return false };
        let found = match set {
            Some(set) => cx.lex[set].starts(cx, k),
            None => cx.is(k, '%') || cx.lex[Codes::UnitsAfter].longest(cx, k).is_some_and(|(&u, _)| u == "%"),
        };
        if found {
            return true;
        }
        at = step(k);
    }
    false
}

/// Whether a percentage follows within a few words in the same sentence:
/// the share a change of points leads to (`fallen by three points to 21 per
/// cent`, `a pierdut două puncte, la 19%`). Bounded, so the scan stays linear.
fn percent_ahead(cx: &Cursor<'_, '_>, last: usize) -> bool {
    word_near(cx, last, None, true, 6)
}

/// Whether a phrase of `table` ends right before token `first`.
fn preceded_by(cx: &Cursor<'_, '_>, table: &super::lexicon::Phrases, first: usize) -> bool {
    cx.prev(first).is_some_and(|p| table.ends_at(cx, p))
}

/// The context rules: is this expression (with its approximator, if any) a
/// claim, or a year, date, time, ordinal, code, phone number or name part?
fn accept(cx: &Cursor<'_, '_>, e: &Expr, approx: Option<Approx>, span_first: usize) -> bool {
    let lex = cx.lex;
    match e.weak {
        // at most one, cel puțin unul: an approximator makes 1 a quantity;
        // so does a count joined to it by `and` in the same sentence, before
        // (`two Democrats broke ranks and one Republican voted no`) or after
        // (`one person died and four were hurt`), when a noun follows (not
        // `“We lost 20 jobs,” one worker said`).
        // (A hedge, `perhaps one day`, `about one of them`, does not: a
        // bound does, `more than one`, `at most one`.)
        Weak::One if e.unit.is_none() && matches!(approx, None | Some(Approx::About)) => {
            let noun_after = cx.next(e.last).is_some_and(|n| {
                cx.kind(n) == Some(TokenKind::Word) && lex[Set::OfWords].longest(cx, n).is_none() && !lex[Set::FunctionWords].has(cx.hash(n))
            });
            let joined = preceded_by(cx, &lex[Set::CountJoiners], span_first) && cx.after_count(span_first, ONE_AFTER_COUNT);
            // “One controller was working two positions”: opening its
            // sentence and set against a count later in the same clause.
            let opens = cx.starts_sentence(span_first) && count_in_clause(cx, e.last);
            // a body count of one, a majority of one: the total a noun names.
            let total = approx.is_none() && preceded_by(cx, &lex[Set::OneTotals], span_first);
            if !(total || noun_after && (joined || opens || count_follows(cx, e.last))) {
                return false;
            }
        }
        // `Half are empty.`, `Jumătate se duce pe chirie.`: opening its
        // sentence or clause (`found that a third planned`, `dintre care
        // doar o treime vor fi`) before a verb, a fraction is the share of
        // what was just named.
        // `cut injuries by half`: after a margin word, a fraction is the
        // size of a change.
        // `trec la un metru de geamuri`: a one-unit after `at` (the ratio
        // joiner that also means it) and before what it is measured from
        // is a distance.
        Weak::Fraction if e.unit.is_some() && preceded_by(cx, &lex[Set::RatioNounJoiners], span_first) && cx.next(e.last).is_some_and(|n| lex[Set::UnitLinkers].starts(cx, n)) => {}
        // `dintre care jumătate cu febră`, `of whom half`: after a phrase
        // naming the whole just counted, a share of it, verb or none.
        Weak::Fraction
            if approx.is_none()
                && !((cx.starts_sentence(span_first) || preceded_by(cx, &lex[Set::ShareOpeners], span_first)) && share_verb_after(cx, e.last))
                && !preceded_by(cx, &lex[Set::ShareWholes], span_first)
                && (!preceded_by(cx, &lex[Set::ContextUnitBefore], span_first) || cx.next(e.last).is_some_and(|n| punct_in(cx, n, &['-', '‑']))) =>
        {
            return false
        }
        // the second half of next year: a period of time, not a share.
        _ if e.shape.is_none() && e.bare() && e.val.den > 1 && preceded_by(cx, &lex[Set::PeriodBeforeFraction], span_first) => return false,
        Weak::Multiplier if approx.is_none() && !cx.next(e.last).is_some_and(|n| lex[Set::MultiplierHeads].starts(cx, n)) => {
            return false;
        }
        // o nouă ședință: after an article the word is the adjective
        Weak::Ambiguous if approx.is_none() && e.bare() && preceded_by(cx, &lex[Set::AmbiguousBlockers], span_first) => return false,
        Weak::Ambiguous if approx.is_none() && e.bare() => {
            // `nouă persoane` counts; `o secție nouă a fost` describes.
            let noun_after = cx.next(e.last).is_some_and(|n| {
                cx.kind(n) == Some(TokenKind::Word) && !lex[Set::FunctionWords].has(cx.hash(n))
            });
            // `patru oameni din nouă`: after a ratio joiner only the
            // numeral can stand (an adjective follows its noun, not `din`).
            if !noun_after && !preceded_by(cx, &lex[Set::RatioJoiners], span_first) {
                return false;
            }
        }
        _ => {}
    }
    // the two countries, cei doi: a bare number word after a definite
    // determiner points back at things already counted (optional in gold,
    // and noise to a reader hunting for claims).
    // (But `cei trei miniștri ai partidului`: a noun and a genitive naming
    // the whole they belong to state how many it has.)
    let of_whole = || {
        cx.next(e.last)
            .filter(|&n| cx.kind(n) == Some(TokenKind::Word) && cx.mask(n) & lex.start_mask == 0)
            .and_then(|n| cx.next(n))
            .is_some_and(|g| lex[Set::WholeLinks].starts(cx, g))
    };
    if e.shape.is_none() && e.bare() && approx.is_none() && preceded_by(cx, &lex[Set::ReferentialBefore], span_first) && !of_whole() {
        return false;
    }
    if e.year_like() && !matches!(approx, Some(Approx::More | Approx::About | Approx::Less | Approx::AtLeast)) {
        return false;
    }
    // Dates: 4 February, February 4, 26 iunie, iunie 2022.
    // (Only right after the number: `de trei ori mai mulți` is no date.)
    if e.bare() && e.last == e.core_last {
        if let Some(n) = cx.next(e.last) {
            if month_at(cx, n) && e.val.is_int() && e.val.num <= 31 {
                return false;
            }
            // `on 14 and 15 December`, `pe 12 și 13 decembrie`: the first
            // day of two joined before one month.
            let joined_day = lex[Set::TimeJoiners].longest(cx, n).and_then(|(_, j)| cx.next(j)).filter(|&d| cx.kind(d) == Some(TokenKind::Digits) && cx.text(d).len() <= 2);
            if e.val.is_int() && e.val.num <= 31 && joined_day.and_then(|d| cx.next(d)).is_some_and(|m| month_at(cx, m)) {
                return false;
            }
            if lex[Set::TimeAfter].starts(cx, n) {
                return false;
            }
        }
        if preceded_by(cx, &lex[Set::Months], e.first) && e.val.is_int() && e.val.num <= 31 {
            return false;
        }
    }
    // `$1 = 83.2 rupees`: one of a currency before `=` is the base of a rate.
    if e.val.to_f64() == 1.0 && cx.next(e.last).is_some_and(|n| cx.is(n, '=')) {
        return false;
    }
    if approx.is_some() {
        return true;
    }
    if !e.bare() {
        return true;
    }
    // at 10.30: a clock time written with a dot after a time preposition.
    let dotted = cx.doc.text[cx.tok(e.core_first).start..cx.tok(e.core_last).end].contains('.');
    if dotted && e.val.exp == -2 && e.val.den == 1 && preceded_by(cx, &lex[Set::ClockBefore], span_first) {
        let (h, m) = (e.val.num / 100, e.val.num % 100);
        if (0..=24).contains(&h) && (0..60).contains(&m) {
            return false;
        }
    }
    // List markers: `(2)` alone in brackets, `3.` or `3)` opening a line.
    if e.shape.is_some() && e.first == e.core_first {
        let opens_line = cx.prev(span_first).is_none();
        let closer = e.last + 1;
        if punct_in(cx, closer, &[')']) && (opens_line || cx.prev(span_first).is_some_and(|p| punct_in(cx, p, &['(']) && p + 1 == span_first)) {
            return false;
        }
        if opens_line && punct_in(cx, closer, &['.']) && cx.kind(closer + 1) != Some(TokenKind::Digits) {
            return false;
        }
        // A run-in list (`Top films: 1. "Dune," $48 million. 2. …`): a
        // number after a colon or a sentence's end, its dot followed by a
        // quote mark or a capital, numbers an item.
        let after_break = cx.prev(span_first).is_some_and(|p| punct_in(cx, p, &[':', '.', ';']));
        let item_after = cx.next(closer).is_some_and(|n| cx.capitalized(n) || punct_in(cx, n, &['"', '“', '‘', '\'', '„', '«']));
        if after_break && punct_in(cx, closer, &['.']) && item_after && e.val.is_int() && e.val.num < 100 {
            return false;
        }
    }
    // între orele 8 și 16: the second hour of a span opened by a time word
    // (or the second label after a code word: sectoarele 2 și 3, Articles 5 and 6).
    let second_hour = cx.prev(span_first).and_then(|j| lex[Set::TimeJoiners].start_of_ending(cx, j)).and_then(|j| cx.prev(j));
    if second_hour.is_some_and(|h| cx.kind(h) == Some(TokenKind::Digits) && cx.prev(h).is_some_and(|t| lex[Set::TimeBefore].ends_at(cx, t) || lex[Set::CodeBefore].ends_at(cx, t))) {
        return false;
    }
    // call 23 witnesses: a number of one or two digits before a noun is
    // what the verb calls for, not a line to call.
    // (So is a grouped number, `called 5,000 workers out`, one of three
    // digits that names no service line, `called 300 staff back`, and one
    // linked to its noun, `a apelat 300 de angajați`: no line is written so.)
    let noun_at = |n: usize| lower_word(cx, n, 4);
    let short = e.shape.is_some_and(|s| !s.plain || s.lead_digits <= 2 || s.lead_digits == 3 && !lex[Set::ServiceNumbers].has(cx.hash(e.core_first)));
    let counted = || {
        cx.next(e.last).is_some_and(|n| {
            short && noun_at(n)
                || e.shape.is_some() && lex[Set::UnitLinkers].starts(cx, n) && cx.next(n).is_some_and(noun_at)
        })
    };
    if preceded_by(cx, &lex[Set::TimeBefore], span_first)
        || preceded_by(cx, &lex[Set::CodeBefore], span_first)
        || preceded_by(cx, &lex[Set::PhoneBefore], span_first) && !counted()
    {
        return false;
    }
    // “Day 29.”, “Round 3.”: digits right after a capitalised word and
    // closing the sentence count nothing; they number a heading.
    if e.shape.is_some() && e.first == e.core_first && e.last == e.core_last {
        let capital_before = cx.prev(span_first).is_some_and(|p| cx.capitalized(p) && !cx.title_case(p));
        if capital_before && punct_in(cx, e.last + 1, &['.', '!', '?']) && cx.kind(e.last + 2) != Some(TokenKind::Digits) {
            return false;
        }
    }
    // golul doi, camera trei: a number word after a definite noun is its label.
    if e.shape.is_none() && e.bare() && word_before_ends_in(cx, span_first, &lex.label_endings) {
        return false;
    }
    // s-au construit zero, they recorded zero: a zero counts what a past
    // participle did; elsewhere (toleranță zero, de la zero) it counts nothing.
    if e.shape.is_none() && e.bare() && e.val.num == 0 && !word_before_ends_in(cx, span_first, &lex.participle_endings) {
        return false;
    }
    // se sună la 112, the first 911 call: an emergency number with nothing
    // counted after it, or naming the line it belongs to (`call`, `dispatcher`).
    let service = e.shape.is_some() && e.first == e.core_first && e.core_first == e.core_last && lex[Set::ServiceNumbers].has(cx.hash(e.core_first));
    if service && !cx.next(e.last).is_some_and(|n| cx.kind(n) == Some(TokenKind::Word) && lex[Set::ServiceHeads].longest(cx, n).is_none()) {
        return false;
    }
    // 10 Downing Street: a number before a capitalised name and a street
    // word; the 405 freeway: one between `the` and a road word that is no
    // noun's modifier (not `the 12 road deaths`, `the 300 near-misses`).
    let road = || {
        cx.next(e.last).filter(|&n| lex[Set::RoadAfter].starts(cx, n)).is_some_and(|n| !punct_in(cx, n + 1, &['-']) && !cx.next(n).is_some_and(|m| lower_word(cx, m, 5)))
    };
    if e.shape.is_some() && (address_after(cx, e.last) || preceded_by(cx, &lex[Set::ReferentialBefore], span_first) && road()) {
        return false;
    }
    // a doua, al doilea (word numbers after an ordinal article); `a trei
    // școli` keeps the cardinal: only ordinal forms are ordinals.
    if e.shape.is_none() && preceded_by(cx, &lex[Set::OrdinalBefore], span_first) && lex[Set::OrdinalWords].starts(cx, e.core_first) {
        return false;
    }
    // a shift at nine., ne vedem la șapte: a small number word after `at`
    // closing its clause is an hour, unless a verb of level or change
    // comes before (`the toll stood at nine`, `a crescut la nouă`).
    if e.shape.is_none() && e.bare() && e.val.is_int() && (1..=12).contains(&e.val.num) && preceded_by(cx, &lex[Set::HourBefore], span_first) {
        let closes = cx.next(e.last).map_or(true, |n| punct_in(cx, n, &['.', ',', ';', '!', '?']));
        let at = cx.prev(span_first).and_then(|p| lex[Set::HourBefore].start_of_ending(cx, p));
        let level = at.and_then(|a| cx.prev(a)).is_some_and(|v| lex[Set::LevelWords].ends_at(cx, v) || lex[Set::ChangeWords].ends_at(cx, v));
        if closes && !level {
            return false;
        }
    }
    // matinalul „Dimineața la 7”, the film "Ocean's 11": a bare number
    // closing a short capitalised title in quotation marks after a noun.
    if e.bare() && e.first == e.core_first && quoted_title_end(cx, span_first, e.last) {
        return false;
    }
    // the Group of Seven, the Big Ten: a number word capitalised inside a
    // sentence (not in a title-case or all-capitals line) is part of a name.
    if e.shape.is_none() && word_capitalised(cx, e.core_first) && !cx.starts_sentence(span_first) && !cx.title_case(e.core_first) {
        return false;
    }
    // Nord Stream 2, Boeing 737, DJ 703, Channel 8: a capitalised word right
    // before a bare number, unless it merely opens the sentence or the line
    // is a title-case headline. (Thousands written in groups, `Cluj 7.846
    // de locuințe`, name no model or line: the place only opens the count.)
    // Nor does a day or month (`said Tuesday 14 people`, `in March 300
    // staff`), or a place a sentence opens on before a counted noun
    // (`In Ohio 12 people died`): they set the scene of the count.
    let grouped = e.shape.is_some_and(|s| !s.plain) && e.val.is_int() && e.val.to_f64() >= 1000.0;
    let words = crate::lexicon::Lexicon::of(cx.doc.lang);
    let scene = || {
        cx.prev(span_first).is_some_and(|p| {
            words.time_words.contains(&*cx.norm(p))
                || cx.prev(p).is_some_and(|q| cx.starts_sentence(q) && words.prepositions.contains(&*cx.norm(q))) && cx.next(e.last).is_some_and(|n| lower_word(cx, n, 4))
        })
    };
    let caps = |k: usize| cx.kind(k) == Some(TokenKind::Word) && cx.text(k).len() >= 2 && !cx.text(k).chars().any(crate::case::is_lower);
    // (`PSD 86, PNL 50`: pairs in a list are tallies, seats or votes.)
    let digits = |k: usize| cx.kind(k) == Some(TokenKind::Digits);
    let listed = |p: usize| {
        cx.next(e.last).is_some_and(|c| punct_in(cx, c, &[',', ';']) && cx.next(c).is_some_and(|k| caps(k) && cx.next(k).is_some_and(digits)))
            || cx.prev(p).and_then(|q| cx.prev(q)).is_some_and(digits)
    };
    let party = || cx.prev(span_first).is_some_and(|p| caps(p) && listed(p));
    if named_before(cx, span_first) && !grouped && !scene() && !party() {
        return false;
    }
    // Photo: KARE 11, FOX 13 reported: one or two digits after a word in
    // capitals name a station or a line, even opening the sentence (not
    // in a line all in capitals: `DEATH TOLL RISES TO 45`).
    if e.shape.is_some_and(|s| s.plain && s.lead_digits <= 2) && cx.prev(span_first).is_some_and(|p| caps(p) && !cx.prev(p).is_some_and(caps) && !listed(p)) {
        return false;
    }
    true
}

/// Length symbols: a price per length (`per kilometre`) is a rate of use.
const LENGTHS: [&str; 5] = ["km", "m", "mi", "cm", "mm"];

/// How many words a quoted title ending in a number may hold.
const TITLE_WORDS: usize = 4;

/// Whether the number spanning `first..=last` closes a short title in
/// quotation marks: a closing mark right after it; an opening mark at most
/// [`TITLE_WORDS`] words before, right after a lowercase word (the noun
/// that names the title: `matinalul`, `the film`); a capital opening it.
fn quoted_title_end(cx: &Cursor<'_, '_>, first: usize, last: usize) -> bool {
    if !punct_in(cx, last + 1, &['”', '"', '»', '“']) {
        return false;
    }
    let mut at = cx.prev(first);
    let mut words = 1;
    while let Some(p) = at {
        match cx.kind(p) {
            Some(TokenKind::Word | TokenKind::Digits) if words < TITLE_WORDS => words += 1,
            Some(TokenKind::Punct) if punct_in(cx, p, &['„', '“', '"', '«']) => {
                let opens_capital = cx.kind(p + 1) == Some(TokenKind::Word) && word_capitalised(cx, p + 1);
                let named = cx.prev(p).is_some_and(|w| lower_word(cx, w, 0));
                return opens_capital && named;
            }
            Some(TokenKind::Punct) if punct_in(cx, p, &['\'', '’', '-']) => {}
            _ => return false,
        }
        at = cx.prev(p);
    }
    false
}

/// Whether a unit symbol is money: an ISO 4217 code (three capitals) or
/// the story's dollar.
fn is_money(unit: &str) -> bool {
    // (`INR|PKR`: a sign several countries share, see `Cursor::resolve_unit`.)
    let code = unit.split('|').next().unwrap_or(unit);
    unit == super::cursor::LOCAL_DOLLAR || code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether token `i` is a word written with a capital first letter and
/// lowercase after it (`Seven`, not `seven` or `SEVEN`).
fn word_capitalised(cx: &Cursor<'_, '_>, i: usize) -> bool {
    let mut chars = cx.text(i).chars();
    cx.kind(i) == Some(TokenKind::Word) && chars.next().is_some_and(crate::case::is_upper) && chars.all(|c| !crate::case::is_upper(c))
}

/// Whether token `k` is a word of at least `min` letters written with a
/// lowercase first letter. (One function for the many such looks: less wasm.)
#[inline(never)]
fn lower_word(cx: &Cursor<'_, '_>, k: usize, min: usize) -> bool {
    cx.kind(k) == Some(TokenKind::Word) && cx.text(k).chars().next().is_some_and(crate::case::is_lower) && cx.text(k).chars().count() >= min
}

/// Whether a verb follows token `last`: a share verb (`are`, `vor`) or a
/// past form by its ending (`planned`).
fn share_verb_after(cx: &Cursor<'_, '_>, last: usize) -> bool {
    cx.next(last).is_some_and(|n| cx.lex[Set::ShareVerbs].starts(cx, n) || word_ends_in(cx, n, &cx.lex.participle_endings))
}

/// Whether the word right before token `first` ends in one of `endings`
/// (and is longer than the ending and one letter more).
fn word_before_ends_in(cx: &Cursor<'_, '_>, first: usize, endings: &[String]) -> bool {
    cx.prev(first).is_some_and(|p| word_ends_in(cx, p, endings))
}

/// Whether token `k` is a word ending in one of `endings` (and longer than
/// the ending and one letter more).
fn word_ends_in(cx: &Cursor<'_, '_>, k: usize, endings: &[String]) -> bool {
    cx.kind(k) == Some(TokenKind::Word) && {
        let w = cx.norm(k);
        endings.iter().any(|end| w.len() > end.len() + 1 && w.ends_with(end.as_str()))
    }
}

/// Whether token `k` starts a count above one: digits, or a number word
/// (`four`, `twenty`).
fn is_count_word(cx: &Cursor<'_, '_>, k: usize) -> bool {
    let lex = cx.lex;
    cx.kind(k) == Some(TokenKind::Digits) || lex[Ints::Units].longest(cx, k).is_some_and(|(&v, _)| v > 1) || lex[Ints::Tens].starts(cx, k)
}

/// Whether, within [`ONE_AFTER_COUNT`] tokens after `last` and before the
/// sentence ends, a count joiner is followed by a number (`one person died
/// and four were hurt`).
fn count_follows(cx: &Cursor<'_, '_>, last: usize) -> bool {
    count_ahead(cx, last, &['.', '!', '?', ';', '“', '”', '"', '„', '«', '»'], true)
}

/// Whether a count (digits, or a number word above one) comes later in the
/// clause after token `last`, before any comma or sentence end.
fn count_in_clause(cx: &Cursor<'_, '_>, last: usize) -> bool {
    count_ahead(cx, last, &['.', '!', '?', ';', ',', ':', '“', '”', '"', '„', '«', '»'], false)
}

/// Whether a count comes within [`ONE_AFTER_COUNT`] tokens after `last`,
/// before any of the marks `stops`: right there, or (`joined`) after a
/// count joiner. (One scan for both looks: less wasm.)
fn count_ahead(cx: &Cursor<'_, '_>, last: usize, stops: &[char], joined: bool) -> bool {
    let lex = cx.lex;
    let mut at = cx.next(last);
    let mut steps = 0;
    while let Some(k) = at {
        steps += 1;
        if steps > ONE_AFTER_COUNT || punct_in(cx, k, stops) {
            return false;
        }
        let count = if joined {
            lex[Set::CountJoiners].longest(cx, k).and_then(|(_, j)| cx.next(j)).is_some_and(|n| is_count_word(cx, n))
        } else {
            is_count_word(cx, k)
        };
        if count {
            return true;
        }
        at = cx.next(k);
    }
    false
}

/// Whether token `k` is a capitalised compass word opening no name: after
/// a number, a line of a street grid (`3500 South and 5600 West`).
fn grid_line(cx: &Cursor<'_, '_>, k: usize) -> bool {
    cx.capitalized(k) && cx.lex[Set::GridDirections].starts(cx, k) && !cx.next(k).is_some_and(|n| cx.capitalized(n))
}

/// Whether a capitalised name of at most three words and then a street word
/// follow token `last` (`10 Downing Street`, `221 Baker Street`), or a grid line.
fn address_after(cx: &Cursor<'_, '_>, last: usize) -> bool {
    let mut at = cx.next(last);
    let mut names = 0;
    while let Some(k) = at {
        if names > 0 && cx.lex[Set::StreetWords].starts(cx, k) || names == 0 && grid_line(cx, k) {
            return true;
        }
        if names == 3 || cx.kind(k) != Some(TokenKind::Word) || !cx.capitalized(k) {
            return false;
        }
        names += 1;
        at = cx.next(k);
    }
    false
}

/// A claim over tokens `first..=last` (the step straight away: less wasm
/// than moving the hit into one at each caller).
fn hit(cx: &Cursor<'_, '_>, first: usize, last: usize, val: Val, high: Option<Val>, unit: Option<&'static str>, approx: Option<Approx>) -> Step {
    let hit = NumberHit {
        span: cx.tok(first).start..cx.tok(last).end,
        value: val.to_f64(),
        high: high.map(Val::to_f64),
        unit: unit.map(|u| cx.resolve_unit(u).to_string()),
        approx,
    };
    Step::Hit(hit, last)
}

/// Joins two expressions into a range, carrying the high end's scale and the
/// unit across (`from 5 to 7 million`, `10–20%`). `None` if they do not form one.
fn range(low: &Expr, high: &Expr) -> Option<(Val, Val, Option<&'static str>)> {
    let unit = match (low.unit, high.unit) {
        (Some(a), Some(b)) if a != b => return None,
        (a, b) => b.or(a),
    };
    let mut lo = low.val;
    if low.scale.is_none() {
        if let Some((m, x)) = high.scale.filter(|&(m, x)| (m, x) != (1, 0)) {
            if let Some(s) = lo.scaled(m, x) {
                if s.to_f64() <= high.val.to_f64() {
                    lo = s;
                }
            }
        }
    }
    if lo.to_f64() >= high.val.to_f64() {
        return None;
    }
    Some((lo, high.val, unit))
}

/// Whether a change word (`rose`, `fell sharply`, `increased over the
/// decade`, `a crescut`) comes before token `first` in the same clause,
/// at most fourteen words back (`majorarea prețului biletului de călătorie
/// pe mijloacele de transport ale operatorului local de la 3 la 4 lei`),
/// looking past a bracketed acronym (`… Transport Local (OTL) de la 3 la 4 lei`).
fn after_change(cx: &Cursor<'_, '_>, first: usize) -> bool {
    let words = &cx.lex[Set::ChangeWords];
    let mut at = cx.prev(first);
    let mut budget = 14;
    while budget > 0 {
        budget -= 1;
        // `(OTL)`: step over a short bracket (one to three tokens inside).
        if let Some(close) = at.filter(|&q| cx.is(q, ')')) {
            let mut inner = cx.prev(close);
            let mut open = None;
            for _ in 0..4 {
                match inner {
                    Some(q) if cx.is(q, '(') => {
                        open = Some(q);
                        break;
                    }
                    Some(q) => inner = cx.prev(q),
                    None => break,
                }
            }
            let Some(open) = open else { return false };
            at = cx.prev(open);
            continue;
        }
        let Some(q) = at.filter(|&q| cx.kind(q) == Some(TokenKind::Word)) else { return false };
        if words.ends_at(cx, q) {
            return true;
        }
        at = cx.prev(q);
    }
    false
}

/// Whether a home-only sign at token `i` (ending at `last`) and the digits
/// touching it name a road, not an amount (`the R61`, `the R300 highway`):
/// at most three digits and no decimals, then a road word, or after `on
/// the` no noun (not `on the R350 grant`).
fn road(cx: &Cursor<'_, '_>, i: usize, last: usize) -> bool {
    let lex = cx.lex;
    let n = last + 1;
    if cx.kind(n) != Some(TokenKind::Digits) || cx.text(n).len() > 3 || punct_in(cx, n + 1, &['.', ',']) && cx.kind(n + 2) == Some(TokenKind::Digits) {
        return false;
    }
    let after = cx.next(n);
    after.is_some_and(|a| lex[Set::RoadAfter].starts(cx, a)) || preceded_by(cx, &lex[Set::RoadBefore], i) && !after.is_some_and(|a| lower_word(cx, a, 3))
}

/// Whether `low` (bare) can be read with `high`'s scale (`5 to 7 million`):
/// true when `high` has none or the scaled low stays at or under it.
fn shares_scale(low: &Expr, high: &Expr) -> bool {
    high.scale.filter(|&s| s != (1, 0)).is_none_or(|(m, x)| low.val.scaled(m, x).is_some_and(|s| s.to_f64() <= high.val.to_f64()))
}

/// Tries an infix range after `low` (`6–9%`, `10-20`, `5 to 7`), whose
/// span starts at token `span_first`.
fn infix_range(cx: &Cursor<'_, '_>, low: &Expr, span_first: usize) -> Option<Result<(Expr, Infix), usize>> {
    let lex = cx.lex;
    let n = cx.next(low.last)?;
    let (&inf, il) = lex.infixes.longest(cx, n)?;
    // `70% to 80%` is a range; after a change word (`rose 5% to 7%`, `fell
    // from 5% to 4%`, `rose sharply from $2 to $3`: right before, or
    // before the link) it is a change and its result: two figures.
    let changed = || {
        preceded_by(cx, &lex[Set::ChangeWords], span_first)
            || cx.prev(span_first).and_then(|p| lex[Set::ChangeLinks].start_of_ending(cx, p)).is_some_and(|first| after_change(cx, first))
    };
    let linked = || cx.prev(span_first).and_then(|p| lex[Set::ChangeLinks].start_of_ending(cx, p)).is_some_and(|first| after_change(cx, first));
    let united_low = inf.bare_low && low.unit.is_some();
    if united_low && changed() {
        return None;
    }
    // fell 10,000 to 201,000, rose from 25 to 40: bare counts too (`rose 5
    // to 7 percent`, where the high end carries the unit, stays a range).
    let bare_change = inf.bare_low && low.bare() && changed();
    let h = cx.next(il)?;
    match expr_at(cx, h, inf.touching) {
        Ok(Some(high)) if united_low && high.unit != low.unit => None,
        // rose from 5 to 7 percent: after the link, as with an opener, a
        // high end with only a unit still makes two figures.
        Ok(Some(high)) if bare_change && (high.bare() || high.scale.is_none() && linked()) => None,
        // `increased by 126,000 to 8.1 million`, `up one to 7 per cent`:
        // after a change, a low end that cannot take the high end's scale,
        // or is written in another form (a word before digits), is the
        // change and the high end its result, not a range.
        Ok(Some(high)) if inf.bare_low && low.bare() && (low.shape.is_some() != high.shape.is_some() || !shares_scale(low, &high)) && changed() => None,
        // `climbed from 8.73 million to 9.34 million`: after a change, two
        // ends each with its own scale word share nothing.
        Ok(Some(high)) if inf.bare_low && low.unit.is_none() && low.scale.is_some() && high.scale.is_some() && changed() => None,
        Ok(Some(high)) => {
            // 555-1234: touching groups of three or more digits of unequal length are a phone number.
            if inf.touching && n == low.last + 1 {
                if let (Some(a), Some(b)) = (low.shape, high.shape) {
                    if a.plain && b.plain && a.lead_digits >= 3 && b.lead_digits >= 3 && a.lead_digits != b.lead_digits {
                        return Some(Err(high.last));
                    }
                }
            }
            // 978-3-16-148410-0, 2022-02-04: a chain of hyphens is a code.
            if inf.touching && punct_in(cx, high.last + 1, &['-', '/']) && cx.kind(high.last + 2) == Some(TokenKind::Digits) {
                let mut end = high.last + 2;
                while punct_in(cx, end + 1, &['-', '/', '.']) && cx.kind(end + 2) == Some(TokenKind::Digits) {
                    end += 2;
                }
                return Some(Err(end));
            }
            Some(Ok((high, inf)))
        }
        Ok(None) => None,
        Err(e) => Some(Err(e)),
    }
}

/// Whether a capitalised word that does not merely open the sentence (or
/// a title-case headline) stands right before token `first`: a name the
/// number belongs to (`Nord Stream 2`, `Boeing 737-800`).
fn named_before(cx: &Cursor<'_, '_>, first: usize) -> bool {
    cx.prev(first).is_some_and(|p| cx.capitalized(p) && !cx.starts_sentence(p) && !cx.title_case(p))
}

/// Whether `low`–`high` (joined by `inf`, the span starting at token
/// `first`) is a vote tally or a score: two whole digit counts, not a code
/// (`Article 5-3`), a time or a phone number. Joined by `to`, a tally word
/// must stand before (`voted 6 to 3`) or a tally noun after (`a 6 to 3
/// decision`).
fn tally(cx: &Cursor<'_, '_>, low: &Expr, high: &Expr, inf: Infix, first: usize) -> bool {
    let lex = cx.lex;
    let whole = |x: &Expr| x.shape.is_some() && x.val.is_int() && x.val.num >= 0;
    if !whole(low) || !whole(high) || low.first != low.core_first {
        return false;
    }
    // Boeing 747-400, A320-200: a name and a round variant number.
    if named_before(cx, first) && high.val.num >= 100 && high.val.num % 100 == 0 {
        return false;
    }
    let tally_noun = || cx.next(high.last).is_some_and(|n| lex[Set::TallyAfter].starts(cx, n));
    if inf.bare_low && !preceded_by(cx, &lex[Set::TallyBefore], first) && !tally_noun() {
        return false;
    }
    // (`won the series 4-1`: a lowercase code word after `the` names the
    // contest the score is of, not a label.)
    let contest = cx.prev(first).is_some_and(|p| lower_word(cx, p, 3) && cx.prev(p).is_some_and(|d| lex[Set::ReferentialBefore].ends_at(cx, d)));
    !(preceded_by(cx, &lex[Set::TimeBefore], first) || preceded_by(cx, &lex[Set::CodeBefore], first) && !contest || preceded_by(cx, &lex[Set::PhoneBefore], first))
}

/// The whole of a ratio after token `last` (`… in four`, `… din cinci`):
/// a ratio joiner, then a bare whole number above `low` that is no year
/// or day of a month. A joiner that also means `at` (`la`) makes a ratio
/// only before the counted noun (`unul la zece elevi`; in `legea prevede
/// unul la 800` the one is a thing just named, and 800 what it serves).
/// A part joiner makes a ratio only after one (`3 din 10` is two counts).
fn ratio_high(cx: &Cursor<'_, '_>, last: usize, low: i64, opened: bool) -> Option<Expr> {
    let lex = cx.lex;
    let (_, jl) = cx.next(last).and_then(|n| lex[Set::RatioJoiners].longest(cx, n))?;
    if low > 1 && lex[Set::PartJoiners].ends_at(cx, jl) {
        return None;
    }
    let noun_needed = lex[Set::RatioNounJoiners].ends_at(cx, jl);
    // `de la 450 la 1.200 de școli`: after `de la`, the `la` closes a change or range.
    if noun_needed && opened {
        return None;
    }
    let high = expr_at(cx, cx.next(jl)?, true).ok().flatten()?;
    let after = cx.next(high.last);
    let ok = high.bare()
        && high.val.is_int()
        && high.val.exp == 0
        && !high.year_like()
        && high.val.num > low
        && high.weak != Weak::Fraction
        && !after.is_some_and(|n| lex[Set::Months].starts(cx, n))
        && (!noun_needed || after.is_some_and(|n| cx.kind(n) == Some(TokenKind::Word)));
    ok.then_some(high)
}

/// Whether two ends both read as clock times, bare with two decimals:
/// hours to 24, minutes under 60 (`între 5,00 și 7,00`, `9.30-17.00`).
fn clock_pair(low: &Expr, high: &Expr) -> bool {
    [low, high].iter().all(|e| e.bare() && e.shape.is_some() && e.val.exp == -2 && e.val.den == 1 && (0..=2400).contains(&e.val.num) && e.val.num % 100 < 60)
}

/// The step for a range `low`–`high` whose span starts at token `i`, read
/// after an opener (`between 10 and 20`) or with an infix (`10-20`): none
/// (`None`) when the two form no range. Years, clock times, `skip` (a date
/// or a name before) skip the pair; so does a day or time after it, or
/// `weak` ends. (One function for both readings: less wasm.)
fn range_step(cx: &Cursor<'_, '_>, i: usize, low: &Expr, high: &Expr, skip: bool, weak: bool, approx: Option<Approx>) -> Option<Step> {
    let lex = cx.lex;
    if skip || low.year_like() || high.year_like() || clock_pair(low, high) {
        return Some(Step::Skip(high.last));
    }
    let (lo, hi, unit) = range(low, high)?;
    let dated = high.bare() && cx.next(high.last).is_some_and(|n| lex[Set::Months].starts(cx, n) || lex[Set::TimeAfter].starts(cx, n));
    Some(if dated || weak { Step::Skip(high.last) } else { hit(cx, i, high.last, lo, Some(hi), unit, approx) })
}

/// A ratio `num` in `high` (`one in four`, `un copil din cinci`) whose span
/// starts at token `i`, kept as its fraction.
fn ratio_step(cx: &Cursor<'_, '_>, i: usize, num: i64, high: &Expr, approx: Option<Approx>) -> Step {
    let val = Val { num, exp: 0, den: u64::try_from(high.val.num).unwrap_or(1) };
    hit(cx, i, high.last, val, None, None, approx)
}

/// Looks for a claim starting at token `i`.
pub fn claim_at(cx: &Cursor<'_, '_>, i: usize) -> Step {
    let lex = cx.lex;
    // The common case: a word (or a sign not before digits) that starts no
    // opener, approximator, currency or number word starts nothing.
    if cx.mask(i) & lex.start_mask == 0 {
        match cx.kind(i) {
            Some(TokenKind::Word) => return Step::Nothing,
            Some(TokenKind::Punct) if cx.kind(i + 1) != Some(TokenKind::Digits) => return Step::Nothing,
            _ => {}
        }
    }
    // between 10 and 20, între 5 și 15 lei, de la 3 la 5 milioane
    if let Some((idx, olast)) = lex.openers.longest(cx, i) {
        if let Some(Ok(Some(low))) = cx.next(olast).map(|j| expr(cx, j)) {
            let joiner = cx
                .next(low.last)
                .and_then(|n| lex.opener_joiners[idx as usize].longest(cx, n))
                .filter(|&(bare_low, _)| bare_low == 0 || low.unit.is_none() || !after_change(cx, i));
            // `from $2 to $3`: a range when both ends carry the same unit.
            let united = joiner.is_some_and(|(bare_low, _)| bare_low != 0 && low.unit.is_some());
            let high = joiner.and_then(|(_, jl)| cx.next(jl)).map(|h| expr(cx, h));
            let high = high.filter(|h| !united || matches!(h, Ok(Some(h)) if h.unit == low.unit));
            // rose from 25 to 40: two bare counts after a change word are
            // the old and the new figure (with a shared scale, `crește de
            // la 3 la 5 milioane`, it stays a range).
            // So are a bare low and a high carrying only a unit (`crește de
            // la 30 la 75 de lei`: the old price and the new one).
            // So are two ends each with its own scale word (`climbed from
            // 8.73 million to 9.34 million`): nothing is shared.
            let high = high.filter(|h| !matches!(h, Ok(Some(h)) if low.unit.is_none() && (low.scale.is_none() && h.scale.is_none() || low.scale.is_some() && h.scale.is_some()) && joiner.is_some_and(|(b, _)| b != 0) && after_change(cx, i)));
            if let Some(Ok(Some(high))) = high {
                let weak = low.weak != Weak::No && low.weak != Weak::One || high.weak != Weak::No && high.weak != Weak::One;
                if let Some(step) = range_step(cx, i, &low, &high, false, weak, None) {
                    return step;
                }
            }
        }
    }
    // more than 100,000, peste 1.200, up to 7 la sută; but in `was revised
    // up to 0.6%` the `up` belongs to the verb and the figure is exact.
    let particle = || lex[Set::VerbParticles].ends_at(cx, i);
    let (approx, start) = match lex.approx.longest(cx, i).filter(|_| !particle()) {
        Some((&a, alast)) => match cx.next(alast) {
            Some(j) if matches!(expr(cx, j), Ok(Some(_))) => (Some(a), j),
            // about a 45% chance: an article between the approximator and
            // digits with their unit
            Some(j) => match lex[Set::Articles].longest(cx, j).and_then(|(_, al)| cx.next(al)) {
                Some(d) if cx.kind(d) == Some(TokenKind::Digits) && matches!(expr(cx, d), Ok(Some(e)) if e.unit.is_some()) => (Some(a), d),
                _ => (None, i),
            },
            None => (None, i),
        },
        None => (None, i),
    };
    // Un copil din cinci, one child in five: a ratio with the counted noun
    // between `one` and the joiner, spanned whole; as the subject opening
    // a clause (after a verb, `scored one goal in five games` counts two
    // things).
    let opens_clause = || cx.starts_sentence(i) || cx.prev(i).is_some_and(|p| punct_in(cx, p, &[',', ';']) || lex[Set::CountJoiners].ends_at(cx, p));
    if let Some((_, one)) = lex[Set::RatioOnes].longest(cx, start).filter(|_| opens_clause()) {
        let noun = cx.next(one).filter(|&n| {
            lower_word(cx, n, 3) && cx.mask(n) & lex.start_mask == 0
        });
        if let Some(high) = noun.and_then(|n| ratio_high(cx, n, 1, false)) {
            return ratio_step(cx, i, 1, &high, approx);
        }
    }
    let e = match expr(cx, start) {
        Err(skip) => return Step::Skip(skip),
        Ok(None) => return Step::Nothing,
        Ok(Some(e)) => e,
    };
    // one in four, 1 out of 5, unul din trei: a ratio, kept as its fraction.
    if e.bare() && e.val.is_int() && e.val.num > 0 && e.shape.map_or(true, |s| s.plain) && !e.year_like() {
        if let Some(high) = ratio_high(cx, e.last, e.val.num, preceded_by(cx, &lex[Set::ChangeLinks], i)) {
            return ratio_step(cx, i, e.val.num, &high, approx);
        }
    }
    match infix_range(cx, &e, i) {
        Some(Err(skip)) => return Step::Skip(skip),
        Some(Ok((high, inf))) => {
            // September 12-17, orele 9-17: a span of dates or hours;
            // Boeing 737-800: a name's variant.
            let after_month = e.bare() && (preceded_by(cx, &lex[Set::Months], i) || preceded_by(cx, &lex[Set::TimeBefore], i));
            let after_name = e.bare() && high.bare() && e.first == e.core_first && named_before(cx, i);
            let named = after_month || after_name && e.val.to_f64() < high.val.to_f64();
            if let Some(step) = range_step(cx, i, &e, &high, named, false, approx) {
                return step;
            }
            // A falling or level pair of bare numbers is a tally or a
            // score (218-211, 2-1, 3–3), one claim valued at its first
            // number; with `to` only after a tally word (`a vote of 218
            // to 211`), else `from 10 to 5` would read as one.
            if e.bare() && high.bare() {
                if tally(cx, &e, &high, inf, i) {
                    return hit(cx, i, high.last, e.val, None, None, approx);
                }
                // 5-3 in a code, from 9 to 5 (hours): none. (After a
                // change word, `fell from 40 to 25`, the infix was not
                // read as one and both figures count.)
                return Step::Skip(high.last);
            }
        }
        None => {}
    }
    // 99.co, 24.ro: digits glued to a dot and a lowercase word are a web address.
    if e.shape.is_some() && punct_in(cx, e.last + 1, &['.']) && lower_word(cx, e.last + 2, 0) {
        return Step::Skip(e.last + 2);
    }
    // six or more, 100 or so: an approximator after the number, when none
    // stood before.
    let (approx, last) = match cx.next(e.last).and_then(|n| lex.approx_after.longest(cx, n)).filter(|_| approx.is_none()) {
        Some((&a, l)) => (Some(a), l),
        None => (approx, e.last),
    };
    if accept(cx, &e, approx, i) {
        hit(cx, i, last, e.val, None, e.unit, approx)
    } else {
        Step::Skip(e.last)
    }
}
