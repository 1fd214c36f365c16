//! Language-data packing: the context-mixing compressor that build.rs packs the language blob with, and its decoder.
//!
//! Why: the wasm module is measured gzipped, and the language data is a
//! sixth of it. gzip sees the front-coded word lists as short, varied
//! strings and saves little on them; a small context-mixing model (bit by
//! bit, the probability of the next bit from twelve contexts, mixed by learned
//! weights, then arithmetic coding) predicts such lists far better: about
//! 11 KB smaller than gzip on our data, for ~1.5 KB of decoder. The cost is
//! one decoding pass at first use (about 0.1 s natively, two to three times
//! that in wasm; 8 MB of table freed afterwards).
//!
//! The contexts that pay most know the data is front-coded sorted lines (see
//! build.rs): the model rebuilds each decoded line as it goes, so it can look
//! at the line so far, its last word, and the byte of the line before at the
//! same column (after the shared prefix a sorted line's next byte is above
//! it). Together they make the blob about 5 KB smaller than the last 1–6
//! bytes alone. Each context's statistics for a nibble sit together in one
//! checksummed group of slots: one cache line per nibble rather than one per
//! bit, and a context seen for the first time starts afresh instead of
//! inheriting another's counts.
//!
//! Everything is integer arithmetic on fixed-width types, so build.rs (native,
//! 64-bit) and the decoder (wasm, 32-bit) make the very same predictions.
//! build.rs includes this file with `#[path]`; the library uses [`unpack`].

/// log2 of the slots in the one table all contexts share (2 bytes each).
/// Fewer slots collide more and compress worse (2^21: ~0.3 KB more).
const TABLE_BITS: u32 = 22;

/// How many contexts predict each bit (see [`Model::start_byte`]).
const MODELS: usize = 12;

/// The mixers' inputs: one per context and a constant bias.
const INPUTS: usize = MODELS + 1;

/// A slot's adaptation slows down as it is seen, until this many hits.
const COUNT_LIMIT: u16 = 10;

/// The most bytes of the line before that a front-coded line drops (see
/// build.rs's `front_code`); one more means the line shares nothing.
pub const MAX_DROP: usize = 78;

/// The length of the prefix a front-coded line shares with the line before
/// (`previous` bytes long), from the line's first byte.
fn shared_prefix(first: u8, previous: usize) -> usize {
    let drop = usize::from(first.wrapping_sub(b'0'));
    if drop > MAX_DROP {
        0
    } else {
        previous.saturating_sub(drop)
    }
}

/// A slot's adaptation rate (16-bit fixed point) by its hit count:
/// 1 / (count + 1.2), looked up rather than divided for every bit. A fresh
/// slot jumps most of the way to the first bit it sees (1 / (count + 1.5):
/// ~0.2 KB more).
const RATES: [i32; COUNT_LIMIT as usize + 1] = {
    let mut rates = [0; COUNT_LIMIT as usize + 1];
    let mut i = 0;
    while i < rates.len() {
        rates[i] = 655_360 / (10 * i as i32 + 12);
        i += 1;
    }
    rates
};

/// The logistic function on the stretched domain (±2047 ≈ ±8 in logit
/// units × 256), interpolated from 33 points, giving a 12-bit probability.
fn squash(d: i32) -> i32 {
    const POINTS: [i16; 33] = [
        1, 2, 3, 6, 10, 16, 27, 45, 73, 120, 194, 310, 488, 747, 1101, 1546, 2047, 2549, 2994, 3348, 3607, 3785,
        3901, 3975, 4024, 4050, 4068, 4079, 4085, 4089, 4092, 4093, 4094,
    ];
    if d > 2047 {
        return 4095;
    }
    if d < -2047 {
        return 1;
    }
    let w = d & 127;
    let i = ((d >> 7) + 16) as usize;
    (i32::from(POINTS[i]) * (128 - w) + i32::from(POINTS[i + 1]) * w + 64) >> 7
}

/// FNV-1a step, for hashing a line or a word byte by byte.
const fn fnv(h: u32, b: u8) -> u32 {
    (h ^ b as u32).wrapping_mul(0x0100_0193)
}

/// A data section's key in the blob's index: a 16-bit hash of its file's
/// number and its header. build.rs stops the build if two sections share
/// one. (A header that no data file has could still share a section's key,
/// at 1 in ~300 odds; every header the engines ask for is in the data.)
/// A `const fn`: the engines' fixed headers become keys at compile time.
pub const fn unit_key(file: u8, name: &str) -> u16 {
    let (name, mut h, mut i) = (name.as_bytes(), fnv(0x811C_9DC5, file), 0);
    while i < name.len() {
        h = fnv(h, name[i]);
        i += 1;
    }
    (h >> 16) as u16
}

