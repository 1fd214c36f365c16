//! Language-data packing: the context-mixing compressor that build.rs packs the language blob with, and its decoder.
//!
//! Why: the wasm module is measured gzipped, and the language data is a
//! quarter of it. gzip sees the front-coded word lists as short, varied
//! strings and saves little on them; a small context-mixing model (bit by
//! bit, the probability of the next bit from the last 1, 2, 3, 4 and 6 bytes
//! and from the line so far, mixed by learned weights, then arithmetic
//! coding) predicts such lists far better: about 4.5 KB smaller than gzip on
//! our data, for ~1 KB of decoder. The cost is one decoding pass at first
//! use (a few tens of milliseconds, ~6 MB of tables freed afterwards).
//!
//! Everything is integer arithmetic on fixed-width types, so build.rs (native,
//! 64-bit) and the decoder (wasm, 32-bit) make the very same predictions.
//! build.rs includes this file with `#[path]`; the library uses [`unpack`].

/// log2 of each model's table size: 2^18 slots of 4 bytes per model. Fewer
/// slots collide more and compress worse (2^16: ~1.7 KB more).
const TABLE_BITS: u32 = 18;

/// The contexts, as byte counts looked back (0: the current line so far).
const ORDERS: [u32; 6] = [1, 2, 3, 4, 6, 0];
const MODELS: usize = ORDERS.len();

/// A slot's adaptation slows down as it is seen, until this many hits.
const COUNT_LIMIT: u32 = 10;

/// Mixer learning rate, as a right shift.
const MIXER_SHIFT: i32 = 14;

