//! Exact values and digit reading: decimal mantissa/exponent arithmetic and the per-language, shape-decided reading of digit groups.

use crate::scan::TokenKind;

use super::cursor::Cursor;

/// A number kept exact until output: `num × 10^exp / den`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Val {
    /// Signed integer mantissa.
    pub num: i64,
    /// Power of ten.
    pub exp: i32,
    /// Denominator of a fraction (1 for decimals).
    pub den: u64,
}

impl Val {
    /// An integer.
    pub fn int(n: u64) -> Val {
        Val { num: i64::try_from(n).unwrap_or(i64::MAX), exp: 0, den: 1 }
    }

    /// Multiplies by `mant × 10^exp` (a scale word); `None` on overflow.
    // Not inlined: its overflow-checked 64-bit multiply is big, and seven places call it.
    #[inline(never)]
    pub fn scaled(self, mant: u64, exp: i32) -> Option<Val> {
        let num = self.num.checked_mul(i64::try_from(mant).ok()?)?;
        Some(Val { num, exp: self.exp.checked_add(exp)?, den: self.den })
    }

    /// The value as a float, correctly rounded from its decimal form so that
    /// `0.1 billion` is exactly 1e8 (no binary drift from multiplying): a
    /// mantissa below 2^53 times or divided by an exact power of ten up to
    /// 1e22 rounds once. Only mantissas of 16+ significant digits with a
    /// far exponent (no news figure) may be off by an ulp.
    pub fn to_f64(self) -> f64 {
        let base = decimal_f64(self.num, self.exp);
        if self.den > 1 {
            base / self.den as f64
        } else {
            base
        }
    }

    /// Whether the value is a plain integer without scale or fraction.
    // Not inlined: called from many places, where a call is smaller.
    #[inline(never)]
    pub fn is_int(self) -> bool {
        self.exp >= 0 && self.den == 1
    }
}

/// `num × 10^exp` as the nearest float (see [`Val::to_f64`]).
fn decimal_f64(num: i64, exp: i32) -> f64 {
    const EXACT: u64 = 1 << 53;
    let mut pow = [1.0f64; 23];
    for k in 1..pow.len() {
        pow[k] = pow[k - 1] * 10.0; // exact up to 1e22
    }
    let (mut m, mut e) = (num.unsigned_abs(), exp);
    while m != 0 && m % 10 == 0 && e < 0 {
        m /= 10;
        e += 1;
    }
    // Move a large exponent into the mantissa while it stays exact.
    while e > 22 && m < EXACT / 10 {
        m *= 10;
        e -= 1;
    }
    let v = if m < EXACT && (-22..=22).contains(&e) {
        let x = m as f64;
        if e >= 0 {
            x * pow[e as usize]
        } else {
            x / pow[(-e) as usize]
        }
    } else {
        (m as f64) * 10f64.powi(e)
    };
    if num < 0 {
        -v
    } else {
        v
    }
}

/// What the digits looked like: enough to tell years, codes and phones apart.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Shape {
    /// Only digits, no separator, no sign.
    pub plain: bool,
    /// Number of digits before any separator.
    pub lead_digits: usize,
}

/// The outcome of reading digits at a token.
#[derive(Debug, PartialEq)]
pub enum Digits {
    /// A number: its value, its last token and its shape.
    Number(Val, usize, Shape),
    /// Digits that are no quantity (time, date, phone, code): skip through this token.
    Reject(usize),
}

/// One group of digits inside a chain and the separator before it.
#[derive(Clone, Copy, Debug)]
struct Group<'a> {
    digits: &'a str,
    sep: Option<char>,
    last_tok: usize,
}