/// Predicts the data one bit at a time; the encoder and the decoder feed it
/// the same bits and so see the same probabilities.
struct Model {
    /// 2^TABLE_BITS slots shared by all contexts, in groups of 16 per
    /// (context, nibble): a checksum, then probability (12 bits) << 4 | hit count.
    slots: Vec<u16>,
    /// Two mixers' weights: one set per (selector, partial byte).
    weights: Vec<i32>,
    /// Each mixer's weight set for the current byte.
    selected: [usize; 2],
    /// Inverse of `squash`, for the 4096 12-bit probabilities.
    stretch: Box<[i16; 4096]>,
    /// The last 8 bytes, newest in the low byte.
    history: u64,
    /// The decoded line before, and the current one so far (its shared
    /// prefix copied in once the prefix byte is seen).
    previous: Vec<u8>,
    line: Vec<u8>,
    /// Bytes coded on the current line (0: the prefix byte comes next).
    column: u32,
    /// The line's prefix byte said how much of the line before it keeps
    /// (it is not the escape for a line sharing nothing).
    sorted: bool,
    /// Empty lines seen: build.rs starts each section's entries with one.
    section: u32,
    contexts: [u32; MODELS],
    /// Each context's group of slots for the current nibble.
    groups: [usize; MODELS],
    inputs: [i32; INPUTS],
    /// Each mixer's stretched output.
    outputs: [i32; 2],
    /// 1 followed by the bits of the current byte seen so far.
    partial: u32,
    /// 1 followed by the bits of the current nibble seen so far.
    nibble: u32,
}

impl Model {
    fn new() -> Model {
        let mut stretch = Box::new([0i16; 4096]);
        let mut next = 0usize;
        for x in -2047..=2047 {
            let top = squash(x) as usize;
            for s in &mut stretch[next..=top] {
                *s = x as i16;
            }
            next = top + 1;
        }
        for s in &mut stretch[next..] {
            *s = 2047;
        }
        Model {
            slots: vec![1 << 15; 1 << TABLE_BITS],
            weights: vec![1 << 14; 27 * 256 * INPUTS],
            selected: [0; 2],
            stretch,
            history: 0,
            previous: Vec::new(),
            line: Vec::new(),
            column: 0,
            sorted: false,
            section: 0,
            contexts: [0; MODELS],
            groups: [0; MODELS],
            inputs: [256; INPUTS],
            outputs: [0; 2],
            partial: 1,
            nibble: 1,
        }
    }