/// The logistic function on the stretched domain (±2047 ≈ ±8 in logit
/// units × 256), interpolated from 33 points, giving a 12-bit probability.
fn squash(d: i32) -> i32 {
    const POINTS: [i32; 33] = [
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
    (POINTS[i] * (128 - w) + POINTS[i + 1] * w + 64) >> 7
}

/// Predicts the data one bit at a time; the encoder and the decoder feed it
/// the same bits and so see the same probabilities.
struct Model {
    /// Per model, 2^TABLE_BITS slots: probability (22 bits) << 10 | hit count.
    slots: Vec<u32>,
    /// One weight set per partial byte (the bits of the byte seen so far).
    weights: Vec<i32>,
    /// Inverse of `squash`, for the 4096 12-bit probabilities.
    stretch: Vec<i16>,
    /// The last 8 bytes, newest in the low byte.
    history: u64,
    line_hash: u32,
    contexts: [u32; MODELS],
    current: [usize; MODELS],
    inputs: [i32; MODELS],
    /// 1 followed by the bits of the current byte seen so far.
    partial: u32,
    /// P(next bit is 1), 12 bits.
    p: u32,
}

impl Model {
    fn new() -> Model {
        let mut stretch = vec![0i16; 4096];
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
        let mut model = Model {
            slots: vec![1 << 31; MODELS << TABLE_BITS],
            weights: vec![1 << 14; 256 * MODELS],
            stretch,
            history: 0,
            line_hash: 0,
            contexts: [0; MODELS],
            current: [0; MODELS],
            inputs: [0; MODELS],
            partial: 1,
            p: 2048,
        };
        model.start_byte();
        model.predict();
        model
    }

    /// Hashes each model's context for the byte about to be coded.
    fn start_byte(&mut self) {
        for (k, &order) in ORDERS.iter().enumerate() {
            let h = if order == 0 {
                self.line_hash
            } else {
                let bytes = self.history & (u64::MAX >> (64 - 8 * order));
                ((bytes.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as u32).wrapping_add(order.wrapping_mul(0x3C6E_F372))
            };
            self.contexts[k] = h.wrapping_mul(0x2F0B_4A53) ^ (k as u32).wrapping_mul(0x7FEB_352D);
        }
    }

    fn predict(&mut self) {
        let mask = (1u32 << TABLE_BITS) - 1;
        let weights = &self.weights[self.partial as usize * MODELS..][..MODELS];
        let mut dot: i64 = 0;
        for k in 0..MODELS {
            let h = self.contexts[k].wrapping_add(self.partial.wrapping_mul(0x85EB_CA6B));
            let slot = (k << TABLE_BITS) | ((h ^ (h >> 15)) & mask) as usize;
            self.current[k] = slot;
            let input = i32::from(self.stretch[(self.slots[slot] >> 20) as usize]);
            self.inputs[k] = input;
            dot += i64::from(input) * i64::from(weights[k]);
        }
        self.p = (squash((dot >> 16) as i32) as u32).clamp(1, 4095);
    }

    fn update(&mut self, bit: u32) {
        let error = ((bit << 12) as i32 - self.p as i32) * 14;
        let weights = &mut self.weights[self.partial as usize * MODELS..][..MODELS];
        for k in 0..MODELS {
            weights[k] = weights[k].saturating_add((self.inputs[k] * error) >> MIXER_SHIFT);
            let slot = &mut self.slots[self.current[k]];
            let count = *slot & 1023;
            let p = i64::from(*slot >> 10);
            let target = i64::from(bit) << 22;
            let p = p + (((target - p) * i64::from(131_072 / (2 * count + 3))) >> 16);
            *slot = ((p as u32) << 10) | (count + u32::from(count < COUNT_LIMIT));
        }
        self.partial = self.partial * 2 + bit;
        if self.partial >= 256 {
            let byte = self.partial & 255;
            self.history = (self.history << 8) | u64::from(byte);
            self.line_hash =
                if byte == u32::from(b'\n') { 0 } else { (self.line_hash ^ byte).wrapping_mul(0x0100_0193).wrapping_add(1) };
            self.partial = 1;
            self.start_byte();
        }
        self.predict();
    }
}

/// Compresses `data` (build.rs packs the language blob with it).
#[allow(dead_code)] // used by build.rs and the tests, not by the library
pub fn pack(data: &[u8]) -> Vec<u8> {
    let mut model = Model::new();
    let (mut low, mut high) = (0u32, u32::MAX);
    let mut out = Vec::new();
    for &byte in data {
        for i in (0..8).rev() {
            let bit = u32::from(byte >> i) & 1;
            let mid = low + ((high - low) >> 12) * model.p;
            if bit == 1 {
                high = mid;
            } else {
                low = mid + 1;
            }
            model.update(bit);
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

/// Decompresses the first `len` bytes that [`pack`] packed into `packed`.
#[allow(dead_code)] // the library's; build.rs only packs
pub fn unpack(packed: &[u8], len: usize) -> Vec<u8> {
    let mut model = Model::new();
    let (mut low, mut high) = (0u32, u32::MAX);
    let mut bytes = packed.iter().copied().chain(std::iter::repeat(255));
    let mut x = 0u32;
    for _ in 0..4 {
        x = (x << 8) | u32::from(bytes.next().unwrap_or(255));
    }
    let mut out = Vec::with_capacity(len);
    while out.len() < len {
        let mut byte = 0u32;
        for _ in 0..8 {
            let mid = low + ((high - low) >> 12) * model.p;
            let bit = u32::from(x <= mid);
            if bit == 1 {
                high = mid;
            } else {
                low = mid + 1;
            }
            model.update(bit);
            byte = byte * 2 + bit;
            while (low ^ high) & 0xFF00_0000 == 0 {
                low <<= 8;
                high = (high << 8) | 255;
                x = (x << 8) | u32::from(bytes.next().unwrap_or(255));
            }
        }
        out.push(byte as u8);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for text in ["", "a", "said\nsays\n", "potrivit\nconform\n„citat de”\n", &"ministrul\n".repeat(500)] {
            let packed = pack(text.as_bytes());
            assert_eq!(unpack(&packed, text.len()), text.as_bytes(), "{text:?}");
        }
    }

    #[test]
    fn truncated_input_gives_garbage_not_a_panic() {
        let packed = pack(b"according to\nsaid\n");
        let _ = unpack(&packed[..packed.len() / 2], 18);
        let _ = unpack(&[], 10);
    }
}
