//! Ordering: sorts any list by an integer key through one shared sort, so the wasm module carries one sort routine instead of one per element type and comparator.

/// Sorts `items` by `key`, stably (equal keys keep their order). Every caller
/// shares the single instantiation of the sort over `(u128, usize)` pairs; a
/// stable sort per element type and closure costs a few kilobytes of wasm each.
/// Composite keys pack their fields into the `u128`, most significant first
/// (see [`pack`]).
pub fn sort_by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u128) {
    if items.len() < 2 {
        return;
    }
    let mut keyed: Vec<(u128, usize)> = items.iter().enumerate().map(|(i, item)| (key(item), i)).collect();
    // The index breaks ties, which makes the unstable sort stable.
    keyed.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(keyed.iter().filter_map(|&(_, i)| slots[i].take()));
}

/// Packs up to four 32-bit fields into one key, most significant first.
/// Byte offsets fit: one call analyses at most 32 MiB.
pub fn pack(fields: [usize; 4]) -> u128 {
    fields.iter().fold(0u128, |key, &f| (key << 32) | f.min(u32::MAX as usize) as u128)
}