    /// Hashes each context for the byte about to be coded, and picks the
    /// mixers' weight sets.
    fn start_byte(&mut self) {
        // The line so far, and its last word, hashed.
        let (mut line, mut word, mut word_len) = (0x1234, 0x777, 0);
        for &b in &self.line {
            line = fnv(line, b);
            (word, word_len) = if b == b' ' { (0x777, 0) } else { (fnv(word, b), word_len + 1) };
        }
        // 0: the prefix byte, 1: the first byte after the shared prefix, 2: later.
        let state = self.column.min(2);
        let at_start = u32::from(state == 0);
        let above = if state == 0 { 0x1FF } else { self.previous.get(self.line.len()).map_or(0x100, |&b| u32::from(b)) };
        let order = |n: u32| {
            let bytes = self.history & (u64::MAX >> (64 - 8 * n));
            ((bytes.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as u32).wrapping_add(n.wrapping_mul(0x3C6E_F372))
        };
        let contexts = [
            0,
            order(1),
            order(2),
            order(3),
            order(4),
            order(6),
            above | self.column.min(4) << 9,
            line + at_start,
            word + at_start,
            self.previous.len() as u32 | (self.line.len() as u32) << 8 | at_start << 16,
            // The word so far with the byte above: where a sorted line
            // leaves the one before, the two together say how it goes on
            // (~0.2 KB smaller blob).
            word ^ above << 20 ^ self.column.min(2),
            // The last two bytes within this section: each section's
            // words have their own spelling (names, units, verbs: ~0.2 KB
            // smaller blob).
            self.section << 20 ^ order(2) ^ at_start,
        ];
        for (k, h) in contexts.into_iter().enumerate() {
            self.contexts[k] = h.wrapping_mul(0x2F0B_4A53) ^ (k as u32).wrapping_mul(0x7FEB_352D);
        }
        self.selected = [state as usize, 3 + word_len.min(7) * 3 + state as usize];
    }

    /// P(next bit is 1), 12 bits.
    fn predict(&mut self) -> u32 {
        if self.partial == 1 {
            self.start_byte();
        }
        if self.nibble == 1 {
            // A new nibble: each context's group of 16 slots (a checksum,
            // then the 15 nodes of the nibble's bit tree), looked for in
            // four neighbouring places; a context seen for the first time
            // takes the one least used, reset (four places rather than two:
            // ~80 bytes smaller blob; the table is full).
            for k in 0..MODELS {
                let h = self.contexts[k].wrapping_add(self.partial.wrapping_mul(0x85EB_CA6B));
                let h = (h ^ (h >> 15)).wrapping_mul(0x2C1B_3C6D);
                let check = (h >> 16) as u16 | 1;
                let home = (h as usize) & ((1 << TABLE_BITS) - 16);
                let mut group = home;
                for other in [home ^ 16, home ^ 32, home ^ 48] {
                    if self.slots[group] != check && (self.slots[other] == check || self.slots[other + 1] & 15 < self.slots[group + 1] & 15) {
                        group = other;
                    }
                }
                if self.slots[group] != check {
                    self.slots[group..group + 16].fill(1 << 15);
                    self.slots[group] = check;
                }
                self.groups[k] = group;
            }
        }
        for k in 0..MODELS {
            let slot = self.slots[self.groups[k] | self.nibble as usize];
            self.inputs[k] = i32::from(self.stretch[usize::from(slot >> 4)]);
        }
        let mut total = 0;
        for m in 0..2 {
            let weights = &self.weights[(self.selected[m] * 256 + self.partial as usize) * INPUTS..][..INPUTS];
            let dot: i64 = (0..INPUTS).map(|k| i64::from(self.inputs[k]) * i64::from(weights[k])).sum();
            self.outputs[m] = ((dot >> 16) as i32).clamp(-2047, 2047);
            total += self.outputs[m];
        }
        // A bit the sorted, front-coded layout rules out is certain (~0.2 KB
        // smaller blob): each value of the bit is kept if some byte it
        // leads to may come next.
        let shift = 7 - (31 - self.partial.leading_zeros());
        let low = |bit: u32| ((self.partial * 2 + bit) << shift) - 256;
        if !self.allows(low(0), low(0) + (1 << shift) - 1) {
            return 4095;
        }
        if !self.allows(low(1), low(1) + (1 << shift) - 1) {
            return 1;
        }
        squash(total / 2) as u32
    }

    /// Whether the next byte may be one of `low..=high`. A prefix byte drops
    /// at most the whole line before (or is the escape when that is over
    /// [`MAX_DROP`] bytes). A line that keeps part of the line before, or
    /// none of it but not as the escape, goes on with a byte above the one
    /// it leaves there (the lines are sorted and each comes once, and
    /// build.rs shares prefixes byte by byte); or, keeping none, it may be
    /// the empty line that starts a section.
    fn allows(&self, low: u32, high: u32) -> bool {
        let zero = u32::from(b'0');
        if self.column == 0 {
            return low <= zero + self.previous.len().min(MAX_DROP + 1) as u32 && high >= zero;
        }
        match self.previous.get(self.line.len()) {
            Some(&above) if self.column == 1 && self.sorted => {
                high > u32::from(above) || (self.line.is_empty() && low <= u32::from(b'\n') && u32::from(b'\n') <= high)
            }
            _ => true,
        }
    }

    /// Learns from `bit`, and predicts the next one.
    #[allow(clippy::needless_range_loop)] // indexed: 40 bytes less gzipped module than a zip
    fn update(&mut self, bit: u32) -> u32 {
        for m in 0..2 {
            let error = ((bit << 12) as i32 - squash(self.outputs[m])) * 16;
            // Most bits are predicted well: their small errors are not worth
            // learning from (as small a blob, and decoding ~15% faster).
            if error.abs() > 64 * 16 {
                let weights = &mut self.weights[(self.selected[m] * 256 + self.partial as usize) * INPUTS..][..INPUTS];
                for k in 0..INPUTS {
                    weights[k] = weights[k].saturating_add((self.inputs[k] * error) >> 14);
                }
            }
        }
        for group in self.groups {
            let slot = &mut self.slots[group | self.nibble as usize];
            let count = *slot & 15;
            let p = i32::from(*slot >> 4);
            let p = p + ((((bit << 12) as i32 - p) * RATES[usize::from(count)] + (1 << 15)) >> 16);
            *slot = (p.clamp(0, 4095) as u16) << 4 | (count + u16::from(count < COUNT_LIMIT));
        }
        self.partial = self.partial * 2 + bit;
        self.nibble = if self.nibble < 8 { self.nibble * 2 + bit } else { 1 };
        if self.partial >= 256 {
            let byte = (self.partial & 255) as u8;
            self.history = (self.history << 8) | u64::from(byte);
            if byte == b'\n' {
                self.section += u32::from(self.line.is_empty());
                self.previous = std::mem::take(&mut self.line);
                self.column = 0;
            } else {
                if self.column == 0 {
                    self.sorted = usize::from(byte.wrapping_sub(b'0')) <= MAX_DROP;
                    self.line.extend_from_slice(&self.previous[..shared_prefix(byte, self.previous.len())]);
                } else {
                    self.line.push(byte);
                }
                self.column += 1;
            }
            self.partial = 1;
        }
        self.predict()
    }
}
/// Compresses `data` (build.rs packs the language blob with it).
#[allow(dead_code)] // used by build.rs and the tests, not by the library
pub fn pack(data: &[u8]) -> Vec<u8> {
    let mut model = Model::new();
    let mut p = model.predict();
    let (mut low, mut high) = (0u32, u32::MAX);
    let mut out = Vec::new();
    for &byte in data {
        for i in (0..8).rev() {
            let bit = u32::from(byte >> i) & 1;
            let mid = low + ((high - low) >> 12) * p;
            if bit == 1 {
                high = mid;
            } else {
                low = mid + 1;
            }
            p = model.update(bit);
            while (low ^ high) & 0xFF00_0000 == 0 {
                out.push((high >> 24) as u8);
                low <<= 8;
                high = (high << 8) | 255;
            }
        }
    }
    out.push((low >> 24) as u8);
    out
}

/// Decompresses the first `len` bytes that [`pack`] packed into `packed`,
/// front-coded lines (see build.rs's `front_code`), and gives them back
/// decoded: the model rebuilds each line anyway, for its contexts.
pub fn unpack(packed: &[u8], len: usize) -> Vec<u8> {
    let mut model = Model::new();
    let mut p = model.predict();
    let (mut low, mut high) = (0u32, u32::MAX);
    // The packed bytes, then 255s.
    let byte = |i: usize| u32::from(packed.get(i).copied().unwrap_or(255));
    let mut x = byte(0) << 24 | byte(1) << 16 | byte(2) << 8 | byte(3);
    let mut read = 4;
    let mut out = Vec::with_capacity(len * 5 / 4);
    for _ in 0..len {
        for _ in 0..8 {
            let mid = low + ((high - low) >> 12) * p;
            // `update` called from two places (and `predict` from two):
            // wasm-opt then keeps them functions of their own, which the
            // browser's optimising compiler gets after a few thousand bits,
            // rather than one big loop that runs unoptimised for the whole
            // call (about 1.5x slower).
            p = if x <= mid {
                high = mid;
                model.update(1)
            } else {
                low = mid + 1;
                model.update(0)
            };
            while (low ^ high) & 0xFF00_0000 == 0 {
                low <<= 8;
                high = (high << 8) | 255;
                x = (x << 8) | byte(read);
                read += 1;
            }
        }
        // The model rebuilds each line: a newline completes one.
        if model.column == 0 {
            out.extend_from_slice(&model.previous);
            out.push(b'\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let escape = char::from(b'0' + MAX_DROP as u8 + 1);
        for (coded, text) in [
            ("", ""),
            ("0said\n2ys\n", "said\nsays\n"),
            ("0potrivit\n8conform\n7„citat de”\n", "potrivit\nconform\n„citat de”\n"),
            (&format!("0ab\n{escape}c\n"), "ab\nc\n"),
            (&format!("0ministrul\n{}", "0\n".repeat(499)), &"ministrul\n".repeat(500)),
        ] {
            let packed = pack(coded.as_bytes());
            assert_eq!(unpack(&packed, coded.len()), text.as_bytes(), "{coded:?}");
        }
    }

    #[test]
    fn truncated_input_gives_garbage_not_a_panic() {
        let packed = pack(b"according to\nsaid\n");
        let _ = unpack(&packed[..packed.len() / 2], 18);
        let _ = unpack(&[], 10);
    }
}