/// Reads the digits starting at token `i` (a `Digits` token, or a decimal
/// mark directly before one): groups joined by `,` `.` `:` `/` or one space,
/// then decides by shape and language what they mean.
pub fn read(cx: &Cursor<'_, '_>, i: usize) -> Digits {
    let lex = cx.lex;
    let mut groups: Vec<Group<'_>> = Vec::new();
    let mut j = i;
    if cx.kind(j) == Some(TokenKind::Punct) {
        // A leading decimal mark: `.5`.
        groups.push(Group { digits: "0", sep: None, last_tok: j });
        j += 1;
        groups.push(Group { digits: cx.text(j), sep: Some(lex.decimal), last_tok: j });
    } else {
        groups.push(Group { digits: cx.text(j), sep: None, last_tok: j });
    }
    // Gather the chain. Space-separated groups are gathered too (phone
    // numbers are made of them); the reading below decides how many count.
    loop {
        let (sep_tok, digit_tok) = (j + 1, j + 2);
        if cx.kind(digit_tok) != Some(TokenKind::Digits) {
            break;
        }
        let sep = match cx.kind(sep_tok) {
            Some(TokenKind::Punct) => {
                let c = cx.tok(sep_tok).ch(cx.doc);
                if !matches!(c, ',' | '.' | ':' | '/') {
                    break;
                }
                c
            }
            Some(TokenKind::Space) if cx.text(sep_tok).chars().count() == 1 => ' ',
            _ => break,
        };
        groups.push(Group { digits: cx.text(digit_tok), sep: Some(sep), last_tok: digit_tok });
        j = digit_tok;
        if groups.len() > 64 {
            // No quantity is written with this many groups.
            return Digits::Reject(j);
        }
    }
    let chain_end = groups.last().map_or(i, |g| g.last_tok);
    let seps = || groups.iter().filter_map(|g| g.sep);
    if seps().any(|s| s == ':') {
        return Digits::Reject(chain_end); // 8:30, 16:00
    }
    if seps().any(|s| s == '/') {
        return fraction(&groups).unwrap_or(Digits::Reject(chain_end));
    }
    // Split at spaces into words, each a run of digits with , and . marks.
    let words: Vec<&[Group<'_>]> = {
        let mut out = Vec::new();
        let mut start = 0;
        for (k, g) in groups.iter().enumerate() {
            if k > 0 && g.sep == Some(' ') {
                out.push(&groups[start..k]);
                start = k;
            }
        }
        out.push(&groups[start..]);
        out
    };
    let starts_with_zero = |w: &[Group<'_>]| w[0].digits.len() > 1 && w[0].digits.starts_with('0');
    if words.len() > 1 {
        // `1 234 567` (thin or no-break spaces, or plain ones): a first word of
        // 1–3 digits, then words of exactly three digits; the last may carry
        // a decimal part.
        let grouped = words[0].len() == 1
            && (1..=3).contains(&words[0][0].digits.len())
            && !starts_with_zero(words[0])
            && words[1..].iter().enumerate().all(|(k, w)| {
                w[0].digits.len() == 3
                    && (w.len() == 1
                        || (k == words.len() - 2 && w.len() == 2 && w[1].sep == Some(lex.decimal)))
            });
        if grouped {
            let mut int = String::new();
            for w in &words {
                int.push_str(w[0].digits);
            }
            let frac = words.last().and_then(|w| w.get(1)).map_or("", |g| g.digits);
            return number(&int, frac, chain_end, Shape { plain: false, lead_digits: int.len() });
        }
        // Three or more groups, or a leading zero: a phone number or code.
        if words.len() >= 3 || starts_with_zero(words[0]) || starts_with_zero(words[1]) {
            return Digits::Reject(chain_end);
        }
        // Two unrelated numbers side by side (`in 2019 300 people`): read the first.
        return read_word(words[0], lex.decimal, &lex.group);
    }
    read_word(words[0], lex.decimal, &lex.group)
}

/// Reads one run of digits with `,`/`.` marks: grouping or decimal, decided
/// by shape first (both marks, repeated marks, three-digit groups) and by the
/// language's decimal mark when the shape is ambiguous.
fn read_word(w: &[Group<'_>], decimal: char, group: &[&str]) -> Digits {
    let end = w.last().map_or(0, |g| g.last_tok);
    let first = w[0].digits;
    if first.len() > 1 && first.starts_with('0') {
        // 0800, 007, 04.02.2022: codes, phones and dates, not quantities.
        return Digits::Reject(end);
    }
    // The marks between the groups, read again where needed rather than
    // collected (a `Vec<char>` the module needs nowhere else).
    let marks = || w[1..].iter().filter_map(|g| g.sep);
    let count = marks().count();
    let shape = Shape { plain: count == 0, lead_digits: first.len() };
    if count == 0 {
        return number(first, "", end, shape);
    }
    let three = |gs: &[Group<'_>]| gs.iter().all(|g| g.digits.len() == 3);
    let lead_ok = (1..=3).contains(&first.len());
    let last_mark = marks().next_back().unwrap_or(decimal);
    let mixed = marks().any(|m| m != last_mark);
    if mixed {
        // 1,234.5 / 1.234,5: the last mark is the decimal one, used once.
        let n = w.len();
        // (The last mark is the only one of its kind.)
        if marks().filter(|&m| m == last_mark).count() == 1 && lead_ok && three(&w[1..n - 1]) {
            let int = joined(&w[..n - 1]);
            let mut lead = shape;
            lead.lead_digits = int.len();
            return number(&int, w[n - 1].digits, end, lead);
        }
        return Digits::Reject(end);
    }
    if count >= 2 {
        // 1,234,567 / 100.000.000, and the Indian 1,20,000 / 12,34,567
        // (groups of two before the last three, with the group mark) —
        // anything else (dates, versions, IPs) is no quantity.
        let n = w.len();
        let indian = last_mark != decimal && first.len() <= 2 && w[1..n - 1].iter().all(|g| g.digits.len() == 2) && w[n - 1].digits.len() == 3;
        if lead_ok && (three(&w[1..]) || indian) {
            let int = joined(w);
            return number(&int, "", end, Shape { plain: false, lead_digits: int.len() });
        }
        return Digits::Reject(end);
    }
    // One mark. A group mark followed by exactly three digits groups
    // (RO 100.000, EN 1,050); otherwise it is a decimal mark (RO 1,5; EN 1.5;
    // and, by shape, EN 1,5 or RO 1.5).
    let is_group = last_mark != decimal && group.iter().any(|g| g.starts_with(last_mark));
    if is_group && lead_ok && w[1].digits.len() == 3 && first != "0" {
        let int = first.to_string() + w[1].digits;
        return number(&int, "", end, Shape { plain: false, lead_digits: int.len() });
    }
    number(first, w[1].digits, end, shape)
}

/// An integer as written (`12`, `-2`), of any integer type that holds it:
/// every type parsed through `i64`, so the module carries one integer parser
/// (less wasm; no value in the data or a fraction comes near `i64::MAX`).
pub fn parse_int<T: TryFrom<i64>>(s: &str) -> Option<T> {
    T::try_from(parse_i64(s)?).ok()
}

/// `str::parse::<i64>` (an optional sign, then ASCII digits; `None` on
/// anything else or overflow), written out: the module's only use of std's
/// integer parser, which is ~0.2 KB more wasm gzipped than this.
fn parse_i64(s: &str) -> Option<i64> {
    let (negative, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if digits.is_empty() {
        return None;
    }
    let mut n: i64 = 0;
    for b in digits.bytes() {
        let d = i64::from(b.wrapping_sub(b'0'));
        if d > 9 {
            return None;
        }
        // Negative numbers accumulate downwards, so `i64::MIN` parses.
        n = n.checked_mul(10)?;
        n = if negative { n.checked_sub(d)? } else { n.checked_add(d)? };
    }
    Some(n)
}

/// `1/3`: a fraction when both sides are small and the numerator is the
/// smaller and the denominator at most 10; `2025/26`, `24/7`, `9/11` and
/// dates are rejected by the caller.
fn fraction(groups: &[Group<'_>]) -> Option<Digits> {
    // 4 1/2, 6 2/3: a whole number, a space, then a fraction.
    if groups.len() == 3 && groups[1].sep == Some(' ') && groups[0].sep.is_none() {
        let whole = groups[0].digits;
        if whole.len() > 3 || (whole.len() > 1 && whole.starts_with('0')) {
            return None;
        }
        let Some(Digits::Number(f, end, _)) = fraction(&groups[1..]) else { return None };
        let w = parse_i64(whole)?;
        let den = i64::try_from(f.den).ok()?;
        let num = w.checked_mul(den)?.checked_add(f.num)?;
        return Some(Digits::Number(Val { num, exp: 0, den: f.den }, end, Shape::default()));
    }
    if groups.len() != 2 || groups[1].sep != Some('/') {
        return None;
    }
    let (a, b) = (groups[0].digits, groups[1].digits);
    if a.len() > 2 || b.len() > 2 {
        return None;
    }
    let (n, d): (u64, u64) = (parse_int(a)?, parse_int(b)?);
    if n == 0 || d < 2 || n >= d || d > 10 {
        return None;
    }
    Some(Digits::Number(Val { num: i64::try_from(n).ok()?, exp: 0, den: d }, groups[1].last_tok, Shape::default()))
}

/// Builds the exact value of `int.frac`.
fn number(int: &str, frac: &str, end: usize, shape: Shape) -> Digits {
    if int.len() + frac.len() > 30 {
        return Digits::Reject(end); // no quantity has 30 digits; an ID does
    }
    let digits = int.to_string() + frac;
    match parse_i64(&digits) {
        Some(num) => Digits::Number(Val { num, exp: -(frac.len() as i32), den: 1 }, end, shape),
        None => Digits::Reject(end),
    }
}

/// The digits of `groups` written together (`1,234,567` → `1234567`): one
/// loop for every reader here rather than a `collect` each (less wasm).
fn joined(groups: &[Group]) -> String {
    let mut int = String::new();
    for g in groups {
        int.push_str(g.digits);
    }
    int
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_integers_as_std_does() {
        for s in ["0", "12", "-2", "+7", "007", "-", "+", "", "1e6", "12a", "+-5", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "١٢"] {
            assert_eq!(parse_i64(s), s.parse::<i64>().ok(), "{s:?}");
        }
    }
    use crate::lang::LANGUAGES;
    use crate::scan::Document;

    fn read_in(lang: usize, text: &str) -> Option<f64> {
        let doc = Document::new(text, &LANGUAGES[lang]);
        let cx = Cursor::new(&doc);
        match read(&cx, 0) {
            Digits::Number(v, _, _) => Some(v.to_f64()),
            Digits::Reject(_) => None,
        }
    }

    #[test]
    fn separators_follow_language_and_shape() {
        assert_eq!(read_in(0, "1,234.5"), Some(1234.5));
        assert_eq!(read_in(0, "1.5"), Some(1.5));
        assert_eq!(read_in(0, "1,050"), Some(1050.0));
        assert_eq!(read_in(0, "1,234,567"), Some(1234567.0));
        assert_eq!(read_in(1, "100.000"), Some(100000.0));
        assert_eq!(read_in(1, "1,5"), Some(1.5));
        assert_eq!(read_in(1, "1.234,5"), Some(1234.5));
        assert_eq!(read_in(1, "4.870,5"), Some(4870.5));
        assert_eq!(read_in(1, "1.5"), Some(1.5));
        assert_eq!(read_in(1, "12\u{a0}345"), Some(12345.0));
        assert_eq!(read_in(0, "1\u{2009}234\u{2009}567"), Some(1234567.0));
    }

    #[test]
    fn codes_times_and_dates_are_rejected() {
        assert_eq!(read_in(0, "8:30"), None);
        assert_eq!(read_in(1, "04.02.2022"), None);
        assert_eq!(read_in(1, "0800 801 100"), None);
        assert_eq!(read_in(0, "01279 555 014"), None);
        assert_eq!(read_in(0, "2025/26"), None);
        assert_eq!(read_in(0, "1.2.3"), None);
    }

    #[test]
    fn fractions_and_exact_decimals() {
        assert!((read_in(0, "1/3").unwrap() - 1.0 / 3.0).abs() < 1e-12);
        let v = Val { num: 1, exp: -1, den: 1 }.scaled(1, 9).unwrap();
        assert_eq!(v.to_f64(), 1e8);
        let v = Val { num: 146, exp: -1, den: 1 }.scaled(1, 6).unwrap();
        assert_eq!(v.to_f64(), 14_600_000.0);
    }
}
