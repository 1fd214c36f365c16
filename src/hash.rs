//! Hashing shared by the engines: a fast non-cryptographic hasher for short lexicon keys, an identity hasher for precomputed hashes, and the normalised hash of a word computed once per token.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A set with the [`FxHasher`]: a key-only view of an [`FxMap`] to a
/// `Vec<usize>`, the map type the engines index words with, so the module
/// carries one hash table over strings rather than a second for sets (each
/// table type instantiates hashbrown again). The values stay empty.
#[derive(Debug, Default)]
pub struct FxSet<T: Eq + std::hash::Hash>(FxMap<T, Vec<usize>>);

impl<T: Eq + std::hash::Hash> FxSet<T> {
    /// True when `key` is in the set.
    pub fn contains<Q: ?Sized + Eq + std::hash::Hash>(&self, key: &Q) -> bool
    where
        T: std::borrow::Borrow<Q>,
    {
        self.0.contains_key(key)
    }

    /// Adds `key`; true when it was not there.
    pub fn insert(&mut self, key: T) -> bool {
        self.0.insert(key, Vec::new()).is_none()
    }

    /// The keys, in table order.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.0.keys()
    }

    /// Keeps the keys `keep` accepts.
    pub fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) {
        self.0.retain(|k, _| keep(k));
    }

    /// How many keys the set holds.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when the set holds no key.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<T: Eq + std::hash::Hash> FromIterator<T> for FxSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut set = FxSet(FxMap::default());
        set.extend(items);
        set
    }
}

impl<T: Eq + std::hash::Hash> Extend<T> for FxSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, items: I) {
        // Reserved as hashbrown's own `extend` does, so the table grows
        // (and iterates) as a `HashSet`'s would.
        let items = items.into_iter();
        let hint = items.size_hint().0;
        self.0.reserve(if self.is_empty() { hint } else { hint.div_ceil(2) });
        for k in items {
            self.insert(k);
        }
    }
}
/// A `HashMap` with the [`FxHasher`].
pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A `HashMap` keyed by a precomputed hash.
pub type HashKeyed<V> = HashMap<u64, V, BuildHasherDefault<IdentityHasher>>;

/// The Fx multiplier, shared with code that chains hashes by hand.
pub const FX: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// A small, fast, non-cryptographic hasher (the Fx hash of rustc) for the
/// lexicon's short keys; nothing here is exposed to untrusted key choice
/// beyond slower lookups.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u8(b);
        }
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(FX);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Passes a precomputed `u64` hash through unchanged.
#[derive(Default, Clone, Copy)]
pub struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The hash of a token's normalised text (`crate::numbers::lexicon::normalize`), computed without allocating;
/// `word_hash(s) == word_hash(&normalize(s))`: lowercased, cedillas folded to comma-below, `’` to `'`.
pub fn word_hash(s: &str) -> u64 {
    let mut h = FxHasher::default();
    if s.is_ascii() {
        // Most tokens: hash the lowercased bytes directly.
        for &b in s.as_bytes() {
            h.write_u8(b.to_ascii_lowercase());
        }
        return h.finish();
    }
    let mut buf = [0u8; 4];
    for c in s.chars().map(crate::case::lower_char) {
        let c = match c {
            'ş' => 'ș',
            'ţ' => 'ț',
            '’' => '\'',
            c => c,
        };
        h.write(c.encode_utf8(&mut buf).as_bytes());
    }
    h.finish()
}

