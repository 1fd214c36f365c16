//! Ordering: sorts any list by an integer key through one shared sort, so the wasm module carries one sort routine instead of one per element type and comparator.

/// Sorts `items` by `key`, stably (equal keys keep their order). Every caller
/// shares the single instantiation of the sort over `(u128, usize)` pairs; a
/// stable sort per element type and closure costs a few kilobytes of wasm each.
/// Composite keys pack their fields into the `u128`, most significant first
/// (see [`pack`]). What stays generic is only reading the keys: the order
/// and the swaps that make it are worked out in one non-generic function
/// ([`swaps`]; about 2 KB less wasm gzipped, over a dozen callers, than
/// moving the items through a list of slots in each instantiation), and the
/// items are swapped as bytes ([`permute`]; 0.2 KB less again). Reading the
/// keys through an index closure in one shared loop, rather than per
/// element type, was 0.25 KB more.
pub fn sort_by_key<T>(items: &mut [T], key: impl Fn(&T) -> u128) {
    by_keys(items, &key);
}

/// [`sort_by_key`] with the key behind a reference: one instantiation per
/// element type, not per type and closure, and only to read the keys: the
/// swaps move the items as bytes in [`permute`], shared by every type.
fn by_keys<T>(items: &mut [T], key: &dyn Fn(&T) -> u128) {
    let mut keys = Vec::with_capacity(items.len());
    for item in items.iter() {
        keys.push(key(item));
    }
    permute(items.as_mut_ptr().cast(), std::mem::size_of::<T>(), keys);
}

/// Puts the `keys.len()` items of `size` bytes each at `base` in key order.
fn permute(base: *mut u8, size: usize, keys: Vec<u128>) {
    for (a, b) in swaps(keys) {
        // SAFETY: `a` and `b` are distinct indices below the slice's length
        // (see `swaps`), so the two ranges are two whole, distinct items of
        // one slice; swapping their bytes swaps the items.
        unsafe { std::ptr::swap_nonoverlapping(base.add(a * size), base.add(b * size), size) }
    }
}

/// The swaps that put a list whose keys are `keys` in key order, equal keys
/// in list order.
fn swaps(keys: Vec<u128>) -> Vec<(usize, usize)> {
    let mut keyed: Vec<(u128, usize)> = keys.into_iter().enumerate().map(|(i, k)| (k, i)).collect();
    // The index breaks ties, which makes the unstable sort stable.
    keyed.sort_unstable();
    let n = keyed.len();
    // Where each item is now, and which item each place holds.
    let mut place: Vec<usize> = (0..n).collect();
    let mut holds: Vec<usize> = (0..n).collect();
    let mut out = Vec::new();
    for (j, &(_, want)) in keyed.iter().enumerate() {
        let p = place[want];
        if p != j {
            let other = holds[j];
            out.push((j, p));
            holds.swap(j, p);
            place[want] = j;
            place[other] = p;
        }
    }
    out
}

/// Packs up to four 32-bit fields into one key, most significant first.
/// Byte offsets fit: one call analyses at most 32 MiB.
pub fn pack(fields: [usize; 4]) -> u128 {
    fields.iter().fold(0u128, |key, &f| (key << 32) | f.min(u32::MAX as usize) as u128)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_key_keeping_equal_keys_in_order() {
        let mut items: Vec<(u32, char)> = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e'), (2, 'f'), (0, 'g'), (3, 'h')];
        sort_by_key(&mut items, |&(k, _)| u128::from(k));
        let got: String = items.iter().map(|&(_, c)| c).collect();
        assert_eq!(got, "dgbefach");
        let mut reversed: Vec<usize> = (0..50).rev().collect();
        sort_by_key(&mut reversed, |&x| x as u128);
        assert!(reversed.iter().enumerate().all(|(i, &x)| i == x));
        let mut none: Vec<u8> = Vec::new();
        sort_by_key(&mut none, |&x| u128::from(x));
        assert!(none.is_empty());
    }
}
